#!/usr/bin/env bash
# Checks that a folder holds one whole release before it is pushed (.github/workflows/release.yml runs it on the
# packages of every runner, gathered into one folder):
#   - Pace, Pace.Rendering, Pace.Build and the pointer Pace.Tool, all at one version;
#   - a Pace.Tool.RID package for every RID the pointer names, at that version;
#   - each of those a Native AOT executable (its DotnetToolSettings.xml runs the command as an executable), but the
#     portable Pace.Tool.any, which runs on the dotnet host.
# A pointer naming a package that is not pushed makes `dotnet tool install Pace.Tool` fail on that platform.
#
#   tools/check-release.sh DIR
set -euo pipefail
dir=${1:?usage: tools/check-release.sh DIR}
fail() { echo "check-release.sh: $*" >&2; exit 1; }
command -v unzip >/dev/null 2>&1 || fail "needs unzip"

pointer=$(ls "$dir"/Pace.Tool.[0-9]*.nupkg 2>/dev/null | head -1)
[ -n "$pointer" ] || fail "no pointer package Pace.Tool.<version>.nupkg in $dir"
version=${pointer##*/Pace.Tool.}; version=${version%.nupkg}
for id in Pace Pace.Rendering Pace.Build; do
  [ -f "$dir/$id.$version.nupkg" ] || fail "$id.$version.nupkg is missing"
done

settings() { unzip -p "$1" '*/DotnetToolSettings.xml' | tr -d '\r'; }
rids=$(settings "$pointer" | grep -o 'RuntimeIdentifier="[^"]*"' | sed 's/.*="\(.*\)"/\1/')
[ -n "$rids" ] || fail "$pointer names no RID packages: packed without -p:PaceToolPackages=per-rid?"
for rid in $rids; do
  package="$dir/Pace.Tool.$rid.$version.nupkg"
  [ -f "$package" ] || fail "the pointer names Pace.Tool.$rid, but $package is missing"
  runner=$(settings "$package" | grep -o 'Runner="[^"]*"' | sed 's/.*="\(.*\)"/\1/')
  if [ "$rid" = any ]; then
    [ "$runner" = dotnet ] || fail "Pace.Tool.any must be the portable tool (Runner=dotnet), not '$runner'"
  else
    [ "$runner" = executable ] || fail "Pace.Tool.$rid is not Native AOT (Runner='$runner'): pack it on its own platform"
  fi
  echo "check-release.sh: Pace.Tool.$rid $version ($runner)"
done
echo "check-release.sh: $dir holds release $version: $(echo $rids | wc -w) tool packages and the libraries"
