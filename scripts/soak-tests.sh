#!/usr/bin/env bash
# Issue 26's check that the suite never flakes: the README's test command (`bash .ci/run`) N times in a row
# (default 10) on a clean clone of this checkout's HEAD, while a second clone builds the shipped site in a loop
# beside it. Stops at the first failure. Everything goes in a new temporary folder, printed at the start;
# each run's output is kept there (run<i>.log), and log.txt has one line a run: exit code, seconds, load.
#   bash scripts/soak-tests.sh [runs]
set -uo pipefail
runs=${1:-10}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/soak-XXXXXX")
echo "soak: $work"
git clone -q "$repo" "$work/tests" && git clone -q "$repo" "$work/beside" || exit 1
{ echo "commit $(git -C "$work/tests" rev-parse --short HEAD)"; date -u; } > "$work/log.txt"
( cd "$work/beside" && npm install > "$work/beside-install.log" 2>&1
  n=0
  while [ ! -e "$work/done" ]; do
    n=$((n + 1)); s=$(date +%s)
    npm run build > "$work/beside-build.log" 2>&1
    echo "build beside $n rc=$? $(( $(date +%s) - s )) s" >> "$work/beside.txt"
  done ) &
cd "$work/tests" || exit 1
code=0
for i in $(seq 1 "$runs"); do
  s=$(date +%s)
  bash .ci/run > "$work/run$i.log" 2>&1
  rc=$?
  echo "run $i rc=$rc $(( $(date +%s) - s )) s load $(cut -d' ' -f1-3 /proc/loadavg) $(date -u +%H:%M)" | tee -a "$work/log.txt"
  if [ $rc -ne 0 ]; then code=1; break; fi
done
touch "$work/done"
wait
exit $code
