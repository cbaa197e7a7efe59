#!/usr/bin/python3
"""The rows of every table in a DOCX's word/document.xml, read back with zipfile + lxml.

    table_rows.py FILE.docx

One line per row: the table's number, "header" for a repeated header row (w:tblHeader) or "body",
"keep" if any paragraph in the row is kept with the next (w:keepNext set directly or by its
paragraph style or the styles that one is based on) or "free", then the gridCol widths of the
table in twips, comma-separated.
"""
import sys
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def val(el):
    return el.get(f"{{{W}}}val")


def main():
    with zipfile.ZipFile(sys.argv[1]) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
        styles = etree.fromstring(z.read("word/styles.xml"))
    by_id = {s.get(f"{{{W}}}styleId"): s for s in styles.iterfind("w:style", NS)}

    def style_keeps(style_id, depth=0):
        s = by_id.get(style_id)
        if s is None or depth > 20:
            return False
        keep = s.find("w:pPr/w:keepNext", NS)
        if keep is not None:
            return val(keep) not in ("0", "false", "off")
        based = s.find("w:basedOn", NS)
        return based is not None and style_keeps(val(based), depth + 1)

    def para_keeps(p):
        keep = p.find("w:pPr/w:keepNext", NS)
        if keep is not None:
            return val(keep) not in ("0", "false", "off")
        style = p.find("w:pPr/w:pStyle", NS)
        return style_keeps(val(style) if style is not None else "Normal")

    for t, table in enumerate(doc.iter(f"{{{W}}}tbl"), 1):
        widths = ",".join(g.get(f"{{{W}}}w") for g in table.iterfind("w:tblGrid/w:gridCol", NS))
        for row in table.iterfind("w:tr", NS):
            header = row.find("w:trPr/w:tblHeader", NS) is not None
            keep = any(para_keeps(p) for p in row.iter(f"{{{W}}}p"))
            print(t, "header" if header else "body", "keep" if keep else "free", widths)


if __name__ == "__main__":
    main()
