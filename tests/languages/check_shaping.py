#!/usr/bin/python3
"""Checks every glyph of the language leaflets' PDFs against HarfBuzz's own shaping (hb-shape).

Builds the PDF of each leaflet in tests/fixtures/languages/ and of the right-to-left leaflets in
tests/fixtures/pdf/, then reads it back with pikepdf, independently of Handout's writer. For every
text object on every page (one line's run of one font and style: body lines, headings, list
items, table cells, the running header and footer):

  * its text: the /ActualText of its marked content, or of the structure element (Span) its
    marked content belongs to, else its glyphs' ToUnicode text;
  * its font file: the /BaseFont's PostScript name, found with fc-list;
  * its glyphs, each as the original font's glyph id and where it is drawn (TJ strings and
    adjustments, the font's /W widths, Tm and Ts), in points.

The glyph ids in the PDF belong to the embedded subset. Each is mapped back to the original font
by its outline and advance (fontTools draws both glyphs, composites decomposed): a glyph only
counts as the one hb-shape names when it draws the same thing.

The text is split into words and runs of spaces, the units Handout shapes (a line is broken at
spaces, so a word is shaped whole), and each is given to `hb-shape --font-size=upem` with the
font file, the leaflet's language, the script of its letters and their direction (right to left
when the text holds a right-to-left letter; a right-to-left run lists its words right to left).
Scaled to the text's size, the glyphs must be hb-shape's, in its order, and every glyph must sit
where hb-shape's advances and offsets put it from the text object's start, within 0.01 pt.

Usage: check_shaping.py --handout BUILD/handout --root SOURCE_DIR [--keep DIR] [--verbose]
Prints one line per problem and a summary; exits 0 when every glyph matched.
"""
import argparse
import functools
import io
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import unicodedata

import pikepdf
from fontTools.cffLib import CFFFontSet
from fontTools.pens.recordingPen import DecomposingRecordingPen, RecordingPen
from fontTools.ttLib import TTFont

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pdf"))
from rtl_readback import page_shows  # noqa: E402  (TJ, Tm, Ts and /W reading, with marked content)

TOLERANCE = 0.01  # points
# ISO 15924 codes for hb-shape's --script, by the Unicode block of the first letter.
SCRIPTS = [
    ((0x0600, 0x06FF), "Arab"), ((0x0750, 0x077F), "Arab"), ((0xFB50, 0xFDFF), "Arab"), ((0xFE70, 0xFEFF), "Arab"),
    ((0x0590, 0x05FF), "Hebr"), ((0x0980, 0x09FF), "Beng"), ((0x0A00, 0x0A7F), "Guru"), ((0x0900, 0x097F), "Deva"),
    ((0x1200, 0x139F), "Ethi"), ((0x0E00, 0x0E7F), "Thai"), ((0x3000, 0x30FF), "Hani"), ((0x3400, 0x9FFF), "Hani"),
    ((0xFF00, 0xFFEF), "Hani"), ((0x0000, 0x024F), "Latn"), ((0x1E00, 0x1EFF), "Latn"),
]


def script_of(text):
    for c in text:
        if unicodedata.category(c)[0] == "L":
            for (lo, hi), code in SCRIPTS:
                if lo <= ord(c) <= hi:
                    return code
    return None  # digits, punctuation, spaces: hb-shape guesses as Handout's shaper does


def right_to_left(text, paragraph_rtl):
    kinds = {unicodedata.bidirectional(c) for c in text}
    if kinds & {"R", "AL"}:
        return True
    if kinds & {"L", "EN", "AN"}:
        return False
    return paragraph_rtl  # spaces and neutral punctuation take the paragraph's direction


@functools.lru_cache(maxsize=None)
def font_file(postscript_name):
    """(path, face index) of the installed font with this PostScript name."""
    out = subprocess.run(["fc-list", f":postscriptname={postscript_name}", "file", "index"], check=True,
                         capture_output=True, text=True).stdout.split("\n")[0]
    m = re.match(r"(.*): :index=(\d+)", out.strip())
    if not m:
        raise SystemExit(f"no installed font is named {postscript_name} (fc-list: {out!r})")
    return m.group(1), int(m.group(2))


@functools.lru_cache(maxsize=None)
def original_font(path, index):
    return TTFont(path, fontNumber=index, lazy=True)


@functools.lru_cache(maxsize=None)
def units_per_em(path, index):
    return original_font(path, index)["head"].unitsPerEm


def drawing(font, glyph_id):
    """What a glyph draws, composites decomposed, and its advance: equal for a glyph and its copy
    in a subset."""
    name = font.getGlyphOrder()[glyph_id]
    glyph_set = font.getGlyphSet()
    pen = DecomposingRecordingPen(glyph_set)
    glyph_set[name].draw(pen)
    return repr(pen.value), font["hmtx"][name][0]


@functools.lru_cache(maxsize=100000)
def hb_shape(path, index, lang, script, rtl, text):
    """[(gid, x_advance, y_advance, dx, dy)] in font units, left to right as drawn."""
    args = ["hb-shape", "--no-glyph-names", "--output-format=json", "--font-size=upem", f"--face-index={index}",
            f"--language={lang}", f"--direction={'rtl' if rtl else 'ltr'}"]
    if script:
        args.append(f"--script={script}")
    out = subprocess.run(args + [path, text], check=True, capture_output=True, text=True).stdout
    return [(g["g"], g["ax"], g["ay"], g["dx"], g["dy"]) for g in json.loads(out)]


def structure_actual_text(pdf):
    """(page, mcid) -> /ActualText of the structure element that owns that marked content."""
    page_index = {p.obj.objgen: i for i, p in enumerate(pdf.pages)}
    out = {}

    def kids_of(elem):
        k = elem.get("/K")
        return list(k) if isinstance(k, pikepdf.Array) else ([] if k is None else [k])

    def walk(elem, pg, actual):
        pg = elem.get("/Pg", pg)
        if "/ActualText" in elem:
            actual = str(elem.ActualText)
        for k in kids_of(elem):
            if isinstance(k, int):
                if actual is not None:
                    out[(page_index[pg.objgen], k)] = actual
            elif isinstance(k, pikepdf.Dictionary) and "/MCID" in k:
                if actual is not None:
                    out[(page_index[k.get("/Pg", pg).objgen], int(k.MCID))] = actual
            elif isinstance(k, pikepdf.Dictionary) and "/S" in k:
                walk(k, pg, actual)

    walk(pdf.Root.StructTreeRoot, None, None)
    return out


class Subset:
    """A font embedded in the PDF: its subset glyph ids mapped to the installed font's."""

    def __init__(self, font_dict):
        self.postscript = str(font_dict.BaseFont).split("+", 1)[-1].lstrip("/")
        self.path, self.index = font_file(self.postscript)
        descriptor = font_dict.DescendantFonts[0].FontDescriptor
        program = descriptor.get("/FontFile2") if "/FontFile2" in descriptor else descriptor.FontFile3
        data = bytes(program.read_bytes())
        # A CJK face is embedded as a bare CID-keyed CFF (FontFile3 /CIDFontType0C) whose CIDs are
        # the installed font's glyph ids, its charset naming each ("cid01234"); other faces are
        # OpenType subsets whose glyph ids are renumbered.
        self.cid_keyed = str(program.get("/Subtype", "")) == "/CIDFontType0C"
        if self.cid_keyed:
            cff = CFFFontSet()
            cff.decompile(io.BytesIO(data), None)
            self.char_strings = cff[cff.fontNames[0]].CharStrings
        else:
            self.embedded = TTFont(io.BytesIO(data), lazy=True)
        self.cache = {}

    def same_glyph(self, cid, original_id):
        key = (cid, original_id)
        if key not in self.cache:
            if self.cid_keyed:
                name = "cid%05d" % cid
                if cid != original_id or name not in self.char_strings:
                    self.cache[key] = False
                else:
                    pen = RecordingPen()
                    self.char_strings[name].draw(pen)
                    original = original_font(self.path, self.index)
                    glyph_set = original.getGlyphSet()
                    theirs = DecomposingRecordingPen(glyph_set)
                    glyph_set[original.getGlyphOrder()[original_id]].draw(theirs)
                    self.cache[key] = pen.value == theirs.value
            elif cid >= len(self.embedded.getGlyphOrder()):
                self.cache[key] = False
            else:
                self.cache[key] = drawing(self.embedded, cid) == drawing(original_font(self.path, self.index),
                                                                         original_id)
        return self.cache[key]


def text_objects(pdf):
    """Every text object (BT … ET) of every page as
    {page, font, size, mcid, actual, glyphs: [[cid, x, y]], start}."""
    objects = []
    for page_number, shows in enumerate(page_shows(pdf)):
        for s in shows:
            if objects and objects[-1]["page"] == page_number and objects[-1]["object"] == s["object"]:
                objects[-1]["glyphs"] += s["glyphs"]
                continue
            objects.append({"page": page_number, "object": s["object"], "font": s["font"], "size": s["size"],
                            "mcid": s["mcid"], "actual": s["actual"], "glyphs": list(s["glyphs"]),
                            "start": s["start"], "baseline": s["baseline"]})
    return objects


def expected_glyphs(subset, lang, text, rtl, size):
    """hb-shape's glyphs for `text` shaped word by word, as [gid, x, y] in points from the pen's
    start, left to right."""
    units = re.findall(r" +|[^ ]+", text)
    if rtl:
        units.reverse()  # the first word is the rightmost
    scale = size / units_per_em(subset.path, subset.index)
    pen_x = pen_y = 0
    out = []
    for unit in units:
        unit_rtl = right_to_left(unit, rtl)
        shaped = hb_shape(subset.path, subset.index, lang, script_of(unit), unit_rtl, unit)
        for gid, ax, ay, dx, dy in shaped:
            out.append([gid, (pen_x + dx) * scale, (pen_y + dy) * scale])
            pen_x += ax
            pen_y += ay
    return out


class Checker:
    def __init__(self, handout, work, verbose):
        self.handout, self.work, self.verbose = handout, work, verbose
        self.failed = []
        self.counts = {}

    def leaflet(self, xml):
        out = self.work / xml.stem
        out.mkdir(parents=True, exist_ok=True)
        build = subprocess.run([self.handout, "build", "--pdf", "-q", "--min-severity", "error", str(xml), "-o",
                                str(out)], capture_output=True, text=True,
                               env=dict(os.environ, SOURCE_DATE_EPOCH="1700000000"))
        pdf_path = out / f"{xml.stem}.pdf"
        if build.returncode != 0 or not pdf_path.exists():
            self.failed.append(f"{xml.name}: handout build failed: {build.stdout}{build.stderr}")
            return
        lang = re.search(r'<handout[^>]*\blang="([^"]+)"', xml.read_text(encoding="utf-8")).group(1)
        paragraph_rtl = lang.split("-")[0] in {"ar", "ur", "he", "fa", "ps", "sd", "yi"}
        pdf = pikepdf.open(pdf_path)
        by_structure = structure_actual_text(pdf)
        font_dicts = {str(f.get("/BaseFont", "")): f for page in pdf.pages
                      for _, f in page.obj.Resources.get("/Font", {}).items()}
        subsets = {}
        glyphs = objects = 0
        for obj in text_objects(pdf):
            if not obj["glyphs"]:
                continue
            font = obj["font"]
            if font.name not in subsets:
                subsets[font.name] = Subset(font_dicts[font.name])
            subset = subsets[font.name]
            if obj["actual"] is not None:
                text = obj["actual"]
            elif (obj["page"], obj["mcid"]) in by_structure:
                text = by_structure[(obj["page"], obj["mcid"])]
            else:
                text = font.text([g[0] for g in obj["glyphs"]])
                if right_to_left(text, paragraph_rtl):
                    # Drawn right to left, one glyph to a letter or ligature (Handout gives text
                    # with several glyphs to a letter /ActualText): read glyph by glyph from the right.
                    text = font.text([g[0] for g in reversed(obj["glyphs"])])
            rtl = right_to_left(text, paragraph_rtl)
            where = f"{xml.name} page {obj['page'] + 1} at y={obj['baseline']:.1f} {subset.postscript} {text!r}"
            want = expected_glyphs(subset, lang, text, rtl, obj["size"])
            got = obj["glyphs"]
            objects += 1
            glyphs += len(got)
            problem = self.compare(subset, want, got, obj["start"], obj["baseline"])
            if problem:
                self.failed.append(f"{where}: {problem}")
            elif self.verbose:
                print(f"ok {where}: {len(got)} glyphs")
        self.counts[xml.name] = (objects, glyphs)

    @staticmethod
    def compare(subset, want, got, start_x, baseline):
        if len(want) != len(got):
            return f"hb-shape gives {len(want)} glyphs {[w[0] for w in want]}, the PDF draws {len(got)}"
        for i, ((gid, wx, wy), (cid, x, y)) in enumerate(zip(want, got)):
            if not subset.same_glyph(cid, gid):
                return f"glyph {i}: hb-shape's glyph {gid}, the PDF draws a different one (subset id {cid})"
            if abs((x - start_x) - wx) > TOLERANCE or abs((y - baseline) - wy) > TOLERANCE:
                return (f"glyph {i} (id {gid}) at ({x - start_x:.3f}, {y - baseline:.3f}) pt, hb-shape puts it at "
                        f"({wx:.3f}, {wy:.3f})")
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--handout", required=True)
    parser.add_argument("--root", required=True, type=pathlib.Path)
    parser.add_argument("--keep", type=pathlib.Path, help="write the PDFs here and keep them")
    parser.add_argument("--verbose", action="store_true", help="print every text object that matched")
    args = parser.parse_args()
    leaflets = sorted((args.root / "tests/fixtures/languages").glob("leaflet-*.xml"))
    leaflets += [args.root / "tests/fixtures/pdf/urdu-leaflet.xml", args.root / "tests/fixtures/pdf/arabic-leaflet.xml"]
    with tempfile.TemporaryDirectory() as tmp:
        checker = Checker(args.handout, args.keep or pathlib.Path(tmp), args.verbose)
        for xml in leaflets:
            checker.leaflet(xml)
    for problem in checker.failed:
        print(f"FAIL {problem}")
    for name, (objects, glyphs) in checker.counts.items():
        print(f"{name}: {objects} text objects, {glyphs} glyphs")
    # A leaflet whose PDF drew nothing would pass every comparison above.
    empty = [xml.name for xml in leaflets if checker.counts.get(xml.name, (0, 0))[1] < 100]
    for name in empty:
        print(f"FAIL {name}: fewer than 100 glyphs checked")
    print(f"{len(checker.failed) + len(empty)} failed")
    return 1 if checker.failed or empty else 0


if __name__ == "__main__":
    sys.exit(main())
