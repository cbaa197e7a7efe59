#!/usr/bin/env bash
# Builds HTML from content files with `handout build --html` and checks every page written in a
# real browser (check_html.mjs) and with the Nu HTML Checker (check_vnu.mjs).
# Usage: check_output.sh HANDOUT-BINARY OUTPUT-DIR CONTENT-FILE...
# OUTPUT-DIR is emptied first. Both checkers always run, so one report shows every problem.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ $# -lt 3 ]; then
  echo "usage: $0 HANDOUT-BINARY OUTPUT-DIR CONTENT-FILE..." >&2
  exit 2
fi
handout=$1 out=$2
shift 2

# shellcheck source=tests/html/prerequisites.sh
source "$here/prerequisites.sh"
require_html_checkers || exit 2

rm -rf "$out"
mkdir -p "$out"
echo "== $handout build <${#} content files> -o $out --html"
if ! "$handout" build "$@" -o "$out" --html; then
  echo "FAIL: handout build --html failed (exit status above); nothing to check" >&2
  exit 1
fi

# One page per content file: a file skipped for lint errors, or not written, would otherwise
# go unchecked while the checkers pass on the rest. Pages may sit in subfolders.
mapfile -t pages < <(find "$out" -name '*.html' | sort)
if [ "${#pages[@]}" -ne $# ]; then
  echo "FAIL: $# content files gave ${#pages[@]} HTML pages in $out:" >&2
  printf '  %s\n' "${pages[@]}" >&2
  exit 1
fi

status=0
echo "== browser checks (check_html.mjs)"
node "$here/check_html.mjs" "${pages[@]}" || status=1
echo "== Nu HTML Checker (check_vnu.mjs)"
node "$here/check_vnu.mjs" "${pages[@]}" || status=1
exit $status
