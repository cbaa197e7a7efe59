#!/usr/bin/env python3
"""Two builds of Handout side by side: the parent leaflet and the ~60-page handbook of
bench/scaling.py, each built to PDF and DOCX by the base binary and the head binary in turn,
round after round, so both see the same machine load. Prints each one's range and median and the
head's cost relative to the base (target: no more than 10 % slower). Times are CPU time (user +
system) unless --wall is given.

    python3 bench/compare_builds.py --base OLD/handout --head NEW/handout [--rounds 31] [--wall]

Each binary reads the templates of its own source tree, so the figures include what the template
files of each version ask for.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
from scaling import handbook  # noqa: E402  (the same generated handbook as the scaling figures)

LEAFLET = os.path.join(ROOT, "content", "parent-leaflet-attachment-difficulties.xml")


def timed(cmd, cpu):
    """Milliseconds: the process's CPU time (user + system), or wall time. On a shared machine
    CPU time is the steadier measure of the work done; wall time adds waiting for a core."""
    before, t = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after, wall = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter() - t
    if not cpu:
        return wall * 1000
    return ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--head", required=True)
    ap.add_argument("--rounds", type=int, default=31)
    ap.add_argument("--wall", action="store_true", help="time wall clock instead of CPU time")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        book = os.path.join(work, "handbook-20.xml")
        with open(book, "w") as f:
            f.write(handbook(20))
        worst = 0.0
        for name, src in (("parent leaflet", LEAFLET), ("60-page handbook", book)):
            # --no-config: content/handout.toml now has a table ('images') that the base refuses;
            # project configuration only tunes lint, which both builds run alike without it.
            cmds = {which: [binary, "build", "-q", "--no-config", "--min-severity", "error", src, "-o", os.path.join(work, which)]
                    for which, binary in (("base", args.base), ("head", args.head))}
            for cmd in cmds.values():  # warm-up: page cache, fontconfig cache
                timed(cmd, False)
            walls = {"base": [], "head": []}
            for r in range(args.rounds):
                order = ("base", "head") if r % 2 == 0 else ("head", "base")
                for which in order:
                    walls[which].append(timed(cmds[which], not args.wall))
            med = {w: statistics.median(v) for w, v in walls.items()}
            ratio = med["head"] / med["base"]
            worst = max(worst, ratio)
            for w in ("base", "head"):
                v = sorted(walls[w])
                q1, q3 = v[len(v) // 4], v[(3 * len(v)) // 4]
                print(f"{name:17s} {w}: median {med[w]:7.1f} ms  range {v[0]:7.1f}-{v[-1]:7.1f} ms  "
                      f"middle half {q1:7.1f}-{q3:7.1f} ms  ({len(v)} runs)")
            print(f"{name:17s} head/base: {ratio:.3f} ({(ratio - 1) * 100:+.1f} %)")
        print(f"target (head at most 10 % slower): {'met' if worst <= 1.10 else 'not met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
