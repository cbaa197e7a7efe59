#!/usr/bin/env bash
# Builds handout with ThreadSanitizer and runs a batch build and a lint of 160 documents on 4
# worker threads (the build workers share the font faces, the fontconfig match cache and the
# progress counter; lint workers hand their findings to the reporting thread). Fails on any data
# race report. Not part of .ci/run (it takes a separate build); run it
# after changing src/job/build_run.cpp or anything the workers share.
#
#   scripts/tsan-batch.sh [BUILD_DIR]      (default: build-tsan)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build-tsan}
tsan="-fsanitize=thread -fno-omit-frame-pointer"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHANDOUT_BUILD_TESTS=OFF \
  -DHANDOUT_BUILD_BENCH=OFF -DCMAKE_CXX_FLAGS="$tsan" -DCMAKE_EXE_LINKER_FLAGS="$tsan" \
  -DCMAKE_MODULE_LINKER_FLAGS="$tsan" >/dev/null
cmake --build "$build" -j "$(nproc)" --target handout handout_pdf_module
work=$(mktemp -d "${TMPDIR:-/tmp}/handout-tsan.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
for i in $(seq -w 1 80); do
  cp "$root/content/parent-leaflet-attachment-difficulties.xml" "$work/in/leaflet-$i.xml"
  cp "$root/content/staff-module-attachment.xml" "$work/in/staff-$i.xml"
done
cp "$root/content/handout.toml" "$work/in/"
status=0
TSAN_OPTIONS="halt_on_error=0 exitcode=66 suppressions=$root/scripts/tsan.supp" \
  "$build/handout" build -q --jobs 4 "$work/in" -o "$work/out" >"$work/stdout" 2>"$work/stderr" || status=$?
TSAN_OPTIONS="halt_on_error=0 exitcode=66 suppressions=$root/scripts/tsan.supp" \
  "$build/handout" lint --jobs 4 --format json "$work/in" >"$work/lint.json" 2>>"$work/stderr" || status=$?
races=$(grep -c "WARNING: ThreadSanitizer" "$work/stderr" || true)
built=$(find "$work/out" -type f | wc -l)
echo "tsan-batch: exit $status, $races race reports, $built files written"
if ((races > 0)); then
  grep -A30 "WARNING: ThreadSanitizer" "$work/stderr" | head -120
  exit 1
fi
((status == 0)) || { tail -20 "$work/stderr"; exit 1; }
((built == 320)) || { echo "expected 320 files"; exit 1; }
echo "tsan-batch: OK"
