#!/usr/bin/env bash
# Packs every package Pace ships into one folder: what a release pushes, and what tests/Pace.Package.Tests installs.
#
#   tools/pack.sh [OUT] [-- DOTNET_PACK_ARGS...]      OUT defaults to artifacts/
#   tools/pack.sh artifacts -- -p:ContinuousIntegrationBuild=true -p:PaceRequireSourceLink=true --version-suffix rc.1
#
# Pace, Pace.Rendering and Pace.Build come from `dotnet pack Pace.sln`. Pace.Tool is, on a linux-x64 (glibc) machine,
# RID-specific (docs/packaging.md): a pointer package Pace.Tool, which `dotnet tool install Pace.Tool` resolves to
#   Pace.Tool.linux-x64       the pace command as a Native AOT executable   (dotnet pack -r linux-x64)
#   Pace.Tool.linux-musl-x64  framework-dependent, for Alpine                (dotnet pack -r linux-musl-x64)
#   Pace.Tool.any             framework-dependent and portable: elsewhere    (dotnet pack -r any)
# The RID list is the project's own (ToolPackageRuntimeIdentifiers in src/Pace.Cli/Pace.Cli.csproj).
#
# PACE_PACK_AOT: unset = AOT on a linux-x64 glibc machine (failing if its toolchain, clang or gcc, is missing), and a
# warning elsewhere; 1 = AOT or fail; 0 = no AOT: Pace.Tool is then the one portable package a plain `dotnet pack`
# makes. The Pace*.nupkg and *.snupkg already in OUT are deleted first, so the folder holds one consistent set.
# Needs: the .NET SDK; for AOT, clang or gcc (https://aka.ms/nativeaot-prerequisites).
set -euo pipefail
cd "$(dirname "$0")/.."

out=artifacts
if [ $# -gt 0 ] && [ "$1" != "--" ]; then out=$1; shift; fi
if [ $# -gt 0 ] && [ "$1" = "--" ]; then shift; fi
extra=("$@")
mkdir -p "$out"
out=$(cd "$out" && pwd)

host_is_linux_x64_glibc() {
  [ "$(uname -s)" = Linux ] && [ "$(uname -m)" = x86_64 ] && ! (ldd --version 2>&1 | grep -qi musl)
}

case "${PACE_PACK_AOT:-}" in
  0) aot=false ;;
  1) aot=true ;;
  "")
    if host_is_linux_x64_glibc; then
      aot=true
    else
      aot=false
      echo "pack.sh: warning: not a linux-x64 glibc machine, so no Native AOT package: Pace.Tool is the portable package only. A release is packed on linux-x64." >&2
    fi ;;
  *) echo "pack.sh: PACE_PACK_AOT must be 0, 1 or unset, not '$PACE_PACK_AOT'" >&2; exit 2 ;;
esac
if $aot && ! command -v clang >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1; then
  echo "pack.sh: Native AOT needs clang or gcc (Debian: apt-get install clang); or pack without AOT: PACE_PACK_AOT=0 $0" >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
pack=(-c Release -o "$out" -nologo -clp:NoSummary "${extra[@]}")
rm -f "$out"/Pace.*.nupkg "$out"/Pace.*.snupkg
started=$(date +%s)

if ! $aot; then
  dotnet pack Pace.sln "${pack[@]}"
else
  layout=(-p:PaceToolPackages=per-rid)
  # Pace, Pace.Rendering, Pace.Build, and the pointer package Pace.Tool.
  dotnet pack Pace.sln "${pack[@]}" "${layout[@]}"
  rids=$(dotnet msbuild src/Pace.Cli/Pace.Cli.csproj -nologo -getProperty:ToolPackageRuntimeIdentifiers "${layout[@]}")
  [ -n "$rids" ] || { echo "pack.sh: src/Pace.Cli sets no ToolPackageRuntimeIdentifiers" >&2; exit 1; }
  # One package per RID; the project decides which are AOT (PaceToolAotRuntimes) and which framework-dependent.
  for rid in ${rids//;/ }; do
    echo "pack.sh: Pace.Tool.$rid"
    dotnet pack src/Pace.Cli/Pace.Cli.csproj -r "$rid" "${pack[@]}" "${layout[@]}"
  done
  # The pointer must name no package that is not here: `dotnet tool install` would fail on that platform.
  for rid in ${rids//;/ }; do
    ls "$out"/Pace.Tool."$rid".*.nupkg >/dev/null 2>&1 || { echo "pack.sh: Pace.Tool.$rid was not packed" >&2; exit 1; }
  done
fi

echo "pack.sh: $(( $(date +%s) - started )) s, into $out (AOT: $aot):"
(cd "$out" && ls -l Pace.*.nupkg | awk '{ printf "  %-44s %10d bytes\n", $9, $5 }')
