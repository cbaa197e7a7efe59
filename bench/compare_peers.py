#!/usr/bin/env python3
"""Side-by-side benchmark of Handout against peer tools (issue 6), written to bench/RESULTS.md.

Every figure is a whole process, median of --runs runs after one warm-up, on the same machine
in the same run; peak RSS from /usr/bin/time -v. Peers (install with bench/install-peers.sh):
Typst 0.14.2 through @myriaddreamin/typst-ts-node-compiler (PDF/UA-1), WeasyPrint (pdf/ua-1),
Apache FOP (PDF/UA-1 profile), LibreOffice (DOCX to tagged PDF), pandoc (Markdown to DOCX).
Peer inputs are equivalent encodings of the seeds made by bench/peers/make_inputs.py.

    python3 bench/compare_peers.py [--binary build/handout] [--runs 7] [--out bench/RESULTS.md]
"""
import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEERS = os.path.join(ROOT, "bench", "peers")
NODE = os.path.join(PEERS, "node")
LEAFLET = os.path.join(ROOT, "content", "parent-leaflet-attachment-difficulties.xml")


def run_timed(cmd, runs, cwd=None, env=None):
    """Median wall seconds over `runs` runs after a warm-up, and peak RSS in MiB (one extra run)."""
    full_env = dict(os.environ, **(env or {}))
    subprocess.run(cmd, cwd=cwd, env=full_env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    walls = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=full_env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - start)
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd, env=full_env, check=True,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1)) / 1024
    return statistics.median(walls), rss


def have(program):
    return shutil.which(program) is not None


def version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except Exception:  # noqa: BLE001 - a missing peer is reported, not fatal
        return "not installed"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "handout"))
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "RESULTS.md"))
    args = ap.parse_args()
    handout = os.path.abspath(args.binary)
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    rows, notes = [], []
    work = tempfile.mkdtemp(prefix="handout-peers-")
    try:
        subprocess.run([sys.executable, os.path.join(PEERS, "make_inputs.py"), LEAFLET, os.path.join(work, "leaflet")],
                       check=True)
        out = os.path.join(work, "out")

        def add(task, tool, cmd, output, **kw):
            try:
                wall, rss = run_timed(cmd, args.runs, **kw)
                size = os.path.getsize(output) if os.path.exists(output) else 0
                rows.append((task, tool, wall, rss, size))
            except Exception as e:  # noqa: BLE001
                notes.append(f"{task} / {tool}: failed to run ({e})")

        # --- leaflet to PDF/UA ---
        add("leaflet → PDF/UA", "Handout", [handout, "build", "--pdf", "-q", LEAFLET, "-o", out],
            os.path.join(out, "parent-leaflet-attachment-difficulties.pdf"), env=env)
        if os.path.isdir(os.path.join(NODE, "node_modules")):
            add("leaflet → PDF/UA", "Typst 0.14 (Node)", ["node", "typst_compile.mjs", os.path.join(work, "leaflet.typ"),
                                                           os.path.join(work, "typst.pdf")],
                os.path.join(work, "typst.pdf"), cwd=NODE)
        else:
            notes.append("Typst: not installed (bench/install-peers.sh)")
        if have("weasyprint"):
            add("leaflet → PDF/UA", "WeasyPrint", ["weasyprint", "--pdf-variant", "pdf/ua-1",
                                                   os.path.join(work, "leaflet.html"), os.path.join(work, "weasy.pdf")],
                os.path.join(work, "weasy.pdf"))
        if have("fop"):
            add("leaflet → PDF/UA", "Apache FOP", ["fop", "-pdfprofile", "PDF/UA-1", "-fo",
                                                   os.path.join(work, "leaflet.fo"), "-pdf", os.path.join(work, "fop.pdf")],
                os.path.join(work, "fop.pdf"))
        if have("soffice"):
            subprocess.run([handout, "build", "--docx", "-q", LEAFLET, "-o", work], check=True, env=dict(os.environ, **env))
            docx = os.path.join(work, "parent-leaflet-attachment-difficulties.docx")
            add("leaflet → PDF/UA", "LibreOffice (DOCX → tagged PDF)",
                ["soffice", "--headless", "-env:UserInstallation=file://" + work + "/lo",
                 "--convert-to", 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
                                 '"PDFUACompliance":{"type":"boolean","value":"true"}}', "--outdir", os.path.join(work, "lo-out"), docx],
                os.path.join(work, "lo-out", "parent-leaflet-attachment-difficulties.pdf"))
        # --- leaflet to DOCX ---
        add("leaflet → DOCX", "Handout", [handout, "build", "--docx", "-q", LEAFLET, "-o", out],
            os.path.join(out, "parent-leaflet-attachment-difficulties.docx"), env=env)
        if have("pandoc"):
            add("leaflet → DOCX", "pandoc", ["pandoc", os.path.join(work, "leaflet.md"), "-o", os.path.join(work, "p.docx")],
                os.path.join(work, "p.docx"))

        # --- batch: N leaflets ---
        batch_in = os.path.join(work, "batch")
        os.makedirs(batch_in)
        seed = open(LEAFLET, encoding="utf-8").read()
        for i in range(args.batch):
            with open(os.path.join(batch_in, f"leaflet-{i:03d}.xml"), "w", encoding="utf-8") as f:
                f.write(seed.replace("<title>", f"<title>{i} ", 1))
        start = time.perf_counter()
        subprocess.run([handout, "build", "-q", batch_in, "-o", os.path.join(work, "batch-out")], check=True,
                       env=dict(os.environ, **env))
        handout_batch = time.perf_counter() - start
        batch = [("Handout, PDF + DOCX, one process, all cores", args.batch / handout_batch)]
        if os.path.isdir(os.path.join(NODE, "node_modules")):
            typst_out = os.path.join(work, "typst-batch")
            os.makedirs(typst_out)
            proc = subprocess.run(["node", "typst_compile.mjs", "--batch", str(args.batch), os.path.join(work, "leaflet.typ"),
                                   typst_out], cwd=NODE, check=True, capture_output=True, text=True)
            ms = json.loads(proc.stdout)["ms"]
            batch.append(("Typst 0.14, PDF only, one warm Node process", args.batch / (ms / 1000)))

        versions = {
            "handout": version([handout, "--version"]),
            "typst": "Typst 0.14.2 (@myriaddreamin/typst-ts-node-compiler 0.7.0), node " + version(["node", "--version"]),
            "weasyprint": version(["weasyprint", "--version"]),
            "fop": version(["fop", "-version"]),
            "libreoffice": version(["soffice", "--version"]),
            "pandoc": version(["pandoc", "--version"]),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)

    cpu = "unknown"
    try:
        cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read()).group(1)
    except Exception:  # noqa: BLE001
        pass
    lines = ["# Benchmark results", "",
             f"Machine: {os.cpu_count()} cores ({cpu}), {platform.platform()}. "
             f"Command: `python3 bench/compare_peers.py --runs {args.runs}`. "
             f"Whole processes, median of {args.runs} runs after a warm-up; peak RSS from `/usr/bin/time -v`.", "",
             "| task | tool | wall (ms) | Handout is × faster | peak RSS (MiB) | output (KB) |", "|---|---|---|---|---|---|"]
    base = {task: wall for task, tool, wall, _, _ in rows if tool == "Handout"}
    for task, tool, wall, rss, size in rows:
        ratio = "—" if tool == "Handout" or task not in base else f"{wall / base[task]:.1f}×"
        lines.append(f"| {task} | {tool} | {wall * 1000:.1f} | {ratio} | {rss:.1f} | {size / 1024:.1f} |")
    lines += ["", f"Batch of {args.batch} leaflets:", "", "| run | documents/s |", "|---|---|"]
    lines += [f"| {name} | {rate:.0f} |" for name, rate in batch]
    lines += ["", "Versions:", ""] + [f"- {k}: {v}" for k, v in versions.items()]
    if notes:
        lines += ["", "Not measured:", ""] + [f"- {n}" for n in notes]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
