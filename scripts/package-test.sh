#!/usr/bin/env bash
# Builds the .deb with CPack, installs it on this machine, and uses the INSTALLED handout on the
# bundled content from an empty folder, so a broken install (binary, templates, man page, bash
# completion, Depends) fails CI (issue 6, "Installing it like any other Debian tool").
#
#   scripts/package-test.sh          (needs root or sudo: it runs apt-get install/remove)
#
# The package is built from a copy of the repository in a temporary folder, and that copy is
# deleted before the installed binary runs: the compiled-in source-tree template fallback
# (HANDOUT_SOURCE_TEMPLATES_DIR) then points nowhere, so templates can only come from
# /usr/share/handout/templates. The .deb is also left in build-pkg/ of this checkout.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
sudo=""
if [[ $(id -u) != 0 ]]; then sudo="sudo"; fi
step() { printf '\n== %s\n' "$*"; }
fail() { echo "package-test: FAIL: $*" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/handout-pkg.XXXXXX")
installed=0
cleanup() {
  if ((installed)); then $sudo apt-get remove -y handout >/dev/null 2>&1 || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

step "copy the source tree (without build folders) to $tmp/src"
mkdir "$tmp/src"
tar -C "$root" --exclude='./build*' --exclude='./.git' -cf - . | tar -C "$tmp/src" -xf -

step "configure a Release build (tests off) and package it"
cmake -S "$tmp/src" -B "$tmp/src/build-pkg" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHANDOUT_BUILD_TESTS=OFF >/dev/null
cmake --build "$tmp/src/build-pkg" -j "${PKG_BUILD_JOBS:-2}"
(cd "$tmp/src/build-pkg" && cpack -G DEB)
debs=("$tmp"/src/build-pkg/handout_*.deb)
[[ -f ${debs[0]} ]] || fail "cpack made no handout_*.deb"
deb=$tmp/$(basename "${debs[0]}")
cp "${debs[0]}" "$deb"
mkdir -p "$root/build-pkg"
cp "$deb" "$root/build-pkg/"
rm -rf "$tmp/src"  # from here on no source tree exists where the binary was built
echo "package: $deb"

step "package metadata and contents"
dpkg-deb --info "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
[[ $depends == *fonts-liberation2* ]] || fail "Depends lacks fonts-liberation2: $depends"
[[ $depends == *libhpdf* ]] || fail "Depends lacks libhpdf (dpkg-shlibdeps did not run on the PDF module?): $depends"
[[ $depends == *libzip* ]] || fail "Depends lacks libzip (dpkg-shlibdeps did not run on the executable?): $depends"
[[ $depends == *librsvg2* ]] || fail "Depends lacks librsvg2 (dpkg-shlibdeps did not run on the SVG module?): $depends"
[[ $depends == *libqpdf* ]] || fail "Depends lacks libqpdf (dpkg-shlibdeps did not run on the impose module?): $depends"
[[ $(dpkg-deb --field "$deb" Section) == text ]] || fail "Section is not text"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for f in ./usr/bin/handout ./usr/lib/handout/handout-pdf.so ./usr/lib/handout/handout-svg.so \
         ./usr/lib/handout/handout-impose.so \
         ./usr/share/man/man1/handout.1.gz \
         ./usr/share/bash-completion/completions/handout \
         ./usr/share/handout/templates/parent-leaflet/template.toml \
         ./usr/share/handout/templates/staff-handout/template.toml; do
  grep -qx -- "$f" <<<"$contents" || fail "package lacks $f"
done

step "install with apt-get"
$sudo apt-get install -y "$deb"
installed=1
[[ $(command -v handout) == /usr/bin/handout ]] || fail "handout on PATH is $(command -v handout), not /usr/bin/handout"
handout --version
[[ $(handout --version) == "handout $(dpkg-deb --field "$deb" Version)"* ]] || fail "--version does not name the package version"
zcat /usr/share/man/man1/handout.1.gz | grep -q '^\.TH HANDOUT 1' || fail "man page is not handout(1)"
bash -c 'source /usr/share/bash-completion/completions/handout && complete -p handout' | grep -q _handout \
  || fail "bash completion does not register for handout"

step "run the installed handout from an empty folder"
run=$tmp/run
mkdir "$run"
cp -r "$root/content" "$run/content"
cd "$run"
unset HANDOUT_TEMPLATES
templates=$(handout templates)
echo "$templates"
grep -q '^parent-leaflet' <<<"$templates" || fail "installed templates not found"

handout lint content/ >lint.txt || { cat lint.txt; fail "handout lint content/ exited $?"; }
tail -n 1 lint.txt

inputs=(content/*.xml)
handout build --docx content/ -o out-docx/ >build-docx.txt 2>&1 || { cat build-docx.txt; fail "handout build --docx content/ failed"; }
tail -n 1 build-docx.txt
for x in "${inputs[@]}"; do
  d=out-docx/$(basename "${x%.xml}").docx
  [[ $(head -c 2 "$d" 2>/dev/null) == PK ]] || fail "$d missing or not a zip"
done
# Both formats: the PDF pipeline is loaded from /usr/lib/handout/handout-pdf.so.
handout build content/ -o out/ >build.txt 2>&1 || { cat build.txt; fail "handout build content/ -o out/ failed"; }
tail -n 1 build.txt
for x in "${inputs[@]}"; do
  b=out/$(basename "${x%.xml}")
  [[ $(head -c 5 "$b.pdf" 2>/dev/null) == %PDF- ]] || fail "$b.pdf missing or not a PDF"
  [[ $(head -c 2 "$b.docx" 2>/dev/null) == PK ]] || fail "$b.docx missing or not a zip"
done
# The school trip letter has SVG pictures (its letterhead logo, a calendar): the installed
# handout-svg.so draws them for PDF and DOCX, and HTML keeps the SVG. The leaflet's booklet print
# copy comes from qpdf in the installed handout-impose.so.
handout build --pdf --docx --html content/school-trip-letter.xml -o out-svg/ >build-svg.txt 2>&1 \
  || { cat build-svg.txt; fail "handout build of the school trip letter failed"; }
python3 -m zipfile -l out-svg/school-trip-letter.docx | grep -q 'word/media/.*\.png' || fail "the letter's DOCX has no rasterised picture"
grep -q '/Subtype */Image' out-svg/school-trip-letter.pdf || fail "the letter's PDF has no image"
grep -q '\.svg"' out-svg/school-trip-letter.html || fail "the letter's HTML does not show its SVG"
handout build --pdf --impose booklet content/parent-leaflet-attachment-difficulties.xml -o out-booklet/ \
  >build-booklet.txt 2>&1 || { cat build-booklet.txt; fail "handout build --impose booklet failed"; }
[[ $(head -c 5 out-booklet/parent-leaflet-attachment-difficulties.booklet.pdf 2>/dev/null) == %PDF- ]] \
  || fail "the leaflet's booklet PDF is missing"
cd /

step "remove the package"
$sudo apt-get remove -y handout
installed=0
[[ ! -e /usr/bin/handout ]] || fail "/usr/bin/handout still there after apt-get remove"
echo "package-test: OK ($(basename "$deb"))"
