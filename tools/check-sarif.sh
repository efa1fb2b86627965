#!/usr/bin/env bash
# Checks `pace validate --format sarif` the way GitHub code scanning reads it: Microsoft's SARIF multitool with the
# rules GitHub's ingestion follows (GH*) and the SARIF spec's own (SARIF*), over the output for every example chart,
# valid and broken, and for acme-software with two team checks from a pace.config.yaml. Fails on any result of level
# error or warning (and lists notes).
#
#   tools/check-sarif.sh [PACE_CLI_DLL]      default: src/Pace.Cli/bin/Debug/net10.0/Pace.Cli.dll (dotnet build first)
#
# Needs: the .NET SDK, Node.js with npm (installs @microsoft/sarif-multitool 5.7.0 into a scratch folder), python3.
set -euo pipefail
cd "$(dirname "$0")/.."

cli=${1:-src/Pace.Cli/bin/Debug/net10.0/Pace.Cli.dll}
[ -f "$cli" ] || { echo "check-sarif: $cli not found; dotnet build src/Pace.Cli first" >&2; exit 2; }
command -v npm >/dev/null 2>&1 || { echo "check-sarif: npm not found; install Node.js (Debian: apt-get install nodejs npm)" >&2; exit 2; }

work=${PACE_SARIF_TOOLS:-${TMPDIR:-/tmp}/pace-sarif-multitool}
if [ ! -x "$work/node_modules/.bin/sarif-multitool" ]; then
  mkdir -p "$work"
  (cd "$work" && npm install --silent --no-audit --no-fund --prefix . @microsoft/sarif-multitool@5.7.0 >/dev/null)
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Exit 1 is expected: the broken examples have errors.
dotnet "$cli" validate examples/*.pace.yaml examples/invalid/*.pace.yaml --format sarif --output "$out/pace.sarif" || [ $? -eq 1 ]

# A team's own checks (pace.config.yaml checks:) have no doc page: their rule metadata is made from the check.
mkdir -p "$out/team/.git"
cp examples/acme-software.pace.yaml "$out/team/"
printf 'checks:\n  - code: ACME001\n    level: error\n    units: [EUR]\n  - code: ACME002\n    level: info\n    max-kpis-per-person: 1\n' > "$out/team/pace.config.yaml"
dotnet "$cli" validate "$out/team/acme-software.pace.yaml" --format sarif --output "$out/team.sarif" || [ $? -eq 1 ]

# The npm wrapper runs the tool through a shell, so the ';' of the rule kinds is quoted twice.
for name in pace team; do
  "$work/node_modules/.bin/sarif-multitool" validate "$out/$name.sarif" --rule-kind '"Gh;Sarif"' --output "$out/validation-$name.sarif" --log ForceOverwrite >/dev/null
done

python3 - "$out/validation-pace.sarif" "$out/validation-team.sarif" <<'PY'
import json, sys
results = [r for path in sys.argv[1:] for r in json.load(open(path))["runs"][0].get("results", [])]
counts = {}
for r in results:
    level = r.get("level", "warning")
    counts[level] = counts.get(level, 0) + 1
    print(f'{level} {r["ruleId"]}: {r["message"].get("text", r["message"].get("id", ""))}')
print(f"check-sarif: sarif-multitool validate --rule-kind Gh;Sarif: {counts.get('error', 0)} errors, {counts.get('warning', 0)} warnings, {counts.get('note', 0)} notes")
sys.exit(1 if counts.get("error", 0) or counts.get("warning", 0) else 0)
PY
