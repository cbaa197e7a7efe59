#!/usr/bin/env python3
"""Lint throughput benchmark (issue 3): N leaflet-sized files linted in one process.

Copies the parent-leaflet seed N times (each with its own title) into a temporary folder, runs
`handout lint --format json` on the folder R times after a warm-up, and prints the median wall
time, files per second and the peak RSS reported by /usr/bin/time -v.

    python3 bench/lint_throughput.py [--binary build/handout] [--files 1000] [--runs 5]

Targets: at least 2,000 files/s on 2 cores, peak RSS under 30 MiB.
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "handout"))
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", default=os.path.join(ROOT, "content", "parent-leaflet-attachment-difficulties.xml"))
    args = parser.parse_args()

    with open(args.seed, encoding="utf-8") as f:
        seed = f.read()
    with tempfile.TemporaryDirectory(prefix="handout-bench-") as work:
        for i in range(args.files):
            text = seed.replace("<title>", f"<title>Copy {i + 1}: ", 1)
            with open(os.path.join(work, f"leaflet-{i:04d}.xml"), "w", encoding="utf-8") as f:
                f.write(text)
        cmd = [args.binary, "lint", "--format", "json", "--output", os.path.join(work, "report.json"), work]
        subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL)  # warm-up (page cache)
        walls, rss = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, check=False, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True)
            walls.append(time.perf_counter() - start)
            if proc.returncode not in (0, 1):
                print(proc.stderr, file=sys.stderr)
                return 2
            rss.append(int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1)))
        wall = statistics.median(walls)
        print(f"files: {args.files}  runs: {args.runs}  (median of runs after one warm-up)")
        print(f"wall: {wall * 1000:.1f} ms  throughput: {args.files / wall:.0f} files/s")
        print(f"peak RSS: {max(rss) / 1024:.1f} MiB (median {statistics.median(rss) / 1024:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
