#!/usr/bin/env bash
# A short fuzz run for CI: about a minute of afl-fuzz (installed by run.sh when missing), then exit 1 when it
# found a crash or a hang. Findings go to a fresh temporary folder, so CI never resumes an old run; the folder is
# removed after a clean run and kept (its path printed) when something was found.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ -z "${PACE_FUZZ_WORK:-}" ]; then
  PACE_FUZZ_WORK="$(mktemp -d)"
  export PACE_FUZZ_WORK
  cleanup=1
fi
set +e
"$here/run.sh" "${1:-60}"
code=$?
set -e
if [ "$code" -eq 0 ] && [ "${cleanup:-0}" = 1 ]; then
  rm -rf "$PACE_FUZZ_WORK"
elif [ "$code" -ne 0 ]; then
  echo "fuzz: findings kept in $PACE_FUZZ_WORK"
fi
exit "$code"
