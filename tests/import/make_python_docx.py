#!/usr/bin/python3
"""Writes a .docx with python-docx (Debian python3-docx), a writer that is neither Word nor
Handout, covering the import mappings python-docx can express (its API, or the raw WordprocessingML
it lets a program add where the API stops): core properties, Title and Subtitle, headings by
style, a custom style based on Heading 1, a paragraph's own outline level, a bold "heading" that
stays a paragraph, nested bullet and numbered lists, a run-in list that stays prose, a table with a
repeated header row, merged cells and a caption, pictures with alt text, decorative and without
alt, external and internal links, w:lang spans, text colour, shading and highlight, bold and
italic, tracked changes and a VML text box.

Usage: make_python_docx.py OUT.docx   (tests/import/check_foreign_docx.py runs it at test time)
"""
import datetime
import os
import struct
import sys
import zlib

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, RGBColor


def png(width, height, rgb):
    """A solid-colour PNG, written here so the test needs no image file."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def picture(document, path, descr=None, decorative=False):
    document.add_picture(path, width=Cm(8))
    inline = document.paragraphs[-1]._p.xpath(".//wp:inline")[0]
    docpr = inline.find(qn("wp:docPr"))
    # python-docx writes the file name as the description; an editor who typed no alt text has none.
    docpr.set("descr", descr or "")
    if decorative:
        docpr.append(parse_xml(
            '<a:extLst %s><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
            '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/>'
            '</a:ext></a:extLst>' % nsdecls("a")))


def hyperlink(paragraph, text, url=None, anchor=None):
    link = OxmlElement("w:hyperlink")
    if url:
        link.set(qn("r:id"), paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True))
    if anchor:
        link.set(qn("w:anchor"), anchor)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def raw(paragraph, xml):
    paragraph._p.append(parse_xml(xml))


def main():
    out = sys.argv[1]
    document = docx.Document()
    props = document.core_properties
    props.title = "Swimming club handbook"
    props.author = "Pat Coach; Sam Helper"
    props.subject = "For new members and their parents"
    props.keywords = "swimming, club, safety"
    props.language = "en-GB"
    props.comments = "What new members and their parents need to know"
    props.created = props.modified = datetime.datetime(2024, 9, 2, 9, 0, 0)

    document.add_paragraph("Swimming club handbook", style="Title")
    document.add_paragraph("For new members and their parents", style="Subtitle")
    document.add_heading("Joining the club", level=1)
    p = document.add_paragraph("Sessions are on ")
    p.add_run("Tuesdays").bold = True
    p.add_run(" and ")
    p.add_run("Thursdays").italic = True
    p.add_run(". We say ")
    fr = p.add_run("bienvenue")
    rpr = fr._r.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "fr-FR")
    rpr.append(lang)
    p.add_run(" to everyone.")

    # A custom style based on Heading 1, as a localised template or a house style has.
    chapter = document.styles.add_style("Club Chapter", WD_STYLE_TYPE.PARAGRAPH)
    chapter.base_style = document.styles["Heading 1"]
    document.add_paragraph("Safety", style="Club Chapter")
    document.add_heading("In the water", level=2)
    # A Normal paragraph given outline level 2 in its own properties (Word's paragraph dialog).
    own = document.add_paragraph("On the poolside")
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "2")
    own._p.get_or_add_pPr().append(outline)
    fake = document.add_paragraph()
    fake.add_run("Lost property").bold = True
    document.add_paragraph("Ask at reception for anything left behind.")

    document.add_paragraph("You will need: 1) a swimming costume, 2) a towel and 3) goggles.")
    document.add_paragraph("Swimming costume", style="List Bullet")
    document.add_paragraph("Towel", style="List Bullet")
    document.add_paragraph("A spare one for winter", style="List Bullet 2")
    document.add_paragraph("Sign the form", style="List Number")
    document.add_paragraph("Pay the fee", style="List Number")

    p = document.add_paragraph("Warnings: ")
    red = p.add_run("no running")
    red.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    p.add_run(", ")
    hl = p.add_run("no diving")
    hl_el = OxmlElement("w:highlight")
    hl_el.set(qn("w:val"), "yellow")
    hl._r.get_or_add_rPr().append(hl_el)
    p.add_run(", ")
    sh = p.add_run("no food")
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "DDEEFF")
    sh._r.get_or_add_rPr().append(shd)
    p.add_run(".")

    document.add_paragraph("Table 1: Session times", style="Caption")
    table = document.add_table(rows=4, cols=3)
    for row, cells in enumerate([("Group", "Day", "Time"), ("Juniors", "Tuesday", "17:00"),
                                 ("Seniors", "Tuesday", "18:00"), ("Everyone", "", "")]):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    header = OxmlElement("w:tblHeader")
    table.rows[0]._tr.get_or_add_trPr().append(header)
    table.cell(1, 1).merge(table.cell(2, 1))  # "Tuesday" for both groups: a vertical merge
    table.cell(3, 1).merge(table.cell(3, 2))  # a horizontal merge
    table.cell(3, 1).paragraphs[0].text = "Saturday 10:00"
    for p in table.cell(1, 1).paragraphs[1:]:
        p._p.getparent().remove(p._p)

    with open(out + ".pool.png", "wb") as f:
        f.write(png(40, 20, (30, 120, 200)))
    picture(document, out + ".pool.png", descr="The main pool with six lanes")
    document.add_paragraph("Figure 1: The main pool", style="Caption")
    picture(document, out + ".pool.png", decorative=True)
    picture(document, out + ".pool.png")

    p = document.add_paragraph("Read the ")
    hyperlink(p, "club website", url="https://swim.example.org/")
    p.add_run(" or go back to ")
    hyperlink(p, "Joining the club", anchor="joining")
    p.add_run(".")
    # The bookmark the internal link points at, on the first heading.
    heading = document.paragraphs[2]._p
    heading.insert(1, parse_xml('<w:bookmarkStart %s w:id="0" w:name="joining"/>' % nsdecls("w")))
    heading.append(parse_xml('<w:bookmarkEnd %s w:id="0"/>' % nsdecls("w")))

    p = document.add_paragraph("Fees are ")
    raw(p, '<w:del %s w:id="1" w:author="Pat" w:date="2024-09-01T00:00:00Z"><w:r><w:delText>£20</w:delText>'
           '</w:r></w:del>' % nsdecls("w"))
    raw(p, '<w:ins %s w:id="2" w:author="Pat" w:date="2024-09-01T00:00:00Z"><w:r><w:t>£25</w:t></w:r>'
           '</w:ins>' % nsdecls("w"))
    p.add_run(" a term.")

    p = document.add_paragraph("See the box.")
    raw(p, '<w:r %s><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:100pt;height:40pt">'
           '<v:textbox><w:txbxContent><w:p><w:r><w:t>Boxed text</w:t></w:r></w:p></w:txbxContent></v:textbox>'
           '</v:shape></w:pict></w:r>' % nsdecls("w"))

    document.save(out)
    os.remove(out + ".pool.png")


if __name__ == "__main__":
    main()
