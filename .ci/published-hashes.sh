#!/usr/bin/env bash
# The SHA-256 of every file a build of the shipped content publishes, dated by a fixed
# SOURCE_DATE_EPOCH (security.txt's Expires otherwise follows the clock).
#   bash .ci/published-hashes.sh BIN           check them against .ci/published.sha256
#   bash .ci/published-hashes.sh BIN --update  rewrite .ci/published.sha256 (after a change
#                                              to the output that is meant; review the diff)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
SOURCE_DATE_EPOCH=1764806400 "$bin" build --out "$out/out" >/dev/null
sums=$(cd "$out/out" && find . -type f | LC_ALL=C sort | xargs sha256sum)
if [ "${2:-}" = "--update" ]; then
  printf '%s\n' "$sums" > .ci/published.sha256
  echo ".ci/published.sha256: $(wc -l < .ci/published.sha256) files"
elif diff <(printf '%s\n' "$sums") .ci/published.sha256; then
  echo "the $(wc -l < .ci/published.sha256) published files are byte-identical to .ci/published.sha256"
else
  echo "the published files differ from .ci/published.sha256 (above); if the change is meant, run"
  echo "  bash .ci/published-hashes.sh target/release/whitepaper --update"
  exit 1
fi
