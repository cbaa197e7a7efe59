#!/usr/bin/env python3
"""Side-by-side benchmark of Handout against peer tools (issue 6), written to bench/RESULTS.md.

Single documents: every figure is a whole process, median of --runs runs after one warm-up, the
tools taking turns round by round (so that the machine's drift falls on all alike); peak RSS from /usr/bin/time -v. Peers (install with
bench/install-peers.sh): Typst 0.14.2 through @myriaddreamin/typst-ts-node-compiler (PDF/UA-1),
WeasyPrint (pdf/ua-1), Apache FOP (PDF/UA-1 through its configuration, bench/peers/fop.xconf),
LibreOffice (DOCX to tagged PDF/UA), pandoc (Markdown to DOCX). Peer inputs are equivalent
encodings of the seeds made by bench/peers/make_inputs.py.

Batch: --batch copies of the leaflet, each peer at its best: Handout as one process; Typst in one
warm Node process; WeasyPrint through its Python API in one process; FOP in one JVM with one
FopFactory (bench/peers/java/FopBatch.java, compiled with javac at run time); LibreOffice as one
soffice call converting every DOCX. Each row says what its time covers. A peer that is missing
or fails is listed under "Not measured"; the run goes on.

    python3 bench/compare_peers.py [--binary build/handout] [--runs 7] [--batch 200] [--out bench/RESULTS.md]
    python3 bench/compare_peers.py --quick --out /tmp/RESULTS-quick.md     (smoke run: --runs 3 --batch 50)
"""
import argparse
import glob
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
CONTENT = os.path.join(ROOT, "content")
LEAFLET = os.path.join(CONTENT, "parent-leaflet-attachment-difficulties.xml")
LEAFLET_STEM = "parent-leaflet-attachment-difficulties"
HANDOUT_ENV = {"SOURCE_DATE_EPOCH": "1700000000"}
# LibreOffice's PDF export: tagged, and claiming PDF/UA like the other PDF rows
LO_PDF_FILTER = ('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
                 '"PDFUACompliance":{"type":"boolean","value":"true"}}')
FOP_WRAPPER = "/usr/bin/fop"
JAVA_FLAGS = ["-Djava.awt.headless=true", "-Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.SimpleLog",
              "-Dorg.apache.commons.logging.simplelog.defaultlog=warn"]
FOP_WARMUP = 10        # untimed documents before FOP's loop, so the JIT has compiled the hot paths
WEASYPRINT_WARMUP = 1  # same as the Typst loop (bench/peers/node/typst_compile.mjs)
HANDOUT_BATCH_RUNS = 3  # whole-process runs of each Handout batch row; the median is reported
QUICK = {"runs": 3, "batch": 50}
DEFAULTS = {"runs": 7, "batch": 200}


class PeerFailed(Exception):
    """A peer could not be run or did not produce its output; the message says why."""


# ---------------------------------------------------------------- running commands

def run(cmd, cwd=None, env=None, timeout=1800):
    """Runs cmd, returning its stdout; raises PeerFailed with the end of stderr when it fails."""
    try:
        proc = subprocess.run(cmd, cwd=cwd, env=dict(os.environ, **(env or {})), capture_output=True, text=True,
                              timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise PeerFailed(str(e)) from e
    if proc.returncode != 0:
        tail = " / ".join(line.strip() for line in proc.stderr.strip().splitlines()[-3:])
        raise PeerFailed(f"`{os.path.basename(cmd[0])}` exited with status {proc.returncode}: {tail or 'no message'}")
    return proc.stdout


def peak_rss(cmd, cwd=None, env=None):
    """Peak resident set size of one run of cmd in MiB, from GNU time; None if it is not installed."""
    if not os.path.exists("/usr/bin/time"):
        return None
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd, env=dict(os.environ, **(env or {})),
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    return int(found.group(1)) / 1024 if found else None


def timed_loop(cmd, cwd=None):
    """Runs a batch helper that prints {"documents": N, "ms": M}; returns (M in seconds, whole-process seconds)."""
    start = time.perf_counter()
    out = run(cmd, cwd)
    whole = time.perf_counter() - start
    try:
        return json.loads(out.strip().splitlines()[-1])["ms"] / 1000, whole
    except (ValueError, KeyError, IndexError) as e:
        raise PeerFailed(f"unexpected output {out.strip()[-200:]!r}") from e


def have(program):
    return shutil.which(program) is not None


def have_typst():
    """Node and the Typst npm package that bench/install-peers.sh puts in bench/peers/node."""
    return have("node") and os.path.isdir(os.path.join(NODE, "node_modules"))


def version(cmd):
    """First line of a tool's version output, or "not installed"."""
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return ((out.stdout or out.stderr).strip().splitlines() or ["unknown"])[0]
    except Exception:  # noqa: BLE001 - a missing peer is reported, not fatal
        return "not installed"


def count_pdfs(folder):
    return len(glob.glob(os.path.join(folder, "**", "*.pdf"), recursive=True))


def expect_pdfs(folder, n):
    """Raises PeerFailed unless the folder holds at least n PDFs."""
    found = count_pdfs(folder)
    if found < n:
        raise PeerFailed(f"wrote {found} of {n} PDFs")


# ---------------------------------------------------------------- peers' set-up

def weasyprint_python():
    """A Python interpreter that can import weasyprint (this one, or Debian's), or None."""
    for python in dict.fromkeys([sys.executable, "/usr/bin/python3", shutil.which("python3")]):
        if python and os.path.exists(python) and \
                subprocess.run([python, "-c", "import weasyprint"], capture_output=True).returncode == 0:
            return python
    return None


def fop_classpath():
    """The jars /usr/bin/fop puts on its class path (its `find_jars` lines), that exist here."""
    if not os.path.exists(FOP_WRAPPER):
        raise PeerFailed(f"{FOP_WRAPPER} not found")
    jars = []
    for line in open(FOP_WRAPPER, encoding="utf-8"):
        if line.strip().startswith("find_jars "):
            for name in line.split()[1:]:
                path = name if name.endswith(".jar") else os.path.join("/usr/share/java", name + ".jar")
                if not name.startswith("$") and os.path.exists(path):
                    jars.append(path)
    if not any(os.path.basename(j).startswith("fop") for j in jars):
        raise PeerFailed(f"no FOP jar found from {FOP_WRAPPER}")
    return jars


def compile_fop_batch(work):
    """Compiles bench/peers/java/FopBatch.java into work; returns the class path to run it with."""
    if not (have("javac") and have("java")):
        raise PeerFailed("javac/java not installed (a JDK, e.g. default-jdk-headless)")
    jars = fop_classpath()
    classes = os.path.join(work, "fop-classes")
    os.makedirs(classes, exist_ok=True)
    run(["javac", "-d", classes, "-cp", ":".join(jars), os.path.join(PEERS, "java", "FopBatch.java")])
    return ":".join([classes] + jars)


def soffice_cmd(work, outdir, docx_files):
    """soffice converting DOCX files to tagged PDF, with its own profile under work."""
    return ["soffice", "--headless", "-env:UserInstallation=file://" + os.path.join(work, "lo"),
            "--convert-to", LO_PDF_FILTER, "--outdir", outdir] + docx_files


# ---------------------------------------------------------------- single documents

class Results:
    """Rows of both tables plus the notes on what could not be measured."""

    def __init__(self):
        self.rows = []   # (task, tool, wall s, peak RSS MiB or None, output bytes)
        self.batch = []  # (run, documents/s, what the time covers)
        self.pending = []  # single-document commands waiting for run_singles
        self.notes = []

    def single(self, task, tool, cmd, output, **kw):
        """Registers a whole-process command for one document; run_singles times them all."""
        self.pending.append((task, tool, cmd, output, kw))

    def run_singles(self, runs):
        """Times every registered command in interleaved rounds (each round runs every tool once,
        after one warm-up each), so that drift in the machine's speed falls on all tools alike;
        the median of each tool's runs is its row. A tool that fails becomes a note."""
        jobs = []
        for task, tool, cmd, output, kw in self.pending:
            try:
                run(cmd, **kw)
                if not os.path.exists(output):
                    raise PeerFailed(f"no output at {os.path.basename(output)}")
                jobs.append((task, tool, cmd, output, kw, []))
            except PeerFailed as e:
                self.notes.append(f"{task} / {tool}: {e}")
        for _ in range(runs):
            for task, tool, cmd, output, kw, walls in jobs:
                start = time.perf_counter()
                run(cmd, **kw)
                walls.append(time.perf_counter() - start)
        for task, tool, cmd, output, kw, walls in jobs:
            rss = peak_rss(cmd, kw.get("cwd"), kw.get("env"))
            self.rows.append((task, tool, statistics.median(walls), rss, os.path.getsize(output)))
        self.pending = []

    def batch_row(self, name, measure):
        """Adds a batch row from measure() -> (documents/s, what was measured), or a note if it fails."""
        try:
            rate, what = measure()
            self.batch.append((name, rate, what))
        except PeerFailed as e:
            self.notes.append(f"batch / {name}: {e}")


def measure_single(res, handout, work, runs):
    """The single-document tables: the leaflet to PDF/UA and to DOCX."""
    pdf_task, docx_task = "leaflet → PDF/UA", "leaflet → DOCX"
    out = os.path.join(work, "out")
    res.single(pdf_task, "Handout", [handout, "build", "--pdf", "-q", LEAFLET, "-o", out],
               os.path.join(out, LEAFLET_STEM + ".pdf"), env=HANDOUT_ENV)
    if have_typst():
        res.single(pdf_task, "Typst 0.14 (Node)", ["node", "typst_compile.mjs", os.path.join(work, "leaflet.typ"),
                                                   os.path.join(work, "typst.pdf")],
                   os.path.join(work, "typst.pdf"), cwd=NODE)
    else:
        res.notes.append("Typst: node or its npm package not installed (bench/install-peers.sh)")
    if have("weasyprint"):
        res.single(pdf_task, "WeasyPrint", ["weasyprint", "--pdf-variant", "pdf/ua-1", os.path.join(work, "leaflet.html"),
                                            os.path.join(work, "weasy.pdf")], os.path.join(work, "weasy.pdf"))
    else:
        res.notes.append("WeasyPrint: not installed (bench/install-peers.sh)")
    if have("fop"):
        res.single(pdf_task, "Apache FOP (PDF/UA-1 config)",
                   ["fop", "-c", os.path.join(work, "fop.xconf"), "-fo", os.path.join(work, "leaflet.fo"),
                    "-pdf", os.path.join(work, "fop.pdf")], os.path.join(work, "fop.pdf"))
    else:
        res.notes.append("Apache FOP: not installed (bench/install-peers.sh)")
    if have("soffice"):
        try:
            run([handout, "build", "--docx", "-q", LEAFLET, "-o", work], env=HANDOUT_ENV)
            res.single(pdf_task, "LibreOffice (DOCX → tagged PDF)",
                       soffice_cmd(work, os.path.join(work, "lo-out"), [os.path.join(work, LEAFLET_STEM + ".docx")]),
                       os.path.join(work, "lo-out", LEAFLET_STEM + ".pdf"))
        except PeerFailed as e:
            res.notes.append(f"{pdf_task} / LibreOffice: Handout could not write the DOCX input ({e})")
    else:
        res.notes.append("LibreOffice: not installed (bench/install-peers.sh)")
    res.single(docx_task, "Handout", [handout, "build", "--docx", "-q", LEAFLET, "-o", out],
               os.path.join(out, LEAFLET_STEM + ".docx"), env=HANDOUT_ENV)
    if have("pandoc"):
        res.single(docx_task, "pandoc", ["pandoc", os.path.join(work, "leaflet.md"), "-o", os.path.join(work, "p.docx")],
                   os.path.join(work, "p.docx"))
    else:
        res.notes.append("pandoc: not installed (bench/install-peers.sh)")
    html_task = "leaflet → HTML"
    res.single(html_task, "Handout", [handout, "build", "--html", "-q", LEAFLET, "-o", out],
               os.path.join(out, LEAFLET_STEM + ".html"), env=HANDOUT_ENV)
    if have("pandoc"):
        res.single(html_task, "pandoc -s -t html5",
                   ["pandoc", "-s", "-t", "html5", os.path.join(work, "leaflet.md"), "-o", os.path.join(work, "p.html")],
                   os.path.join(work, "p.html"))
    res.run_singles(runs)


# ---------------------------------------------------------------- batch

def write_batch_inputs(folder, n):
    """n copies of the leaflet, each with its number in front of the title, plus the content
    folder's handout.toml so they lint exactly as the single document does."""
    os.makedirs(folder)
    seed = open(LEAFLET, encoding="utf-8").read()
    for i in range(n):
        with open(os.path.join(folder, f"leaflet-{i:03d}.xml"), "w", encoding="utf-8") as f:
            f.write(seed.replace("<title>", f"<title>{i} ", 1))
    config = os.path.join(CONTENT, "handout.toml")
    if os.path.exists(config):
        shutil.copy(config, folder)


def loop_note(loop_s, whole_s, n, warmup, process):
    """What a timed loop inside one process measured, with the whole-process rate for comparison."""
    return (f"the {n}-document loop only, after {warmup} untimed warm-up document{'s' if warmup != 1 else ''}; "
            f"the whole {process} with start-up and warm-up took {whole_s:.1f} s = {n / whole_s:.0f} documents/s")


def batch_handout(handout, batch_in, outdir, n, flags):
    """Handout building the batch folder as one whole process: median of HANDOUT_BATCH_RUNS runs
    (a single run of well under a second is too noisy to report alone)."""
    cmd = [handout, "build", "-q"] + flags + [batch_in, "-o", outdir]
    walls = []
    for _ in range(HANDOUT_BATCH_RUNS):
        shutil.rmtree(outdir, ignore_errors=True)
        start = time.perf_counter()
        run(cmd, env=HANDOUT_ENV)
        walls.append(time.perf_counter() - start)
    expect_pdfs(outdir, n)
    return n / statistics.median(walls)


def batch_typst(work, n):
    outdir = os.path.join(work, "typst-batch")
    os.makedirs(outdir)
    loop, whole = timed_loop(["node", "typst_compile.mjs", "--batch", str(n), os.path.join(work, "leaflet.typ"), outdir],
                             cwd=NODE)
    expect_pdfs(outdir, n)
    return n / loop, loop_note(loop, whole, n, 1, "Node process")


def batch_weasyprint(work, n):
    python = weasyprint_python()
    if python is None:
        raise PeerFailed("no Python here can import weasyprint")
    outdir = os.path.join(work, "weasy-batch")
    os.makedirs(outdir)
    loop, whole = timed_loop([python, os.path.join(PEERS, "weasy_batch.py"), str(n), str(WEASYPRINT_WARMUP),
                              os.path.join(work, "leaflet.html"), outdir])
    expect_pdfs(outdir, n + (WEASYPRINT_WARMUP > 0))
    return n / loop, loop_note(loop, whole, n, WEASYPRINT_WARMUP, "Python process (import included)")


def batch_fop(work, n):
    classpath = compile_fop_batch(work)
    outdir = os.path.join(work, "fop-batch")
    os.makedirs(outdir)
    loop, whole = timed_loop(["java"] + JAVA_FLAGS + ["-cp", classpath, "FopBatch", os.path.join(work, "fop.xconf"),
                                                      os.path.join(work, "leaflet.fo"), outdir, str(n), str(FOP_WARMUP)])
    expect_pdfs(outdir, n + (FOP_WARMUP > 0))
    return n / loop, loop_note(loop, whole, n, FOP_WARMUP, "JVM")


def batch_libreoffice(handout, work, batch_in, n):
    """One soffice call converting all n DOCX (written by Handout, untimed) to tagged PDF/UA."""
    if not have("soffice"):
        raise PeerFailed("not installed (bench/install-peers.sh)")
    docx_dir = os.path.join(work, "batch-docx")
    run([handout, "build", "--docx", "-q", batch_in, "-o", docx_dir], env=HANDOUT_ENV)
    docx = sorted(glob.glob(os.path.join(docx_dir, "*.docx")))
    if len(docx) < n:
        raise PeerFailed(f"Handout wrote {len(docx)} of {n} DOCX inputs")
    run(soffice_cmd(work, os.path.join(work, "lo-warm"), docx[:1]))  # creates the profile, untimed
    outdir = os.path.join(work, "lo-batch")
    start = time.perf_counter()
    run(soffice_cmd(work, outdir, docx))
    wall = time.perf_counter() - start
    expect_pdfs(outdir, n)
    return n / wall, "whole process (start-up included) converting every DOCX in one call; profile created beforehand"


def measure_batch(res, handout, work, n):
    """The batch table: n leaflets per tool."""
    batch_in = os.path.join(work, "batch")
    write_batch_inputs(batch_in, n)
    cores = os.cpu_count()
    median = f"whole process (start-up included), median of {HANDOUT_BATCH_RUNS} runs"
    handout_runs = [("Handout, PDF + DOCX, all cores", [], f"{median}: lint, PDF and DOCX, {cores} cores"),
                    ("Handout, PDF only, all cores", ["--pdf"], f"{median}: lint and PDF, {cores} cores"),
                    ("Handout, PDF only, one core", ["--pdf", "-j", "1"], f"{median}: lint and PDF, `-j 1`")]
    for i, (name, flags, what) in enumerate(handout_runs):
        outdir = os.path.join(work, f"handout-batch-{i}")
        res.batch_row(name, lambda flags=flags, outdir=outdir, what=what:
                      (batch_handout(handout, batch_in, outdir, n, flags), what))
    if have_typst():
        res.batch_row("Typst 0.14, one warm Node process", lambda: batch_typst(work, n))
    else:
        res.notes.append("batch / Typst: node or its npm package not installed (bench/install-peers.sh)")
    res.batch_row("WeasyPrint, Python API, one process", lambda: batch_weasyprint(work, n))
    res.batch_row("Apache FOP, one JVM, one FopFactory", lambda: batch_fop(work, n))
    res.batch_row("LibreOffice, DOCX → tagged PDF, one soffice call",
                  lambda: batch_libreoffice(handout, work, batch_in, n))


# ---------------------------------------------------------------- report

def versions(handout):
    return {
        "handout": version([handout, "--version"]),
        "typst": "Typst 0.14.2 (@myriaddreamin/typst-ts-node-compiler 0.7.0), node " + version(["node", "--version"]),
        "weasyprint": version(["weasyprint", "--version"]),
        "fop": version(["fop", "-version"]),
        "java": version(["java", "-version"]),
        "libreoffice": version(["soffice", "--version"]),
        "pandoc": version(["pandoc", "--version"]),
    }


def machine():
    cpu = "unknown"
    try:
        cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read()).group(1)
    except Exception:  # noqa: BLE001
        pass
    return f"{os.cpu_count()} cores ({cpu}), {platform.platform()}"


def other_benchmarks(handout):
    """Handout's own benchmarks: lint throughput, scaling, and the in-process cost per leaflet.

    Returns (figures, raw outputs): figures is a dict of the numbers the targets table needs."""
    figures, outputs = {}, {}
    bench = os.path.join(ROOT, "bench")
    lint = run([sys.executable, os.path.join(bench, "lint_throughput.py"), "--binary", handout, "--runs", "5"])
    outputs["python3 bench/lint_throughput.py --runs 5"] = lint
    m = re.search(r"throughput: (\d+) files/s", lint)
    figures["lint_rate"] = float(m.group(1)) if m else None
    scaling = run([sys.executable, os.path.join(bench, "scaling.py"), "--binary", handout, "--runs", "3"])
    outputs["python3 bench/scaling.py --runs 3"] = scaling
    pages = [(int(p), float(ms)) for p, ms in re.findall(r"^\s*(\d+) pages\s+PDF\+DOCX\s+([\d.]+) ms", scaling, re.M)]
    if len(pages) == 3:
        figures["handbook_60_ms"] = pages[1][1]
        figures["scaling_ratio"] = pages[2][1] / pages[1][1]
        figures["scaling_pages"] = pages[2][0] / pages[1][0]
    in_process = os.path.join(os.path.dirname(handout), "bench", "render_in_process")
    if os.access(in_process, os.X_OK):
        cmd = ["taskset", "-c", "0", in_process, LEAFLET, "300"] if have("taskset") else [in_process, LEAFLET, "300"]
        out = run(cmd)
        outputs[" ".join(["build/bench/render_in_process", "content/parent-leaflet-attachment-difficulties.xml", "300"])] = out
        data = json.loads(out)
        figures["in_process_pdf_ms"] = data["pdf_ms"]
        figures["in_process_total_ms"] = data["total_ms"]
        figures["in_process_html_ms"] = data.get("html_ms")
        figures["resolve_share_pct"] = data.get("resolve_share_of_build_pct")
    return figures, outputs


def targets(res, figures):
    """The issue targets, each with what was measured and whether it is met."""
    wall = {(task, tool): w for task, tool, w, _, _ in res.rows}
    rss = {(task, tool): r for task, tool, _, r, _ in res.rows}
    size = {(task, tool): b for task, tool, _, _, b in res.rows}
    batch = {name: rate for name, rate, _ in res.batch}
    pdf, docx = "leaflet → PDF/UA", "leaflet → DOCX"
    rows = []

    def add(what, target, value, ok, shown):
        if value is None:
            rows.append((what, target, "not measured", "—"))
        else:
            rows.append((what, target, shown, "met" if ok else "**not met**"))

    def ratio(task, tool):
        peer, own = wall.get((task, tool)), wall.get((task, "Handout"))
        return None if peer is None or own is None else peer / own

    w = wall.get((pdf, "Handout"))
    add("leaflet → PDF/UA, whole process", "≤ 15 ms", w, w is not None and w <= 0.015, f"{(w or 0) * 1000:.1f} ms")
    r = rss.get((pdf, "Handout"))
    add("leaflet → PDF/UA, peak RSS", "≤ 25 MiB", r, r is not None and r <= 25, f"{r or 0:.1f} MiB")
    b = size.get((pdf, "Handout"))
    add("leaflet PDF size", "≤ 30 KB", b, b is not None and b <= 30 * 1024, f"{(b or 0) / 1024:.1f} KB")
    for tool, name, goal in (("Typst 0.14 (Node)", "Typst via Node", 5), ("WeasyPrint", "WeasyPrint", 40),
                             ("Apache FOP (PDF/UA-1 config)", "Apache FOP", 80)):
        x = ratio(pdf, tool)
        add(f"leaflet → PDF/UA vs {name}", f"≥ {goal}× faster", x, x is not None and x >= goal, f"{x or 0:.1f}×")
    x = ratio(docx, "pandoc")
    add("leaflet → DOCX vs pandoc", "≥ 10× faster", x, x is not None and x >= 10, f"{x or 0:.1f}×")
    x = ratio("leaflet → HTML", "pandoc -s -t html5")
    add("leaflet → HTML vs pandoc -s -t html5", "≥ 10× faster", x, x is not None and x >= 10, f"{x or 0:.1f}×")
    v = figures.get("in_process_html_ms")
    add("leaflet → HTML in one process", "≤ 0.3 ms", v, v is not None and v <= 0.3, f"{v or 0:.3f} ms")
    v = figures.get("resolve_share_pct")
    add("resolve stage, share of a PDF + DOCX build", "≤ 5 %", v, v is not None and v <= 5, f"{v or 0:.2f} %")
    r = rss.get((docx, "Handout"))
    add("leaflet → DOCX, peak RSS", "< 20 MiB", r, r is not None and r < 20, f"{r or 0:.1f} MiB")
    rate = next((v for k, v in batch.items() if k.startswith("Handout, PDF + DOCX")), None)
    add("batch, PDF + DOCX, one process", "≥ 600 leaflets/s", rate, rate is not None and rate >= 600, f"{rate or 0:.0f}/s")
    v = figures.get("in_process_pdf_ms")
    add("leaflet → PDF in one process, one core", "≤ 3 ms", v, v is not None and v <= 3, f"{v or 0:.2f} ms")
    v = figures.get("lint_rate")
    add("lint, 1,000 leaflets in one process", "≥ 2,000 files/s", v, v is not None and v >= 2000, f"{v or 0:.0f} files/s")
    v = figures.get("handbook_60_ms")
    add("60-page handbook (PDF + DOCX)", "< 150 ms", v, v is not None and v < 150, f"{v or 0:.0f} ms")
    v = figures.get("scaling_ratio")
    pages = figures.get("scaling_pages", 0)
    add("~600 pages vs ~60 pages", "≤ 10.5× the time", v, v is not None and v <= 10.5,
        f"{v or 0:.1f}× the time for {pages:.1f}× the pages")
    return rows


def report(res, args, command, tool_versions, figures=None, outputs=None):
    """The Markdown text of RESULTS.md."""
    lines = ["# Benchmark results", "",
             f"Machine: {machine()}. Command: `{command}`. "
             f"Single documents: whole processes, median of {args.runs} runs after a warm-up, the tools "
             "taking turns round by round; "
             "peak RSS from `/usr/bin/time -v`.", "",
             "| task | tool | wall (ms) | Handout is × faster | peak RSS (MiB) | output (KB) |", "|---|---|---|---|---|---|"]
    base = {task: wall for task, tool, wall, _, _ in res.rows if tool == "Handout"}
    for task, tool, wall, rss, size in res.rows:
        ratio = "—" if tool == "Handout" or task not in base else f"{wall / base[task]:.1f}×"
        rss_text = "—" if rss is None else f"{rss:.1f}"
        lines.append(f"| {task} | {tool} | {wall * 1000:.1f} | {ratio} | {rss_text} | {size / 1024:.1f} |")
    lines += ["", f"Batch of {args.batch} leaflets, each peer at its best (PDF/UA-1 unless the row says DOCX too):", "",
              "| run | documents/s | what the time covers |", "|---|---|---|"]
    lines += [f"| {name} | {rate:.0f} | {what} |" for name, rate, what in res.batch]
    if figures is not None:
        lines += ["", "Targets of issues 4, 5 and 6, from the figures above and below:", "",
                  "| target | wanted | measured | |", "|---|---|---|---|"]
        lines += [f"| {what} | {goal} | {value} | {verdict} |" for what, goal, value, verdict in targets(res, figures)]
    for cmd, text in (outputs or {}).items():
        lines += ["", f"`{cmd}`:", "", "```", text.strip(), "```"]
    lines += ["", "Versions:", ""] + [f"- {k}: {v}" for k, v in tool_versions.items()]
    if res.notes:
        lines += ["", "Not measured:", ""] + [f"- {n}" for n in res.notes]
    notes = os.path.join(ROOT, "bench", "results-notes.md")
    if os.path.exists(notes):
        with open(notes, encoding="utf-8") as f:
            lines += ["", f.read().strip()]
    return "\n".join(lines) + "\n"


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "handout"),
                    help="the Handout executable to measure (default: build/handout)")
    ap.add_argument("--runs", type=int, help=f"timed runs per single-document row, after one warm-up "
                                             f"(default {DEFAULTS['runs']}, {QUICK['runs']} with --quick)")
    ap.add_argument("--batch", type=int, help=f"leaflets in the batch table (default {DEFAULTS['batch']}, "
                                              f"{QUICK['batch']} with --quick)")
    ap.add_argument("--quick", action="store_true",
                    help="fast smoke run: --runs 3 --batch 50 unless those are given; not for published figures")
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "RESULTS.md"),
                    help="Markdown file to write (default: bench/RESULTS.md); the table is printed as well")
    args = ap.parse_args()
    preset = QUICK if args.quick else DEFAULTS
    args.runs = args.runs or preset["runs"]
    args.batch = args.batch or preset["batch"]
    return args


def main():
    args = parse_args()
    handout = os.path.abspath(args.binary)
    if not os.access(handout, os.X_OK):
        print(f"compare_peers: {handout} is not an executable Handout binary (see --binary)", file=sys.stderr)
        return 2
    command = "python3 bench/compare_peers.py" + (" --quick" if args.quick else "") + \
              f" --runs {args.runs} --batch {args.batch}"
    res = Results()
    work = tempfile.mkdtemp(prefix="handout-peers-")
    try:
        run([sys.executable, os.path.join(PEERS, "make_inputs.py"), LEAFLET, os.path.join(work, "leaflet")])
        measure_single(res, handout, work, args.runs)
        measure_batch(res, handout, work, args.batch)
        try:
            figures, outputs = other_benchmarks(handout)
        except PeerFailed as e:
            figures, outputs = {}, {}
            res.notes.append(f"Handout's own benchmarks (lint, scaling, in-process): {e}")
        tool_versions = versions(handout)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = report(res, args, command, tool_versions, figures, outputs)
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
