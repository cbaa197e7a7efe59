#!/usr/bin/env bash
# Installs everything Handout needs to build and test on Debian 12 (scripts/debian-packages.txt).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
mapfile -t packages < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/debian-packages.txt")
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
# The HTML checks' npm packages, exactly as package-lock.json pins them. --ignore-scripts: the
# only install script, vnu-jar's, would download a Java runtime where Debian's is wanted.
# Node.js 20 and npm are the machine's (Debian 12's own Node.js is 18); without them only the
# HTML checks cannot run, and their tests fail saying so.
if command -v npm >/dev/null; then
  npm ci --prefix "$here/../tests/html" --ignore-scripts --no-audit --no-fund --loglevel=error
else
  echo "setup-debian: no npm on PATH: install Node.js 20+ for the HTML checks (tests/html)" >&2
fi
