#!/usr/bin/python3
"""Reads a right-to-left leaflet's PDF back with pikepdf, independently of Handout's writer.

    rtl_readback.py text FILE.pdf
        JSON list of [role, text, left, right] for the block elements of the structure tree
        (H1-H6, P, Lbl, LBody, TH, TD) in reading order, each with the text of its content: a
        structure element's /ActualText where it has one, else that of the marked content, else
        its glyphs' ToUnicode text; left and right bound the pen over its text.

    rtl_readback.py tagged FILE.pdf
        The same list with each element's text exactly as its marked content joins (no space
        added where a new line starts), as a tag-based reader such as a screen reader gets it.

    rtl_readback.py lines FILE.pdf
        JSON list of the first page's lines, top to bottom: [baseline, left, right, text], where
        left and right are the pen's extent over the line's text (glyph widths and TJ moves, not
        ink), and text its glyphs' ToUnicode text left to right.

    rtl_readback.py glyphs FILE.pdf ROLE INDEX FONT-NAME-PART FONT-FILE LANG SCRIPT WORD...
        Compares the glyphs of the words (Spans with /ActualText) inside the INDEX-th (0-based)
        ROLE element, drawn in the font whose /BaseFont contains FONT-NAME-PART, with hb-shape's
        right-to-left shaping of each WORD in FONT-FILE: the same glyph sequence (under the
        subset's order-preserving renumbering) and every glyph at hb-shape's offset from the
        word's first glyph (x and y, within 0.01 pt). Prints what differs; exit status 1 if
        anything does.
"""
import json
import os
import struct
import subprocess
import sys

import pikepdf

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "agreement"))
from read_pdf import _Font  # noqa: E402  (the ToUnicode and width reading the agreement test uses)

BLOCKS = {"H1", "H2", "H3", "H4", "H5", "H6", "P", "Lbl", "LBody", "TH", "TD"}


def read_shows(page, fonts):
    """Every text-showing operator of a page that paints (not render mode 3): its font, size, mcid,
    /ActualText (the outermost), text object (BT number) and glyphs as [code, x, y]; x advances by
    the font's widths and TJ's adjustments."""
    shows = []
    marked = []  # (mcid, actual text)
    font, size, x, y, rise = None, 12.0, 0.0, 0.0, 0.0
    invisible = False  # text render mode 3 (ISO 32000-1 §9.3.6): glyphs that paint nothing
    text_object = 0
    for instruction in pikepdf.parse_content_stream(page):
        operands, op = instruction.operands, str(instruction.operator)
        if op == "BDC":
            props = operands[1] if len(operands) > 1 and isinstance(operands[1], pikepdf.Dictionary) else {}
            outer_mcid, outer_actual = marked[-1] if marked else (None, None)
            mcid = int(props["/MCID"]) if "/MCID" in props else outer_mcid
            # An /ActualText stands for everything inside it, nested ones included (§14.9.4).
            actual = outer_actual if outer_actual is not None or "/ActualText" not in props else str(props["/ActualText"])
            marked.append((mcid, actual))
        elif op == "BMC":
            marked.append(marked[-1] if marked else (None, None))
        elif op == "EMC":
            marked.pop()
        elif op == "BT":
            text_object += 1
        elif op == "Tf":
            font, size = fonts[str(operands[0])], float(operands[1])
        elif op == "Tm":
            x, y = float(operands[4]), float(operands[5])
        elif op == "Ts":
            rise = float(operands[0])
        elif op == "Tr":
            invisible = int(operands[0]) == 3
        elif op in ("Tj", "TJ") and invisible:
            continue  # paints nothing (Handout draws such text in a text object of its own)
        elif op in ("Tj", "TJ"):
            glyphs, start = [], x
            for item in (operands[0] if op == "TJ" else [operands[0]]):
                if isinstance(item, pikepdf.String):
                    for code in font.codes(bytes(item)):
                        glyphs.append([code, x, y + rise])
                        x += font.widths.get(code, font.default_width) * size / 1000.0
                else:
                    x -= float(item) * size / 1000.0
            mcid, actual = marked[-1] if marked else (None, None)
            shows.append({"font": font, "size": size, "mcid": mcid, "actual": actual, "glyphs": glyphs,
                          "object": text_object, "baseline": y, "start": start, "end": x})
    return shows


def page_shows(pdf):
    out = []
    for page in pdf.pages:
        fonts = {name: _Font(f) for name, f in page.obj.Resources.get("/Font", {}).items()}
        out.append(read_shows(page, fonts))
    return out


def structure_text(path, space_at_new_line=True):
    pdf = pikepdf.open(path)
    pages = list(pdf.pages)
    page_index = {p.obj.objgen: i for i, p in enumerate(pages)}
    content = {}  # (page, mcid) -> text
    boxes = {}  # (page, mcid) -> [left, right]
    baselines = {}  # (page, mcid) -> baseline
    for i, shows in enumerate(page_shows(pdf)):
        seen_actual = set()
        for s in shows:
            if s["mcid"] is None:
                continue
            key = (i, s["mcid"])
            baselines[key] = s["baseline"]
            box = boxes.setdefault(key, [s["start"], s["end"]])
            box[0], box[1] = min(box[0], s["start"], s["end"]), max(box[1], s["start"], s["end"])
            if s["actual"] is not None:
                # One /ActualText stands for the whole marked-content sequence it encloses.
                if key not in seen_actual:
                    content[key] = content.get(key, "") + s["actual"]
                    seen_actual.add(key)
            else:
                content[key] = content.get(key, "") + s["font"].text([g[0] for g in s["glyphs"]])
    elements = []

    previous = [None]  # the baseline of the last content read: a new line is a word break

    def text_of(elem, pg, box, notes):
        """The element's text; widens `box` to its content's pen extent. A footnote (Note) inside
        it is not part of its text: it goes to `notes`, to be read as elements of its own."""
        pg = elem.get("/Pg", pg)
        kids = elem.get("/K")
        kids = list(kids) if isinstance(kids, pikepdf.Array) else ([] if kids is None else [kids])
        text = ""
        for k in kids:
            key = None
            if isinstance(k, int):
                key = (page_index[pg.objgen], k)
            elif isinstance(k, pikepdf.Dictionary) and "/MCID" in k:
                key = (page_index[k.get("/Pg", pg).objgen], int(k.MCID))
            elif isinstance(k, pikepdf.Dictionary) and "/S" in k:
                if str(k.S) == "/Note":
                    notes.append(k)
                else:
                    text += text_of(k, pg, box, notes)
            if key is not None:
                if (space_at_new_line and previous[0] is not None and key in baselines
                        and baselines[key] != previous[0]):
                    text += " "
                previous[0] = baselines.get(key, previous[0])
                text += content.get(key, "")
                if key in boxes:
                    box[0], box[1] = min(box[0], boxes[key][0]), max(box[1], boxes[key][1])
        actual = elem.get("/ActualText")
        if actual is None:
            return text
        return (" " if text.startswith(" ") else "") + str(actual)

    def walk(elem, pg):
        pg = elem.get("/Pg", pg)
        role = str(elem.get("/S", ""))[1:]
        if role in BLOCKS:
            previous[0] = None
            box = [float("inf"), float("-inf")]
            notes = []
            elements.append([role, text_of(elem, pg, box, notes)] + box)
            for note in notes:
                walk(note, pg)
            return
        kids = elem.get("/K")
        kids = list(kids) if isinstance(kids, pikepdf.Array) else ([] if kids is None else [kids])
        for k in kids:
            if isinstance(k, pikepdf.Dictionary) and "/S" in k:
                walk(k, pg)

    walk(pdf.Root.StructTreeRoot.K, None)
    return elements


def lines(path):
    pdf = pikepdf.open(path)
    by_baseline = {}
    for s in page_shows(pdf)[0]:
        if s["glyphs"]:
            by_baseline.setdefault(round(s["baseline"], 2), []).append(s)
    out = []
    for baseline in sorted(by_baseline, reverse=True):
        shows = sorted(by_baseline[baseline], key=lambda s: s["start"])
        text = "".join(s["font"].text([g[0] for g in s["glyphs"]]) for s in shows)
        out.append([baseline, min(s["start"] for s in shows), max(s["end"] for s in shows), text])
    return out


def units_per_em(font_file):
    with open(font_file, "rb") as f:
        data = f.read()
    tables = struct.unpack(">H", data[4:6])[0]
    for i in range(tables):
        tag, _, offset, _ = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        if tag == b"head":
            return struct.unpack(">H", data[offset + 18:offset + 20])[0]
    raise SystemExit(f"{font_file}: no head table")


def hb_shape(font_file, lang, script, word):
    """[(gid, x, y)] in font units, x from the word's left edge (hb-shape lists glyphs left to right)."""
    out = subprocess.run(["hb-shape", "--no-glyph-names", "--direction=rtl", f"--language={lang}", f"--script={script}",
                          "--output-format=json", font_file, word], check=True, capture_output=True, text=True).stdout
    glyphs, pen = [], 0
    for g in json.loads(out):
        glyphs.append((g["g"], pen + g["dx"], g["dy"]))
        pen += g["ax"]
    return glyphs


def word_spans(pdf, role, index):
    """The Spans with /ActualText inside the index-th element of `role`, in reading order:
    [(text, (page, mcid))]."""
    page_index = {p.obj.objgen: i for i, p in enumerate(pdf.pages)}
    found = []

    def kids_of(elem):
        k = elem.get("/K")
        return list(k) if isinstance(k, pikepdf.Array) else ([] if k is None else [k])

    def spans(elem, pg):
        pg = elem.get("/Pg", pg)
        out = []
        for k in kids_of(elem):
            if isinstance(k, int) and "/ActualText" in elem:
                out.append((str(elem.ActualText), (page_index[pg.objgen], k)))
            elif isinstance(k, pikepdf.Dictionary) and "/MCID" in k and "/ActualText" in elem:
                out.append((str(elem.ActualText), (page_index[k.get("/Pg", pg).objgen], int(k.MCID))))
            elif isinstance(k, pikepdf.Dictionary) and "/S" in k:
                out += spans(k, pg)
        return out

    def walk(elem, pg):
        pg = elem.get("/Pg", pg)
        if str(elem.get("/S", ""))[1:] == role:
            found.append(spans(elem, pg))
            return
        for k in kids_of(elem):
            if isinstance(k, pikepdf.Dictionary) and "/S" in k:
                walk(k, pg)

    walk(pdf.Root.StructTreeRoot.K, None)
    return found[index]


def compare_glyphs(path, role, index, part, font_file, lang, script, words):
    pdf = pikepdf.open(path)
    shows = [dict(s, page=i) for i, page in enumerate(page_shows(pdf)) for s in page if part in s["font"].name]
    upem = units_per_em(font_file)
    spans = [sp for sp in word_spans(pdf, role, index) if sp[0] in words]
    if [sp[0] for sp in spans] != words:
        return [f"the {role} holds Spans {[sp[0] for sp in spans]}, not the words {words}"]
    problems, drawn, ids = [], [], []
    for word, key in spans:
        want = hb_shape(font_file, lang, script, word)
        ids += [g[0] for g in want]
        got = [g for s in shows if (s["page"], s["mcid"]) == key for g in s["glyphs"]]
        size = next(s["size"] for s in shows if (s["page"], s["mcid"]) == key) if got else 1
        scale = size / upem
        if len(got) != len(want):
            problems.append(f"{word}: hb-shape has {len(want)} glyphs, the PDF {len(got)} in {part}")
            continue
        x0, y0 = got[0][1], got[0][2]
        for (code, x, y), (gid, wx, wy) in zip(got, want):
            drawn.append(code)
            if abs((x - x0) - (wx - want[0][1]) * scale) > 0.01 or abs((y - y0) - (wy - want[0][2]) * scale) > 0.01:
                problems.append(f"{word}: glyph {gid} at ({x - x0:.3f}, {y - y0:.3f}), hb-shape "
                                f"({(wx - want[0][1]) * scale:.3f}, {(wy - want[0][2]) * scale:.3f})")
    # The subset renumbers glyphs keeping their order: the same sequence under one such renumbering.
    if not problems:
        for i in range(len(ids)):
            for j in range(len(ids)):
                if (ids[i] < ids[j]) != (drawn[i] < drawn[j]) or (ids[i] == ids[j]) != (drawn[i] == drawn[j]):
                    return [f"glyph order differs at {i}, {j}: hb-shape {ids}, PDF {drawn}"]
    return problems


def main():
    if sys.argv[1] == "text":
        print(json.dumps(structure_text(sys.argv[2]), ensure_ascii=False))
        return 0
    if sys.argv[1] == "tagged":
        print(json.dumps(structure_text(sys.argv[2], space_at_new_line=False), ensure_ascii=False))
        return 0
    if sys.argv[1] == "lines":
        print(json.dumps(lines(sys.argv[2]), ensure_ascii=False))
        return 0
    problems = compare_glyphs(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7],
                              sys.argv[8], sys.argv[9:])
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
