"""Reads a DOCX back with zipfile and lxml: body words (w:t, with w:lang of the run), notes from
the footnotes/endnotes part, headings by their "Heading N" paragraph style or a paragraph's own
outline level (w:outlineLvl 0-5, what Word's navigation pane lists), alt text
(wp:docPr/@descr), header cells (cells of w:tblHeader rows and cells in the "TableHeading"
style), hyperlink targets through the relationships, the running header and footer parts, and
the text colour and background of every run as Word resolves them through direct formatting,
styles, table conditional formatting and the page background.
"""
import posixpath
import re
import zipfile

from lxml import etree

from reading import Pair, Reading, TextCollector, normal_hex, without_page_numbers

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
NS = {"w": W, "r": R, "wp": WP}
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def _in_check_box(run):
    """Whether the run is the state character (☐) of a check box content control: Word draws the
    control with it, as the PDF draws a box and the HTML an input, so it is not a word of the text."""
    for sdt in run.iterancestors("{%s}sdt" % W):
        if sdt.find("w:sdtPr/{%s}checkbox" % W14, NS) is not None:
            return True
    return False


def w(name):
    return "{%s}%s" % (W, name)


def _val(el, path):
    found = el.find(path, NS) if el is not None else None
    return None if found is None else found.get(w("val"))


class Styles:
    def __init__(self, root):
        self.by_id = {s.get(w("styleId")): s for s in root.iter(w("style"))} if root is not None else {}
        self.defaults = root.find("w:docDefaults/w:rPrDefault/w:rPr", NS) if root is not None else None
        # A paragraph without w:pStyle takes the default paragraph style (§17.7.4.17 w:default).
        self.default_paragraph = next((s.get(w("styleId")) for s in self.by_id.values()
                                       if s.get(w("type")) == "paragraph" and s.get(w("default")) in ("1", "true")), None)

    def chain(self, style_id):
        seen = []
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.append(style_id)
            style_id = _val(self.by_id[style_id], "w:basedOn")
        return [self.by_id[s] for s in seen]

    def run_prop(self, name, run_rpr, char_style, para_style):
        """The first w:<name> found in the run, its character style chain, the paragraph style
        chain, then the document defaults (ECMA-376 Part 1 §17.7.2 style hierarchy)."""
        chains = self.chain(char_style) + self.chain(para_style or self.default_paragraph)
        for rpr in [run_rpr] + [s.find("w:rPr", NS) for s in chains] + [self.defaults]:
            if rpr is not None and rpr.find(w(name)) is not None:
                return rpr.find(w(name))
        return None

    def para_shading(self, ppr, para_style):
        for p in [ppr] + [s.find("w:pPr", NS) for s in self.chain(para_style or self.default_paragraph)]:
            fill = _fill(p.find("w:shd", NS)) if p is not None else None
            if fill:
                return fill
        return None


def _fill(shd):
    if shd is None or shd.get(w("val")) == "nil":
        return None
    return normal_hex(shd.get(w("fill"))) if shd.get(w("fill")) not in (None, "auto") else None


def _rels(z, part):
    path = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
    if path not in z.namelist():
        return {}
    root = etree.fromstring(z.read(path))
    return {r.get("Id"): (r.get("Type").rsplit("/", 1)[-1], r.get("Target"), r.get("TargetMode")) for r in root}


class _PartReader:
    """Walks the paragraphs and tables of one part in document order."""

    def __init__(self, styles, rels, page_bg, reading, where, numbering=None):
        self.styles, self.rels, self.page_bg, self.reading, self.where = styles, rels, page_bg, reading, where
        self.numbering = numbering or {}
        self.collector = TextCollector()
        self.links = []

    def blocks(self, parent, cell_bg=None, header_row=False):
        for child in parent:
            if child.tag == w("p"):
                self.paragraph(child, cell_bg)
            elif child.tag == w("tbl"):
                self.table(child)
            elif child.tag == w("sdt"):
                content = child.find("w:sdtContent", NS)
                if content is not None:
                    self.blocks(content, cell_bg)

    def table(self, tbl):
        style = _val(tbl, "w:tblPr/w:tblStyle")
        look = tbl.find("w:tblPr/w:tblLook", NS)
        first_row = look is not None and (look.get(w("firstRow")) == "1" or
                                          (look.get(w("val")) and int(look.get(w("val")), 16) & 0x20))
        first_row_fill = None
        for s in self.styles.chain(style):
            for cond in s.findall("w:tblStylePr", NS):
                if cond.get(w("type")) == "firstRow" and first_row_fill is None:
                    first_row_fill = _fill(cond.find("w:tcPr/w:shd", NS))
        table_fill = None
        for s in self.styles.chain(style):
            table_fill = table_fill or _fill(s.find("w:tcPr/w:shd", NS)) or _fill(s.find("w:tblPr/w:shd", NS))
        headers, fills = [], []
        for index, tr in enumerate(tbl.findall("w:tr", NS)):
            header_row = tr.find("w:trPr/w:tblHeader", NS) is not None
            for tc in tr.findall("w:tc", NS):
                vmerge = tc.find("w:tcPr/w:vMerge", NS)
                continuation = vmerge is not None and vmerge.get(w("val")) != "restart"
                bg = _fill(tc.find("w:tcPr/w:shd", NS))
                if bg is None and index == 0 and first_row:
                    bg = first_row_fill
                bg = bg or table_fill
                paragraphs = tc.findall("w:p", NS)
                styled = bool(paragraphs) and all(_val(p, "w:pPr/w:pStyle") == "TableHeading" for p in paragraphs)
                if (header_row or styled) and not continuation:
                    text = " ".join("".join(_texts(p)) for p in tc.iter(w("p")))
                    if text.strip():
                        headers.append(" ".join(text.split()))
                        fills.append(bg or self.page_bg)
                self.blocks(tc, cell_bg=bg)
        self.reading.table_headers.append(headers)
        self.reading.header_fills.append(fills)

    def paragraph(self, p, cell_bg):
        self.collector.break_()
        ppr = p.find("w:pPr", NS)
        pstyle = _val(p, "w:pPr/w:pStyle")
        para_bg = self.styles.para_shading(ppr, pstyle)
        heading = re.fullmatch(r"Heading([1-6])", pstyle or "")
        outline = _val(ppr, "w:outlineLvl")
        heading_level = int(heading.group(1)) if heading else None
        if heading_level is None and outline is not None and 0 <= int(outline) <= 5:
            heading_level = int(outline) + 1
        heading_text = []
        field = "none"
        instruction = ""
        num_id, ilvl = _val(ppr, "w:numPr/w:numId"), _val(ppr, "w:numPr/w:ilvl")
        level = self.numbering.get((num_id, ilvl or "0"))
        if level is not None and (level.find("w:lvlText", NS) is not None) and _val(level, "w:lvlText"):
            # Word paints the list marker in the level's run properties over the paragraph mark's.
            marker_rpr = level.find("w:rPr", NS)
            if marker_rpr is None:
                marker_rpr = ppr.find("w:rPr", NS)
            self.pair(marker_rpr, None, pstyle, para_bg, cell_bg, "marker " + _val(level, "w:lvlText"))
        for run in p.iter(w("r")):
            if _in_check_box(run):
                continue
            rpr = run.find("w:rPr", NS)
            rstyle = _val(run, "w:rPr/w:rStyle")
            lang = _val(run, "w:rPr/w:lang") or ""
            link = next((a for a in run.iterancestors(w("hyperlink"))), None)
            if link is not None and link not in [l for l, _ in self.links]:
                rel = self.rels.get(link.get("{%s}id" % R))
                self.links.append((link, rel[1] if rel and rel[2] == "External" else None))
            for item in run:
                if item.tag == w("fldChar"):
                    kind = item.get(w("fldCharType"))
                    field = {"begin": "instr", "separate": "result", "end": "none"}[kind]
                    instruction = "" if kind == "begin" else instruction
                    # A table of contents' result is the entries themselves, text of the page
                    # (PAGE, NUMPAGES and the like are numbers Word fills in).
                    if kind == "separate" and instruction.split()[:1] == ["TOC"]:
                        field = "none"
                elif item.tag == w("instrText"):
                    instruction += item.text or ""
                elif item.tag == w("t") and field != "result":
                    self.collector.add(item.text or "", lang)
                    heading_text.append(item.text or "")
                    if (item.text or "").strip():
                        self.pair(rpr, rstyle, pstyle, para_bg, cell_bg, item.text)
                elif item.tag in (w("tab"), w("br"), w("cr")):
                    self.collector.break_()
                    heading_text.append(" ")
                elif item.tag == w("drawing"):
                    for doc_pr in item.iter("{%s}docPr" % WP):
                        if doc_pr.get("descr"):
                            self.reading.alts.append(doc_pr.get("descr"))
        if heading_level is not None:
            self.reading.headings.append((heading_level, " ".join("".join(heading_text).split())))
        self.collector.break_()

    def pair(self, rpr, rstyle, pstyle, para_bg, cell_bg, text):
        colour = self.styles.run_prop("color", rpr, rstyle, pstyle)
        fg = None if colour is None or colour.get(w("val")) == "auto" else normal_hex(colour.get(w("val")))
        if fg is None:
            return  # automatic colour: Word picks black or white against the background
        run_bg = _fill(rpr.find("w:shd", NS)) if rpr is not None else None
        highlight = _val(rpr, "w:highlight") if rpr is not None else None
        if highlight:
            self.reading.problems.append(f"{self.where}: w:highlight '{highlight}' is not understood")
        bg = run_bg or para_bg or cell_bg or self.page_bg
        size = self.styles.run_prop("sz", rpr, rstyle, pstyle)
        bold = self.styles.run_prop("b", rpr, rstyle, pstyle)
        pt = int(size.get(w("val"))) / 2 if size is not None else 12
        is_bold = bold is not None and bold.get(w("val")) not in ("0", "false")
        self.reading.pairs.append(Pair(fg, bg, pt >= 18 or (is_bold and pt >= 14), f"{self.where}: '{text.strip()[:40]}'"))


def _numbering(z, doc_rels):
    """{(numId, ilvl): w:lvl} from the numbering part (§17.9), overrides left out."""
    for rel_type, target, _ in doc_rels.values():
        if rel_type == "numbering":
            root = etree.fromstring(z.read(posixpath.normpath(posixpath.join("word", target))))
            abstract = {a.get(w("abstractNumId")): a for a in root.findall("w:abstractNum", NS)}
            out = {}
            for num in root.findall("w:num", NS):
                a = abstract.get(_val(num, "w:abstractNumId"))
                for lvl in (a.findall("w:lvl", NS) if a is not None else []):
                    out[(num.get(w("numId")), lvl.get(w("ilvl")))] = lvl
            return out
    return {}


def _texts(p):
    return [t.text or "" for t in p.iter(w("t"))]


def read_docx(path):
    reading = Reading()
    with zipfile.ZipFile(path) as z:
        doc_rels = _rels(z, "word/document.xml")
        styles = Styles(etree.fromstring(z.read("word/styles.xml")) if "word/styles.xml" in z.namelist() else None)
        document = etree.fromstring(z.read("word/document.xml"))
        background = document.find("w:background", NS)
        page_bg = normal_hex(background.get(w("color"))) if background is not None else None
        page_bg = page_bg or "#ffffff"

        numbering = _numbering(z, doc_rels)
        body = _PartReader(styles, doc_rels, page_bg, reading, "document.xml", numbering)
        body.blocks(document.find("w:body", NS))
        reading.body = body.collector.finish()
        reading.links = [uri for _, uri in body.links if uri]

        for rel_type, target, _ in doc_rels.values():
            if rel_type not in ("footnotes", "endnotes"):
                continue
            part = posixpath.normpath(posixpath.join("word", target))
            root = etree.fromstring(z.read(part))
            notes = _PartReader(styles, _rels(z, part), page_bg, reading, posixpath.basename(part))
            for note in root:
                if note.get(w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                notes.collector = TextCollector()
                notes.blocks(note)
                reading.notes.append((int(note.get(w("id"))), [x.text for x in notes.collector.finish()]))
            reading.notes = [words for _, words in sorted(reading.notes)]
            reading.links += [uri for _, uri in notes.links if uri]

        # A letterhead logo in a header is the first picture a reader meets, as it is in the PDF's
        # structure tree and the HTML page: header pictures go before the body's. The running text
        # of the other pages: a first-page header (w:titlePg) leaves off what the PDF leaves off
        # page 1 too, and is compared there (tests/docx/docx_contents_test.cpp).
        body_alts, reading.alts = reading.alts, []
        first_page = {ref.get("{%s}id" % R) for ref in document.iter(w("headerReference"), w("footerReference"))
                      if ref.get(w("type")) == "first"}
        default = {ref.get("{%s}id" % R) for ref in document.iter(w("headerReference"), w("footerReference"))
                   if ref.get(w("type")) == "default"}
        for rel_id, (rel_type, target, _) in doc_rels.items():
            if rel_type not in ("header", "footer"):
                continue
            part = posixpath.normpath(posixpath.join("word", target))
            running = _PartReader(styles, _rels(z, part), page_bg, reading, posixpath.basename(part))
            running.blocks(etree.fromstring(z.read(part)))
            if rel_id in first_page and rel_id not in default:
                continue  # page 1's own header: its pictures count above, its text is not the running text
            setattr(reading, "running_" + rel_type, without_page_numbers([x.text for x in running.collector.finish()]))
        reading.alts += body_alts
    return reading
