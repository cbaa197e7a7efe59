#!/usr/bin/env bash
# Writes the fuzzers' seed corpus into OUT/xml (content files), OUT/toml (templates),
# OUT/config (handout.toml files) and OUT/image (PNG/JPEG): the bundled content and templates,
# the end-to-end test cases, test images, and every saved fuzz regression input. Real files give
# libFuzzer every element, key and chunk type to mutate from, far sooner than it would find them
# from nothing.
#   fuzz/seed_corpus.sh OUT
set -euo pipefail
out=${1:?usage: seed_corpus.sh OUT}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$out/xml" "$out/toml" "$out/config" "$out/image"
shopt -s nullglob
for f in "$root"/content/*.xml "$root"/tests/cases/*.xml "$root"/tests/fixtures/fuzz/*.xml; do
  cp "$f" "$out/xml/"
done
for t in "$root"/templates/*/template.toml; do
  cp "$t" "$out/toml/$(basename "$(dirname "$t")").toml"
done
n=0
for c in $(find "$root/content" "$root/tests" -name handout.toml | sort); do
  cp "$c" "$out/config/handout-$((n++)).toml"
done
for i in $(find "$root/tests" "$root/content" \( -name '*.png' -o -name '*.jpg' -o -name '*.jpeg' \) | sort); do
  cp "$i" "$out/image/$(basename "$(dirname "$i")")-$(basename "$i")"
done
for d in xml toml config image; do printf '%s: %s files  ' "$d" "$(find "$out/$d" -type f | wc -l)"; done
echo "(in $out)"
