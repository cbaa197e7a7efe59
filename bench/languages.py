#!/usr/bin/env python3
"""Leaflets in other scripts against the English leaflet, as whole processes, side by side.

1. One leaflet → PDF: the Urdu and Chinese leaflets of tests/fixtures/languages/ against the
   same leaflet in English (written below, with the same heading, paragraphs, list and table).
   The builds take turns round by round, so drift on a noisy machine hits all alike. Target:
   Urdu and Chinese within 2× the English time.
2. Batches: 200 English leaflets in one `handout build`, against 200 mixed-language ones (the
   eight fixtures in turn), so font fallback lookups (cached per process) are exercised. Target:
   the mixed batch no more than 50 % slower per document.

    python3 bench/languages.py [--binary build/handout] [--rounds 15] [--batches 3] [--baseline OTHER/handout]

With --baseline, a second build (say, of the commit before a change) runs too, taking turns with
the first in every round, so that both are measured on the same minutes of a noisy machine.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "languages")
LANGS = ["ur", "ar", "bn", "pa", "zh", "ro", "so", "ti"]

ENGLISH = """<?xml version="1.0" encoding="UTF-8"?>
<handout lang="en-GB" template="parent-leaflet">
  <meta><title>Trip to the Science Museum</title><author>Oakfield Primary School</author></meta>
  <body>
    <h1>Trip to the Science Museum</h1>
    <p>Dear parents, Year 5 will visit the Science Museum on 14 October 2025.</p>
    <p>If you have questions, call Oakfield Primary School on 020 7946 0000.</p>
    <h2>What to bring</h2>
    <ul><li>A packed lunch</li><li>A water bottle</li><li>A raincoat</li></ul>
    <h2>The day</h2>
    <table><caption>Times on 14 October</caption>
      <thead><tr><th>Time</th><th>What happens</th></tr></thead>
      <tbody><tr><td>09:00</td><td>We leave school</td></tr><tr><td>15:30</td><td>We are back at school</td></tr></tbody>
    </table>
  </body>
</handout>
"""


def wall(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def summary(name, times):
    ms = [t * 1000 for t in times]
    return f"  {name:<28} median {statistics.median(ms):8.1f} ms   range {min(ms):.1f}–{max(ms):.1f} ms"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "handout"))
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--batches", type=int, default=3)
    ap.add_argument("--baseline", help="another handout binary, measured in turn with --binary")
    args = ap.parse_args()
    binaries = {"": args.binary}
    if args.baseline:
        binaries["baseline "] = args.baseline
    with tempfile.TemporaryDirectory() as work:
        english = os.path.join(work, "leaflet-en.xml")
        with open(english, "w", encoding="utf-8") as f:
            f.write(ENGLISH)
        inputs = {"en": english, "ur": os.path.join(FIXTURES, "leaflet-ur.xml"), "zh": os.path.join(FIXTURES, "leaflet-zh.xml")}
        out = os.path.join(work, "out")
        cmds = {b + k: [binary, "build", "--pdf", "-q", "--min-severity", "error", v, "-o", out]
                for b, binary in binaries.items() for k, v in inputs.items()}
        for c in cmds.values():
            wall(c)  # warm caches
        times = {k: [] for k in cmds}
        for _ in range(args.rounds):
            for k, c in cmds.items():
                times[k].append(wall(c))
        print(f"one leaflet → PDF, whole process, {args.rounds} rounds, taking turns:")
        for k in cmds:
            print(summary(k, times[k]))
        for b in binaries:
            en = statistics.median(times[b + "en"])
            for k in ("ur", "zh"):
                print(f"  {b}{k}: {statistics.median(times[b + k]) / en:.2f}× the English time (target ≤ 2×)")

        batch_en, batch_mixed = os.path.join(work, "batch-en"), os.path.join(work, "batch-mixed")
        os.makedirs(batch_en), os.makedirs(batch_mixed)
        for i in range(200):
            shutil.copy(english, os.path.join(batch_en, f"l{i:03}.xml"))
            shutil.copy(os.path.join(FIXTURES, f"leaflet-{LANGS[i % len(LANGS)]}.xml"), os.path.join(batch_mixed, f"l{i:03}.xml"))
        batches = {"200 English": batch_en, "200 mixed-language": batch_mixed}
        b = {bn + k: [] for bn in binaries for k in batches}
        for _ in range(args.batches):
            for bn, binary in binaries.items():
                for k, folder in batches.items():
                    b[bn + k].append(wall([binary, "build", "--pdf", "-q", "--min-severity", "error", "-j", "2", folder, "-o", out]))
        print(f"batches of 200 → PDF, -j 2, {args.batches} runs each, taking turns:")
        for k, v in b.items():
            print(summary(k, v) + f"   ({statistics.median(v) / 200 * 1000:.1f} ms a document)")
        for bn in binaries:
            ratio = statistics.median(b[bn + "200 mixed-language"]) / statistics.median(b[bn + "200 English"])
            print(f"  {bn}mixed is {ratio:.2f}× the English batch per document (target ≤ 1.5×)")

if __name__ == "__main__":
    main()
