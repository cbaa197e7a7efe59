#!/usr/bin/python3
"""The agreement test: every output of a document says the same thing.

    check_agreement.py --handout BUILD/handout --source REPO [--keep DIR] [FILE.xml...]

Builds each content file (by default content/*.xml, tests/cases/*.xml, tests/fixtures/**/*.xml and
tests/agreement/fixtures/*.xml; files that are input errors are skipped, files with lint errors
on purpose are built with --force) to PDF, DOCX and HTML, reads each output back with an
independent reader (pikepdf, zipfile + lxml, lxml.html) and compares: body words in order, note
texts, headings, alt texts, table header cells, external link targets, language changes and the
running header and footer. Every text colour painted on a background must reach 4.5:1 (3:1 for
large text) unless lint reported that very pair, and the outputs must paint the same pairs.
Fixtures may add expectations in comments, one a line:

    <!-- agreement: once "general practitioner (GP)" -->       the phrase is printed exactly once
    <!-- agreement: expanded-at-first-use GP "general practitioner" -->  "general practitioner (GP)" at the first GP
    <!-- agreement: painted #ffffff #1f3a5f -->                 some text is painted in that pair
    <!-- agreement: pdf-pages 2 -->                             the PDF has at least 2 pages
    <!-- agreement: pdf-repeated-header 2 "Day Time" -->        page 2 repeats these words as an artifact
    <!-- agreement: docx-header-rows 1 -->                      the first table has 1 w:tblHeader row
    <!-- agreement: running-header "Ann Example, Ben Example" -->

Prints a report per document and check, then "N passed, M failed"; exits 1 when any failed.
While `handout build --help` does not offer --html, the HTML side is skipped, loudly.
"""
import argparse
import copy
import difflib
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))

from read_docx import read_docx  # noqa: E402
from read_html import read_html  # noqa: E402
from read_pdf import read_pdf  # noqa: E402
from reading import contrast_ratio  # noqa: E402

HERE = Path(__file__).resolve().parent


def content_files(source):
    files = sorted(source.glob("content/*.xml")) + sorted(source.glob("tests/cases/*.xml"))
    files += sorted(source.glob("tests/fixtures/**/*.xml")) + sorted(HERE.glob("fixtures/*.xml"))
    return files


def run(cmd, env):
    return subprocess.run(cmd, capture_output=True, text=True, env=env)


def lint(handout, path, env):
    """(input error or None, lint errors?, pairs lint reported below 4.5:1 / 3:1)."""
    p = run([handout, "lint", "--format", "json", str(path)], env)
    try:
        report = json.loads(p.stdout)
    except json.JSONDecodeError:
        return f"lint printed no JSON (exit {p.returncode}): {p.stderr.strip()[:300]}", False, set()
    diags = report.get("diagnostics", [])
    input_errors = [d for d in diags if d.get("kind") == "input-error"]
    if input_errors:
        return "; ".join(f"{d['code']}: {d['message']}" for d in input_errors), False, set()
    reported = set()
    for d in diags:
        if d.get("code") == "color-contrast":
            m = re.search(r"(#[0-9a-f]{6}) on (#[0-9a-f]{6})", d.get("message", ""))
            if m:
                reported.add((m.group(1), m.group(2)))
    return None, any(d.get("severity") == "error" for d in diags), reported


def known_disagreements():
    """{(content file, check): reason} from known-disagreements.txt."""
    known = {}
    for line in (HERE / "known-disagreements.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            file, check, reason = line.split("\t", 2)
            known[(file, check)] = reason
    return known


def expectations(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    return [shlex.split(m) for m in re.findall(r"<!--\s*agreement:\s*(.*?)\s*-->", text)]


# ---- comparing -------------------------------------------------------------------------------

def show(seq, start, end):
    return " ".join(str(x) for x in seq[max(start, 0):end]) or "(nothing)"


def sequence_difference(a, b):
    """The first block where two different sequences differ: (i1, i2, j1, j2)."""
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            return (i1, i2, j1, j2)
    return (len(a), len(a), len(b), len(b))


class Report:
    def __init__(self):
        self.failures = []  # (check, message)

    def fail(self, check, message):
        self.failures.append((check, message))

    def compare(self, check, names, left, right, flat=False):
        """Equal sequences pass; otherwise both sides are shown, a long flat one (words) around its
        first difference."""
        if left == right:
            return
        if not flat:
            self.fail(check, f"{names[0]} and {names[1]} differ:\n"
                             f"      {names[0]:>4}: {left!r}\n      {names[1]:>4}: {right!r}")
            return
        i1, i2, j1, j2 = sequence_difference(left, right)
        self.fail(check, f"{names[0]} and {names[1]} differ at item {i1 + 1}:\n"
                         f"      {names[0]:>4}: …{show(left, i1 - 6, i1)} >>{show(left, i1, i2)}<< {show(left, i2, i2 + 6)}…\n"
                         f"      {names[1]:>4}: …{show(right, j1 - 6, j1)} >>{show(right, j1, j2)}<< {show(right, j2, j2 + 6)}…")


def subsequence(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


def without_unpaged_notes_heading(html, pdf):
    """HTML has no page feet, so it gathers footnotes at the end under a heading too; the PDF and
    the DOCX print that heading only for endnotes. Where they have none, the HTML's is left out."""
    if html.notes_heading is None or pdf.headings[-1:] == [html.notes_heading]:
        return html
    words = len(html.notes_heading[1].split())
    trimmed = copy.copy(html)
    # The notes section closes <main>: its heading is the last heading and the last words.
    if html.headings[-1:] == [html.notes_heading]:
        trimmed.headings = html.headings[:-1]
    if words and [w.text for w in html.body[-words:]] == html.notes_heading[1].split():
        trimmed.body = html.body[:-words]
    return trimmed


def compare_readings(report, readings):
    names = list(readings)
    ref = names[0]
    a = readings[ref]
    for other in names[1:]:
        b = readings[other]
        if other == "HTML":
            b = without_unpaged_notes_heading(b, a)
        pair = (ref, other)
        report.compare("words", pair, [w.text for w in a.body], [w.text for w in b.body], flat=True)
        report.compare("notes", pair, a.notes, b.notes)
        report.compare("headings", pair, a.headings, b.headings)
        report.compare("alt texts", pair, a.alts, b.alts)
        report.compare("table headers", pair, a.table_headers, b.table_headers)
        if a.table_headers == b.table_headers:
            report.compare("table header shading", pair, [list(zip(h, f)) for h, f in zip(a.table_headers, a.header_fills)],
                           [list(zip(h, f)) for h, f in zip(b.table_headers, b.header_fills)])
        report.compare("links", pair, a.links, b.links)
        report.compare("language changes", pair, a.lang_changes(), b.lang_changes())
        # The PDF leaves its header off a page where it would only repeat the level-1 heading
        # printed there: a one-page PDF whose header is its title prints none at all.
        title_only = not a.running_header and a.page_count == 1 and any(
            level == 1 and text.split() == b.running_header for level, text in a.headings)
        if not title_only:
            report.compare("running header", pair, a.running_header, b.running_header)
        if other == "HTML":
            # HTML has no pages: its footer may leave out the words that went with page numbers
            # ("Page of"), but adds and reorders nothing.
            if not subsequence(b.running_footer, a.running_footer):
                report.fail("running footer", f"HTML footer {b.running_footer!r} is not part of PDF footer {a.running_footer!r}")
        else:
            report.compare("running footer", pair, a.running_footer, b.running_footer)
        pa = sorted({(p.fg, p.bg) for p in a.pairs})
        pb = sorted({(p.fg, p.bg) for p in b.pairs})
        if pa != pb:
            only_a = [f"{fg} on {bg}" for fg, bg in pa if (fg, bg) not in pb]
            only_b = [f"{fg} on {bg}" for fg, bg in pb if (fg, bg) not in pa]
            report.fail("painted colours", f"the outputs paint different text/background pairs:\n"
                                           f"      only in {ref}: {only_a or '-'}\n      only in {other}: {only_b or '-'}")


def check_contrast(report, readings, lint_reported):
    for name, reading in readings.items():
        seen = set()
        for p in reading.pairs:
            threshold = 3.0 if p.large else 4.5
            ratio = contrast_ratio(p.fg, p.bg)
            key = (p.fg, p.bg, p.large)
            if ratio >= threshold or (p.fg, p.bg) in lint_reported or key in seen:
                continue
            seen.add(key)
            report.fail("contrast", f"{name} paints {p.fg} on {p.bg} ({ratio:.2f}:1, needs {threshold}:1) "
                                    f"at {p.where}, and lint did not report this pair")


def body_text(reading):
    return " ".join(w.text for w in reading.body)


def check_expectations(report, path, readings, files):
    for exp in expectations(path):
        kind, args = exp[0], exp[1:]
        if kind == "once":
            for name, r in readings.items():
                n = body_text(r).count(args[0])
                if n != 1:
                    report.fail("expect once", f"{name} prints {args[0]!r} {n} times, not once")
        elif kind == "expanded-at-first-use":
            abbr, expansion = args
            for name, r in readings.items():
                words = [w.text for w in r.body]
                first = next((i for i, w in enumerate(words) if re.sub(r"\W", "", w) == abbr), None)
                before = " ".join(words[max(first - len(expansion.split()), 0):first + 1]) if first is not None else ""
                if not before.startswith(f"{expansion} ({abbr})"):
                    report.fail("expect expanded-at-first-use",
                                f"{name} prints {before or '(nothing)'!r} at the first {abbr}, not '{expansion} ({abbr})'")
        elif kind == "painted":
            for name, r in readings.items():
                if not any(p.fg == args[0] and p.bg == args[1] for p in r.pairs):
                    report.fail("expect painted", f"{name} paints no text in {args[0]} on {args[1]}")
        elif kind == "pdf-pages":
            pdf = readings["PDF"]
            if pdf.page_count < int(args[0]):
                report.fail("expect pdf-pages", f"the PDF has {pdf.page_count} pages, fewer than {args[0]}")
        elif kind == "pdf-repeated-header":
            check_repeated_header(report, readings["PDF"], int(args[0]), args[1].split())
        elif kind == "docx-header-rows":
            check_docx_header_rows(report, files["DOCX"], int(args[0]))
        elif kind == "running-header":
            for name, r in readings.items():
                if r.running_header != args[0].split():
                    report.fail("expect running-header", f"{name} running header is {' '.join(r.running_header)!r}, "
                                                         f"not {args[0]!r}")
        else:
            report.fail("expectation", f"unknown expectation {kind!r} in {path}")


def check_repeated_header(report, pdf, page, words):
    if page > pdf.page_count:
        report.fail("expect pdf-repeated-header", f"the PDF has no page {page}")
        return
    # Running header and footer lines sit at the same height on every page: page 1 tells where.
    first = pdf.page_runs[0]
    tagged = [r.y for r in first if r.artifact is None]
    furniture_y = {round(r.y, 1) for r in first if r.artifact == "Pagination" and (r.y > max(tagged) or r.y < min(tagged))}
    runs = pdf.page_runs[page - 1]
    repeated = [r for r in runs if r.artifact == "Pagination" and round(r.y, 1) not in furniture_y]
    text = " ".join(" ".join(r.text for r in repeated).split())
    if " ".join(words) not in text:
        report.fail("expect pdf-repeated-header", f"page {page} repeats {text!r} as artifacts, not {' '.join(words)!r}")
    tagged_first = sorted((r for r in runs if r.artifact is None), key=lambda r: (-r.y, r.x))
    head = " ".join(r.text for r in tagged_first[:len(words)])
    if tagged_first and " ".join(words) in " ".join(head.split()):
        report.fail("expect pdf-repeated-header", f"page {page} tags the repeated header {head!r} as content")


def check_docx_header_rows(report, docx, rows):
    from lxml import etree
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    with zipfile.ZipFile(docx) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    table = root.find(".//w:tbl", ns)
    if table is None:
        report.fail("expect docx-header-rows", "the DOCX has no table")
        return
    flags = [tr.find("w:trPr/w:tblHeader", ns) is not None for tr in table.findall("w:tr", ns)]
    leading = next((i for i, f in enumerate(flags) if not f), len(flags))
    if leading != rows or any(flags[leading:]):
        report.fail("expect docx-header-rows", f"the first DOCX table marks rows {[i + 1 for i, f in enumerate(flags) if f]} "
                                               f"as w:tblHeader, not the first {rows}")


# ---- driving ---------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--handout", required=True)
    ap.add_argument("--source", required=True, help="the repository root")
    ap.add_argument("--keep", help="write outputs here and keep them")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    source = Path(args.source).resolve()
    env = dict(os.environ)
    env["HANDOUT_TEMPLATES"] = str(HERE / "templates") + (":" + env["HANDOUT_TEMPLATES"] if env.get("HANDOUT_TEMPLATES") else "")
    env["SOURCE_DATE_EPOCH"] = "1767225600"
    env.pop("NO_COLOR", None)

    help_text = run([args.handout, "build", "--help"], env).stdout
    html = "--html" in help_text
    if not html:
        print("!" * 78)
        print("!!! HTML SKIPPED: `handout build --help` does not offer --html, so only the PDF and")
        print("!!! the DOCX are compared. Once the HTML writer is merged, HTML is compared too.")
        print("!" * 78)

    files = [Path(f).resolve() for f in args.files] or content_files(source)
    if args.keep:
        Path(args.keep).mkdir(parents=True, exist_ok=True)
        return check_all(args, Path(args.keep), files, source, env, html)
    with tempfile.TemporaryDirectory(prefix="handout-agreement-") as work:
        return check_all(args, Path(work), files, source, env, html)


def real_document(path, source):
    """Real documents and this test's own fixtures must build: an input error there is a broken
    file, not one broken on purpose."""
    return path.parent == HERE / "fixtures" or path.parent == source / "content"


def check_all(args, work, files, source, env, html):
    passed = failed = skipped = 0
    known = known_disagreements()
    for index, path in enumerate(files):
        shown = path.relative_to(source) if path.is_relative_to(source) else path
        input_error, lint_errors, lint_reported = lint(args.handout, path, env)
        if input_error:
            if real_document(path, source):
                print(f"FAIL {shown}\n  [build] input error: {input_error}")
                failed += 1
            else:
                print(f"-- {shown}: skipped, an input error on purpose ({input_error[:120]})")
                skipped += 1
            continue
        out = work / f"{index:03d}"
        cmd = [args.handout, "build", str(path), "-o", str(out), "--pdf", "--docx", "-j", "1", "-q"]
        if html:
            cmd.append("--html")
        if lint_errors:
            cmd.append("--force")
        built = run(cmd, env)
        refused = re.search(r"error: (.*) \[([a-z0-9-]+)\]", built.stdout) if built.returncode == 2 else None
        if refused and refused.group(2) != "internal-error" and not real_document(path, source):
            # Some input errors show only when an output is written (a text too long for a PDF
            # string): a fixture made to trigger one is skipped like the errors lint finds.
            print(f"-- {shown}: skipped, an input error on purpose ({refused.group(2)}: {refused.group(1)[:100]})")
            skipped += 1
            continue
        stem = path.stem
        outputs = {"PDF": out / f"{stem}.pdf", "DOCX": out / f"{stem}.docx"}
        if html:
            outputs["HTML"] = out / f"{stem}.html"
        report = Report()
        missing = [str(p) for p in outputs.values() if not p.is_file()]
        if built.returncode not in (0, 1) or missing:
            report.fail("build", f"`{' '.join(cmd)}` exited {built.returncode}, missing {missing}: {(built.stdout + built.stderr).strip()[:500]}")
        else:
            readers = {"PDF": read_pdf, "DOCX": read_docx, "HTML": read_html}
            readings = {}
            for name, file in outputs.items():
                try:
                    readings[name] = readers[name](str(file))
                except Exception as e:  # a reader that cannot read the output is a failure, not a skip
                    report.fail("read", f"{name} {file} cannot be read: {type(e).__name__}: {e}")
            for name, r in readings.items():
                for problem in dict.fromkeys(r.problems):
                    report.fail("read", f"{name}: {problem}")
            if len(readings) == len(outputs):
                compare_readings(report, readings)
                check_contrast(report, readings, lint_reported)
                check_expectations(report, path, readings, outputs)
        forced = " (built with --force: lint errors on purpose)" if lint_errors else ""
        expected = {check: reason for (file, check), reason in known.items() if file == str(shown)}
        failing = [(c, m) for c, m in report.failures if c not in expected]
        for check, reason in expected.items():
            if not any(c == check for c, _ in report.failures):
                failing.append((check, f"listed in known-disagreements.txt but agrees now: remove the line ({reason})"))
        if failing:
            failed += 1
            print(f"FAIL {shown}{forced}")
        else:
            passed += 1
            print(f"ok   {shown}{forced}: {', '.join(outputs)} agree" + (" except known disagreements" if expected else ""))
        for check, message in report.failures:
            tag = "known " if check in expected else ""
            print(f"  [{tag}{check}] {message}")
            if check in expected:
                print(f"      known: {expected[check]}")
        for check, message in failing:
            if check in expected:
                print(f"  [{check}] {message}")
    if skipped:
        print(f"({skipped} input-error files skipped)")
    if not html:
        print("!!! HTML SKIPPED (no --html in `handout build --help`)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
