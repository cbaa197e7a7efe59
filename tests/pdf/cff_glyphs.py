#!/usr/bin/python3
"""Checks the CID-keyed CFF subset a PDF embeds for one font against the original font file.

    cff_glyphs.py FILE.pdf FONT-NAME-PART FONT-FILE FACE-INDEX

For the first font whose /BaseFont contains FONT-NAME-PART (a CIDFontType0 with FontFile3
/CIDFontType0C), prints a JSON object: the subtype, the embedded program's size in bytes, the
CIDs its charset holds, and the CIDs whose outline differs from that CID's outline in FONT-FILE
(face FACE-INDEX of a collection), both drawn with fontTools. A reader finds a CID's glyph
through the charset (ISO 32000-1 §9.7.4.2), so a CID the content shows must be there and draw
the same.
"""
import io
import json
import sys

import pikepdf
from fontTools.cffLib import CFFFontSet
from fontTools.pens.recordingPen import RecordingPen
from fontTools.ttLib import TTFont


def embedded_program(pdf, part):
    for page in pdf.pages:
        for _, font in page.Resources.get("/Font", {}).items():
            if part not in str(font.get("/BaseFont", "")):
                continue
            descendant = font.DescendantFonts[0]
            program = descendant.FontDescriptor.FontFile3
            return str(program.get("/Subtype")), bytes(program.read_bytes())
    raise SystemExit(f"no font named like {part}")


def cid_of(name):
    return 0 if name == ".notdef" else int(name[3:])


def outlines(char_strings, cids):
    by_cid = {}
    for name in char_strings.keys():
        if cid_of(name) in cids:
            pen = RecordingPen()
            char_strings[name].draw(pen)
            by_cid[cid_of(name)] = pen.value
    return by_cid


def main():
    path, part, original_file, index = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    subtype, program = embedded_program(pikepdf.open(path), part)
    cff = CFFFontSet()
    cff.decompile(io.BytesIO(program), None)
    subset = cff[cff.fontNames[0]]
    cids = sorted(cid_of(n) for n in subset.charset)
    original = TTFont(original_file, fontNumber=index, lazy=True)["CFF "].cff
    mine = outlines(subset.CharStrings, set(cids))
    theirs = outlines(original[original.fontNames[0]].CharStrings, set(cids))
    differ = [c for c in cids if mine.get(c) != theirs.get(c)]
    print(json.dumps({"subtype": subtype, "bytes": len(program), "cids": cids, "differ": differ}))

if __name__ == "__main__":
    main()
