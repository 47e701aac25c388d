#!/bin/bash
# A short, bounded libFuzzer run of one target: fixed seed, at most FUZZ_RUNS executions or
# FUZZ_SECONDS seconds, from its seed corpus. New inputs go to a temporary folder (libFuzzer writes
# to the first corpus folder), never into the source tree; a crash leaves its input in FUZZ_ARTIFACTS.
#   run-fuzz.sh TARGET SEED_DIR...
set -eu
target=$1
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
artifacts=${FUZZ_ARTIFACTS:-$tmp/artifacts}
mkdir -p "$artifacts"
seeds=()
for dir in "$@"; do
  [ -d "$dir" ] && seeds+=("$dir")
done
exec "$target" -seed=1 -runs="${FUZZ_RUNS:-3000}" -max_total_time="${FUZZ_SECONDS:-20}" -timeout=10 \
  -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$artifacts/" "$tmp" "${seeds[@]}"
