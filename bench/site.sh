#!/usr/bin/env bash
# What `pace site` costs against rendering the same charts' PDFs (the budget in docs/performance.md's targets: ≤ 3× the
# time, ≤ 1 MB for the three examples). Times three whole commands with hyperfine (-N, warmup 3, at least 10 runs each):
#   render   `pace render examples/*.pace.yaml --out-dir DIR`, every run into a new folder
#   site     `pace site examples/*.pace.yaml -o DIR`, every run into a new folder
#   rerun    the same site again over the one it wrote, nothing changed (every file compared, none written)
# then writes the site's size (`du -sb`, with and without downloads) and where its bytes go, by kind of file.
# The machine's load is logged before and after: on a shared machine read the medians and the min, not single runs.
#
#   bench/site.sh [PACE] [RESULTS]
#
#   PACE      the pace command; default the Native AOT build bench/commands.sh publishes (bench/.work/publish/pace-aot),
#             else the Release build src/Pace.Cli/bin/Release/net10.0/Pace.Cli
#   RESULTS   folder for hyperfine's JSON and markdown and sizes.txt, default bench/results/site
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null 2>&1 || { echo "site.sh: hyperfine is missing (Debian: apt-get install hyperfine)" >&2; exit 2; }
pace=${1:-}
if [ -z "$pace" ]; then
  for candidate in bench/.work/publish/pace-aot/Pace.Cli src/Pace.Cli/bin/Release/net10.0/Pace.Cli; do
    [ -x "$candidate" ] && { pace=$candidate; break; }
  done
fi
[ -n "$pace" ] && [ -x "$pace" ] || { echo "site.sh: no pace command (build src/Pace.Cli -c Release, or name one)" >&2; exit 2; }
pace=$(realpath "$pace")
results=${2:-bench/results/site}
mkdir -p "$results"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
charts=(examples/acme-software.pace.yaml examples/brightleaf-foods.pace.yaml examples/technical-wholesaler.pace.yaml)

echo "pace: $pace"
echo "load before: $(uptime)" | tee "$results/load.txt"
"$pace" site "${charts[@]}" -o "$work/kept" >/dev/null
hyperfine -N --warmup 3 --min-runs 10 \
  --export-json "$results/site.json" --export-markdown "$results/site.md" \
  --prepare "rm -rf $work/pdf $work/site" \
  -n render "$pace render ${charts[*]} --out-dir $work/pdf" \
  -n site "$pace site ${charts[*]} -o $work/site" \
  -n rerun "$pace site ${charts[*]} -o $work/kept"
echo "load after: $(uptime)" | tee -a "$results/load.txt"

# Sizes: the whole site, without the downloads, and by kind (.pace-site, the list of files Pace wrote, is left out).
"$pace" site "${charts[@]}" -o "$work/bare" --no-downloads >/dev/null
site_bytes() { echo "$(find "$1" -type f ! -name .pace-site -printf '%s\n' | awk '{s+=$1} END {print s}') bytes (du -sb: $(du -sb "$1" | cut -f1))"; }
{
  echo "with downloads:    $(site_bytes "$work/kept")"
  echo "without downloads: $(site_bytes "$work/bare")"
  (cd "$work/kept" && find . -type f ! -name .pace-site -printf '%s %p\n') | awk '
    { kind = $2; sub(/.*\./, ".", kind) }
    kind == ".html" { kind = $2 ~ /^\.\/rules\// ? ".html (rule pages)" : ".html (index, chart pages, sources)" }
    { bytes[kind] += $1; files[kind]++ }
    END { for (k in bytes) printf "  %-38s %9d bytes in %3d files\n", k, bytes[k], files[k] }' | sort
} | tee "$results/sizes.txt"
