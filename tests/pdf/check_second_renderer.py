#!/usr/bin/python3
"""The embedded fonts work in a second PDF renderer, not only in poppler.

The font subsets Handout embeds hold only what a CIDFont needs (outlines and metrics: no 'cmap',
'name' or 'post' table; CJK outlines as a bare CFF without subroutines), so a renderer that
expected more would draw nothing, or a substitute font. For each parent leaflet in
tests/fixtures/languages/ and the English parent leaflet in content/, this builds the PDF and
renders its first page with poppler (pdftoppm) and with MuPDF (mutool draw), which reads fonts
with its own code paths:
- MuPDF reports no error or warning;
- both renders carry ink, and the same amount of it within 8 % (a substitute font, or glyphs
  missing, changes the coverage far more than the renderers' anti-aliasing does);
- MuPDF's text of the page holds the leaflet's title, where glyph order is character order
  (MuPDF's text follows the glyphs and not /ActualText: Urdu and Arabic come out in visual order,
  Bengali and Gurmukhi with pre-base vowel signs first; the languages test reads those back
  through poppler and the structure tree).

Usage: check_second_renderer.py --handout BUILD/handout --root SOURCE_DIR
Prints one line per problem and "N passed, M failed"; exits 0 when nothing failed.
"""
import argparse
import pathlib
import re
import subprocess
import sys
import tempfile
import unicodedata

from PIL import Image

# Where glyph order differs from character order (see above).
GLYPH_ORDER_DIFFERS = {"ur", "ar", "bn", "pa"}


def ink(png):
    """Pixels darker than mid-grey: the text and the rules of the page."""
    image = Image.open(png).convert("L")
    return sum(1 for value in image.getdata() if value < 128)


def squash(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def title_of(xml):
    match = re.search(r"<title>(.*?)</title>", xml.read_text(encoding="utf-8"), re.S)
    return match.group(1) if match else ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--handout", required=True)
    ap.add_argument("--root", required=True)
    args = ap.parse_args()
    root = pathlib.Path(args.root)
    sources = sorted((root / "tests" / "fixtures" / "languages").glob("leaflet-*.xml"))
    sources.append(root / "content" / "parent-leaflet-attachment-difficulties.xml")
    problems, passed = [], 0
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        for source in sources:
            name = source.stem
            lang = name.rsplit("-", 1)[-1] if name.startswith("leaflet-") else "en"
            out = work / name
            built = subprocess.run([args.handout, "build", "--pdf", "-q", "--min-severity", "error", str(source), "-o", str(out)],
                                   capture_output=True, text=True)
            pdf = out / f"{name}.pdf"
            if built.returncode != 0 or not pdf.exists():
                problems.append(f"{name}: handout build failed: {built.stderr.strip()}")
                continue
            poppler_png = work / f"{name}-poppler"
            subprocess.run(["pdftoppm", "-r", "72", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(poppler_png)], check=True)
            mupdf_png = work / f"{name}-mupdf.png"
            drawn = subprocess.run(["mutool", "draw", "-r", "72", "-o", str(mupdf_png), str(pdf), "1"], capture_output=True, text=True)
            # Debian's MuPDF is built without colour management, and says so for the PDF's output
            # intent (an ICC profile): a fact about the tool, not the file.
            complaints = [line for line in (drawn.stdout + drawn.stderr).splitlines()
                          if re.search(r"error|warning", line, re.I) and "ICC support is not available" not in line]
            if drawn.returncode != 0 or complaints:
                problems.append(f"{name}: mutool draw: exit {drawn.returncode}; " + "; ".join(complaints[:3]))
                continue
            a, b = ink(f"{poppler_png}.png"), ink(mupdf_png)
            if min(a, b) < 1000 or abs(a - b) > 0.08 * max(a, b):
                problems.append(f"{name}: ink differs: poppler {a} pixels, MuPDF {b}")
                continue
            if lang not in GLYPH_ORDER_DIFFERS:
                text = subprocess.run(["mutool", "draw", "-F", "txt", "-o", "-", str(pdf), "1"], capture_output=True, text=True).stdout
                if squash(title_of(source)) not in squash(text):
                    problems.append(f"{name}: MuPDF's text lacks the title {title_of(source)!r}")
                    continue
            passed += 1
    for p in problems:
        print(p)
    print(f"{passed} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
