#!/usr/bin/env bash
# Compares two builds of bench/Pace.Benchmarks by the CPU time of one stage, which a busy machine disturbs less than
# wall time (it still counts cache and memory contention). Each round runs `--loop STAGE 8-acme LO` and `… HI` in both
# builds, one after the other, and prints (CPU at HI − CPU at LO) / (HI − LO): start-up and JIT cancel out.
#
#   BASE=/tmp/base/bench/Pace.Benchmarks/bin/Release/net10.0 bench/ab-cpu.sh all-pdf 20 520 3
#
# BASE: the build to compare against (e.g. `git archive main | tar -x -C /tmp/base`, then a Release build there);
# HEAD: this tree's Release build unless given. A stage BASE does not know (all-pdf-async) runs there as all-pdf.
set -euo pipefail
cd "$(dirname "$0")/.."
stage=$1 lo=$2 hi=$3 rounds=$4
base=${BASE:?BASE: the other build\'s bin/Release/net10.0}
head=${HEAD:-$PWD/bench/Pace.Benchmarks/bin/Release/net10.0}
cpu() { # $1 folder, $2 stage, $3 calls → user+sys seconds
  (cd "$1" && /usr/bin/time -f "%U %S" dotnet Pace.Benchmarks.dll --loop "$2" 8-acme "$3" 2>&1 >/dev/null | tail -1 | awk '{ print $1 + $2 }')
}
for round in $(seq "$rounds"); do
  for variant in base head; do
    folder=$base s=$stage
    [ "$variant" = head ] && folder=$head
    [ "$variant" = base ] && [ "$stage" = all-pdf-async ] && s=all-pdf
    a=$(cpu "$folder" "$s" "$lo") b=$(cpu "$folder" "$s" "$hi")
    awk -v v="$variant" -v s="$s" -v r="$round" -v a="$a" -v b="$b" -v lo="$lo" -v hi="$hi" \
      'BEGIN { printf "%s %s round %d: %.3f ms CPU a call (%.2f s at %d calls, %.2f s at %d)\n", v, s, r, (b - a) * 1000 / (hi - lo), a, lo, b, hi }'
  done
done
