#!/usr/bin/python3
"""Thin filled rectangles (horizontal rules) on each page of a PDF, and the marked content they are
drawn in, read back with pikepdf.

    rules_drawn.py FILE.pdf

One line per rectangle at least 100 pt wide and at most 2 pt high: "p<page> <tag> w=<width>",
<tag> being the innermost marked-content tag around the drawing (Artifact, P, …) or "none".
"""
import sys

import pikepdf


def main():
    pdf = pikepdf.open(sys.argv[1])
    for number, page in enumerate(pdf.pages, start=1):
        stack = []
        pending = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BMC", "BDC"):
                stack.append(str(operands[0])[1:])
            elif op == "EMC" and stack:
                stack.pop()
            elif op == "re":
                w, h = float(operands[2]), float(operands[3])
                pending.append((abs(w), abs(h)))
            elif op in ("f", "F", "f*"):
                for w, h in pending:
                    if w >= 100 and h <= 2:
                        print(f"p{number} {stack[-1] if stack else 'none'} w={w:.0f}")
                pending = []
            elif op in ("S", "s", "n", "B", "b", "W"):
                pending = []


if __name__ == "__main__":
    main()
