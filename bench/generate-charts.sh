#!/usr/bin/env bash
# Writes N valid charts into DIR for the batch benchmarks: chart-00001.pace.yaml ... chart-N.pace.yaml,
# cycling through the 4-, 8- and 9-process examples, each with its own organization and title
# (a place name and a number), so no two charts are the same file. Deterministic: same N, same files.
#   usage: bench/generate-charts.sh N DIR
set -euo pipefail
n=${1:?usage: generate-charts.sh N DIR}
dir=${2:?usage: generate-charts.sh N DIR}
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$dir"
rm -f "$dir"/chart-*.pace.yaml
awk -v n="$n" -v dir="$dir" '
  BEGIN {
    split("Amsterdam Utrecht Zwolle Groningen Eindhoven Maastricht Leeuwarden Delft Haarlem Tilburg Breda Arnhem Nijmegen Leiden Enschede Den_Haag", places, " ")
    np = length(places)
  }
  FNR == 1 { f++ }
  { text[f] = text[f] $0 "\n" }
  END {
    for (i = 1; i <= n; i++) {
      t = text[(i - 1) % f + 1]
      place = places[(i - 1) % np + 1]; gsub("_", " ", place)
      tag = sprintf("%s %05d", place, i)
      # Only the top-level organization/title lines (they start the line, unindented).
      sub(/\norganization: [^\n]*/, "\norganization: " tag " Holding", t)
      sub(/\ntitle: [^\n]*/, "\ntitle: Process Accountability Chart — " tag, t)
      file = sprintf("%s/chart-%05d.pace.yaml", dir, i)
      printf "%s", t > file
      close(file)
    }
  }
' "$root/examples/technical-wholesaler.pace.yaml" "$root/examples/acme-software.pace.yaml" "$root/examples/brightleaf-foods.pace.yaml"
echo "generated $n charts in $dir"
