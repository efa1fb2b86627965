#!/usr/bin/env bash
# Packs Pace's packages into one folder: what tests/Pace.Package.Tests installs, and, run once per platform by
# .github/workflows/release.yml, what a release pushes.
#
#   tools/pack.sh [OUT] [--common] [--rid RID]... [-- DOTNET_PACK_ARGS...]      OUT defaults to artifacts/
#
#   (no option)  everything this machine can pack: --common plus the Native AOT package of this machine's own
#                platform when it is one of Pace.Tool's (docs/packaging.md)
#   --common     Pace, Pace.Rendering, Pace.Build, the pointer package Pace.Tool and the portable Pace.Tool.any
#   --rid RID    the package Pace.Tool.RID only (repeatable); Native AOT for every RID but `any`, and AOT is compiled
#                on the platform itself: packing win-x64 on Linux stops with an error naming the runner to use
#
#   tools/pack.sh artifacts -- -p:ContinuousIntegrationBuild=true -p:PaceRequireSourceLink=true --version-suffix rc.1
#
# Pace.Tool is RID-specific: `dotnet tool install Pace.Tool` resolves the pointer to Pace.Tool.RID for the RIDs in
# ToolPackageRuntimeIdentifiers (src/Pace.Cli/Pace.Cli.csproj: PaceToolPlatform names each one's release runner), and
# to Pace.Tool.any elsewhere. A machine packs its own platform's package; tools/check-release.sh checks that a folder
# holds the whole set before it is pushed.
#
# PACE_PACK_R2R: the RIDs whose ReadyToRun code goes into Pace.Tool.any (default: PaceToolReadyToRunRuntimes; 0: none).
# PACE_PACK_AOT: unset = AOT for this machine's platform (failing if its toolchain is missing), and a warning on a
# platform without a package of its own; 1 = the same, but that warning is an error; 0 = no AOT: Pace.Tool is then the
# one portable package a plain `dotnet pack` makes. The Pace*.nupkg and *.snupkg already in OUT that this run packs
# are deleted first. Needs: the .NET SDK, python3 (for --common); for AOT on Linux clang or gcc, on macOS Xcode's
# command-line tools, on Windows Visual Studio's C++ tools (https://aka.ms/nativeaot-prerequisites).
set -euo pipefail
cd "$(dirname "$0")/.."

out=artifacts
common=false
rids=()
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then out=$1; shift; fi
while [ $# -gt 0 ]; do
  case "$1" in
    --common) common=true; shift ;;
    --rid) rids+=("$2"); shift 2 ;;
    --) shift; break ;;
    *) echo "pack.sh: unknown argument $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done
extra=("$@")
mkdir -p "$out"
out=$(cd "$out" && pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
pack=(-c Release -o "$out" -nologo -clp:NoSummary "${extra[@]}")
layout=(-p:PaceToolPackages=per-rid)
started=$(date +%s)
cli=src/Pace.Cli/Pace.Cli.csproj
property() { dotnet msbuild "$cli" -nologo -getProperty:"$1" "${layout[@]}"; }

if [ "${PACE_PACK_AOT:-}" = 0 ]; then
  [ ${#rids[@]} -eq 0 ] || { echo "pack.sh: --rid needs AOT; PACE_PACK_AOT=0 packs the one portable Pace.Tool" >&2; exit 2; }
  rm -f "$out"/Pace.*.nupkg "$out"/Pace.*.snupkg
  dotnet pack Pace.sln "${pack[@]}"
  echo "pack.sh: $(( $(date +%s) - started )) s, into $out (no AOT: Pace.Tool is the portable package):"
  (cd "$out" && ls -l Pace.*.nupkg | awk '{ printf "  %-44s %10d bytes\n", $9, $5 }')
  exit 0
fi
case "${PACE_PACK_AOT:-}" in 1|"") ;; *) echo "pack.sh: PACE_PACK_AOT must be 0, 1 or unset, not '$PACE_PACK_AOT'" >&2; exit 2 ;; esac

platforms=$(property PaceToolPlatforms)
host=$(property NETCoreSdkRuntimeIdentifier)
[ -n "$platforms" ] || { echo "pack.sh: $cli sets no PaceToolPlatforms" >&2; exit 1; }

# No option: what this machine can pack.
if ! $common && [ ${#rids[@]} -eq 0 ]; then
  common=true
  if [[ ";$platforms;" == *";$host;"* ]]; then
    rids=("$host")
  elif [ "${PACE_PACK_AOT:-}" = 1 ]; then
    echo "pack.sh: this machine ($host) is none of Pace.Tool's platforms ($platforms), so it packs no Native AOT package" >&2; exit 1
  else
    echo "pack.sh: warning: this machine ($host) is none of Pace.Tool's platforms ($platforms): only the portable Pace.Tool.any is packed." >&2
  fi
fi

# AOT's native toolchain (the linker and C runtime objects); Windows' is Visual Studio's, found by the SDK itself.
for rid in "${rids[@]}"; do
  case "$rid" in
    linux-*) command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || {
      echo "pack.sh: Native AOT needs clang or gcc (Debian: apt-get install clang); or pack without AOT: PACE_PACK_AOT=0 $0" >&2; exit 1; } ;;
    osx-*) command -v clang >/dev/null 2>&1 || { echo "pack.sh: Native AOT needs Xcode's command-line tools (xcode-select --install)" >&2; exit 1; } ;;
  esac
done

if $common; then
  rm -f "$out"/Pace.*.nupkg "$out"/Pace.*.snupkg
  # Pace, Pace.Rendering, Pace.Build, and the pointer package Pace.Tool.
  dotnet pack Pace.sln "${pack[@]}" "${layout[@]}"
  echo "pack.sh: Pace.Tool.any"
  dotnet pack "$cli" -r any "${pack[@]}" "${layout[@]}"
  # ReadyToRun code for the platforms the project names (PACE_PACK_R2R: a space-separated list instead, or 0 for none),
  # compiled from the same sources into the package as RID-specific libraries: see tools/add-ready-to-run.py.
  r2r=${PACE_PACK_R2R-$(property PaceToolReadyToRunRuntimes)}
  [ "$r2r" = 0 ] && r2r=
  compiled=()
  for rid in ${r2r//;/ }; do
    echo "pack.sh: ReadyToRun code for $rid"
    dir="$out/.r2r/$rid"; rm -rf "$dir"
    # Quiet when it works; when it does not (e.g. the runtime pack for $rid is not on the package source), the
    # errors are what the user needs, so they are printed instead of a bare exit code.
    if ! log=$(dotnet publish "$cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -p:UseAppHost=false \
      -o "$dir" -nologo -clp:NoSummary "${extra[@]}" 2>&1); then
      grep -E ': error ' <<<"$log" | sort -u >&2 || printf '%s\n' "$log" >&2
      echo "pack.sh: ReadyToRun code for $rid failed (PACE_PACK_R2R=\"linux-x64\" packs this platform's only)" >&2
      exit 1
    fi
    compiled+=("$rid=$dir")
  done
  if [ ${#compiled[@]} -gt 0 ]; then
    python3 tools/add-ready-to-run.py "$(ls "$out"/Pace.Tool.any.*.nupkg)" "${compiled[@]}"
  fi
  rm -rf "$out/.r2r"
fi
for rid in "${rids[@]}"; do
  echo "pack.sh: Pace.Tool.$rid"
  rm -f "$out"/Pace.Tool."$rid".*.nupkg
  dotnet pack "$cli" -r "$rid" "${pack[@]}" "${layout[@]}"
done

echo "pack.sh: $(( $(date +%s) - started )) s, into $out (this machine: $host):"
(cd "$out" && ls -l Pace.*.nupkg | awk '{ printf "  %-44s %10d bytes\n", $9, $5 }')
missing=()
for rid in ${platforms//;/ }; do
  ls "$out"/Pace.Tool."$rid".*.nupkg >/dev/null 2>&1 || missing+=("$rid")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "pack.sh: not here: Pace.Tool.{${missing[*]}}; each is packed on its own platform (.github/workflows/release.yml)."
fi
