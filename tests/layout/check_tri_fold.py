#!/usr/bin/python3
"""Tri-fold leaflets (template nhs-tri-fold: A4 landscape, three panels a side, roll fold), read
back from what Handout writes:

  1. the PDF has A4 landscape pages; the text cut out of each panel (pdftotext -x/-y/-W/-H) reads
     in the order it was written when the panels are taken in the fold's reading order (front
     cover, inside 1, 2, 3, inside flap, back), and no word box crosses a panel's text area (so
     nothing is printed over a fold);
  2. the structure tree (pikepdf) lists the headings in the same order, each on the page of the
     panel it is printed in, and tests/pdf/check_pdfua.py passes;
  3. a long text with no page breaks flows on from panel to panel in order, and a heading never
     ends a panel;
  4. the DOCX is one landscape section of three columns with the panels' margins between them,
     the HTML's print style sheet sets three columns, and --impose booklet refuses the leaflet.

Usage: check_tri_fold.py --handout build/handout --root SOURCE_DIR
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

import pikepdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MM = 72 / 25.4
MARGIN_MM = 7          # templates/nhs-tri-fold: each panel's side margins
# The roll fold's reading order: (page, panel) from 1, left to right on the printed side.
READING_ORDER = [(1, 3), (2, 1), (2, 2), (2, 3), (1, 1), (1, 2)]
SEED_HEADINGS = ["Getting the most from your appointment", "Before your appointment", "During your appointment",
                 "Questions you could ask", "After your appointment", "Contact us"]

problems = []


def fail(message):
    problems.append(message)


def words(text):
    return " ".join(text.split())


def page_size(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    w, h = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups()
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    return float(w), float(h), pages


def panel_text(pdf, page, panel, width, height):
    """The text inside one panel's third of the page, as pdftotext reads it."""
    x = round((panel - 1) * width / 3)
    r = subprocess.run(["pdftotext", "-r", "72", "-f", str(page), "-l", str(page), "-x", str(x), "-y", "0",
                        "-W", str(round(width / 3)), "-H", str(round(height)), pdf, "-"],
                       capture_output=True, text=True, check=True)
    return words(r.stdout)


def word_boxes(pdf):
    """(page, xMin, xMax, word) for every word pdftotext finds."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    boxes, page = [], 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)</word>', line)
        if m:
            boxes.append((page, float(m.group(1)), float(m.group(2)), m.group(3)))
    return boxes


def check_no_word_crosses_a_panel(pdf, width):
    panel_w = width / 3
    margin = MARGIN_MM * MM
    for page, x0, x1, word in word_boxes(pdf):
        panel = int((x0 + x1) / 2 // panel_w)
        left, right = panel * panel_w + margin, (panel + 1) * panel_w - margin
        if x0 < left - 0.5 or x1 > right + 0.5:
            fail(f"{os.path.basename(pdf)} page {page}: '{word}' ({x0:.1f}-{x1:.1f} pt) leaves the text area of "
                 f"panel {panel + 1} ({left:.1f}-{right:.1f} pt)")


def in_order(haystack, needles, what):
    at = 0
    for needle in needles:
        found = haystack.find(needle, at)
        if found < 0:
            where = "anywhere" if haystack.find(needle) < 0 else "after the text before it"
            fail(f"{what}: '{needle}' not found {where}")
            return
        at = found + len(needle)


def struct_headings(pdf_path):
    """(role, text, page number) of every heading, in structure tree (reading) order."""
    pdf = pikepdf.open(pdf_path)
    pages = {p.objgen: i + 1 for i, p in enumerate(pdf.pages)}
    out = []

    def page_of(elem, inherited):
        pg = elem.get("/Pg")
        return pages.get(pg.objgen, inherited) if pg is not None else inherited

    def first_page(elem, inherited):
        page = page_of(elem, inherited)
        kids = elem.get("/K")
        if kids is None:
            return page
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
            if isinstance(kid, int):
                return page
            if isinstance(kid, pikepdf.Dictionary):
                if kid.get("/Type") == "/MCR":
                    return page_of(kid, page)
                found = first_page(kid, page)
                if found:
                    return found
        return page

    def walk(elem, inherited):
        page = page_of(elem, inherited)
        role = str(elem.get("/S", ""))
        if re.fullmatch(r"/H[1-6]", role):
            out.append((role[1:], first_page(elem, page)))
        kids = elem.get("/K")
        if kids is None:
            return
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                walk(kid, page)

    walk(pdf.Root.StructTreeRoot, 0)
    return out


def check_seed(handout, root, work):
    src = os.path.join(root, "content", "gp-appointment-tri-fold.xml")
    out = os.path.join(work, "seed")
    r = subprocess.run([handout, "build", "--pdf", "--docx", "--html", "-o", out, src], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"handout build {src} exited {r.returncode}: {r.stderr.strip()[:600]}")
        return
    pdf = os.path.join(out, "gp-appointment-tri-fold.pdf")
    width, height, pages = page_size(pdf)
    if not (abs(width - 841.89) < 1 and abs(height - 595.28) < 1):
        fail(f"seed PDF pages are {width} x {height} pt, not A4 landscape (841.89 x 595.28)")
    if pages != 2:
        fail(f"seed PDF has {pages} pages, expected one sheet (2 sides)")
    panels = [panel_text(pdf, page, panel, width, height) for page, panel in READING_ORDER]
    # Each topic starts its own panel (<pagebreak/>), in the fold's reading order.
    for n, (heading, text) in enumerate(zip(SEED_HEADINGS, panels)):
        if not text.startswith(heading):
            fail(f"seed panel {n + 1} in reading order (page {READING_ORDER[n][0]}, panel {READING_ORDER[n][1]}) "
                 f"should start with '{heading}', reads '{text[:80]}'")
    # The text of each block, in source order, reads on in the panels taken in reading order.
    source = ET.parse(src).getroot().find("body")
    blocks = [words("".join(el.itertext()))[:40] for el in source.iter() if el.tag in ("h1", "h2", "p", "li")]
    in_order(" ".join(panels), blocks, "seed text in panel reading order")
    check_no_word_crosses_a_panel(pdf, width)
    headings = struct_headings(pdf)
    want = [page for page, _ in READING_ORDER]
    got = [page for _, page in headings]
    if got != want:
        fail(f"seed structure tree headings are on pages {got}, expected {want} (the panels' reading order)")
    tree = subprocess.run(["pdfinfo", "-struct-text", pdf], capture_output=True, text=True).stdout
    in_order(words("".join(re.findall(r'^\s*"(.*)"$', tree, re.M))), SEED_HEADINGS, "seed structure tree text")
    ua = subprocess.run([sys.executable, os.path.join(root, "tests", "pdf", "check_pdfua.py"), pdf],
                        capture_output=True, text=True)
    if ua.returncode != 0:
        fail(f"check_pdfua.py fails the seed: {(ua.stdout + ua.stderr).strip()[:600]}")

    with zipfile.ZipFile(os.path.join(out, "gp-appointment-tri-fold.docx")) as z:
        body = ET.fromstring(z.read("word/document.xml")).find(f"{W}body")
    sections = list(body.iter(f"{W}sectPr"))
    if len(sections) != 1:
        fail(f"DOCX has {len(sections)} sections, expected one")
    else:
        size, cols = sections[0].find(f"{W}pgSz"), sections[0].find(f"{W}cols")
        if size is None or size.get(f"{W}orient") != "landscape" or int(size.get(f"{W}w")) <= int(size.get(f"{W}h")):
            fail(f"DOCX section is not landscape: {None if size is None else size.attrib}")
        space = round(2 * MARGIN_MM / 25.4 * 1440)
        if cols is None or cols.get(f"{W}num") != "3" or abs(int(cols.get(f"{W}space", "0")) - space) > 1:
            fail(f"DOCX section columns are {None if cols is None else cols.attrib}, expected 3 with w:space {space}")
    html = open(os.path.join(out, "gp-appointment-tri-fold.html"), encoding="utf-8").read()
    if not re.search(r"@media print\{[^@]*@page\{size:297mm 210mm;[^}]*\}\s*main\{column-count:3;column-gap:14mm\}", html):
        fail("HTML print style sheet does not set A4 landscape pages of three columns 14 mm apart")

    r = subprocess.run([handout, "build", "--pdf", "--impose", "booklet", "-o", os.path.join(work, "imposed"), src],
                       capture_output=True, text=True)
    said = r.stdout + r.stderr
    if r.returncode != 2 or not re.search(r"gp-appointment-tri-fold\.xml:\d+:\d+: error: .*\[impose-panels\]", said):
        fail(f"--impose booklet on a tri-fold: exit {r.returncode}, expected 2 and an impose-panels error at "
             f"file:line:col: {said.strip()[:400]}")


LONG_PARAGRAPHS = 34


def check_flow(handout, _root, work):
    """Text with no page breaks runs on from panel to panel, across both sides, in order."""
    blocks = []
    for i in range(1, LONG_PARAGRAPHS + 1):
        if i % 6 == 1:
            blocks.append(f"<h2>Topic {i // 6 + 1}</h2>")
        blocks.append(f"<p>Step{i:02d} of the guide: bring a list of your medicines and ask us to explain "
                      f"anything that is not clear to you.</p>")
    src = os.path.join(work, "flow.xml")
    with open(src, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<handout lang="en-GB" template="nhs-tri-fold">'
                "<meta><title>Flow test</title></meta><body><h1>Flow test</h1>" + "".join(blocks) + "</body></handout>")
    out = os.path.join(work, "flow")
    r = subprocess.run([handout, "build", "--no-config", "--pdf", "-o", out, src], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"handout build flow.xml exited {r.returncode}: {r.stderr.strip()[:600]}")
        return
    pdf = os.path.join(out, "flow.pdf")
    width, height, pages = page_size(pdf)
    order = [(2 * s + page, panel) for s in range((pages + 1) // 2) for page, panel in READING_ORDER
             if 2 * s + page <= pages]
    panels = [panel_text(pdf, page, panel, width, height) for page, panel in order]
    steps = [int(n) for text in panels for n in re.findall(r"Step(\d\d)", text)]
    if steps != list(range(1, LONG_PARAGRAPHS + 1)):
        fail(f"flow: paragraphs read {steps} in panel reading order, expected 1 to {LONG_PARAGRAPHS}")
    filled = [n for n, text in enumerate(panels) if text]
    if len(filled) < 4 or filled != list(range(len(filled))):
        fail(f"flow: panels with text (in reading order) are {filled}: the text should fill them one after another")
    for n, text in enumerate(panels):
        if re.search(r"Topic \d+$", text):
            fail(f"flow: panel {n + 1} in reading order ends with a heading: '{text[-60:]}'")
    check_no_word_crosses_a_panel(pdf, width)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--handout", required=True)
    ap.add_argument("--root", required=True)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="handout-tri-fold-") as work:
        for check in (check_seed, check_flow):
            check(os.path.abspath(args.handout), args.root, work)
    print("\n".join(["FAIL: " + p for p in problems] + [f"check_tri_fold: {len(problems)} problem(s)"]))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
