#!/usr/bin/python3
"""The structure tree of a PDF as indented text, read back with pikepdf (an independent reader).

    dump_tags.py FILE.pdf

One line per structure element, two spaces of indent a level: its role, then the attributes the
tagging tests look at (Alt, E, ID, ListNumbering, T, Scope). Then one line "IDTree:" with the
IDTree's keys in file order, each followed by "=" and the /ID of the element it points to, and
one line "ObjStm: N" counting the object streams in the file.
"""
import sys

import pikepdf


def text(value):
    return str(value)


def dump(elem, depth, out):
    role = str(elem.get("/S", ""))[1:]
    parts = [role]
    for key in ("/Alt", "/E", "/ID", "/T"):
        if key in elem:
            parts.append(f"{key[1:]}={text(elem[key])!r}")
    attrs = elem.get("/A")
    for a in (attrs if isinstance(attrs, pikepdf.Array) else [attrs] if attrs is not None else []):
        for key in ("/ListNumbering", "/Scope"):
            if key in a:
                parts.append(f"{key[1:]}={str(a[key])[1:]}")
    out.append("  " * depth + " ".join(parts))
    kids = elem.get("/K")
    for kid in (kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []):
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            dump(kid, depth + 1, out)


def id_tree_leaves(node, out):
    names = node.get("/Names")
    if names is not None:
        for i in range(0, len(names), 2):
            out.append(f"{text(names[i])}={text(names[i + 1].get('/ID', ''))}")
    for kid in node.get("/Kids", []):
        id_tree_leaves(kid, out)


def main():
    pdf = pikepdf.open(sys.argv[1])
    root = pdf.Root.StructTreeRoot
    out = []
    kids = root.K
    for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
        dump(kid, 0, out)
    ids = []
    if "/IDTree" in root:
        id_tree_leaves(root.IDTree, ids)
    out.append("IDTree: " + " ".join(ids))
    # Object stream dictionaries are never inside object streams themselves, so they are in the
    # file as written.
    with open(sys.argv[1], "rb") as f:
        streams = f.read().count(b"/Type /ObjStm")
    out.append(f"ObjStm: {streams}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
