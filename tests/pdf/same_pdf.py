#!/usr/bin/python3
"""Whether two PDFs hold the same objects, whatever their numbers and wherever they are stored
(plain, or inside object streams), read back with pikepdf.

    same_pdf.py A.pdf B.pdf

Walks both object graphs from the trailer's /Root and /Info in step: dictionaries key by key,
arrays item by item, streams by dictionary and raw (still encoded) bytes, everything else by
value. /Length is compared through the bytes it measures. The trailer's /ID is compared by its
first string only: a writer may renew the second (ISO 32000-1 §14.4). Prints the first
difference with its path and exits 1, or prints "same" and exits 0.
"""
import sys

import pikepdf


def kind(x):
    return x._type_code if isinstance(x, pikepdf.Object) else type(x).__name__


def indirect(x):
    return isinstance(x, pikepdf.Object) and x.is_indirect


def main():
    a, b = pikepdf.open(sys.argv[1]), pikepdf.open(sys.argv[2])
    if bytes(a.trailer.ID[0]) != bytes(b.trailer.ID[0]):
        print("trailer /ID[0] differs")
        return 1
    todo = [("/Root", a.trailer.Root, b.trailer.Root), ("/Info", a.trailer.Info, b.trailer.Info)]
    seen = set()
    while todo:
        path, x, y = todo.pop()
        if indirect(x) != indirect(y):
            print(f"{path}: indirect in one file only")
            return 1
        if indirect(x):
            key = (x.objgen, y.objgen)
            if key in seen:
                continue
            seen.add(key)
        if kind(x) != kind(y):
            print(f"{path}: {kind(x)} against {kind(y)}")
            return 1
        if isinstance(x, (pikepdf.Dictionary, pikepdf.Stream)):
            if isinstance(x, pikepdf.Stream) and x.read_raw_bytes() != y.read_raw_bytes():
                print(f"{path}: stream bytes differ")
                return 1
            keys = set(x.keys()) - {"/Length"}
            if keys != set(y.keys()) - {"/Length"}:
                print(f"{path}: keys {sorted(keys)} against {sorted(set(y.keys()) - {'/Length'})}")
                return 1
            todo.extend((f"{path}{k}", x[k], y[k]) for k in sorted(keys))
        elif isinstance(x, pikepdf.Array):
            if len(x) != len(y):
                print(f"{path}: {len(x)} items against {len(y)}")
                return 1
            todo.extend((f"{path}[{i}]", x[i], y[i]) for i in range(len(x)))
        elif x != y:
            print(f"{path}: {x!r} against {y!r}")
            return 1
    print(f"same ({len(seen)} indirect objects)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
