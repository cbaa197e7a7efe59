#!/usr/bin/env bash
# Self-test of the HTML checkers on the hand-written pages in samples/: good.html must pass every
# check, and each bad-*.html must fail exactly the check it was written to break and no other,
# so that a check cannot pass silently (nor fail on everything).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here" || exit 2
# shellcheck source=tests/html/prerequisites.sh
source "$here/prerequisites.sh"
require_html_checkers || exit 2

# sample => the checks it must fail and no others (the Nu checker, too, requires alt), then
# after '::' a detail line the report must hold, so that the failure points at the cause.
declare -A expected=(
  [good.html]='::'
  [bad-missing-alt.html]='axe vnu::^ +img: <img src="good_files/chart.png"'
  [bad-missing-image.html]='images::image not loaded: good_files/missing.png'
  [bad-too-wide.html]='reflow::widest element: body > main > p \(600 px wide'
  [bad-clipped-text.html]='zoom::at 640 px: text clipped in p \(scrollHeight [0-9]+ > clientHeight 30\)'
  [bad-fixed-text.html]='zoom::text stays 14 px \(was 14 px\) in p: '
  [bad-scroll-unreachable.html]='axe::^ +scrollable-region-focusable \(serious\) at 320 px'
  [bad-invalid-html.html]='vnu::samples/bad-invalid-html.html:5:[0-9]+: error: Element “div” not allowed as child of element “span”'
)

failures=0
fail() { echo "SELF-TEST FAIL: $*"; failures=$((failures + 1)); }

samples=()
for name in "${!expected[@]}"; do samples+=("samples/$name"); done
mapfile -t samples < <(printf '%s\n' "${samples[@]}" | sort)
on_disk=$(find samples -maxdepth 1 -name '*.html' | sort)
[ "$on_disk" = "$(printf '%s\n' "${samples[@]}")" ] || fail "samples/ holds pages this test does not know: $on_disk"

shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
browser_log=$(node check_html.mjs --screenshots "$shots" "${samples[@]}"); browser_rc=$?
vnu_log=$(node check_vnu.mjs "${samples[@]}"); vnu_rc=$?
echo "$browser_log"
echo "$vnu_log"
log="$browser_log"$'\n'"$vnu_log"

# Files are what the summaries count: a file fails a checker when it fails any of its checks.
browser_bad=0 vnu_bad=0
for name in "${!expected[@]}"; do
  checks=${expected[$name]%%::*}
  grep -qE 'images|axe|reflow|zoom' <<<"$checks" && browser_bad=$((browser_bad + 1))
  grep -qw vnu <<<"$checks" && vnu_bad=$((vnu_bad + 1))
done
[ $browser_rc = 1 ] || fail "check_html.mjs exited $browser_rc, expected 1"
[ $vnu_rc = 1 ] || fail "check_vnu.mjs exited $vnu_rc, expected 1"
want="$(( ${#samples[@]} - browser_bad )) passed, $browser_bad failed"
grep -qx "$want" <<<"$browser_log" || fail "check_html.mjs summary is not '$want'"
want="$(( ${#samples[@]} - vnu_bad )) passed, $vnu_bad failed"
grep -qx "$want" <<<"$vnu_log" || fail "check_vnu.mjs summary is not '$want'"
for name in "${!expected[@]}"; do
  failed_checks=$(grep -oE "^FAIL [a-z]+ +samples/$name:" <<<"$log" | awk '{print $2}' | sort | xargs)
  want=$(tr ' ' '\n' <<<"${expected[$name]%%::*}" | sort | xargs)
  detail=${expected[$name]#*::}
  [ "$failed_checks" = "$want" ] || fail "$name should fail exactly [${want}], failed [${failed_checks}]"
  if [ -z "$want" ]; then
    [ "$(grep -cE "^PASS [a-z]+ +samples/$name" <<<"$log")" = 5 ] || fail "$name did not pass all 5 checks"
  else
    grep -qE "$detail" <<<"$log" || fail "$name: no detail line matching /$detail/"
  fi
done
for width in 320 1280 640-text200; do
  [ -s "$shots/good-$width.png" ] || fail "--screenshots wrote no good-$width.png"
done

if [ $failures = 0 ]; then echo "self-test: all ${#samples[@]} samples judged as expected"; fi
exit $((failures > 0))
