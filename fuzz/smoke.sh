#!/usr/bin/env bash
# A short fuzz run for CI: about a minute of afl-fuzz (installed by run.sh when missing), then exit 1 when it
# found a crash or a hang. Findings go to a fresh temporary folder, so CI never resumes an old run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export PACE_FUZZ_WORK="${PACE_FUZZ_WORK:-$(mktemp -d)}"
exec "$here/run.sh" "${1:-60}"
