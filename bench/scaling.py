#!/usr/bin/env python3
"""Scaling benchmark: generated A4 handbooks of about 6, 60 and 600 pages (long tables, notes),
built to PDF and DOCX; prints time and peak RSS per page. Target: 600 pages cost at most 10.5x
the time of 60.

    python3 bench/scaling.py [--binary build/handout] [--runs 3]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def handbook(sections):
    rows = "".join(f"<tr><th scope=\"row\">Item {r}</th><td>Week {r % 12 + 1}</td><td>Some short text for row {r}, "
                   f"long enough to wrap in a narrow column now and then.</td></tr>" for r in range(40))
    body = []
    for s in range(sections):
        body.append(f"<h2>Section {s + 1}</h2>")
        body.append("<p>This section explains a part of the handbook in plain words. It has a table of items and "
                    f"a note<note>Note for section {s + 1}: see the school policy.</note> that is printed at the end.</p>")
        body.append("<table><caption>Items for section %d</caption><thead><tr><th scope=\"col\">Item</th>"
                    "<th scope=\"col\">When</th><th scope=\"col\">What</th></tr></thead><tbody>%s</tbody></table>"
                    % (s + 1, rows))
    return ('<handout lang="en-GB" template="staff-handout"><meta><title>Generated handbook</title>'
            "<audience>staff</audience></meta><body><h1>Generated handbook</h1>" + "".join(body) + "</body></handout>")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "handout"))
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as work:
        for sections in (2, 20, 200):
            src = os.path.join(work, f"handbook-{sections}.xml")
            with open(src, "w") as f:
                f.write(handbook(sections))
            cmd = [args.binary, "build", "-q", "--min-severity", "error", src, "-o", os.path.join(work, "out")]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            walls = []
            for _ in range(args.runs):
                t = time.perf_counter()
                subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
                walls.append(time.perf_counter() - t)
            p = subprocess.run(["/usr/bin/time", "-v"] + cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1)) / 1024
            info = subprocess.run(["pdfinfo", os.path.join(work, "out", f"handbook-{sections}.pdf")], capture_output=True, text=True).stdout
            pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            wall = statistics.median(walls)
            results.append((pages, wall, rss))
            print(f"{pages:4d} pages  PDF+DOCX {wall * 1000:8.1f} ms  {wall * 1000 / pages:6.2f} ms/page  peak RSS {rss:6.1f} MiB")
    if len(results) == 3:
        print(f"cost of ~600 pages / ~60 pages: {results[2][1] / results[1][1]:.1f}x for {results[2][0] / results[1][0]:.1f}x the pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
