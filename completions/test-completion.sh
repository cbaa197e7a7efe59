#!/usr/bin/env bash
# Checks completions/handout.bash against a real handout binary: sources the completion, sets
# COMP_WORDS/COMP_CWORD as bash would, calls the completion function and inspects COMPREPLY.
#   bash completions/test-completion.sh path/to/handout
# Run by CTest as "bash-completion" (cmake/Packaging.cmake).
set -u

handout=${1:?usage: test-completion.sh path/to/handout}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=handout.bash
source "$here/handout.bash"

failures=0
# complete_line WORD... : completes the last word (which may be empty) of `handout WORD...`.
complete_line() {
  COMP_WORDS=("$handout" "$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="${COMP_WORDS[*]}"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _handout "$handout" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
}
# expect_has DESCRIPTION WORD : COMPREPLY contains WORD.
expect_has() {
  local w
  for w in "${COMPREPLY[@]}"; do [[ $w == "$2" ]] && return 0; done
  echo "FAIL: $1: expected '$2' in [${COMPREPLY[*]}]"
  failures=$((failures + 1))
}
# expect_exactly DESCRIPTION WORD... : COMPREPLY is exactly these words, in any order.
expect_exactly() {
  local desc=$1
  shift
  local got want
  got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ')
  want=$(printf '%s\n' "$@" | sort | tr '\n' ' ')
  if [[ $got != "$want" ]]; then
    echo "FAIL: $desc: expected [$want] got [$got]"
    failures=$((failures + 1))
  fi
}
expect_lacks() {
  local w
  for w in "${COMPREPLY[@]}"; do
    if [[ $w == "$2" ]]; then echo "FAIL: $1: '$2' must not be offered"; failures=$((failures + 1)); fi
  done
}

complete_line ""
expect_exactly "subcommands" lint build import rules explain templates
complete_line "b"
expect_exactly "subcommand prefix" build
complete_line "--v"
expect_exactly "global option" --version

complete_line "i"
expect_exactly "subcommand prefix import" import
complete_line import "--o"
expect_exactly "import option from --help" --output

complete_line lint "--"
expect_has "lint options from --help" --format
expect_has "lint options from --help" --strict
expect_has "lint options from --help" --max-warnings
expect_has "lint options from --help" --help
expect_lacks "hidden positional option" --paths
complete_line lint "-"
expect_has "lint short options" -f
complete_line build "--j"
expect_exactly "build option prefix" --jobs
complete_line build "--ht"
expect_exactly "build output format --html" --html
complete_line build "--fo"
expect_exactly "build options: --force and --format" --force --format
complete_line lint "--pd"
expect_exactly "lint has no --pdf" 

complete_line lint --format ""
expect_exactly "lint report formats" text json sarif github
complete_line build --impose ""
expect_exactly "build --impose values" booklet
complete_line rules -f ""
expect_exactly "rules formats" text json markdown
complete_line build --min-severity "w"
expect_exactly "severity values" warning
complete_line lint --color ""
expect_exactly "colour values" auto always never

# Template names come from `handout templates`, whatever templates exist.
mapfile -t templates < <("$handout" templates | cut -f1)
if ((${#templates[@]} == 0)); then
  echo "FAIL: '$handout templates' listed no templates"
  failures=$((failures + 1))
fi
complete_line build --template ""
expect_exactly "template names" "${templates[@]}"
complete_line lint -t "${templates[0]:0:3}"
expect_has "template name prefix" "${templates[0]}"

# Rule ids come from `handout rules --format json`: all of them, and prefixes narrow them.
# The expected count comes from the text table (one row per rule under a header line), not from
# the JSON the completion itself reads.
rule_count=$("$handout" rules | tail -n +2 | wc -l)
complete_line explain ""
if ((rule_count == 0 || ${#COMPREPLY[@]} != rule_count)); then
  echo "FAIL: explain: expected $rule_count rule ids, got ${#COMPREPLY[@]}"
  failures=$((failures + 1))
fi
expect_has "rule ids" image-alt
expect_has "rule ids" heading-increment
complete_line explain "image-alt-"
expect_exactly "rule id prefix" image-alt-meaningless image-alt-redundant image-alt-too-long
complete_line explain image-alt ""
expect_exactly "explain takes one rule id"

# Paths: lint/build complete files, build -o completes folders only.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/leaflets"
touch "$tmp/leaflet.xml"
complete_line lint "$tmp/lea"
expect_has "lint completes files" "$tmp/leaflet.xml"
expect_has "lint completes folders" "$tmp/leaflets"
complete_line build -o "$tmp/lea"
expect_exactly "build -o completes folders only" "$tmp/leaflets"

if ((failures)); then
  echo "$failures completion check(s) failed"
  exit 1
fi
echo "bash completion: all checks passed"
