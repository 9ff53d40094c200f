#!/usr/bin/env bash
# A/B of the grade bench between two commits, interleaved (ADR 011, session 10):
#   scripts/bench/grade-ab.sh <base-commit> [<head-commit>=HEAD] [runs=3]
# Bundles scripts/bench/grade.ts with the grader of each commit (esbuild, one file each, under
# node_modules/.grade-ab so the bundle finds content/ and node_modules/ as the bench does), then runs
# base, head, base, head, ... and prints each run's {"words","p50Ms","p95Ms"}. Needs a clean lib/.
# With GRADE_AB_GC=1 each run also prints, over its last 60 scavenges (node --trace-gc-nvp), the median KB
# promoted and the median pause: the promoted figure hardly depends on how busy the machine is (ADR 011, session 12).
set -euo pipefail
base=${1:?base commit}
head=${2:-HEAD}
runs=${3:-3}
root=$(git rev-parse --show-toplevel)
cd "$root"
if ! git diff --quiet -- lib; then echo "grade-ab: lib/ has uncommitted changes" >&2; exit 2; fi
out=node_modules/.grade-ab
mkdir -p "$out"
current=$(git rev-parse HEAD)
bundle() {
  git checkout -q "$1" -- lib
  npx esbuild scripts/bench/grade.ts --bundle --platform=node --format=esm --packages=external \
    --alias:@=. --outfile="$out/$2.mjs" --log-level=warning
}
trap 'git checkout -q "$current" -- lib' EXIT
bundle "$base" base
bundle "$head" head
git checkout -q "$current" -- lib
scavenges() {
  node -e '
    const lines = require("fs").readFileSync(0, "utf8").split("\n").filter((l) => l.includes("gc=s ")).slice(-60);
    const field = (name) => lines.map((l) => Number((l.match(new RegExp(`\\b${name}=([\\d.]+)`)) ?? [])[1] ?? 0)).sort((a, b) => a - b);
    const median = (xs) => xs[Math.floor(xs.length / 2)] ?? 0;
    console.log(JSON.stringify({ scavenges: lines.length, promotedKb: Math.round(median(field("promoted")) / 1024), pauseMs: median(field("pause")) }));'
}
for i in $(seq 1 "$runs"); do
  for side in base head; do
    printf '%s %s ' "$side" "$(uptime | sed 's/.*load average: //')"
    if [ "${GRADE_AB_GC:-0}" = 1 ]; then
      trace=$(node --trace-gc-nvp "$out/$side.mjs")
      printf '%s %s\n' "$(grep '^{' <<<"$trace")" "$(scavenges <<<"$trace")"
    else node "$out/$side.mjs"; fi
  done
done
