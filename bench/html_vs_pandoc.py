#!/usr/bin/env python3
"""Leaflet → HTML as a whole process, Handout against pandoc, measured side by side in one run.

Handout builds the parent-leaflet seed with `build --html`; pandoc builds the same leaflet from
its Markdown encoding (bench/peers/leaflet.md, made by bench/peers/make_inputs.py) with
`pandoc -s -t html5`. The two take turns round by round, so drift on a noisy machine hits both
alike. Then bench/render_in_process (if built) gives the in-process figures: the HTML writer per
leaflet and the resolve stage's share of a PDF + DOCX build, over three runs.

    python3 bench/html_vs_pandoc.py [--binary build/handout] [--rounds 30]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEAFLET = os.path.join(ROOT, "content", "parent-leaflet-attachment-difficulties.xml")
MARKDOWN = os.path.join(ROOT, "bench", "peers", "leaflet.md")


def wall(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "handout"))
    ap.add_argument("--rounds", type=int, default=30)
    args = ap.parse_args()
    if not shutil.which("pandoc"):
        sys.exit("pandoc is not installed (apt-get install pandoc)")
    with tempfile.TemporaryDirectory() as work:
        handout = [args.binary, "build", "--html", "-q", LEAFLET, "-o", work]
        pandoc = ["pandoc", "-s", "-t", "html5", MARKDOWN, "-o", os.path.join(work, "p.html")]
        wall(handout), wall(pandoc)  # warm the page cache
        ours, theirs = [], []
        for _ in range(args.rounds):
            ours.append(wall(handout))
            theirs.append(wall(pandoc))
    mo, mt = statistics.median(ours), statistics.median(theirs)
    print(f"leaflet → HTML, whole process, {args.rounds} rounds each, taking turns:")
    print(f"  Handout build --html    median {mo * 1000:6.2f} ms   range {min(ours) * 1000:.2f}–{max(ours) * 1000:.2f} ms")
    print(f"  pandoc -s -t html5      median {mt * 1000:6.2f} ms   range {min(theirs) * 1000:.2f}–{max(theirs) * 1000:.2f} ms")
    print(f"  Handout is {mt / mo:.1f}× faster (target ≥ 10×)")
    in_process = os.path.join(os.path.dirname(args.binary), "bench", "render_in_process")
    if os.access(in_process, os.X_OK):
        runs = []
        for _ in range(3):
            cmd = [in_process, LEAFLET, "300"]
            if shutil.which("taskset"):
                cmd = ["taskset", "-c", "0"] + cmd
            runs.append(json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout))
        html = [r["html_ms"] for r in runs]
        share = [r["resolve_share_of_build_pct"] for r in runs]
        resolve = [r["resolve_ms"] for r in runs]
        print("in one process, one core, median of 300 rounds, three runs:")
        print(f"  HTML writer per leaflet         {min(html):.3f}–{max(html):.3f} ms (target ≤ 0.3 ms)")
        print(f"  resolve stage per leaflet       {min(resolve):.4f}–{max(resolve):.4f} ms")
        print(f"  resolve share of PDF+DOCX build {min(share):.2f}–{max(share):.2f} % (target ≤ 5 %)")
    else:
        print(f"({in_process} not built: no in-process figures)")


if __name__ == "__main__":
    main()
