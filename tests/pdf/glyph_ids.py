#!/usr/bin/python3
"""The glyph ids (CIDs) a PDF's pages draw in one font, in content order, read with pikepdf.

    glyph_ids.py FILE.pdf FONT-NAME-PART

Prints the CIDs shown with every font whose /BaseFont contains FONT-NAME-PART, space-separated,
for comparing with hb-shape's glyph sequence of the same text. Fonts are Type 0 with
Identity-H, so each CID is two bytes of a shown string.
"""
import sys

import pikepdf


def main():
    path, part = sys.argv[1], sys.argv[2]
    pdf = pikepdf.open(path)
    cids = []
    for page in pdf.pages:
        fonts = page.Resources.get("/Font", {})
        current = None
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "Tf":
                font = fonts.get(str(operands[0]))
                current = font is not None and part in str(font.get("/BaseFont", ""))
            elif op == "TJ" and current:
                for element in operands[0]:
                    if isinstance(element, pikepdf.String):
                        data = bytes(element)
                        cids.extend(int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data), 2))
            elif op == "Tj" and current:
                data = bytes(operands[0])
                cids.extend(int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data), 2))
    print(" ".join(str(c) for c in cids))


if __name__ == "__main__":
    main()
