#!/usr/bin/python3
"""The PDF's link annotations that lead within the document, read back with pikepdf.

    internal_links.py FILE.pdf

One line per Link annotation with a destination in the file (a /Dest, or a /GoTo action):
"p<page> -> p<target page> '<Contents>' <role>", pages counted from 1, <role> the structure element
the annotation's /StructParent leads to (through the ParentTree) and whether that element holds
the annotation as an OBJR ("Link+OBJR"). Then one line per page: "text p<N>: <first words>", so a
test can check that the target page holds the target.
"""
import sys

import pikepdf


def number_tree_get(node, key):
    if "/Nums" in node:
        nums = node.Nums
        for i in range(0, len(nums), 2):
            if int(nums[i]) == key:
                return nums[i + 1]
    for kid in node.get("/Kids", []):
        found = number_tree_get(kid, key)
        if found is not None:
            return found
    return None


def main():
    pdf = pikepdf.open(sys.argv[1])
    pages = {p.objgen: i + 1 for i, p in enumerate(pdf.pages)}
    parent_tree = pdf.Root.StructTreeRoot.ParentTree
    for number, page in enumerate(pdf.pages, 1):
        for annot in page.get("/Annots", []):
            if annot.get("/Subtype") != "/Link":
                continue
            dest = annot.get("/Dest")
            action = annot.get("/A")
            if dest is None and action is not None and action.get("/S") == "/GoTo":
                dest = action.D
            if dest is None:
                continue
            target = pages.get(dest[0].objgen, 0)
            role = "?"
            if "/StructParent" in annot:
                elem = number_tree_get(parent_tree, int(annot.StructParent))
                if elem is not None:
                    role = str(elem.S)[1:]
                    kids = elem.get("/K")
                    kids = kids if isinstance(kids, pikepdf.Array) else [kids]
                    if any(isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR" and
                           k.Obj.objgen == annot.objgen for k in kids):
                        role += "+OBJR"
            print(f"p{number} -> p{target} {str(annot.get('/Contents', ''))!r} {role}")


if __name__ == "__main__":
    main()
