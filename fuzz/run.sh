#!/usr/bin/env bash
# Fuzz the chart reader (load → validate → write → read) with afl-fuzz and SharpFuzz.
#
#   fuzz/run.sh [SECONDS]      default 600
#
# Builds fuzz/Pace.Fuzz in Release, instruments Pace.dll, Pace.Rendering.dll and YamlDotNet.dll with the sharpfuzz tool
# (fuzz/.config/dotnet-tools.json pins it), seeds afl-fuzz with the examples and fuzz/seeds, runs it for
# SECONDS, then prints executions and crashes and replays each crash. Findings stay in $PACE_FUZZ_WORK
# (default fuzz/out, git-ignored); a later run resumes from them (AFL_AUTORESUME).
#
# Needs: the .NET SDK, afl-fuzz (Debian: apt-get install -y afl++; installed here when missing and run as
# root). Without afl-fuzz it falls back to an in-process, coverage-blind mutation loop (see --mutate in
# fuzz/Pace.Fuzz/Program.cs) and says so.
# Exit: 0 no crashes, 1 crashes (or hangs) found, 2 the fuzzer could not run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
seconds="${1:-600}"
work="${PACE_FUZZ_WORK:-$here/out}"
bin="$work/bin"        # instrumented: runs only under afl-fuzz
plain="$work/plain"    # the same build uninstrumented: replays crashes, runs the fallback loop
seeds="$work/seeds"
findings="$work/findings"
mkdir -p "$work"

if ! command -v afl-fuzz >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "fuzz: installing afl++ (Debian package)"
  (apt-get install -y -qq afl++ >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq afl++ >/dev/null 2>&1; }) || true
fi

echo "fuzz: building fuzz/Pace.Fuzz (Release)"
rm -rf "$bin" "$plain"
dotnet publish "$here/Pace.Fuzz/Pace.Fuzz.csproj" -c Release -o "$plain" --nologo -v quiet -p:UseAppHost=false >/dev/null
cp -r "$plain" "$bin"

# Seeds: the example charts, valid and invalid, and the small hand-written seeds beside this script.
rm -rf "$seeds"
mkdir -p "$seeds"
cp "$repo"/examples/*.pace.yaml "$seeds"/
for f in "$repo"/examples/invalid/*.pace.yaml; do cp "$f" "$seeds/invalid-$(basename "$f")"; done
cp "$here"/seeds/* "$seeds"/ 2>/dev/null || true

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "fuzz: afl-fuzz is not available; running the coverage-blind in-process mutation loop instead"
  set +e
  dotnet "$plain/Pace.Fuzz.dll" --mutate "$seconds" "$seeds"
  code=$?
  set -e
  exit $code
fi

echo "fuzz: instrumenting Pace.dll, Pace.Rendering.dll and YamlDotNet.dll"
(cd "$here" && dotnet tool restore >/dev/null)
for dll in Pace.dll Pace.Rendering.dll YamlDotNet.dll; do
  (cd "$here" && dotnet tool run sharpfuzz "$bin/$dll" >/dev/null)
done

export AFL_SKIP_BIN_CHECK=1                     # the target is `dotnet`, instrumented by SharpFuzz, not afl-cc
export AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1     # shared machines: do not pin a core or demand a CPU governor
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1  # core_pattern is the host's business
export AFL_AUTORESUME=1 AFL_NO_UI=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "fuzz: afl-fuzz for ${seconds}s (findings in $findings)"
set +e
afl-fuzz -V "$seconds" -t 5000 -m none -i "$seeds" -o "$findings" -- dotnet "$bin/Pace.Fuzz.dll" >"$work/afl.log" 2>&1
afl=$?
set -e
stats="$findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  echo "fuzz: afl-fuzz did not start (exit $afl); the end of its log:"
  tail -n 30 "$work/afl.log"
  exit 2
fi

stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
crashes=$(find "$findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
hangs=$(find "$findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
echo "fuzz: run time $(stat run_time)s, executions $(stat execs_done), $(stat execs_per_sec)/s, corpus $(stat corpus_count), edges $(stat edges_found), crashes $crashes, hangs $hangs"
if [ "$crashes" -gt 0 ] || [ "$hangs" -gt 0 ]; then
  echo "fuzz: replaying crashes and hangs (copy them to tests/Pace.Tests/Robustness/Crashes/ as regression tests):"
  dotnet "$plain/Pace.Fuzz.dll" --replay "$findings/default/crashes" "$findings/default/hangs" || true
  exit 1
fi
exit 0
