#!/usr/bin/python3
"""Checks schema/handout-content.xsd against the content files and against the reader.

1. Every content file meant to be valid (content/, tests/cases/, the DOCX and PDF fixtures and
   tests/schema/valid/) validates with xmllint, an XSD validator independent of Handout.
2. The reader and the schema agree on tests/schema/valid/ and tests/schema/invalid/: a valid file
   passes xmllint and `handout lint` does not stop with an input error (exit 2; lint findings, exit 1,
   are fine: colour contrast or heading order are lint's business, not the schema's); an invalid
   file fails xmllint and `handout lint` exits 2.
3. They agree on the hostile fuzz fixtures too (tests/fixtures/fuzz/*.xml), whichever way each goes,
   except where the schema cannot see the problem (AGREEMENT_EXCEPTIONS).

Usage: check_schema.py --handout BUILD/handout --root SOURCE_DIR
Prints one line per problem and a final "N passed, M failed"; exits 0 when nothing failed.
"""
import argparse
import pathlib
import subprocess
import sys

INPUT_ERROR = 2  # handout's exit code for an input error

# Files the reader refuses for a reason XSD cannot express.
AGREEMENT_EXCEPTIONS = {
    "tests/fixtures/fuzz/seed-suppression-unknown-rule.xml":
        "a handout-ignore instruction naming an unknown rule: XSD does not look inside processing instructions",
}


def xmllint_accepts(xsd, path):
    """(accepted, first line of xmllint's complaint)."""
    run = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", str(xsd), str(path)],
                         capture_output=True, text=True, errors="replace")
    complaint = next((line for line in run.stderr.splitlines() if line.strip()), "")
    return run.returncode == 0, complaint


def lint_exit_code(handout, path):
    run = subprocess.run([handout, "lint", str(path)], capture_output=True, text=True, errors="replace")
    return run.returncode, (run.stdout + run.stderr).strip().splitlines()[:1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--handout", required=True)
    parser.add_argument("--root", required=True, type=pathlib.Path)
    args = parser.parse_args()
    root = args.root
    xsd = root / "schema" / "handout-content.xsd"
    valid_dir, invalid_dir = root / "tests/schema/valid", root / "tests/schema/invalid"

    meant_valid = sorted(
        [*root.glob("content/*.xml"), *root.glob("tests/cases/*.xml"), *root.glob("tests/fixtures/docx/*.xml"),
         *root.glob("tests/fixtures/elements/*.xml"), *root.glob("tests/fixtures/pdf/*.xml"), *valid_dir.glob("*.xml")])
    invalid = sorted(invalid_dir.glob("*.xml"))
    problems, passed = [], 0

    # A check that finds no files would pass without checking anything.
    for what, files, least in (("content files", meant_valid, 10), ("invalid files", invalid, 15)):
        if len(files) < least:
            problems.append(f"only {len(files)} {what} found under {root}; expected at least {least}")

    for path in meant_valid:
        ok, complaint = xmllint_accepts(xsd, path)
        if not ok:
            problems.append(f"{path.relative_to(root)}: rejected by the schema: {complaint}")
        else:
            passed += 1

    for path, should_be_valid in [(p, True) for p in sorted(valid_dir.glob("*.xml"))] + [(p, False) for p in invalid]:
        name = path.relative_to(root)
        schema_ok, complaint = xmllint_accepts(xsd, path)
        code, first_line = lint_exit_code(args.handout, path)
        reader_ok = code != INPUT_ERROR
        if schema_ok != should_be_valid:
            problems.append(f"{name}: the schema {'rejects' if not schema_ok else 'accepts'} it: {complaint}")
        elif reader_ok != should_be_valid:
            problems.append(f"{name}: handout lint exits {code}, the schema {'accepts' if schema_ok else 'rejects'} "
                            f"it: {' '.join(first_line)}")
        else:
            passed += 1

    for path in sorted(root.glob("tests/fixtures/fuzz/*.xml")):
        name = str(path.relative_to(root))
        if name in AGREEMENT_EXCEPTIONS:
            continue
        schema_ok, complaint = xmllint_accepts(xsd, path)
        code, first_line = lint_exit_code(args.handout, path)
        if schema_ok == (code == INPUT_ERROR):
            problems.append(f"{name}: the schema {'accepts' if schema_ok else 'rejects'} it ({complaint}), "
                            f"handout lint exits {code}: {' '.join(first_line)}")
        else:
            passed += 1

    for line in problems:
        print(line)
    print(f"{passed} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
