#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang + ASan + UBSan and runs each for a bounded
# time (issue 6, "Hardening: fuzzing"). Fails if any target finds a crash, hang, leak, sanitizer
# report or runs out of memory; the reproducer is left in the artifact folder printed at the end.
#
#   scripts/fuzz.sh [SECONDS]                          each target for SECONDS (default 60)
#   FUZZ_TARGETS="fuzz_lint" scripts/fuzz.sh 600       only some targets
#   FUZZ_BUILD_DIR=/tmp/b scripts/fuzz.sh              build folder (default build-fuzz)
#   FUZZ_CORPUS_DIR=/var/tmp/corpus scripts/fuzz.sh    keep the grown corpus between runs
#
# See fuzz/README.md for longer runs and for turning a crash into a regression test.
set -euo pipefail

seconds=${1:-60}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
all_targets="fuzz_content_reader fuzz_lint fuzz_template_reader fuzz_config_file fuzz_image_probe fuzz_docx_writer fuzz_html_writer fuzz_render_pdf fuzz_docx_reader"
targets=${FUZZ_TARGETS:-$all_targets}
jobs=${FUZZ_BUILD_JOBS:-2}

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ not found (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }

# The whole library is instrumented (fuzzer-no-link: coverage feedback without a second main);
# the targets add -fsanitize=fuzzer themselves (fuzz/CMakeLists.txt). UBSan findings abort so
# libFuzzer records them as crashes.
san_flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
cmake -S "$root" -B "$build" -G Ninja \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS="$san_flags" -DCMAKE_CXX_FLAGS="$san_flags" \
  -DHANDOUT_FUZZ=ON -DHANDOUT_BUILD_TESTS=OFF >/dev/null
# shellcheck disable=SC2086
cmake --build "$build" -j "$jobs" --target $targets

work=$(mktemp -d "${TMPDIR:-/tmp}/handout-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$root/fuzz/seed_corpus.sh" "$work/seed"
corpora=${FUZZ_CORPUS_DIR:-$work}

artifacts=${FUZZ_ARTIFACTS:-$build/artifacts}
mkdir -p "$artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# One-time allocations of system libraries that live until exit (fuzz/lsan.supp says which, why).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/fuzz/lsan.supp:print_suppressions=0}

failed=()
for target in $targets; do
  case $target in
    fuzz_template_reader) seed=$work/seed/toml ;;
    fuzz_config_file) seed=$work/seed/config ;;
    fuzz_image_probe) seed=$work/seed/image ;;
    fuzz_docx_reader) seed=$work/seed/docx ;;
    *) seed=$work/seed/xml ;;
  esac
  corpus=$corpora/corpus-$target
  mkdir -p "$corpus"
  echo "== $target: ${seconds}s"
  # -max_len: content files are small; 64 KiB lets the fuzzer reach the size limits' edges
  # cheaply. -timeout=5: one input taking 5 s is a hang (hostile input must finish in < 1 s).
  if ! "$build/fuzz/$target" "$corpus" "$seed" \
      -max_total_time="$seconds" -max_len=65536 -timeout=5 -rss_limit_mb=2048 ${FUZZ_SEED:+-seed=$FUZZ_SEED} \
      -artifact_prefix="$artifacts/$target-" -print_final_stats=1 2>"$work/$target.log"; then
    failed+=("$target")
    grep -v '^#' "$work/$target.log" | tail -n 60 >&2
  else
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$work/$target.log" || true
    grep -E '^#[0-9]+ +(DONE|INITED)' "$work/$target.log" | tail -n 1 || true
  fi
done

if ((${#failed[@]})); then
  echo "fuzz.sh: FAILED: ${failed[*]}; reproducers in $artifacts" >&2
  echo "reproduce: $build/fuzz/<target> <artifact>; minimise: add -minimize_crash=1 -runs=100000" >&2
  exit 1
fi
echo "fuzz.sh: all targets ran ${seconds}s each without findings"
