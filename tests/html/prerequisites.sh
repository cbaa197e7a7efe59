# shellcheck shell=bash
# Sourced by the ctest drivers of the HTML checks: require_html_checkers fails loudly, with the
# command that installs what is missing, instead of letting the browser tests be skipped.
require_html_checkers() {
  local here missing=0
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  if ! command -v node >/dev/null; then
    echo "MISSING: node (Node.js 20 or later) is not on PATH; the browser checks need it." >&2
    missing=1
  elif ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
    echo "MISSING: Node.js 20 or later is needed, found $(node --version)." >&2
    missing=1
  elif [ ! -d "$here/node_modules/puppeteer-core" ] || [ ! -d "$here/node_modules/axe-core" ] \
       || [ ! -f "$here/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
    echo "MISSING: the checkers' npm packages. Install them with" >&2
    echo "  npm ci --prefix tests/html --ignore-scripts   (scripts/setup-debian.sh runs it)" >&2
    missing=1
  fi
  if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
    echo "MISSING: no Chromium at ${CHROMIUM:-/usr/bin/chromium}. Install it with" >&2
    echo "  apt-get install -y chromium   (in scripts/debian-packages.txt; scripts/setup-debian.sh installs it)" >&2
    missing=1
  fi
  if ! command -v "${JAVA:-java}" >/dev/null; then
    echo "MISSING: no Java runtime for the Nu HTML Checker. Install it with" >&2
    echo "  apt-get install -y default-jre-headless   (in scripts/debian-packages.txt)" >&2
    missing=1
  fi
  return $missing
}
