#!/usr/bin/env bash
# (Re)generates PublicAPI.Unshipped.txt of the libraries from the public API analyzer's RS0016 findings
# ("symbol is not part of the declared public API"), and creates an empty PublicAPI.Shipped.txt where missing.
#
#   tools/update-public-api.sh            # every library (src/Pace, src/Pace.Rendering)
#   tools/update-public-api.sh src/Pace   # one
#
# How: empties Unshipped, builds each library once with the analyzer on (-p:PaceTrackPublicApi=true) into a
# scratch artifacts folder (the normal bin/ and obj/ are left alone), reads the exact API lines from the SARIF
# error log (each RS0016 result carries the line to add as its "APIName" property) and writes them, sorted.
# Symbols that are in Shipped but gone from the code (RS0017) are listed for you to remove by hand:
# removing shipped API is a breaking change and deserves a look.
#
# Releasing: move the lines of Unshipped into Shipped (see CHANGELOG.md, "Cutting a release").
# Needs: the .NET SDK, jq or python3.
set -euo pipefail
cd "$(dirname "$0")/.."

projects=("$@")
[ ${#projects[@]} -gt 0 ] || projects=(src/Pace src/Pace.Rendering)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

api_names() { # $1 sarif, $2 rule id, $3 project folder → the APIName of each result in that folder, one a line
  # (the folder filter keeps out a referenced library's findings, should it be compiled in the same run)
  if command -v jq >/dev/null 2>&1; then
    jq -r --arg rule "$2" --arg dir "$3/" '.runs[].results[]
      | select(.ruleId == $rule)
      | select(any(.locations[]?; .physicalLocation.artifactLocation.uri | contains($dir)))
      | .properties.customProperties.APIName // empty' "$1"
  else
    python3 - "$1" "$2" "$3/" <<'PY'
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
for run in log["runs"]:
    for result in run.get("results", []):
        uris = [l.get("physicalLocation", {}).get("artifactLocation", {}).get("uri", "") for l in result.get("locations", [])]
        if result.get("ruleId") == sys.argv[2] and any(sys.argv[3] in u for u in uris):
            name = result.get("properties", {}).get("customProperties", {}).get("APIName")
            if name:
                print(name)
PY
  fi
}

status=0
for project in "${projects[@]}"; do
  project=${project%/}
  name=$(basename "$project")
  [ -f "$project/PublicAPI.Shipped.txt" ] || printf '#nullable enable\n' > "$project/PublicAPI.Shipped.txt"
  printf '#nullable enable\n' > "$project/PublicAPI.Unshipped.txt"

  sarif="$scratch/$name.sarif"
  echo "update-public-api: building $project with the public API analyzer…"
  # Findings are the point here, so they must not stop the build; the SARIF log has them all.
  # %2C is an escaped comma: ErrorLog takes "path,version=2.1".
  if ! dotnet build "$project" -nologo -v:q -clp:ErrorsOnly \
      --artifacts-path "$scratch/artifacts" \
      -p:PaceTrackPublicApi=true -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= \
      "-p:ErrorLog=$sarif%2Cversion=2.1" >"$scratch/$name.log" 2>&1; then
    cat "$scratch/$name.log" >&2
    echo "update-public-api: $project does not build; fix that first" >&2
    exit 2
  fi

  {
    printf '#nullable enable\n'
    api_names "$sarif" RS0016 "$(pwd)/$project" | LC_ALL=C sort -u
  } > "$project/PublicAPI.Unshipped.txt"
  echo "update-public-api: $project/PublicAPI.Unshipped.txt: $(($(wc -l < "$project/PublicAPI.Unshipped.txt") - 1)) entries"

  removed=$(api_names "$sarif" RS0017 "$(pwd)/$project" | LC_ALL=C sort -u)
  if [ -n "$removed" ]; then
    echo "update-public-api: in $project/PublicAPI.Shipped.txt but no longer in the code (a breaking change; remove by hand if intended):" >&2
    printf '  %s\n' "$removed" >&2
    status=1
  fi
done
exit $status
