#!/usr/bin/env bash
# Installs the peer tools the side-by-side benchmark compares Handout with (Debian 12 + npm).
# Not needed for building or testing Handout. The JDK (javac) compiles the FOP batch driver.
set -euo pipefail
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends pandoc weasyprint fop default-jdk-headless libreoffice-writer-nogui \
  fonts-liberation2 time >/dev/null
# Node.js: use the machine's own if it has one (Debian's npm conflicts with a newer node).
command -v npm >/dev/null || $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
# Typst 0.14.2, bundled in this npm package (NodeCompiler API).
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$here/peers/node"
cd "$here/peers/node"
[ -f package.json ] || echo '{"private": true}' > package.json
npm install --no-audit --no-fund --silent @myriaddreamin/typst-ts-node-compiler@0.7.0
