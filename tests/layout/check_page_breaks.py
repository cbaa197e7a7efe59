#!/usr/bin/python3
"""Page-break invariants on a generated corpus, read back from the PDFs Handout writes.

Builds handouts with tables of many sizes, lists after lead-ins, notes of every length and
paragraphs of every length, in body sizes 11 to 24pt on A4 and A5 (templates written into a
temporary folder), then reads each PDF back with pikepdf: the structure tree says which element
each marked-content sequence belongs to, the content streams say where on the page it is. On
every PDF it checks:

  1. no table caption or header row on a page without a body row of its table under it;
  2. no table whose last page carries a single body row when the page before could spare one;
  3. no heading as the last content on a page (a heading at a page foot);
  4. no page but the last with less than a third of its text area used (the corpus has no
     forced page breaks and no figures, the two things that may need one).

Usage: check_page_breaks.py --handout build/handout [--keep DIR]
Exits 1 naming the file, page and invariant of every failure.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

import pikepdf

PAGE_MM = {"A4": (210, 297), "A5": (148, 210)}
MARGIN_MM = 20
POINTS_PER_MM = 72 / 25.4

TEMPLATE = """description = "generated for the page-break checks"
[page]
size = "{page}"
margin_top_mm = {m}
margin_bottom_mm = {m}
margin_left_mm = {m}
margin_right_mm = {m}
[body]
font = "Liberation Sans"
size_pt = {size}
line_spacing = 1.5
paragraph_space_pt = {para}
[headings]
font = "Liberation Sans"
bold = true
sizes_pt = [{h1}, {h2}, {h3}, {size}, {size}, {size}]
space_before_pt = {para}
space_after_pt = 6
[header]
left = "{{title}}"
size_pt = 9
[footer]
centre = "Page {{page}} of {{pages}}"
size_pt = 9
[notes]
placement = "{notes}"
"""

WORDS = ("children need adults who notice how they feel and who respond with care so that the "
         "school day feels safe enough to learn in every lesson and at break times too").split()


def sentence(rng, words):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def paragraph(rng, sentences):
    return " ".join(sentence(rng, rng.randint(6, 14)) for _ in range(sentences))


def table(rng, n, rows, columns, caption):
    out = [f"<table>"]
    if caption:
        out.append(f"<caption>Table {n}: what to look for</caption>")
    out.append("<tr>" + "".join(f"<th>Column {c + 1}</th>" for c in range(columns)) + "</tr>")
    for r in range(rows):
        cells = []
        for c in range(columns):
            words = rng.choice((1, 2, 3, 8)) if c else 1
            cells.append("<td>" + (f"Row {r + 1}" if c == 0 else " ".join(rng.choice(WORDS) for _ in range(words))) + "</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def document(rng, index, notes, max_columns):
    """One handout: sections mixing paragraphs, tables, lead-ins with lists and notes."""
    body = [f"<h1>Generated handout {index}</h1>"]
    note = 0
    for section in range(rng.randint(3, 6)):
        body.append(f"<h2>Section {section + 1}</h2>")
        for _ in range(rng.randint(1, 4)):
            kind = rng.choice(("p", "p", "table", "list", "note", "h3"))
            if kind == "p":
                body.append(f"<p>{paragraph(rng, rng.randint(1, 6))}</p>")
            elif kind == "table":
                body.append(table(rng, len(body), rng.choice((1, 2, 3, 4, 6, 9, 14, 25, 40)), rng.randint(2, max_columns),
                                  rng.random() < 0.6))
            elif kind == "list":
                body.append("<p>When a child is upset, staff can:</p>")
                items = "".join(f"<li>{sentence(rng, rng.randint(3, 20))}</li>" for _ in range(rng.randint(2, 6)))
                body.append(f"<ul>{items}</ul>")
            elif kind == "note":
                note += 1
                # Footnotes longer than a page are not split (see docs/typesetting.md): as
                # footnotes, notes stay short enough to fit under a few lines of text.
                length = rng.choice((1, 1, 2, 5, 12) if notes == "endnotes" else (1, 1, 2, 3))
                body.append(f"<p>{sentence(rng, 8)}<note>{paragraph(rng, length)}</note> {sentence(rng, 6)}</p>")
            else:
                body.append(f"<h3>Look again {len(body)}</h3><p>{paragraph(rng, rng.randint(1, 3))}</p>")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<handout lang="en-GB" template="{{template}}">'
            f"<meta><title>Generated handout {index}</title></meta><body>\n" + "\n".join(body) +
            "\n</body></handout>\n")


def text_positions(page):
    """MCID → (lowest baseline, highest baseline) of the text painted inside it on `page`."""
    out = {}
    stack = []
    for operands, op in pikepdf.parse_content_stream(page):
        op = str(op)
        if op == "BDC":
            props = operands[1] if len(operands) > 1 else None
            mcid = None
            if isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                mcid = int(props.MCID)
            stack.append(mcid)
        elif op == "BMC":
            stack.append(None)
        elif op == "EMC":
            if stack:
                stack.pop()
        elif op == "Tm":
            mcid = next((m for m in reversed(stack) if m is not None), None)
            if mcid is not None:
                y = float(operands[5])
                lo, hi = out.get(mcid, (y, y))
                out[mcid] = (min(lo, y), max(hi, y))
        elif op == "re":
            mcid = next((m for m in reversed(stack) if m is not None), None)
            if mcid is not None:  # an image or figure box
                y, h = float(operands[1]), float(operands[3])
                lo, hi = out.get(mcid, (y, y + h))
                out[mcid] = (min(lo, y), max(hi, y + h))
    return out


def structure(pdf):
    """Every marked-content sequence as (page index, mcid, [roles from the element up to the root],
    [ids of those elements])."""
    page_index = {p.objgen: i for i, p in enumerate(pdf.pages)}
    marks = []

    def walk(elem, chain, ids, page):
        if not isinstance(elem, pikepdf.Dictionary):
            return
        role = str(elem.get("/S", "")).lstrip("/")
        if "/Pg" in elem:
            page = page_index.get(elem.Pg.objgen, page)
        chain = chain + [role]
        ids = ids + [elem.objgen]
        kids = elem.get("/K")
        if kids is None:
            return
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for k in kids:
            if isinstance(k, pikepdf.Dictionary):
                if k.get("/Type") == "/MCR":
                    p = page_index.get(k.Pg.objgen, page) if "/Pg" in k else page
                    marks.append((p, int(k.MCID), chain, ids))
                elif k.get("/Type") == "/OBJR":
                    continue
                else:
                    walk(k, chain, ids, page)
            else:
                try:
                    marks.append((page, int(k), chain, ids))
                except (TypeError, ValueError):
                    pass

    root = pdf.Root.StructTreeRoot
    kids = root.K if isinstance(root.K, pikepdf.Array) else [root.K]
    for k in kids:
        walk(k, [], [], None)
    return marks


def check_pdf(path, text_top, text_bottom):
    failures = []
    with pikepdf.open(path) as pdf:
        pages = list(pdf.pages)
        positions = [text_positions(p) for p in pages]
        marks = structure(pdf)
    # Each mark with its position; reading order is the structure order.
    placed = []
    for page, mcid, chain, ids in marks:
        if page is None or mcid not in positions[page]:
            continue
        lo, hi = positions[page][mcid]
        placed.append((page, lo, hi, chain, ids))
    last_page = len(pages) - 1
    where = os.path.basename(path)

    # 1 and 2: tables.
    tables = {}
    for page, lo, hi, chain, ids in placed:
        if "Table" not in chain:
            continue
        t = ids[chain.index("Table")]
        entry = tables.setdefault(t, {})
        kind = "caption" if "Caption" in chain else "head" if "TH" in chain else "body"
        row = ids[chain.index("TR")] if "TR" in chain else None
        entry.setdefault(page, {"caption": False, "head": False, "body": set()})
        if kind == "body":
            entry[page]["body"].add(row)
        else:
            entry[page][kind] = True
    for t, by_page in tables.items():
        has_body = any(v["body"] for v in by_page.values())
        for page, v in sorted(by_page.items()):
            if has_body and (v["caption"] or v["head"]) and not v["body"]:
                failures.append(f"{where}: page {page + 1}: a table's caption or header row with no body row under it")
        table_pages = sorted(p for p, v in by_page.items() if v["body"])
        if len(table_pages) >= 2:
            last, before = table_pages[-1], table_pages[-2]
            if len(by_page[last]["body"]) == 1 and len(by_page[before]["body"]) >= 2:
                failures.append(f"{where}: page {last + 1}: a table carries a single body row over; "
                                f"page {before + 1} could spare one")

    # 3: a heading as the last content on its page (the document's last element excepted).
    by_page = {}
    for page, lo, hi, chain, ids in placed:
        by_page.setdefault(page, []).append((lo, chain))
    for page, items in by_page.items():
        lowest = min(items, key=lambda x: x[0])
        if any(r in ("H1", "H2", "H3", "H4", "H5", "H6") for r in lowest[1]) and page != last_page:
            failures.append(f"{where}: page {page + 1}: ends with a heading ({'/'.join(lowest[1][1:])})")

    # 4: pages that are nearly empty, unless the next page opens with a table whose caption,
    # header and first body row (which never split) would not have fitted in the room left.
    def table_opening(page):
        marks = [(lo, hi, ids[chain.index("Table")], ids[chain.index("TR")] if "TR" in chain else None)
                 for p, lo, hi, chain, ids in placed if p == page and "Table" in chain]
        if not marks:
            return 0
        top = max(hi for _, hi, _, _ in marks)
        first_table = next(t for lo, hi, t, _ in marks if hi == top)
        body_rows = [r for _, _, t, r in marks if t == first_table and r is not None]
        rows = []
        for r in body_rows:
            if r not in rows:
                rows.append(r)
        opening_rows = set(rows[:2])
        bottom = min(lo for lo, _, t, r in marks if t == first_table and (r is None or r in opening_rows))
        return top - bottom

    area = text_top - text_bottom
    for page in range(last_page):
        items = by_page.get(page, [])
        lowest = min((lo for lo, _ in items), default=text_top)
        used = (text_top - lowest) / area
        if used < 1 / 3 and table_opening(page + 1) > lowest - text_bottom:
            continue
        if used < 1 / 3:
            failures.append(f"{where}: page {page + 1}: only {used:.0%} of the text area used")
    return failures, len(pages)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--handout", required=True)
    ap.add_argument("--keep", help="write the corpus and PDFs here instead of a temporary folder")
    ap.add_argument("--documents", type=int, default=6, help="documents per template")
    args = ap.parse_args()
    work = args.keep or tempfile.mkdtemp(prefix="handout-page-breaks-")
    os.makedirs(work, exist_ok=True)
    templates = os.path.join(work, "templates")
    # 11pt is below the template lint rule's minimum; the layout is checked at that size all the same.
    with open(os.path.join(work, "handout.toml"), "w", encoding="utf-8") as f:
        f.write('[rules]\ntemplate-min-font-size = "off"\n')
    rng = random.Random(20261202)
    failures, pdfs, pages_seen = [], 0, 0
    env = dict(os.environ, HANDOUT_TEMPLATES=templates)
    for page_size in ("A4", "A5"):
        for size in (11, 12, 14, 18, 24):
            for notes in ("endnotes", "footnotes"):
                name = f"gen-{page_size.lower()}-{size}-{notes}"
                folder = os.path.join(templates, name)
                os.makedirs(folder, exist_ok=True)
                with open(os.path.join(folder, "template.toml"), "w", encoding="utf-8") as f:
                    f.write(TEMPLATE.format(page=page_size, m=MARGIN_MM, size=size, para=round(size * 0.6),
                                            h1=round(size * 1.8), h2=round(size * 1.4), h3=round(size * 1.15),
                                            notes=notes))
                height = PAGE_MM[page_size][1] * POINTS_PER_MM
                # Rows never split over pages (docs/typesetting.md), so a table has no more
                # columns than leave each about six ems: 4 on A4 at 12pt, 2 on A5 at 24pt.
                width = (PAGE_MM[page_size][0] - 2 * MARGIN_MM) * POINTS_PER_MM
                max_columns = max(2, min(4, int(width / (size * 6))))
                text_top, text_bottom = height - MARGIN_MM * POINTS_PER_MM, MARGIN_MM * POINTS_PER_MM
                for d in range(args.documents):
                    src = os.path.join(work, f"{name}-{d}.xml")
                    with open(src, "w", encoding="utf-8") as f:
                        f.write(document(rng, d, notes, max_columns).replace("{template}", name))
                    out = os.path.join(work, "out")
                    r = subprocess.run([args.handout, "build", "-o", out, src], env=env,
                                       capture_output=True, text=True)
                    pdf = os.path.join(out, f"{name}-{d}.pdf")
                    if not os.path.exists(pdf):
                        failures.append(f"{src}: no PDF written (exit {r.returncode}):\n{r.stdout}{r.stderr}")
                        continue
                    found, n = check_pdf(pdf, text_top, text_bottom)
                    failures += found
                    pdfs += 1
                    pages_seen += n
    for f in failures:
        print(f)
    print(f"{pdfs} PDFs, {pages_seen} pages checked, {len(failures)} failures")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures or pdfs == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
