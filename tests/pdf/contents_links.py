#!/usr/bin/python3
"""The printed table of contents of a PDF, read back with pikepdf (an independent reader).

    contents_links.py FILE.pdf

Prints one line per TOCI of the structure tree, in order: the path of element types from the
TOCI down to the Link ("TOCI/Reference/Link"), then the 1-based page the Link's annotation
(reached through its OBJR) jumps to, or "none". Then "headings:" and one line per H1-H3 element
with the 1-based page of its first marked content.
"""
import sys

import pikepdf


def kids(elem):
    k = elem.get("/K")
    return list(k) if isinstance(k, pikepdf.Array) else [k] if k is not None else []


def role(elem):
    return str(elem.get("/S", ""))[1:] if isinstance(elem, pikepdf.Dictionary) else ""


def main():
    pdf = pikepdf.open(sys.argv[1])
    page_index = {p.objgen: i + 1 for i, p in enumerate(pdf.pages)}
    out, headings = [], []

    def link_target(link):
        for kid in kids(link):
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                dest = kid.Obj.get("/Dest")
                if dest is None and "/A" in kid.Obj:
                    dest = kid.Obj.A.get("/D")
                if dest is not None:
                    return str(page_index.get(dest[0].objgen, "unknown"))
        return "none"

    def walk(elem):
        r = role(elem)
        if not r:
            return
        if r == "TOCI":
            found = []

            def down(e, p):  # p: the roles from the TOCI down to e
                if role(e) == "Link":
                    found.append(("/".join(p), link_target(e)))
                    return
                for k in kids(e):
                    if role(k):
                        down(k, p + [role(k)])
            down(elem, ["TOCI"])
            out.append(" ".join(f"{p} {t}" for p, t in found) or "TOCI without a Link")
        if r in ("H1", "H2", "H3"):
            page = None
            for k in kids(elem):
                if isinstance(k, pikepdf.Dictionary) and "/Pg" in k:
                    page = page_index.get(k.Pg.objgen)
                    break
            if page is None and "/Pg" in elem:
                page = page_index.get(elem.Pg.objgen)
            headings.append(f"{r} {page}")
        for k in kids(elem):
            walk(k)

    for k in kids(pdf.Root.StructTreeRoot):
        walk(k)
    print("\n".join(out + ["headings:"] + headings))


if __name__ == "__main__":
    main()
