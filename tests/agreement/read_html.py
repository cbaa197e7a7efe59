"""Reads an HTML output back with lxml.html: the words of <main> (note references and the notes
list kept apart), h1-h6 and role="heading" aria-level, img/@alt, th, external a/@href, lang attributes, the <header> and
<footer> text, and the colour and background every text node is shown in, by the cascade of the
inline <style> (screen rules; @media blocks and state pseudo-classes left out) and style
attributes. Conventions: docs of the HTML writer (skip link, notes section, note references).
"""
import re

import lxml.html
from lxml.cssselect import CSSSelector
from cssselect import SelectorError

from reading import Pair, Reading, TextCollector, normal_hex, without_page_numbers

BLOCKS = {"address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl", "dt",
          "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "img", "li",
          "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _heading_level(el):
    """The level of an hN element, or of role="heading" with aria-level (what a screen reader lists)."""
    if el.tag in HEADINGS:
        return int(el.tag[1])
    if el.get("role") == "heading" and (el.get("aria-level") or "").isdigit():
        return int(el.get("aria-level"))
    return None


def _is_note_reference(el):
    if el.tag == "a" and el.get("role") == "doc-noteref":
        return True
    return el.tag == "sup" and any(a.get("role") == "doc-noteref" for a in el.iter("a"))


def _is_backlink(el):
    return el.tag == "a" and el.get("role") == "doc-backlink"


def _is_notes_section(el):
    return el.get("role") == "doc-endnotes" or "notes" in (el.get("class") or "").split()


def _text(el):
    """The text of an element as read, note references and back links left out."""
    collector = TextCollector()

    def visit(e):
        if not isinstance(e.tag, str) or _is_note_reference(e) or _is_backlink(e):
            return
        if e.tag in BLOCKS:
            collector.break_()
        collector.add(e.text or "")
        for child in e:
            visit(child)
            collector.add(child.tail or "")
        if e.tag in BLOCKS:
            collector.break_()

    visit(el)
    return collector.finish()


# ---- colours --------------------------------------------------------------------------------

def _colour(value, problems, variables=None):
    value = value.strip().lower()
    # Custom properties, taken as global (a writer sets its palette once, on :root or body).
    for _ in range(10):
        m = re.search(r"var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)", value)
        if not m:
            break
        value = value[:m.start()] + (variables or {}).get(m.group(1), m.group(2) or "") + value[m.end():]
    m = re.search(r"#[0-9a-f]{6}\b|#[0-9a-f]{3}\b", value)
    if m:
        return normal_hex(m.group(0))
    m = re.search(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)", value)
    if m:
        return "#%02x%02x%02x" % tuple(int(v) for v in m.groups())
    if value.strip() in ("inherit", "currentcolor", "transparent", "none", "initial", "unset", ""):
        return None
    named = {"white": "#ffffff", "black": "#000000"}
    if value.split()[0] in named:
        return named[value.split()[0]]
    problems.append(f"CSS colour '{value}' is not understood")
    return None


def _declarations(text):
    out = {}
    for decl in text.split(";"):
        if ":" not in decl:
            continue
        prop, value = decl.split(":", 1)
        prop = prop.strip().lower()
        if prop in ("color", "background", "background-color"):
            out["color" if prop == "color" else "background"] = value.replace("!important", "")
        elif prop.startswith("--"):
            out[prop] = value.strip()
    return out


def _specificity(selector):
    ids = len(re.findall(r"#[\w-]+", selector))
    classes = len(re.findall(r"\.[\w-]+|\[[^\]]*\]", selector))
    types = len(re.findall(r"(?:^|[\s>+~])([a-zA-Z][\w-]*)", selector))
    return (ids, classes, types)


def _screen_css(css):
    """The style sheet as a screen at rest shows it: @media blocks for print, dark schemes or
    forced colours dropped, other @media blocks unwrapped, other at-rules (@page, @font-face)
    dropped since they paint no text."""
    out = []
    i = 0
    while i < len(css):
        if css[i] != "@":
            out.append(css[i])
            i += 1
            continue
        brace, semi = css.find("{", i), css.find(";", i)
        if brace == -1 or (semi != -1 and semi < brace):
            i = len(css) if semi == -1 else semi + 1
            continue
        j, depth = brace + 1, 1
        while j < len(css) and depth:
            depth += {"{": 1, "}": -1}.get(css[j], 0)
            j += 1
        prelude = css[i:brace].lower()
        if prelude.startswith("@media") and not re.search(r"print|prefers-color-scheme:\s*dark|forced-colors", prelude):
            out.append(_screen_css(css[brace + 1:j - 1]))
        i = j
    return "".join(out)


def _style_rules(css, problems):
    """(selector, specificity, order, declarations) of the screen rules of a style sheet."""
    rules = []
    flat = _screen_css(re.sub(r"/\*.*?\*/", "", css, flags=re.S))
    for order, (selectors, body) in enumerate(re.findall(r"([^{}]+)\{([^{}]*)\}", flat)):
        decls = _declarations(body)
        if not decls:
            continue
        for sel in selectors.split(","):
            sel = re.sub(r":(link|visited|any-link)\b", "", sel.strip())
            if re.search(r":(?!not\(|root\b)", sel):
                continue  # :hover, :focus, ::before… are states or generated boxes, not the text at rest
            try:
                rules.append((CSSSelector(sel), _specificity(sel), order, decls))
            except SelectorError:
                problems.append(f"CSS selector '{sel}' is not understood")
    return rules


def _paint(root, reading):
    rules = []
    for style in root.iter("style"):
        rules += _style_rules(style.text or "", reading.problems)
    variables = {p: v for _, _, _, decls in rules for p, v in decls.items() if p.startswith("--")}
    declared = {}  # element → {prop: (weight, value)}
    for selector, spec, order, decls in rules:
        for el in selector(root):
            mine = declared.setdefault(el, {})
            for prop, value in decls.items():
                weight = (0,) + spec + (order,)
                if prop not in mine or mine[prop][0] <= weight:
                    mine[prop] = (weight, value)
    for el in root.iter():
        if isinstance(el.tag, str) and el.get("style"):
            for prop, value in _declarations(el.get("style")).items():
                declared.setdefault(el, {})[prop] = ((1,), value)

    def effective(el, prop):
        for e in [el] + list(el.iterancestors()):
            if prop in declared.get(e, {}):
                c = _colour(declared[e][prop][1], reading.problems, variables)
                if c:
                    return c
        return "#000000" if prop == "color" else "#ffffff"

    body = root.find("body")
    for el in body.iter() if body is not None else ():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        if "skip-link" in (el.get("class") or "").split():
            continue  # off screen until focused
        if el.tag == "li":
            # The list marker ("1.", "•") is text the browser paints in the item's colours, as the
            # PDF paints its Lbl, even when the item itself is empty.
            reading.pairs.append(Pair(effective(el, "color"), effective(el, "background"), False, "<li> marker"))
        for text, owner in ((el.text, el), *((c.tail, el) for c in el)):
            if text and text.strip():
                large = any(a.tag in HEADINGS for a in [owner] + list(owner.iterancestors()))
                reading.pairs.append(Pair(effective(owner, "color"), effective(owner, "background"), large,
                                          f"<{owner.tag}>: '{text.strip()[:40]}'"))
    return effective


# ---- structure ------------------------------------------------------------------------------

class _MainReader:
    def __init__(self, reading):
        self.reading = reading
        self.body = TextCollector()
        self.note_links = []
        self.header_cells = []  # per table, the <th> elements with text

    def visit(self, el, lang):
        if not isinstance(el.tag, str) or _is_note_reference(el):
            return
        if el.get("lang") is not None:
            lang = el.get("lang")
        if el.tag in BLOCKS:
            self.body.break_()
        level = _heading_level(el)
        if level is not None:
            self.reading.headings.append((level, " ".join(w.text for w in _text(el))))
        if el.tag == "img" and el.get("alt"):
            self.reading.alts.append(el.get("alt"))
        if el.tag == "table":
            cells = [th for th in el.iter("th") if next(th.iterancestors("table")) is el]
            cells = [(" ".join(w.text for w in _text(th)), th) for th in cells]
            self.reading.table_headers.append([t for t, _ in cells if t])
            self.header_cells.append([th for t, th in cells if t])
        if el.tag == "a" and el.get("href") and not el.get("href").startswith("#"):
            self.reading.links.append(el.get("href"))
        if el.tag == "section" and _is_notes_section(el):
            self.notes_section(el, lang)
            return
        self.body.add(el.text or "", lang)
        for child in el:
            self.visit(child, lang)
            self.body.add(child.tail or "", lang)
        if el.tag in BLOCKS:
            self.body.break_()

    def notes_section(self, section, lang):
        for el in section.iter():
            if not isinstance(el.tag, str):
                continue
            if el.tag in HEADINGS:
                self.body.break_()
                self.reading.notes_heading = (int(el.tag[1]), " ".join(w.text for w in _text(el)))
                self.visit(el, lang)
            elif el.tag == "li" and el.getparent().tag == "ol":
                self.reading.notes.append([w.text for w in _text(el)])
                for a in el.iter("a"):
                    if a.get("href") and not a.get("href").startswith("#"):
                        self.note_links.append(a.get("href"))


def read_html(path):
    reading = Reading()
    root = lxml.html.parse(path).getroot()
    main = root.find(".//main") if root is not None else None
    if main is None:
        reading.problems.append("no <main> element")
        return reading
    body = root.find("body")
    # A letterhead logo in the page header is the first picture, as in the PDF's structure tree.
    header = body.find("header") if body is not None else None
    if header is not None:
        reading.alts += [img.get("alt") for img in header.iter("img") if img.get("alt")]
    reader = _MainReader(reading)
    reader.visit(main, "")
    reading.body = reader.body.finish()
    reading.links += reader.note_links
    for where in ("header", "footer"):
        el = body.find(where) if body is not None else None
        if el is not None:
            setattr(reading, "running_" + where, without_page_numbers([w.text for w in _text(el)]))
    effective = _paint(root, reading)
    reading.header_fills = [[effective(th, "background") for th in table] for table in reader.header_cells]
    return reading
