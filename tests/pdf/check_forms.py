#!/usr/bin/python3
"""Reads a reply slip's form fields back from a Handout PDF with pikepdf, fills some in, and
reads the filled values back from the saved copy.

    check_forms.py IN.pdf OUT.pdf TEXT_FIELD_NAME CHECKBOX_NAME

Prints, one per line:
    field NAME FT TU            every terminal field (radio kids under their group's NAME)
    form NAME PREV NEXT         every Form element: its widget's field name, the roles beside it
    filled NAME VALUE           values read back from OUT.pdf after filling
Exits 1 (with a message) when a widget has no OBJR from a Form element.
"""
import sys

import pikepdf


def field_name(annot):
    node, parts = annot, []
    while node is not None:
        if "/T" in node:
            parts.append(str(node.T))
        node = node.get("/Parent")
    return ".".join(reversed(parts))


def main():
    src, out, text_name, box_name = sys.argv[1:5]
    pdf = pikepdf.open(src)
    for f in pdf.Root.AcroForm.Fields:
        print("field", str(f.T), str(f.FT)[1:], str(f.get("/TU", "")))

    # Form elements, with the structure elements before and after each.
    found = set()

    def walk(elem):
        kids = elem.get("/K")
        if kids is None:
            return
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        elements = [k for k in kids if isinstance(k, pikepdf.Dictionary) and "/S" in k]
        for i, k in enumerate(elements):
            if str(k.S) == "/Form":
                objrs = [o for o in (k.K if isinstance(k.K, pikepdf.Array) else [k.K])
                         if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == pikepdf.Name.OBJR]
                for o in objrs:
                    found.add(o.Obj.objgen)
                    prev = str(elements[i - 1].S)[1:] if i > 0 else "-"
                    nxt = str(elements[i + 1].S)[1:] if i + 1 < len(elements) else "-"
                    print("form", field_name(o.Obj), prev, nxt)
            walk(k)

    walk(pdf.Root.StructTreeRoot)
    for page in pdf.pages:
        for a in page.get("/Annots", []):
            if a.get("/Subtype") == pikepdf.Name.Widget and a.objgen not in found:
                print("widget without an OBJR from a Form element:", field_name(a))
                return 1

    # Fill: type into the text field, tick the box (its on state is /On).
    for f in pdf.Root.AcroForm.Fields:
        if str(f.T) == text_name:
            f.V = pikepdf.String("Sam Smith")
        if str(f.T) == box_name:
            f.V = pikepdf.Name.On
            f.AS = pikepdf.Name.On
    pdf.save(out)
    back = pikepdf.open(out)
    for f in back.Root.AcroForm.Fields:
        if str(f.T) in (text_name, box_name):
            value = f.get("/V")
            on_states = [str(k)[1:] for k in f.AP.N.keys()] if "/AP" in f and isinstance(f.AP.N, pikepdf.Dictionary) else []
            print("filled", str(f.T), str(value).lstrip("/"), "states=" + ",".join(sorted(on_states)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
