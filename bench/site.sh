#!/usr/bin/env bash
# What `pace site` costs against rendering the same charts' PDFs (the budget in docs/performance.md's targets: ≤ 3× the
# time, ≤ 1 MB for the three examples). Times whole commands with hyperfine (-N, warmup 3, at least 10 runs each):
#   render      `pace render examples/*.pace.yaml --out-dir DIR`, every run into a new folder
#   site        `pace site examples/*.pace.yaml -o DIR` (the default downloads: the PDF), every run into a new folder
#   rerun       the same site again over the one it wrote, nothing changed (no chart laid out, no file written)
#   none, png, svg, all   the site with `--downloads none|png|svg|all`: where the time goes, per kind of download
# then writes the site's size (with the default downloads, with none and with all) and where its bytes go: per
# example, per page and per kind of download. The machine's load is logged before and after (bench/lib.sh): numbers
# taken with a 1-minute load average above $PACE_BENCH_MAX_LOAD (default 1.5) are marked PROVISIONAL.
#
#   bench/site.sh [PACE] [RESULTS]
#
#   PACE      the pace command; default the Native AOT build bench/commands.sh publishes (bench/.work/publish/pace-aot),
#             else the Release build src/Pace.Cli/bin/Release/net10.0/Pace.Cli
#   RESULTS   folder for hyperfine's JSON and markdown, sizes.txt and load.log, default bench/results/site
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
. bench/lib.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
charts=(examples/acme-software.pace.yaml examples/brightleaf-foods.pace.yaml examples/technical-wholesaler.pace.yaml)

echo "pace: $pace"
"$pace" site "${charts[@]}" -o "$work/kept" >/dev/null
state=$(note_load "site")
echo "load before: $state"
hyperfine -N --warmup 3 --min-runs 10 \
  --export-json "$results/site.json" --export-markdown "$results/site.md" \
  --prepare "rm -rf $work/pdf $work/site" \
  -n render "$pace render ${charts[*]} --out-dir $work/pdf" \
  -n site "$pace site ${charts[*]} -o $work/site" \
  -n rerun "$pace site ${charts[*]} -o $work/kept" \
  -n none "$pace site ${charts[*]} -o $work/site --downloads none" \
  -n png "$pace site ${charts[*]} -o $work/site --downloads png" \
  -n svg "$pace site ${charts[*]} -o $work/site --downloads svg" \
  -n all "$pace site ${charts[*]} -o $work/site --downloads all"
after=$(note_load "site done")
echo "load after: $after"
{ echo; echo "Load: before $state; after $after (bench/lib.sh; load.log)."; } >> "$results/site.md"

# Sizes: the site as published (the default downloads), without downloads and with all of them, then where the bytes of
# the full one go (.pace-site, the list of files Pace wrote, is left out everywhere).
"$pace" site "${charts[@]}" -o "$work/bare" --downloads none >/dev/null
"$pace" site "${charts[@]}" -o "$work/full" --downloads all >/dev/null
site_bytes() { echo "$(find "$1" -type f ! -name .pace-site -printf '%s\n' | awk '{s+=$1} END {print s}') bytes (du -sb: $(du -sb "$1" | cut -f1))"; }
{
  echo "# pace site over the three examples — $state"
  echo "default (PDF):     $(site_bytes "$work/kept")"
  echo "without downloads: $(site_bytes "$work/bare")"
  echo "every download:    $(site_bytes "$work/full")"
  echo
  echo "every download, by kind of file:"
  (cd "$work/full" && find . -type f ! -name .pace-site -printf '%s %p\n') | awk '
    { kind = $2; sub(/.*\./, ".", kind) }
    kind == ".html" { kind = $2 ~ /^\.\/rules\// ? ".html (rule pages)" : ".html (index, chart pages, sources)" }
    { bytes[kind] += $1; files[kind]++ }
    END { for (k in bytes) printf "  %-38s %9d bytes in %3d files\n", k, bytes[k], files[k] }' | sort
  echo
  echo "every download, per example (pages and downloads):"
  (cd "$work/full" && find . -mindepth 2 -type f ! -path './rules/*' -printf '%s %p\n') | sort -k2 | awk '{ printf "  %-52s %9d\n", $2, $1 }'
} | tee "$results/sizes.txt"
