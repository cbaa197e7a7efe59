#!/usr/bin/python3
"""DOCX written by other programs, imported: each must become the expected content file, validate
against the content schema, lint to the expected warnings and errors (the .docx and the content
file it became to the same rule ids) and build to a PDF that tests/pdf/check_pdfua.py passes (a
document with lint errors is built with --force, and its PDF must fail exactly the checks that
match those errors).

The documents (tests/import/foreign/ and tests/import/fixtures/):
- libreoffice: foreign/library-hours.fodt converted by `soffice --headless --convert-to docx`
  (a private profile directory, so parallel runs do not collide);
- pandoc: foreign/cycling-club.md converted by pandoc;
- python-docx: written by make_python_docx.py;
- leaflet: fixtures/parent-leaflet-as-word.docx, the parent leaflet as an editor had it in Word
  (make_leaflet_docx.py wrote it; committed, so the test does not need python-docx to be stable).
The first three are made at test time: their imports do not depend on the dates and zip
timestamps that differ between runs.

The expected content files are tests/import/golden/NAME.xml. --update rewrites them from this
run; read every changed one before committing it.

Usage: check_foreign_docx.py --handout BUILD/handout --root SOURCE_DIR [--update] [--only NAME]
Prints one line per problem and "N passed, M failed"; exits 0 when nothing failed.
"""
import argparse
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

# The warnings and errors each import must lint to, as "rule-id:paragraph", no more and no fewer
# (info findings, the prose advice, are not compared). --update prints what this run found.
EXPECTED_FINDINGS = {
    "leaflet": {
        "reading-level:0",          # the leaflet's own prose, as in content/
        "emphasis-as-heading:6",    # "Being in tune with your baby": a bold paragraph used as a heading
        "emphasis-as-heading:9",    # "Attachment disorders" (the two question "headings" end in "?", which
                                    # the rule takes for a sentence)
        "color-contrast:8",         # white on the green paragraph, 2.36:1
        "abbr-unexpanded:10",       # CAMHS
    },
    "libreoffice": {
        "color-contrast:3",         # #999999 small print on white, 2.85:1
        "color-contrast:4",         # black on the dark green paragraph, 4.1:1
        "abbr-unexpanded:8",        # "DVDs"
        "single-h1:5",              # the custom heading style is based on Heading 1
        "image-alt:22",             # the picture without a description
        "docx-content-dropped:23",  # the text box
    },
    "pandoc": {
        "image-alt-redundant:25",   # pandoc's figure caption is the alt text again
    },
    "python-docx": {
        "single-h1:5",              # "Safety", in the custom style based on Heading 1
        "emphasis-as-heading:8",    # "Lost property", bold, not a heading (the run-in list at 10 is prose)
        "image-alt:33",             # the picture without alt text (the decorative one is fine)
        "docx-content-dropped:36",  # the VML text box
    },
}

# PDF/UA failures a forced build of a document with lint errors must show: exactly those lint
# reported, and nothing else.
EXPECTED_PDF_ERRORS = {
    "libreoffice": {"13-004: Figure without Alt"},
    "python-docx": {"13-004: Figure without Alt"},
}


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, errors="replace", **kw)


def make_libreoffice(root, work):
    src = root / "tests/import/foreign/library-hours.fodt"
    profile = work / "lo-profile"
    r = run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "docx",
             "--outdir", str(work), str(src)], timeout=300)
    out = work / "library-hours.docx"
    if not out.exists():
        raise RuntimeError("soffice wrote no DOCX: " + (r.stdout + r.stderr).strip())
    return out


def make_pandoc(root, work):
    src = root / "tests/import/foreign/cycling-club.md"
    out = work / "cycling-club.docx"
    r = run(["pandoc", src.name, "-o", str(out)], cwd=src.parent, timeout=120)
    if r.returncode != 0:
        raise RuntimeError("pandoc failed: " + r.stderr.strip())
    return out


def make_python_docx(root, work):
    out = work / "swimming-club.docx"
    r = run(["/usr/bin/python3", str(root / "tests/import/make_python_docx.py"), str(out)], timeout=120)
    if r.returncode != 0:
        raise RuntimeError("make_python_docx.py failed: " + r.stderr.strip())
    return out


def leaflet(root, work):
    out = work / "parent-leaflet-as-word.docx"
    shutil.copy(root / "tests/import/fixtures/parent-leaflet-as-word.docx", out)
    return out


CASES = {"libreoffice": make_libreoffice, "pandoc": make_pandoc, "python-docx": make_python_docx, "leaflet": leaflet}


def lint_findings(handout, path):
    """The warnings and errors as {"rule-id:line"}, and whether any is an error."""
    r = run([handout, "lint", "--format", "json", str(path)])
    if r.returncode not in (0, 1):
        raise RuntimeError(f"lint exited {r.returncode}: {(r.stdout + r.stderr).strip()[:400]}")
    diagnostics = json.loads(r.stdout)["diagnostics"]
    serious = [d for d in diagnostics if d["severity"] in ("warning", "error")]
    return {f"{d['code']}:{d['line']}" for d in serious}, any(d["severity"] == "error" for d in serious)


def check_case(name, args, work, problems):
    docx = CASES[name](args.root, work)
    out_dir = work / "imported"
    r = run([args.handout, "import", str(docx), "-o", str(out_dir)])
    if r.returncode != 0:
        problems.append(f"{name}: import exited {r.returncode}: {(r.stdout + r.stderr).strip()}")
        return
    xml = out_dir / (docx.stem + ".xml")
    text = xml.read_text(encoding="utf-8")
    golden = args.root / "tests/import/golden" / (name + ".xml")
    if args.update:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    elif not golden.exists() or golden.read_text(encoding="utf-8") != text:
        diff = run(["diff", "-u", str(golden), str(xml)]).stdout
        problems.append(f"{name}: the import differs from {golden.relative_to(args.root)}:\n{diff}")

    xsd = args.root / "schema" / "handout-content.xsd"
    r = run(["xmllint", "--noout", "--nonet", "--schema", str(xsd), str(xml)])
    if r.returncode != 0:
        problems.append(f"{name}: the imported file does not validate: {r.stderr.strip()}")

    found, errors = lint_findings(args.handout, docx)
    # The imported content file lints to the same rules as the .docx it came from (its lines are
    # XML lines, not paragraph numbers, so only the rule ids are compared).
    found_xml, _ = lint_findings(args.handout, xml)
    # docx-* warnings are the import's own (what it dropped): a content file has none.
    rules = lambda s: sorted({f.split(":")[0] for f in s if not f.startswith("docx-")})  # noqa: E731
    if rules(found) != rules(found_xml):
        problems.append(f"{name}: lint of the .docx found {rules(found)}, of the content file {rules(found_xml)}")
    want = EXPECTED_FINDINGS.get(name)
    if args.update or want is None:
        print(f"{name}: lint found {sorted(found)}")
    if want is not None and found != want:
        problems.append(f"{name}: lint found {sorted(found)}, expected {sorted(want)}")

    pdf_dir = work / "pdf"
    cmd = [args.handout, "build", str(xml), "--pdf", "-o", str(pdf_dir)] + (["--force"] if errors else [])
    r = run(cmd, timeout=300)
    pdf = pdf_dir / (docx.stem + ".pdf")
    if r.returncode not in (0, 1) or not pdf.exists():
        problems.append(f"{name}: build exited {r.returncode}: {(r.stdout + r.stderr).strip()[:400]}")
        return
    check = args.root / "tests/pdf/check_pdfua.py"
    r = run(["/usr/bin/python3", str(check), str(pdf), "--expect-no-pdfua" if errors else "--expect-pdfua"])
    try:
        pdf_errors = set(json.loads(r.stdout)["errors"])
    except (json.JSONDecodeError, KeyError):
        problems.append(f"{name}: check_pdfua.py gave no report: {(r.stdout + r.stderr).strip()[:400]}")
        return
    want_pdf = EXPECTED_PDF_ERRORS.get(name, set())
    if pdf_errors != want_pdf:
        problems.append(f"{name}: check_pdfua.py found {sorted(pdf_errors)}, expected {sorted(want_pdf)}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--handout", required=True)
    parser.add_argument("--root", required=True, type=pathlib.Path)
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--only", choices=sorted(CASES))
    args = parser.parse_args()
    args.root = args.root.resolve()
    names = [args.only] if args.only else list(CASES)
    passed, failed = 0, 0
    for name in names:
        problems = []
        with tempfile.TemporaryDirectory(prefix="handout-foreign-") as tmp:
            try:
                check_case(name, args, pathlib.Path(tmp), problems)
            except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError, KeyError) as e:
                problems.append(f"{name}: {e}")
        for p in problems:
            print("FAIL " + p)
        if problems:
            failed += 1
        else:
            passed += 1
            print(f"ok   {name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
