#!/usr/bin/python3
"""Typesetting read back from the PDF Handout writes (pdftotext -bbox and pikepdf):

  1. a word too long for its table cell (an e-mail address in <code>, a URL, a long number) is
     broken inside the cell: every word box lies within the box of the cell it is drawn in, and
     the cell's text still reads as the whole address;
  2. a link is underlined by one stroke per line, from its first word to its last (the link
     annotation's rectangle on that line), not one stroke per word;
  3. the running header is left off page 1 when it would repeat the title printed there, and
     printed on the pages after;
  5. a subtitle in the metadata is printed under the title in every output: in the PDF as a P
     straight after the H1 in the structure tree, in the DOCX as a Subtitle paragraph after the
     Heading1 one, in the HTML as <p class="subtitle"> after the <h1>;
  6. typographic punctuation is printed alike in PDF, DOCX and HTML (curly quotes, apostrophes,
     dashes, ellipsis), never inside code or a URL, and not at all with `smart_punctuation = false`;
  4. the last page of the staff seed (content/staff-module-attachment.xml, which used to end with
     one note alone on a fourth page) holds at least a quarter of a page of text: the layout
     tightened the space between blocks rather than add a nearly empty page.

Usage: check_typesetting.py --handout build/handout
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

ADDRESS = "safeguarding.lead.officer@riverside-community-primary.example.org"
URL = "https://www.example.org/families/attachment/support/leaflets/index.html"
NUMBER = "+4407700900123456789"
LINK_WORDS = "the local authority's family information service pages"

TABLE_DOC = f"""<?xml version="1.0" encoding="UTF-8"?>
<handout lang="en-GB" template="parent-leaflet"><meta><title>Who to contact</title></meta><body>
<h1>Who to contact</h1>
<p>Ask any of these people if you are worried about your child.</p>
<table><caption>Contacts</caption>
<tr><th>Role</th><th>E-mail</th><th>Web page</th></tr>
<tr><td>Safeguarding lead</td><td><code>{ADDRESS}</code></td><td>{URL}</td></tr>
<tr><td>Office</td><td>{NUMBER}</td><td>Reception</td></tr>
</table>
<p>You can also read <a href="https://www.example.org/fis">{LINK_WORDS}, which list every service near you by postcode and age</a> at any time.</p>
</body></handout>
"""

SUBTITLE = "A guide for parents and carers"

LONG_DOC = f"""<?xml version="1.0" encoding="UTF-8"?>
<handout lang="en-GB" template="staff-handout"><meta><title>Attachment in school</title>
<subtitle>{SUBTITLE}</subtitle></meta><body>
<h1>Attachment in school</h1>
""" + "\n".join(f"<p>Paragraph {i}: children settle when the adults around them notice how they feel and respond "
                  f"with warmth, so the school day feels safe enough to learn in.</p>" for i in range(40)) + """
</body></handout>
"""


def words(pdf, page):
    """pdftotext -bbox words on `page` (1-based) as (text, xMin, yMin, xMax, yMax) in PDF space."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"],
                         capture_output=True, text=True, check=True).stdout
    root = ET.fromstring(re.sub(r'xmlns="[^"]+"', "", out, count=1))
    page_el = root.find(".//page")
    height = float(page_el.get("height"))
    return [(w.text or "", float(w.get("xMin")), height - float(w.get("yMax")), float(w.get("xMax")),
             height - float(w.get("yMin"))) for w in page_el.iter("word")]


def strokes(page):
    """Rectangles stroked and lines drawn on `page`: ([(x, y, w, h)], [(x0, y0, x1, y1)])."""
    rects, lines, path = [], [], []
    for operands, op in pikepdf.parse_content_stream(page):
        op = str(op)
        if op == "re":
            path.append(("re", [float(v) for v in operands]))
        elif op in ("m", "l"):
            path.append((op, [float(v) for v in operands]))
        elif op == "S":
            start = None
            for kind, v in path:
                if kind == "re":
                    rects.append(tuple(v))
                elif kind == "m":
                    start = v
                elif kind == "l" and start:
                    lines.append((start[0], start[1], v[0], v[1]))
                    start = v
            path = []
        elif op in ("f", "F", "f*", "n", "B", "b"):
            path = []
    return rects, lines


def check_cells(pdf, failures):
    with pikepdf.open(pdf) as doc:
        rects, _ = strokes(doc.pages[0])
    cells = [r for r in rects if r[2] > 5 and r[3] > 5]
    if not cells:
        failures.append("no table cell borders found on page 1")
        return
    top = max(y + h for _, y, _, h in cells)
    bottom = min(y for _, y, _, _ in cells)
    in_cells = {}
    for text, x0, y0, x1, y1 in words(pdf, 1):
        mid = (y0 + y1) / 2
        if not bottom < mid < top:
            continue
        home = [c for c in cells if c[1] <= mid <= c[1] + c[3] and c[0] - 0.5 <= (x0 + x1) / 2 <= c[0] + c[2] + 0.5]
        if not home:
            failures.append(f"word {text!r} at x {x0:.1f}-{x1:.1f} lies in no cell")
            continue
        cx, cy, cw, ch = min(home, key=lambda c: c[2])
        if x0 < cx - 0.5 or x1 > cx + cw + 0.5:
            failures.append(f"word {text!r} ({x0:.1f}-{x1:.1f}) runs outside its cell ({cx:.1f}-{cx + cw:.1f})")
        in_cells.setdefault((cx, cy), []).append(text)
    texts = ["".join(t) for t in in_cells.values()]
    for whole in (ADDRESS, URL, NUMBER):
        if whole not in texts:
            failures.append(f"no cell reads {whole!r} whole; cells read {texts!r}")
    broken = sum(1 for t in in_cells.values() if len(t) > 1 and "".join(t) in (ADDRESS, URL, NUMBER))
    if broken < 2:
        failures.append(f"expected the long address and URL to be broken over lines, {broken} were")


def check_link_underline(pdf, failures):
    with pikepdf.open(pdf) as doc:
        for page in doc.pages:
            annots = [a for a in page.get("/Annots", []) if a.get("/Subtype") == "/Link"
                      and "/A" in a and str(a.A.get("/URI", "")) == "https://www.example.org/fis"]
            if not annots:
                continue
            _, lines = strokes(page)
            underlines = [l for l in lines if abs(l[1] - l[3]) < 0.01]
            for a in annots:
                x0, y0, x1, y1 = (float(v) for v in a.Rect)
                here = [l for l in underlines if y0 - 3 <= l[1] <= y1 and l[0] >= x0 - 1 and l[2] <= x1 + 1]
                if len(here) != 1:
                    failures.append(f"link line at y {y0:.1f}: {len(here)} underline strokes, expected 1")
                elif abs(here[0][0] - x0) > 1 or abs(here[0][2] - x1) > 1:
                    failures.append(f"link line at y {y0:.1f}: underline {here[0][0]:.1f}-{here[0][2]:.1f} "
                                    f"does not span the link {x0:.1f}-{x1:.1f}")
            if len(annots) < 2:
                failures.append(f"the link was expected to wrap over two lines, it has {len(annots)} areas")
            return
    failures.append("no link annotation to https://www.example.org/fis found")


def check_running_header(pdf, failures):
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", pdf, "-"], capture_output=True, text=True).stdout
    second = subprocess.run(["pdftotext", "-f", "2", "-l", "2", pdf, "-"], capture_output=True, text=True).stdout
    if first.count("Attachment in school") != 1:
        failures.append(f"page 1 prints the title {first.count('Attachment in school')} times, expected once")
    if "Attachment in school" not in second:
        failures.append("page 2 has no running header")


def check_last_page(pdf, failures):
    """At least a quarter of the last page's text area (22 mm margins, staff-handout) is used."""
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True,
                                                          text=True).stdout).group(1))
    margin = 22 * 72 / 25.4
    with pikepdf.open(pdf) as doc:
        height = float(doc.pages[-1].MediaBox[3])
    body = [w for w in words(pdf, pages) if margin < w[2] and w[4] < height - margin]
    lowest = min((w[2] for w in body), default=height - margin)
    used = (height - margin - lowest) / (height - 2 * margin)
    if used < 0.25:
        failures.append(f"{os.path.basename(pdf)}: last page (page {pages}) only {used:.0%} used")


def check_subtitle(out, failures):
    """The subtitle follows the title in the PDF structure, the DOCX body and the HTML page."""
    tree = subprocess.run(["pdfinfo", "-struct-text", os.path.join(out, "long.pdf")], capture_output=True,
                          text=True).stdout
    elements = re.findall(r"^\s*(\w+)(?: \(\w+\))?\n\s*\"([^\"]*)\"", tree, re.M)
    roles = [(role, text.strip()) for role, text in elements]
    title = next((i for i, (role, _) in enumerate(roles) if role == "H1"), None)
    if title is None or title + 1 >= len(roles) or roles[title + 1] != ("P", SUBTITLE):
        failures.append(f"PDF: no P {SUBTITLE!r} straight after the H1; structure starts {roles[:3]!r}")
    with zipfile.ZipFile(os.path.join(out, "long.docx")) as z:
        body = z.read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", body, re.S)
    styled = [(m.group(1) if (m := re.search(r'<w:pStyle w:val="(\w+)"', p)) else "",
               "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))) for p in paragraphs]
    if styled[:2] != [("Heading1", "Attachment in school"), ("Subtitle", SUBTITLE)]:
        failures.append(f"DOCX: body starts {styled[:2]!r}, expected the Heading1 then the Subtitle")
    with open(os.path.join(out, "long.html"), encoding="utf-8") as f:
        page = f.read()
    if not re.search(r"<h1>Attachment in school</h1>\s*<p class=\"subtitle\">" + re.escape(SUBTITLE) + "</p>", page):
        failures.append("HTML: no <p class=\"subtitle\"> straight after the <h1>")


PUNCTUATION_DOC = """<?xml version="1.0" encoding="UTF-8"?>
<handout lang="en-GB" template="{template}"><meta><title>Quotes</title></meta><body>
<h1>Quotes</h1>
<p>She said "it's fine" -- twice --- and 'well' ... then left - quickly. Type <code>a--b "x"</code> or see https://example.org/a--b.</p>
</body></handout>
"""
TYPOGRAPHIC = "She said \u201cit\u2019s fine\u201d \u2013 twice \u2014 and \u2018well\u2019 \u2026 then left \u2013 quickly."
AS_WRITTEN = "She said \"it's fine\" -- twice --- and 'well' ... then left - quickly."


def check_punctuation(handout, work, failures):
    templates = os.path.join(work, "templates")
    os.makedirs(os.path.join(templates, "plain-punctuation"), exist_ok=True)
    with open(os.path.join(templates, "plain-punctuation", "template.toml"), "w", encoding="utf-8") as f:
        f.write("[text]\nsmart_punctuation = false\n")
    for template, expected in (("staff-handout", TYPOGRAPHIC), ("plain-punctuation", AS_WRITTEN)):
        src = os.path.join(work, f"quotes-{template}.xml")
        with open(src, "w", encoding="utf-8") as f:
            f.write(PUNCTUATION_DOC.replace("{template}", template))
        out = os.path.join(work, "quotes-out")
        r = subprocess.run([handout, "build", "--no-config", "--pdf", "--docx", "--html", "-o", out, src],
                           env=dict(os.environ, HANDOUT_TEMPLATES=templates), capture_output=True, text=True)
        if r.returncode not in (0, 3):
            failures.append(f"{template}: build failed: {r.stdout}{r.stderr}")
            continue
        stem = os.path.join(out, f"quotes-{template}")
        pdf = " ".join(subprocess.run(["pdftotext", stem + ".pdf", "-"], capture_output=True, text=True).stdout.split())
        with zipfile.ZipFile(stem + ".docx") as z:
            docx = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", z.read("word/document.xml").decode("utf-8")))
        with open(stem + ".html", encoding="utf-8") as f:
            html = " ".join(re.sub(r"<[^>]+>", "", f.read()).split())
        docx = docx.replace("&quot;", '"').replace("&apos;", "'")
        html = html.replace("&quot;", '"').replace("&#39;", "'").replace("&apos;", "'")
        for name, text in (("PDF", pdf), ("DOCX", docx), ("HTML", html)):
            if expected not in text:
                failures.append(f"{template}: {name} does not print {expected!r}")
            if 'a--b "x"' not in text or "https://example.org/a--b" not in text.replace(" ", ""):
                failures.append(f"{template}: {name} changed code or a URL")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--handout", required=True)
    args = ap.parse_args()
    failures = []
    with tempfile.TemporaryDirectory(prefix="handout-typesetting-") as work:
        for name, text in (("contacts", TABLE_DOC), ("long", LONG_DOC)):
            with open(os.path.join(work, name + ".xml"), "w", encoding="utf-8") as f:
                f.write(text)
        r = subprocess.run([args.handout, "build", "--no-config", "--pdf", "--docx", "--html", "-o", os.path.join(work, "out"),
                            os.path.join(work, "contacts.xml"), os.path.join(work, "long.xml")],
                           capture_output=True, text=True)
        if r.returncode not in (0, 3):
            print(r.stdout + r.stderr)
            return 1
        seed = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "content",
                            "staff-module-attachment.xml")
        r = subprocess.run([args.handout, "build", "-o", os.path.join(work, "seed"), seed], capture_output=True, text=True)
        if r.returncode not in (0, 3):
            print(r.stdout + r.stderr)
            return 1
        check_last_page(os.path.join(work, "seed", "staff-module-attachment.pdf"), failures)
        contacts = os.path.join(work, "out", "contacts.pdf")
        check_cells(contacts, failures)
        check_link_underline(contacts, failures)
        check_running_header(os.path.join(work, "out", "long.pdf"), failures)
        check_subtitle(os.path.join(work, "out"), failures)
        check_punctuation(args.handout, work, failures)
        if os.environ.get("KEEP"):
            subprocess.run(["cp", "-r", os.path.join(work, "out"), os.environ["KEEP"]])
    for f in failures:
        print("FAIL", f)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
