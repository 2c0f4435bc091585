#!/usr/bin/env bash
# HTML conformance checks of whitepaper's HTML output (called from .ci/run after
# `whitepaper build` has written out/<lang>/<edition>.html).
#
#   .ci/html-check.sh [--screenshots DIR] [FILE.html...]     (default files: out/*/*.html)
#
# 1. The Nu HTML Checker (npm vnu-jar, on the machine's Java): no errors.
# 2. axe-core in headless Debian Chromium driven by playwright-core (.ci/html-check.mjs):
#    no serious/critical violation, no request other than file:/data:, no console error,
#    and at a 390 px viewport nothing scrolls sideways.
# With --screenshots DIR it also writes desktop (1280 px) and phone (390 px) full-page PNGs.
#
# Installs what it needs: npm packages from .ci/package-lock.json (npm ci, no install
# scripts, no browser download), and Debian's chromium / Java / CJK fonts when missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
screenshots=""
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --screenshots)
      [ $# -ge 2 ] || { echo "html-check: --screenshots needs a directory" >&2; exit 2; }
      screenshots="$2"; shift 2 ;;
    --screenshots=*) screenshots="${1#*=}"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) files+=("$1"); shift ;;
  esac
done
if [ ${#files[@]} -eq 0 ]; then
  shopt -s nullglob
  files=(out/*/*.html)
  shopt -u nullglob
fi
if [ ${#files[@]} -eq 0 ]; then
  echo "html-check: FAIL: no HTML files found (expected out/<lang>/<edition>.html; run 'whitepaper build' first)" >&2
  exit 1
fi
for f in "${files[@]}"; do
  [ -f "$f" ] || { echo "html-check: FAIL: no such file: $f" >&2; exit 1; }
done

apt_updated=""
apt_install() {
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "html-check: FAIL: need root or sudo to install $*" >&2; exit 1; }
    sudo="sudo"
  fi
  if [ -z "$apt_updated" ]; then
    echo "html-check: apt-get update" >&2
    $sudo apt-get update -qq >/dev/null
    apt_updated=1
  fi
  echo "html-check: installing $* (apt)" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || { echo "html-check: FAIL: apt-get install $* failed" >&2; exit 1; }
}

command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || apt_install nodejs npm
command -v java >/dev/null 2>&1 || apt_install default-jre-headless
chromium_bin="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium_bin" ] || apt_install chromium
[ -x "$chromium_bin" ] || { echo "html-check: FAIL: no Chromium at $chromium_bin" >&2; exit 1; }
if [ -n "$screenshots" ] && command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=ja 2>/dev/null | head -n1)" ]; then
  # Only screenshots need real glyphs; the checks do not.
  apt_install fonts-noto-cjk
fi

# npm packages, reinstalled when the lockfile changes.
stamp="$here/node_modules/.html-check-lock"
if [ ! -f "$stamp" ] || ! cmp -s "$here/package-lock.json" "$stamp"; then
  echo "html-check: npm ci" >&2
  (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) \
    || { echo "html-check: FAIL: npm ci in .ci failed" >&2; exit 1; }
  cp "$here/package-lock.json" "$stamp"
fi

status=0

echo "html-check: Nu HTML Checker on ${#files[@]} file(s)"
vnu="$here/node_modules/vnu-jar/build/dist/vnu.jar"
if java -jar "$vnu" --errors-only "${files[@]}"; then
  echo "html-check: vnu: no errors"
else
  echo "html-check: FAIL: the Nu HTML Checker reported errors (above)" >&2
  status=1
fi

echo "html-check: axe-core, requests and phone overflow in Chromium"
args=()
[ -n "$screenshots" ] && args+=(--screenshots "$screenshots")
if CHROMIUM="$chromium_bin" node "$here/html-check.mjs" "${args[@]}" "${files[@]}"; then
  :
else
  echo "html-check: FAIL: browser checks failed (above)" >&2
  status=1
fi

if [ "$status" -eq 0 ]; then
  echo "html-check: all HTML checks passed"
fi
exit "$status"
