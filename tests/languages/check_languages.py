#!/usr/bin/python3
"""Builds the parent leaflets in tests/fixtures/languages/ and reads every output back.

For each leaflet: `handout lint` finds no errors; `handout build` writes DOCX and HTML (and the PDF
for the left-to-right ones: the right-to-left PDF layout is tested where it is built); the DOCX
passes tests/tools/docx_check.py and carries the language's direction (w:bidi, w:rtl,
w:bidiVisual, sectPr w:bidi), fonts (w:rFonts w:cs / w:eastAsia) and language slots (w:lang
w:bidi / w:eastAsia); LibreOffice converts the DOCX to PDF and pandoc reads the DOCX, and in both
the text of every heading, paragraph, list item, caption and cell of the source is found, in
order (Unicode NFC, whitespace ignored, so line breaks and table layout do not matter); the HTML
has lang and dir right, the school's English name marked lang="en", and the skip link in the
leaflet's language.

Usage: check_languages.py --handout BUILD/handout --root SOURCE_DIR [--keep DIR]
Prints one line per problem and "N passed, M failed"; exits 0 when nothing failed.
"""
import argparse
import collections
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

from lxml import etree, html as lxml_html

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
RTL = {"ur", "ar"}
# What the DOCX must name per language: the font slot and family (house defaults,
# src/style/template.hpp), and the w:lang attribute that carries the language.
EXPECTED = {
    "ur": ("cs", "Noto Nastaliq Urdu", "bidi"),
    "ar": ("cs", "Noto Naskh Arabic", "bidi"),
    "bn": ("cs", "Noto Sans Bengali", "bidi"),
    "pa": ("cs", "Noto Sans Gurmukhi", "bidi"),
    "ti": ("cs", "Noto Sans Ethiopic", "bidi"),
    "zh": ("eastAsia", "Noto Sans CJK SC", "eastAsia"),
    "ro": (None, None, None),
    "so": (None, None, None),
}
# The skip link, from the words table (src/resolve/generated_words.cpp).
SKIP_LINK = {
    "ur": "مرکزی مواد پر جائیں", "ar": "انتقل إلى المحتوى الرئيسي", "bn": "মূল লেখায় যান",
    "pa": "ਮੁੱਖ ਸਮੱਗਰੀ ਤੇ ਜਾਓ", "zh": "跳到主要内容", "ro": "Salt la conținutul principal",
    "so": "U gudub qoraalka ugu muhiimsan", "ti": "ናብ ቀንዲ ትሕዝቶ ኪድ",
}
BLOCKS = {"h1", "h2", "p", "li", "caption", "th", "td"}


def squash(text):
    """NFC with every space removed, and the characters that only steer layout: bidi controls
    (pdftotext marks each right-to-left line with RLE … PDF; the DOCX isolates passages in the
    other direction with LRI … PDI) and the Arabic tatweel some renderers add. Curly quotes and
    apostrophes become straight ones: every output prints the typographic form of what the source
    types straight (the resolve stage's punctuation, on by default)."""
    text = unicodedata.normalize("NFC", text).translate(TYPOGRAPHIC_QUOTES)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf" and c != "\u0640")


TYPOGRAPHIC_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def source_blocks(path):
    root = ET.parse(path).getroot()
    return [squash("".join(e.itertext())) for e in root.find("body").iter() if e.tag in BLOCKS]


def missing_in_order(blocks, text):
    """The blocks not found in `text` after the previous block found."""
    text = squash(text)
    missing, at = [], 0
    for b in blocks:
        found = text.find(b, at)
        if found < 0:
            missing.append(b)
        else:
            at = found + len(b)
    return missing


def missing_characters(blocks, text):
    """The characters of the blocks that `text` lacks, counted with repeats."""
    have = collections.Counter(squash(text))
    have.subtract(collections.Counter("".join(blocks)))
    return "".join(sorted(c for c, n in have.items() if n < 0))


class Checker:
    def __init__(self, handout, root, work):
        self.handout, self.root, self.work = handout, root, work
        self.passed, self.failed = 0, 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {name}: {detail}")

    def run(self, *args, **kw):
        return subprocess.run(args, capture_output=True, text=True, **kw)

    def leaflet(self, path):
        lang = path.stem.split("-")[1]
        out = self.work / lang
        out.mkdir()
        lint = self.run(self.handout, "lint", "--format", "json", str(path))
        summary = json.loads(lint.stdout)["summary"] if lint.stdout.startswith("{") else {}
        self.check(f"{lang} lint", summary.get("errors") == 0 and summary.get("input_errors") == 0,
                   lint.stdout[-2000:] + lint.stderr)
        formats = ["--docx", "--html"] + ([] if lang in RTL else ["--pdf"])
        build = self.run(self.handout, "build", str(path), "-o", str(out), *formats)
        self.check(f"{lang} build", build.returncode in (0, 3), build.stdout + build.stderr)
        docx, page, pdf = out / f"{path.stem}.docx", out / f"{path.stem}.html", out / f"{path.stem}.pdf"
        blocks = source_blocks(path)
        if docx.exists():
            self.docx(lang, docx, blocks)
        else:
            self.check(f"{lang} docx written", False, str(docx))
        if page.exists():
            self.html(lang, page)
        else:
            self.check(f"{lang} html written", False, str(page))
        if lang not in RTL:
            text = self.run("pdftotext", "-enc", "UTF-8", str(pdf), "-").stdout if pdf.exists() else ""
            missing = missing_in_order(blocks, text)
            self.check(f"{lang} Handout PDF text", pdf.exists() and not missing, f"missing {missing}")

    def docx(self, lang, docx, blocks):
        check = self.run(sys.executable, str(self.root / "tests/tools/docx_check.py"), str(docx))
        self.check(f"{lang} docx_check", check.returncode == 0, check.stdout[-2000:] + check.stderr)
        with zipfile.ZipFile(docx) as z:
            body = etree.fromstring(z.read("word/document.xml"))
            styles = etree.fromstring(z.read("word/styles.xml"))
        rtl = lang in RTL
        paragraphs = [p for p in body.iter(f"{{{W}}}p") if p.find(".//w:t", NS) is not None]
        with_bidi = [p for p in paragraphs if p.find("w:pPr/w:bidi", NS) is not None]
        self.check(f"{lang} docx w:bidi paragraphs", len(with_bidi) == (len(paragraphs) if rtl else 0),
                   f"{len(with_bidi)} of {len(paragraphs)}")
        # A run with right-to-left letters is marked w:rtl; one with Latin letters or digits and
        # none of those (the school's name, the phone number) is not.
        runs = [(r, "".join(t.text or "" for t in r.iter(f"{{{W}}}t"))) for r in body.iter(f"{{{W}}}r")]
        wrong = [text for r, text in runs if (r.find("w:rPr/w:rtl", NS) is not None) !=
                 any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
                 and any(unicodedata.bidirectional(c) in ("R", "AL", "L") for c in text)]
        self.check(f"{lang} docx w:rtl runs", not wrong, f"wrongly marked: {wrong}")
        english = [text for r, text in runs if r.find("w:rPr/w:lang[@w:val='en']", NS) is not None and text.strip("\u2066\u2069")]
        self.check(f"{lang} docx English name", english == ["Oakfield Primary School"], str(english))
        self.check(f"{lang} docx sectPr/tbl direction",
                   (body.find(".//w:sectPr/w:bidi", NS) is not None) == rtl and
                   (body.find(".//w:tblPr/w:bidiVisual", NS) is not None) == rtl)
        slot, family, lang_slot = EXPECTED[lang]
        defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
        fonts, language = defaults.find("w:rFonts", NS), defaults.find("w:lang", NS)
        if slot:
            self.check(f"{lang} docx rFonts {slot}", fonts.get(f"{{{W}}}{slot}") == family,
                       etree.tostring(fonts).decode())
            self.check(f"{lang} docx w:lang {lang_slot}", (language.get(f"{{{W}}}{lang_slot}") or "").startswith(lang),
                       etree.tostring(language).decode())
        else:
            self.check(f"{lang} docx Latin only", language.get(f"{{{W}}}bidi") is None and
                       language.get(f"{{{W}}}eastAsia") is None, etree.tostring(language).decode())
        # LibreOffice's own reading, printed to PDF, and pandoc's.
        lo_dir = docx.parent / "lo"
        convert = self.run("soffice", "--headless", f"-env:UserInstallation=file://{self.work}/lo-profile",
                           "--convert-to", "pdf", "--outdir", str(lo_dir), str(docx), timeout=240)
        lo_pdf = lo_dir / f"{docx.stem}.pdf"
        text = self.run("pdftotext", "-enc", "UTF-8", str(lo_pdf), "-").stdout if lo_pdf.exists() else ""
        # Right to left, poppler rebuilds the reading order from the glyphs' positions and gets
        # mixed lines wrong: "2025." comes out ".2025", a name wrapped across two lines lands on
        # the wrong ones, and Nastaliq's sloping words are split where their letters hang below
        # the line. So for Urdu and Arabic the letters are counted instead; pandoc and the DOCX
        # itself are checked word for word, and the rendering is looked at (README).
        missing = missing_characters(blocks, text) if lang in RTL else missing_in_order(blocks, text)
        self.check(f"{lang} LibreOffice PDF text", lo_pdf.exists() and not missing,
                   f"missing {missing}" + ("" if lo_pdf.exists() else convert.stdout + convert.stderr))
        plain = self.run("pandoc", "-f", "docx", "-t", "plain", "--wrap=none", str(docx))
        missing = missing_in_order(blocks, plain.stdout)
        self.check(f"{lang} pandoc text", plain.returncode == 0 and not missing, f"missing {missing}")

    def html(self, lang, page):
        doc = lxml_html.parse(str(page)).getroot()
        rtl = lang in RTL
        self.check(f"{lang} html lang/dir", doc.get("lang", "").split("-")[0] == lang and
                   doc.get("dir") == ("rtl" if rtl else "ltr"), f"{doc.get('lang')} {doc.get('dir')}")
        spans = doc.xpath("//main//span[@lang='en']")
        self.check(f"{lang} html English name", len(spans) == 1 and
                   (not rtl or spans[0].get("dir") == "ltr") and spans[0].text_content() == "Oakfield Primary School",
                   lxml_html.tostring(spans[0]).decode() if spans else "no span")
        skip = doc.xpath("//a[@class='skip-link']")
        self.check(f"{lang} html skip link", len(skip) == 1 and skip[0].text_content() == SKIP_LINK[lang] and
                   skip[0].get("lang") is None, skip[0].text_content() if skip else "none")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--handout", required=True)
    parser.add_argument("--root", required=True, type=pathlib.Path)
    parser.add_argument("--keep", type=pathlib.Path, help="write the outputs here and keep them")
    args = parser.parse_args()
    leaflets = sorted((args.root / "tests/fixtures/languages").glob("leaflet-*.xml"))
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or pathlib.Path(tmp)
        if args.keep:
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
        checker = Checker(args.handout, args.root, work)
        checker.check("eight leaflets", len(leaflets) == 8, str(leaflets))
        for path in leaflets:
            checker.leaflet(path)
    print(f"{checker.passed} passed, {checker.failed} failed")
    return 1 if checker.failed else 0


if __name__ == "__main__":
    sys.exit(main())
