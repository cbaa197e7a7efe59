#!/usr/bin/python3
"""Handout's own PDF/UA-1 machine checks, with pikepdf (an independent PDF reader).

    check_pdfua.py FILE.pdf [--expect-pdfua | --expect-no-pdfua]

Prints a JSON object: {"errors": [...], "roles": [...], "pages": N, "mcids": N}. "roles" is the
structure tree in reading order (depth-first), for comparing with the content's block sequence.
Exit status 0 when no check failed. What each check stands for is listed in
docs/pdfua-checklist.md (Matterhorn failure conditions).
"""
import json
import re
import sys

import pikepdf

STANDARD = {"Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index",
            "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody",
            "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference",
            "BibEntry", "Code", "Link", "Annot", "Ruby", "Warichu", "Figure", "Formula", "Form"}
PAINT = {"Tj", "TJ", "'", '"', "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh", "BI"}


def main():
    path = sys.argv[1]
    want_ua = "--expect-no-pdfua" not in sys.argv
    errors = []
    pdf = pikepdf.open(path)
    root = pdf.Root

    # 06-001..06-003, 07-001: metadata, title, DisplayDocTitle
    meta = root.get("/Metadata")
    xmp = bytes(meta.read_bytes()).decode("utf-8") if meta is not None else ""
    if not xmp:
        errors.append("06-001: no XMP metadata stream in the catalog")
    has_ua = re.search(r"<pdfuaid:part>1</pdfuaid:part>|pdfuaid:part=\"1\"", xmp) is not None
    if want_ua and not has_ua:
        errors.append("06-002: XMP has no pdfuaid:part 1")
    if not want_ua and has_ua:
        errors.append("--force output must not claim PDF/UA (pdfuaid found)")
    if "<dc:title>" not in xmp:
        errors.append("06-003: XMP has no dc:title")
    vp = root.get("/ViewerPreferences")
    if vp is None or not bool(vp.get("/DisplayDocTitle", False)):
        errors.append("07-001: ViewerPreferences/DisplayDocTitle is not true")
    if "/Title" not in pdf.trailer.get("/Info", {}):
        errors.append("Info dictionary has no /Title")
    # 01-002 / 01-003: Marked, StructTreeRoot
    mi = root.get("/MarkInfo")
    if mi is None or not bool(mi.get("/Marked", False)):
        errors.append("01-002: MarkInfo/Marked is not true")
    if "/Lang" not in root:
        errors.append("11-001: catalog has no /Lang")
    tree = root.get("/StructTreeRoot")
    if tree is None:
        errors.append("01-003: no StructTreeRoot")
        print(json.dumps({"errors": errors}))
        return 1
    if "/RoleMap" in tree:
        errors.append("02-001: RoleMap present; only standard types are expected")

    page_index = {pg.objgen: i for i, pg in enumerate(pdf.pages)}
    referenced = {}  # (page, mcid) -> count
    roles = []
    note_ids = []
    link_annots = set()
    form_annots = set()  # annotations referenced by an OBJR from a Form element
    spanning_cells = []  # [role, RowSpan, ColSpan] of every TH/TD that covers more than one cell

    def walk(elem, depth):
        if not isinstance(elem, pikepdf.Dictionary):
            return
        role = str(elem.get("/S", ""))[1:]
        roles.append("  " * depth + role)
        if role not in STANDARD:
            errors.append(f"02-004: non-standard structure type {role}")
        if role == "Figure" and not str(elem.get("/Alt", "")).strip() and "/ActualText" not in elem:
            errors.append("13-004: Figure without Alt")
        if role == "TH":
            a = elem.get("/A")
            scope = a.get("/Scope") if isinstance(a, pikepdf.Dictionary) else None
            if scope not in (pikepdf.Name.Row, pikepdf.Name.Column, pikepdf.Name.Both):
                errors.append("15-003: TH without Scope")
        if role in ("TH", "TD") and isinstance(elem.get("/A"), pikepdf.Dictionary):
            rows, cols = int(elem.A.get("/RowSpan", 1)), int(elem.A.get("/ColSpan", 1))
            if rows > 1 or cols > 1:
                spanning_cells.append([role, rows, cols])
        if role == "Note":
            if "/ID" not in elem:
                errors.append("19-003: Note without ID")
            else:
                note_ids.append(str(elem.ID))
        kids = elem.get("/K")
        if kids is None:
            return
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        has_objr = False
        for k in kids:
            if isinstance(k, int) or (hasattr(k, "is_integer") and False):
                pg = elem.get("/Pg")
                key = (page_index.get(pg.objgen, -1), int(k))
                referenced[key] = referenced.get(key, 0) + 1
            elif isinstance(k, pikepdf.Dictionary):
                t = k.get("/Type")
                if t == pikepdf.Name.MCR:
                    key = (page_index.get(k.Pg.objgen, -1), int(k.MCID))
                    referenced[key] = referenced.get(key, 0) + 1
                elif t == pikepdf.Name.OBJR:
                    has_objr = True
                    link_annots.add(k.Obj.objgen)
                    if role == "Form":
                        form_annots.add(k.Obj.objgen)
                else:
                    walk(k, depth + 1)
            else:
                try:
                    referenced_key = (page_index.get(elem.Pg.objgen, -1), int(k))
                    referenced[referenced_key] = referenced.get(referenced_key, 0) + 1
                except Exception:  # noqa: BLE001
                    errors.append(f"unexpected kid in {role}")
        if role == "Link" and not has_objr:
            errors.append("28-011: Link element without an OBJR to its annotation")
        if role == "Form" and not has_objr:
            errors.append("28-005: Form element without an OBJR to its widget")

    k = tree.get("/K")
    for top in (k if isinstance(k, pikepdf.Array) else [k]):
        walk(top, 0)
    if len(note_ids) != len(set(note_ids)):
        errors.append("19-004: Note IDs are not unique")

    # Content streams: MCIDs and painting operators (01-005 untagged content).
    in_content = {}
    mcid_count = 0
    internal_links = []  # [from page, to page, Contents]: note references and their way back
    page_numbers = {p.objgen: n for n, p in enumerate(pdf.pages)}
    widgets = 0
    for i, page in enumerate(pdf.pages):
        stack = []
        shown = {}  # font resource name -> character codes shown with it (2-byte, Identity-H)
        font = None
        for operands, op in pikepdf.parse_content_stream(page):
            o = str(op)
            if o == "Tf":
                font = str(operands[0])
            elif o == "TJ" and font is not None:
                for element in operands[0]:
                    if isinstance(element, pikepdf.String):
                        data = bytes(element)
                        shown.setdefault(font, set()).update(data[k:k + 2] for k in range(0, len(data), 2))
            if o in ("BDC", "BMC"):
                tag = str(operands[0])[1:]
                mcid = None
                if o == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                    mcid = int(operands[1].MCID)
                    mcid_count += 1
                    if referenced.get((i, mcid), 0) != 1:
                        errors.append(f"MCID {mcid} on page {i + 1} is referenced {referenced.get((i, mcid), 0)} times")
                    in_content[(i, mcid)] = True
                stack.append((tag, mcid))
            elif o == "EMC":
                if not stack:
                    errors.append(f"page {i + 1}: EMC without BDC")
                else:
                    stack.pop()
            elif o in PAINT:
                if not stack:
                    errors.append(f"01-005: page {i + 1}: '{o}' outside marked content")
                elif stack[-1][0] != "Artifact" and stack[-1][1] is None:
                    errors.append(f"01-005: page {i + 1}: '{o}' in untagged marked content")
        if stack:
            errors.append(f"page {i + 1}: unbalanced marked content")
        annots = page.get("/Annots", [])
        if len(annots) and page.get("/Tabs") != pikepdf.Name.S:
            errors.append(f"28-008: page {i + 1} has annotations but /Tabs is not /S")
        for a in annots:
            if a.get("/Subtype") == pikepdf.Name.Link:
                if "/Contents" not in a:
                    errors.append(f"28-012: link annotation on page {i + 1} without Contents")
                if "/StructParent" not in a:
                    errors.append(f"28-011: link annotation on page {i + 1} without StructParent")
                if a.objgen not in link_annots:
                    errors.append(f"28-011: link annotation on page {i + 1} not in a Link element")
                if "/Dest" in a:
                    target = page_numbers.get(a.Dest[0].objgen)
                    if target is None:
                        errors.append(f"link on page {i + 1} goes to a page that is not in the document")
                    internal_links.append([i + 1, None if target is None else target + 1, str(a.get("/Contents", ""))])
            if a.get("/Subtype") == pikepdf.Name.Widget:
                widgets += 1
                field = a if "/FT" in a else a.get("/Parent")
                if field is None or "/FT" not in field:
                    errors.append(f"widget on page {i + 1} is not a form field")
                elif not str(field.get("/TU", "")).strip():
                    errors.append(f"28-005: form field on page {i + 1} without /TU")
                if "/StructParent" not in a:
                    errors.append(f"28-005: widget on page {i + 1} without StructParent")
                if a.objgen not in form_annots:
                    errors.append(f"28-005: widget on page {i + 1} not in a Form element")
                if "/AP" not in a or "/N" not in a.AP:
                    errors.append(f"widget on page {i + 1} without a normal appearance (/AP /N)")
                if not int(a.get("/F", 0)) & 4:
                    errors.append(f"widget on page {i + 1} does not print (/F lacks the Print flag)")
        # 31-*: fonts embedded, with ToUnicode
        fonts = page.get("/Resources", {}).get("/Font", {})
        for name, font in fonts.items():
            desc = font.get("/FontDescriptor")
            if font.get("/Subtype") == pikepdf.Name.Type0:
                desc = font.DescendantFonts[0].get("/FontDescriptor")
            if desc is None or not any(x in desc for x in ("/FontFile", "/FontFile2", "/FontFile3")):
                errors.append(f"31-001: font {name} not embedded")
            if "/ToUnicode" not in font:
                errors.append(f"31-009: font {name} without ToUnicode")
            elif font.get("/Subtype") == pikepdf.Name.Type0:
                # 31-009 too: every code shown maps to Unicode (bfchar entries, as Handout writes them).
                cmap = bytes(font.ToUnicode.read_bytes()).decode("latin-1")
                mapped = {bytes.fromhex(m) for m in re.findall(r"<([0-9A-Fa-f]{4})> <", cmap)}
                unmapped = sorted(c.hex() for c in shown.get(str(name), set()) - mapped)
                if unmapped:
                    errors.append(f"31-009: page {i + 1}: font {name} shows codes without ToUnicode: {unmapped[:5]}")
    for key, n in referenced.items():
        if key not in in_content:
            errors.append(f"structure tree references MCID {key[1]} on page {key[0] + 1}, which is not in the content")
    # Form fields: one AcroForm listing them, appearances written (no NeedAppearances), unique names.
    acroform = root.get("/AcroForm")
    if widgets and (acroform is None or not len(acroform.get("/Fields", []))):
        errors.append("widgets on the pages but no /AcroForm /Fields in the catalog")
    if acroform is not None:
        if bool(acroform.get("/NeedAppearances", False)):
            errors.append("AcroForm sets NeedAppearances: appearances are to be written")
        names = [str(f.get("/T", "")) for f in acroform.get("/Fields", [])]
        if len(names) != len(set(names)):
            errors.append("form field names are not unique")
    # ParentTree: each page's array maps every MCID to its element.
    nums = tree.ParentTree.get("/Nums", [])
    if len(nums) < 2 * len(pdf.pages):
        errors.append("ParentTree has fewer entries than pages")
    print(json.dumps({"errors": errors, "roles": roles, "pages": len(pdf.pages), "mcids": mcid_count,
                      "internal_links": internal_links, "spanning_cells": spanning_cells,
                      "widgets": widgets}, indent=1))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
