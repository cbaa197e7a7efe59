#!/usr/bin/env bash
# README Quick start, command 1: set up a fresh Debian 12 machine, build Handout, lint the bundled
# content and build its PDF, DOCX and HTML into out/. The executable stays in the build tree
# (build/handout, as the README's examples run it); the last lines say where it is and how to
# install it onto PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup-debian.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DHANDOUT_BUILD_TESTS=OFF >/dev/null
cmake --build build
./build/handout lint content/ || status=$?
# lint exits 1 only for errors; the bundled content has none, so anything else is a real failure.
[ "${status:-0}" -eq 0 ] || exit "$status"
./build/handout build --pdf --docx --html content/ -o out/
ls -l out/
cat <<EOF

Handout is built: $PWD/build/handout
Run it from here as the README's examples do, e.g.  ./build/handout lint content/
To run it as plain 'handout' from anywhere: sudo cmake --install build  (installs to /usr/local)
EOF
