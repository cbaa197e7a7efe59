"""Reads a tagged PDF back with pikepdf: the text of the structure tree (artifacts excluded, since
only marked content with an MCID belongs to it), headings, figures' /Alt, TH cells, Link URIs,
/Lang, the running header and footer (Pagination artifacts above and below the tagged content),
and every text colour with the filled rectangle painted under it.

Only what Handout's PDF writer emits is understood: one BT…ET per text run, set by Tf, rg, Tm and
TJ/Tj, and fills as "rg x y w h re f". Anything else is reported, never silently skipped.
"""
import re
import unicodedata

import pikepdf

from reading import Pair, Reading, TextCollector, hex_from_floats, without_page_numbers

WHITE = "#ffffff"
# Structure elements whose text is a block of its own (ISO 32000-1 §14.8.4.3): a word never runs
# from one into the next.
BLOCK_ROLES = {"P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Lbl", "LBody", "TH", "TD", "Caption", "BlockQuote",
               "Note", "Code"}


class UnreadablePdf(Exception):
    pass


def _cmap_to_unicode(stream_bytes):
    """bfchar and bfrange entries of a ToUnicode CMap (ISO 32000-1 §9.10.3) → {code: text}."""
    text = stream_bytes.decode("latin-1")
    out = {}

    def utf16(hexstr):
        return bytes.fromhex(hexstr).decode("utf-16-be", errors="replace")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[int(src, 16)] = utf16(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, rest in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block):
            lo, hi = int(lo, 16), int(hi, 16)
            if rest.startswith("["):
                for i, dst in enumerate(re.findall(r"<([0-9A-Fa-f]*)>", rest)):
                    out[lo + i] = utf16(dst)
            else:
                base = bytes.fromhex(rest[1:-1])
                for i in range(hi - lo + 1):
                    last = int.from_bytes(base[-2:], "big") + i
                    out[lo + i] = (base[:-2] + last.to_bytes(2, "big")).decode("utf-16-be", errors="replace")
    return out


class _Font:
    def __init__(self, font):
        self.name = str(font.get("/BaseFont", ""))
        self.two_byte = str(font.get("/Subtype")) == "/Type0"
        tu = font.get("/ToUnicode")
        self.to_unicode = _cmap_to_unicode(bytes(tu.read_bytes())) if tu is not None else {}
        self.widths = {}
        self.default_width = 1000.0
        if self.two_byte:
            cid = font.DescendantFonts[0]
            self.default_width = float(cid.get("/DW", 1000))
            w = cid.get("/W", [])
            i = 0
            while i < len(w):
                first = int(w[i])
                if isinstance(w[i + 1], pikepdf.Array):
                    for k, v in enumerate(w[i + 1]):
                        self.widths[first + k] = float(v)
                    i += 2
                else:
                    last, v = int(w[i + 1]), float(w[i + 2])
                    for c in range(first, last + 1):
                        self.widths[c] = v
                    i += 3
        else:
            first = int(font.get("/FirstChar", 0))
            for k, v in enumerate(font.get("/Widths", [])):
                self.widths[first + k] = float(v)
        self.bold = "bold" in self.name.lower()

    def codes(self, raw):
        if self.two_byte:
            return [int.from_bytes(raw[i:i + 2], "big") for i in range(0, len(raw) - 1, 2)]
        return list(raw)

    def text(self, codes):
        return "".join(self.to_unicode.get(c, "\ufffd") for c in codes)


def _logical_order(text):
    """A run of right-to-left letters is painted in visual order, as HarfBuzz returns the glyphs;
    read it back in logical order, as a bidi-aware extractor (pdftotext) does. Runs with
    left-to-right letters are left alone."""
    kinds = {unicodedata.bidirectional(c) for c in text}
    if kinds & {"R", "AL"} and not kinds & {"L"}:
        return text[::-1]
    return text


class TextRun:
    """One text-showing operation: its text, where it starts and ends, its fill colour, and the
    marked content around it."""

    def __init__(self, text, x, y, end_x, size, colour, bold, mcid, artifact, order):
        self.text, self.x, self.y, self.end_x, self.size = text, x, y, end_x, size
        self.colour, self.bold, self.mcid, self.artifact, self.order = colour, bold, mcid, artifact, order


def _merged_run(text, runs):
    """One run standing for `runs` (drawn in any order) whose text is `text`."""
    first = runs[0]
    merged = TextRun(text, min(r.x for r in runs), first.y, max(r.end_x for r in runs), first.size, first.colour,
                     first.bold, first.mcid, first.artifact, first.order)
    if hasattr(first, "page"):
        merged.page = first.page
    return merged


def _read_page(page, problems):
    """Paint order of one page: (text runs, filled rectangles)."""
    fonts = {}
    resources = page.obj.get("/Resources", {})
    for name, f in resources.get("/Font", {}).items():
        fonts[name] = _Font(f)
    runs, fills = [], []
    marked = []  # stack of (mcid or None, artifact type or None)
    actual = []  # open /ActualText spans: (depth in `marked`, text, index of their first run)
    gstate = [{"fill": "#000000"}]
    font, size, x, y = None, 12.0, 0.0, 0.0
    pending_rects = []
    order = 0
    for instruction in pikepdf.parse_content_stream(page):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            continue
        operands, op = instruction.operands, str(instruction.operator)
        order += 1
        if op == "BDC" or op == "BMC":
            tag = str(operands[0])
            props = operands[1] if op == "BDC" and len(operands) > 1 else None
            mcid = int(props["/MCID"]) if isinstance(props, pikepdf.Dictionary) and "/MCID" in props else None
            artifact = None
            if tag == "/Artifact":
                artifact = str(props.get("/Type", "/Layout"))[1:] if isinstance(props, pikepdf.Dictionary) else "Layout"
            elif marked and marked[-1][1]:
                artifact = marked[-1][1]
            if mcid is None and marked:
                mcid = marked[-1][0]
            marked.append((mcid, artifact))
            if isinstance(props, pikepdf.Dictionary) and "/ActualText" in props:
                actual.append((len(marked), str(props.ActualText), len(runs)))
        elif op == "EMC":
            if actual and actual[-1][0] == len(marked):
                # ISO 32000-1 §14.9.4: the text shown inside reads as the /ActualText.
                _, text, start = actual.pop()
                runs[start:] = [_merged_run(text, runs[start:])] if runs[start:] else []
            if marked:
                marked.pop()
        elif op == "q":
            gstate.append(dict(gstate[-1]))
        elif op == "Q":
            if len(gstate) > 1:
                gstate.pop()
        elif op == "rg":
            gstate[-1]["fill"] = hex_from_floats(*operands)
        elif op == "g":
            gstate[-1]["fill"] = hex_from_floats(operands[0], operands[0], operands[0])
        elif op in ("sc", "scn", "k", "cs"):
            if op != "cs" and len(operands) == 3:
                gstate[-1]["fill"] = hex_from_floats(*operands)
            elif op != "cs":
                problems.append(f"fill colour operator '{op}' with {len(operands)} operands is not understood")
        elif op == "re":
            pending_rects.append(tuple(float(v) for v in operands))
        elif op in ("f", "F", "f*", "B", "B*"):
            for (rx, ry, rw, rh) in pending_rects:
                x0, x1 = sorted((rx, rx + rw))
                y0, y1 = sorted((ry, ry + rh))
                fills.append((x0, y0, x1, y1, gstate[-1]["fill"], order))
            pending_rects = []
        elif op in ("S", "s", "n", "b", "b*"):
            pending_rects = []
        elif op == "BT":
            x, y = 0.0, 0.0
        elif op == "Tf":
            font = fonts.get(str(operands[0]))
            size = float(operands[1])
            if font is None:
                problems.append(f"font {operands[0]} is not in the page resources")
        elif op == "Tm":
            x, y = float(operands[4]), float(operands[5])
        elif op == "Td":
            x, y = x + float(operands[0]), y + float(operands[1])
        elif op in ("TJ", "Tj", "'", '"'):
            if font is None:
                continue
            items = operands[0] if op == "TJ" else [operands[-1]]
            codes, advance = [], 0.0
            for item in items:
                if isinstance(item, pikepdf.String):
                    cs = font.codes(bytes(item))
                    codes += cs
                    advance += sum(font.widths.get(c, font.default_width) for c in cs) * size / 1000.0
                else:
                    advance -= float(item) * size / 1000.0
            mcid, artifact = marked[-1] if marked else (None, None)
            if mcid is None and artifact is None:
                problems.append(f"text '{font.text(codes)}' is neither tagged nor an artifact")
            runs.append(TextRun(_logical_order(font.text(codes)), x, y, x + advance, size, gstate[-1]["fill"], font.bold, mcid,
                                artifact, order))
            x += advance
    return runs, fills


def _background(run, fills):
    """The colour of the last rectangle filled before the run that lies under it (sampled at the
    start, middle and end of the run, halfway up the x-height); the paper is white."""
    colours = []
    mid_y = run.y + run.size * 0.3
    for sx in (run.x + 0.5, (run.x + run.end_x) / 2, run.end_x - 0.5):
        colour = WHITE
        for (x0, y0, x1, y1, fill, order) in fills:
            if order < run.order and x0 <= sx <= x1 and y0 <= mid_y <= y1:
                colour = fill
        colours.append(colour)
    return colours


def _wide(char):
    """Chinese and Japanese characters and full-width punctuation (East Asian Width W or F)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _join(collector, runs):
    """Feeds (run, lang, shown, block) in reading order; a run that does not continue the previous
    one on its baseline starts a new word. Continuing means touching it on either side: a run in
    right-to-left order (a full stop after a number that ends an Arabic sentence) sits to the left
    of the run before it. Runs not shown (a note reference, a list label) still count as the
    previous run, so "health¹." reads "health." and not "health .". A line that wraps inside one
    block right after a Chinese or Japanese character ("：" then "020" on the next line) is no word
    break: those scripts put no space between words, and the tagged text has none there (lines
    that wrap at a space keep it in the text)."""
    previous = previous_block = None
    for run, lang, shown, block in runs:
        # Same line: baselines closer than a superscript's rise (note references sit 0.35 em up).
        same_line = previous is not None and abs(run.y - previous.y) < 0.45 * max(run.size, previous.size)
        touching = previous is not None and (abs(run.x - previous.end_x) < 0.6 or abs(previous.x - run.end_x) < 0.6)
        wraps_wide = (previous is not None and not same_line and block is not None and block is previous_block
                      and previous.text[-1:] and _wide(previous.text[-1]) and run.text[:1] and not run.text[0].isspace())
        if previous is not None and not (same_line and touching) and not wraps_wide:
            collector.break_()
        if shown:
            collector.add(run.text, lang)
        previous, previous_block = run, block


def _kids(elem):
    k = elem.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]


def _without_printed_addresses(words, uris):
    """The words with each link address printed after its link, "(https://…)", taken out; the
    address may be cut over lines (several words), and what follows it (".") joins the word
    before it, as it does in the DOCX and the HTML."""
    targets = {"(" + re.sub(r"^(mailto|tel):", "", uri) + ")" for uri in uris}
    out = list(words)
    i = 0
    while i < len(out):
        found = False
        for target in targets:
            joined, k = "", i
            while k < len(out) and len(joined) < len(target) and target.startswith(joined):
                joined += out[k].text
                k += 1
            if joined.startswith(target) and i > 0:
                rest = joined[len(target):]
                out[i - 1] = type(out[i - 1])(out[i - 1].text + rest, out[i - 1].lang)
                del out[i:k]
                found = True
                break
        if not found:
            i += 1
    return out


def read_pdf(path):
    problems = []
    pdf = pikepdf.open(path)
    pages = list(pdf.pages)
    page_number = {p.obj.objgen: i for i, p in enumerate(pages)}
    page_runs, page_fills = [], []
    by_mcid = {}
    for i, page in enumerate(pages):
        runs, fills = _read_page(page, problems)
        page_runs.append(runs)
        page_fills.append(fills)
        for r in runs:
            r.page = i
            if r.mcid is not None and r.artifact is None:
                by_mcid.setdefault((i, r.mcid), []).append(r)

    reading = Reading()
    tree = pdf.Root.get("/StructTreeRoot")
    if tree is None:
        raise UnreadablePdf("no StructTreeRoot")

    # One walk of the structure tree in reading order; each content item carries the roles and
    # attributes of the elements around it.
    sequence = []  # (run, context)
    links = []     # (in_note, uri)
    note_ids = []
    figures, tables, headings = [], [], []

    def walk(elem, ctx, pg):
        role = str(elem.get("/S", ""))[1:]
        pg = elem.get("/Pg", pg)
        ctx = dict(ctx)
        ctx["roles"] = ctx["roles"] + (role,)
        if "/Lang" in elem and role != "Document":
            ctx["lang"] = str(elem.Lang)
        if role == "L":
            # A list with /ListNumbering /None labels its items with words (a definition list's
            # terms, format 1.1): those Lbl are text in every output, not generated markers.
            attrs = elem.get("/A")
            attrs = attrs if isinstance(attrs, pikepdf.Array) else [attrs] if attrs is not None else []
            ctx["worded_labels"] = any(str(a.get("/ListNumbering", "")) == "/None" for a in attrs)
        if role == "Note":
            ctx["note"] = str(elem.get("/ID", f"note-{len(note_ids) + 1}"))
            note_ids.append(ctx["note"])
        if role == "Figure":
            alt = elem.get("/Alt")
            figures.append(str(alt) if alt is not None else "")
        if role == "Table":
            tables.append([])
            ctx["table"] = len(tables) - 1
        if role == "TH":
            ctx["th"] = object()  # identity of this cell
            if "table" in ctx:
                tables[ctx["table"]].append(ctx["th"])
        if role in BLOCK_ROLES:
            ctx["block"] = object()  # identity of the block the text is in
        if role in ("H1", "H2", "H3", "H4", "H5", "H6"):
            ctx["heading"] = (int(role[1]), object())
            headings.append(ctx["heading"])
        if role == "Link":
            uri = None
            for kid in _kids(elem):
                if isinstance(kid, pikepdf.Dictionary) and str(kid.get("/Type", "")) == "/OBJR":
                    action = kid.Obj.get("/A")
                    if action is not None and "/URI" in action:
                        uri = bytes(action.URI).decode("utf-8", errors="replace")
                        break
            if uri is not None:
                links.append(("note" in ctx, uri))
                ctx["link"] = (uri, object())  # identity of this link
        for kid in _kids(elem):
            if isinstance(kid, int):
                mcids = [(pg, kid)]
            elif isinstance(kid, pikepdf.Dictionary) and str(kid.get("/Type", "")) == "/MCR":
                mcids = [(kid.get("/Pg", pg), int(kid.MCID))]
            elif isinstance(kid, pikepdf.Dictionary) and str(kid.get("/Type", "")) == "/OBJR":
                continue
            elif isinstance(kid, pikepdf.Dictionary):
                walk(kid, ctx, pg)
                continue
            else:
                problems.append(f"structure kid {kid!r} of {role} is not understood")
                continue
            for (kid_pg, mcid) in mcids:
                if kid_pg is None:
                    problems.append(f"MCID {mcid} of {role} has no page")
                    continue
                for run in by_mcid.get((page_number[kid_pg.objgen], mcid), []):
                    sequence.append((run, ctx))
        # An element's /ActualText (ISO 32000-1 §14.9.4: right-to-left text in logical order)
        # stands for all the content it holds.
        if "/ActualText" in elem:
            mine = [i for i, (_, c) in enumerate(sequence) if c is ctx]
            if mine:
                merged = _merged_run(str(elem.ActualText), [sequence[i][0] for i in mine])
                for i in reversed(mine):
                    del sequence[i]
                sequence.insert(mine[0], (merged, ctx))

    walk_root = {"roles": (), "lang": ""}
    for kid in _kids(tree):
        walk(kid, walk_root, None)

    # What only paper needs is left out, as the DOCX and the HTML do not print it: the page numbers
    # of the table of contents, and an external link's address printed after its text
    # ([links] print_urls), which the screen outputs leave to the link itself.
    for run, ctx in sequence:
        if "TOCI" in ctx["roles"] and run.text.strip().isdigit():
            run.text = ""

    def excluded(run, ctx):
        # Bullets of every depth are /None lists too: only a label with a letter or digit in it
        # is words (a definition list's term).
        worded = ctx.get("worded_labels") and any(ch.isalnum() for ch in run.text)
        return ("Lbl" in ctx["roles"] and not worded) or \
            "Reference" in ctx["roles"] and "TOCI" not in ctx["roles"]

    # Body words: outside notes, without list labels and note references (neither is text in
    # the DOCX or the HTML: numbering and note references are generated there).
    def words(keep, lang=True):
        collector = TextCollector()
        _join(collector, [(r, c["lang"] if lang else "", not excluded(r, c), c.get("block")) for r, c in sequence if keep(c)])
        return collector.finish()

    reading.body = _without_printed_addresses(words(lambda c: "note" not in c), [uri for _, uri in links])
    reading.notes = [[w.text for w in words(lambda c, n=nid: c.get("note") == n, False)] for nid in note_ids]

    def text_of(key, value):
        return " ".join(w.text for w in words(lambda c: c.get(key) is value and "note" not in c, False))

    reading.headings = [(h[0], text_of("heading", h)) for h in headings]
    reading.alts = [a for a in figures if a]
    reading.table_headers = [[t for t in (text_of("th", cell) for cell in table) if t] for table in tables]

    def fill_behind(cell):
        first = next(r for r, c in sequence if c.get("th") is cell)
        return _background(first, page_fills[first.page])[1]

    reading.header_fills = [[fill_behind(cell) for cell in table if text_of("th", cell)] for table in tables]
    reading.links = [uri for in_note, uri in links if not in_note] + [uri for in_note, uri in links if in_note]

    # Running text: the Pagination artifacts of page 1 above and below everything tagged. The
    # header is left off a page where it would only repeat the title printed there, so it is read
    # from the first page that prints one.
    for index, runs in enumerate(page_runs):
        tagged = [r.y for r in runs if r.artifact is None]
        top, bottom = (max(tagged), min(tagged)) if tagged else (float("inf"), float("-inf"))
        # Top to bottom, and along a line in the order drawn: an artifact has no structure element,
        # so the content stream's order is the only reading order the PDF gives (sorting by x
        # would read an Arabic footer backwards).
        furniture = sorted((r for r in runs if r.artifact == "Pagination"), key=lambda r: -r.y)
        # One line each: on later pages, repeated table header rows are Pagination artifacts too.
        highest = max((r.y for r in furniture), default=0.0)
        for where, keep in (("header", lambda r: r.y > top and r.y > highest - 1), ("footer", lambda r: r.y < bottom)):
            if getattr(reading, "running_" + where) or (index > 0 and where == "footer"):
                continue
            collector = TextCollector()
            _join(collector, [(r, "", True, None) for r in furniture if keep(r)])
            words = without_page_numbers([w.text for w in collector.finish()])
            setattr(reading, "running_" + where, words)

    for i, runs in enumerate(page_runs):
        for r in runs:
            if not r.text.strip():
                continue
            large = r.size >= 18 or (r.bold and r.size >= 14)
            for bg in sorted(set(_background(r, page_fills[i]))):
                reading.pairs.append(Pair(r.colour, bg, large, f"page {i + 1}: '{r.text.strip()[:40]}'"))

    reading.page_count = len(pages)
    reading.page_runs = page_runs
    reading.problems = problems
    return reading
