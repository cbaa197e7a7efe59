#!/usr/bin/env python3
"""Renders one HTML file N times to PDF/UA-1 with WeasyPrint's Python API in one process, for the
batch row of bench/compare_peers.py. WeasyPrint is imported once and one FontConfiguration is
shared by all documents; each document gets its own <title> so no two outputs are the same.

    python3 bench/peers/weasy_batch.py N WARMUP IN.html OUTDIR

Prints {"documents": N, "ms": M} where M covers the N timed documents only (not the import,
nor the WARMUP untimed documents).
"""
import inspect
import json
import os
import sys
import time

import weasyprint
from weasyprint.text.fonts import FontConfiguration


def variant_option():
    """The write_pdf keyword for the PDF variant: `variant` up to WeasyPrint 58, then `pdf_variant`."""
    params = inspect.signature(weasyprint.HTML.write_pdf).parameters
    return "variant" if "variant" in params else "pdf_variant"


def render(source, target, fonts, option):
    """Writes the HTML source as a PDF/UA-1 file."""
    weasyprint.HTML(string=source).write_pdf(target, font_config=fonts, **{option: "pdf/ua-1"})


def numbered(source, i):
    """The HTML source with the document number in front of its title."""
    return source.replace("<title>", f"<title>{i} ", 1)


def main():
    n, warmup, html_path, out_dir = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    with open(html_path, encoding="utf-8") as f:
        source = f.read()
    fonts, option = FontConfiguration(), variant_option()
    for i in range(warmup):
        render(numbered(source, i), os.path.join(out_dir, "warmup.pdf"), fonts, option)
    start = time.perf_counter()
    for i in range(n):
        render(numbered(source, i), os.path.join(out_dir, f"doc-{i}.pdf"), fonts, option)
    print(json.dumps({"documents": n, "ms": (time.perf_counter() - start) * 1000}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
