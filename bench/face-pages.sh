#!/usr/bin/env bash
# What the FACe pages cost a render: times `pace render` of one chart with two builds of the command (before and after
# a change), whole commands with hyperfine (-N, warmup 3, at least 20 runs each, every run writing a new file), and
# prints the PDF, PNG and SVG sizes both write. The machine's load is printed with the results: on a shared machine
# read the medians and the min, not single runs.
#
#   bench/face-pages.sh BEFORE AFTER [CHART] [RESULTS]
#
#   BEFORE, AFTER  the pace command of each build, e.g. /tmp/base/src/Pace.Cli/bin/Release/net10.0/Pace.Cli
#   CHART          default examples/acme-software.pace.yaml
#   RESULTS        folder for hyperfine's JSON and markdown, default bench/results/face-pages
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(realpath "$1")
after=$(realpath "$2")
chart=$(realpath "${3:-examples/acme-software.pace.yaml}")
results=${4:-bench/results/face-pages}
mkdir -p "$results"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "load before: $(uptime)"
hyperfine -N --warmup 3 --min-runs 20 \
  --export-json "$results/render-pdf.json" --export-markdown "$results/render-pdf.md" \
  -n before "$before render $chart -o $work/before.pdf" \
  -n after "$after render $chart -o $work/after.pdf"
echo "load after: $(uptime)"

for format in pdf png svg; do
  "$before" render "$chart" --format "$format" -o "$work/b.$format" >/dev/null 2>&1
  "$after" render "$chart" --format "$format" -o "$work/a.$format" >/dev/null 2>&1
  pages_b=$([ "$format" = pdf ] && pdfinfo "$work/b.pdf" | awk '/^Pages/ {print $2}' || echo -)
  pages_a=$([ "$format" = pdf ] && pdfinfo "$work/a.pdf" | awk '/^Pages/ {print $2}' || echo -)
  echo "$format: before $(stat -c %s "$work/b.$format") bytes ($pages_b pages), after $(stat -c %s "$work/a.$format") bytes ($pages_a pages)"
done | tee "$results/sizes.txt"
