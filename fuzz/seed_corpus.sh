#!/usr/bin/env bash
# Writes the fuzzers' seed corpus into OUT/xml (content files), OUT/toml (templates),
# OUT/config (handout.toml files) and OUT/image (PNG/JPEG): the bundled content and templates,
# the end-to-end test cases, test images, and every saved fuzz regression input. Real files give
# libFuzzer every element, key and chunk type to mutate from, far sooner than it would find them
# from nothing.
#   fuzz/seed_corpus.sh OUT
set -euo pipefail
out=${1:?usage: seed_corpus.sh OUT}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$out/xml" "$out/toml" "$out/config" "$out/image" "$out/docx"
shopt -s nullglob
for f in "$root"/content/*.xml "$root"/tests/cases/*.xml "$root"/tests/fixtures/fuzz/*.xml; do
  cp "$f" "$out/xml/"
done
for t in "$root"/templates/*/template.toml; do
  cp "$t" "$out/toml/$(basename "$(dirname "$t")").toml"
done
n=0
for c in $(find "$root/content" "$root/tests" -name handout.toml | sort); do
  cp "$c" "$out/config/handout-$((n++)).toml"
done
for i in $(find "$root/tests" "$root/content" \( -name '*.png' -o -name '*.jpg' -o -name '*.jpeg' \) | sort); do
  cp "$i" "$out/image/$(basename "$(dirname "$i")")-$(basename "$i")"
done
# .docx seeds for fuzz_docx_reader: any committed under tests/, plus one minimal Word document
# with a heading, a list, a table and a note, zipped here so the corpus needs no built binary.
for d in $(find "$root/tests" -name '*.docx' | sort); do
  cp "$d" "$out/docx/$(basename "$(dirname "$d")")-$(basename "$d")"
done
python3 - "$out/docx/minimal.docx" <<'PY'
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels', f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{R}officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/_rels/document.xml.rels', f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{R}footnotes" Target="footnotes.xml"/><Relationship Id="rId2" Type="{R}hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>')
    z.writestr('word/footnotes.xml', f'<w:footnotes {W}><w:footnote w:id="1"><w:p><w:r><w:t>Note.</w:t></w:r></w:p></w:footnote></w:footnotes>')
    z.writestr('word/document.xml', f'<w:document {W}><w:body><w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>Title</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:hyperlink r:id="rId2"><w:r><w:rPr><w:b/></w:rPr><w:t>Item</w:t></w:r></w:hyperlink><w:r><w:footnoteReference w:id="1"/></w:r></w:p><w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>H</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>')
PY
for d in xml toml config image docx; do printf '%s: %s files  ' "$d" "$(find "$out/$d" -type f | wc -l)"; done
echo "(in $out)"
