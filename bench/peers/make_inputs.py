#!/usr/bin/env python3
"""Writes equivalent encodings of a content file for the peer tools of the benchmark:
Markdown (pandoc), HTML + CSS (WeasyPrint), XSL-FO (Apache FOP) and Typst markup, with the same
fonts, sizes and page size as the Handout template. Only the elements the seeds use are
converted (headings, paragraphs, lists, callouts, abbreviations, emphasis, links, notes).

Next to the inputs it writes fop.xconf, the Apache FOP configuration that makes FOP's output
PDF/UA-1: FOP 2.8's `-pdfprofile` option knows only PDF/A and PDF/X, so PDF/UA is switched on
in the configuration (`pdf-ua-mode`, with `accessibility` for the structure tree), and the
configuration embeds Liberation Sans, since PDF/UA forbids the non-embedded base-14 fonts FOP
falls back to otherwise. Run FOP as `fop -c fop.xconf -fo leaflet.fo -pdf leaflet.pdf`.

    python3 bench/peers/make_inputs.py content/parent-leaflet-attachment-difficulties.xml bench/peers/leaflet
"""
import html
import os
import sys
import xml.etree.ElementTree as ET

PAGE = {"parent-leaflet": ("A5", 148, 210, 14), "staff-handout": ("A4", 210, 297, 12)}
FONT_DIR = "/usr/share/fonts/truetype/liberation2"
# (file, font-style, font-weight) of the Liberation Sans faces FOP embeds
FOP_FACES = [("LiberationSans-Regular.ttf", "normal", "normal"), ("LiberationSans-Bold.ttf", "normal", "bold"),
             ("LiberationSans-Italic.ttf", "italic", "normal"), ("LiberationSans-BoldItalic.ttf", "italic", "bold")]


def text_of(e, fmt):
    """Inline content of element e in the given format."""
    out = esc(e.text or "", fmt)
    for c in e:
        inner = text_of(c, fmt)
        if c.tag == "abbr":
            inner = esc(c.get("title", ""), fmt) + " (" + inner + ")"
        elif c.tag == "em":
            inner = {"md": "*%s*", "html": "<em>%s</em>", "fo": '<fo:inline font-style="italic">%s</fo:inline>',
                     "typ": "_%s_"}[fmt] % inner
        elif c.tag == "strong":
            inner = {"md": "**%s**", "html": "<strong>%s</strong>", "fo": '<fo:inline font-weight="bold">%s</fo:inline>',
                     "typ": "*%s*"}[fmt] % inner
        elif c.tag == "a":
            href = c.get("href", "")
            inner = {"md": "[%s](" + href + ")", "html": '<a href="' + html.escape(href) + '">%s</a>',
                     "fo": '<fo:basic-link external-destination="url(' + html.escape(href) + ')" fox:alt-text="'
                           + html.escape(href) + '">%s</fo:basic-link>',
                     "typ": '#link("' + href + '")[%s]'}[fmt] % inner
        elif c.tag == "note":
            inner = {"md": "^[%s]", "html": '<span class="note">%s</span>', "fo": "", "typ": "#footnote[%s]"}[fmt] % inner \
                if fmt != "fo" else ""
        out += inner + esc(c.tail or "", fmt)
    return " ".join(out.split())


def esc(s, fmt):
    if fmt in ("html", "fo"):
        return html.escape(s, quote=False)
    if fmt == "typ":
        for ch in "\\#*_$@<>[]`":
            s = s.replace(ch, "\\" + ch)
    return s


def fo_list_item(inline):
    """A one-item fo:list-block, which FOP tags as L > LI > Lbl + LBody."""
    return ('<fo:list-block provisional-distance-between-starts="6mm" space-after="4pt"><fo:list-item>'
            '<fo:list-item-label end-indent="label-end()"><fo:block>\u2022</fo:block></fo:list-item-label>'
            '<fo:list-item-body start-indent="body-start()"><fo:block>%s</fo:block></fo:list-item-body>'
            '</fo:list-item></fo:list-block>' % inline)


def write_fop_config(path):
    """Writes the FOP configuration: accessibility on, PDF/UA-1, Liberation Sans embedded (subset)."""
    fonts = "".join(
        '\n        <font embed-url="%s" embedding-mode="subset">'
        '<font-triplet name="Liberation Sans" style="%s" weight="%s"/></font>'
        % (html.escape(os.path.join(FONT_DIR, file)), style, weight) for file, style, weight in FOP_FACES)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<fop version="1.0">\n'
                "  <accessibility>true</accessibility>\n"
                '  <renderers>\n    <renderer mime="application/pdf">\n'
                "      <pdf-ua-mode>PDF/UA-1</pdf-ua-mode>\n"
                "      <fonts>%s\n      </fonts>\n"
                "    </renderer>\n  </renderers>\n</fop>\n" % fonts)


def convert(path, stem):
    root = ET.parse(path).getroot()
    name = root.get("template", "staff-handout")
    size, w, h, pt = PAGE[name]
    title = root.find("meta/title").text
    lang = root.get("lang")
    md, ht, fo, ty = [], [], [], []
    for b in root.find("body").iter():
        if b.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            level = int(b.tag[1])
            md.append("#" * level + " " + text_of(b, "md") + "\n")
            ht.append("<%s>%s</%s>" % (b.tag, text_of(b, "html"), b.tag))
            fo.append('<fo:block role="H%d" font-size="%dpt" font-weight="bold" space-before="10pt" keep-with-next="always">%s</fo:block>'
                      % (level, [22, 18, 16, 15, 14, 14][level - 1], text_of(b, "fo")))
            ty.append("=" * level + " " + text_of(b, "typ") + "\n")
        elif b.tag == "li":
            md.append("- " + text_of(b, "md") + "\n")
            ht.append("<ul><li>%s</li></ul>" % text_of(b, "html"))
            fo.append(fo_list_item(text_of(b, "fo")))
            ty.append("- " + text_of(b, "typ") + "\n")
        elif b.tag == "p":
            md.append(text_of(b, "md") + "\n")
            ht.append("<p>%s</p>" % text_of(b, "html"))
            fo.append('<fo:block role="P" space-after="8pt">%s</fo:block>' % text_of(b, "fo"))
            ty.append(text_of(b, "typ") + "\n")
    open(stem + ".md", "w").write('---\ntitle: "%s"\nlang: %s\n---\n\n' % (title, lang) + "\n".join(md))
    open(stem + ".html", "w").write(
        '<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title><style>\n'
        "@page { size: %s; margin: 15mm; }\n"
        "body { font-family: 'Liberation Sans'; font-size: %dpt; line-height: 1.5; }\n"
        "h1, h2, h3 { line-height: 1.2; } .note { float: footnote; }\n"
        "</style></head><body>\n%s\n</body></html>\n" % (lang, html.escape(title), size, pt, "\n".join(ht)))
    open(stem + ".fo", "w").write(
        '<?xml version="1.0" encoding="UTF-8"?>\n<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" '
        'xmlns:fox="http://xmlgraphics.apache.org/fop/extensions" xml:lang="%s">\n'
        '<fo:layout-master-set><fo:simple-page-master master-name="p" page-width="%dmm" page-height="%dmm" margin="15mm">'
        '<fo:region-body/></fo:simple-page-master></fo:layout-master-set>\n'
        '<fo:declarations><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title></rdf:Description>'
        '</rdf:RDF></x:xmpmeta></fo:declarations>\n'
        '<fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body" font-family="Liberation Sans" '
        'font-size="%dpt" line-height="1.5">\n%s\n</fo:flow></fo:page-sequence></fo:root>\n'
        % (lang, w, h, html.escape(title), pt, "\n".join(fo)))
    open(stem + ".typ", "w").write(
        '#set document(title: "%s")\n#set page(paper: "%s", margin: 15mm)\n'
        '#set text(font: "Liberation Sans", size: %dpt, lang: "%s")\n#set par(leading: 0.9em)\n\n%s'
        % (title.replace('"', '\\"'), "a5" if size == "A5" else "a4", pt, lang.split("-")[0], "\n".join(ty)))


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2])
    write_fop_config(os.path.join(os.path.dirname(os.path.abspath(sys.argv[2])), "fop.xconf"))
