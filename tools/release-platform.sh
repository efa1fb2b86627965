#!/bin/sh
# One platform's part of a release (.github/workflows/release.yml runs it on a runner of that platform, the Linux ones
# inside the container image src/Pace.Cli/Pace.Cli.csproj names for them):
#   1. packs Pace.Tool.RID with Native AOT (tools/pack.sh --rid RID) into artifacts/;
#   2. installs the tool as a user does, `dotnet tool install Pace.Tool`, from feed/ (the pointer and Pace.Tool.any,
#      packed by the workflow's common job) plus this package, and checks that the pointer resolved to this package
#      and that it is the native executable, not the portable tool;
#   3. validates the examples (a clean chart exits 0, a broken rule 1) and renders every example as PDF, PNG and SVG
#      into out/, which the workflow compares with linux-x64's.
#
#   tools/release-platform.sh RID            (environment: PACE_PACK_ARGS, extra arguments for dotnet pack)
#
# Plain sh up to the toolchain: Alpine's image has no bash until it is installed.
set -eu
cd "$(dirname "$0")/.."
rid=${1:?usage: tools/release-platform.sh RID}

# Inside a container: the C toolchain Native AOT links with, bash for tools/pack.sh, and the .NET SDK where missing.
if [ -f /etc/alpine-release ]; then
  apk add --no-cache bash clang build-base zlib-dev unzip icu-libs >/dev/null
elif [ -f /etc/almalinux-release ] || [ -f /etc/redhat-release ]; then
  dnf install -y -q clang zlib-devel libicu tar gzip findutils unzip which >/dev/null
fi
if ! command -v dotnet >/dev/null 2>&1; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir /usr/share/dotnet >/dev/null
  ln -sf /usr/share/dotnet/dotnet /usr/local/bin/dotnet
fi
if [ -f /etc/alpine-release ] || [ -f /etc/redhat-release ]; then
  echo "release-platform.sh: C library: $(ldd --version 2>&1 | head -1)"
fi

exec bash -s "$rid" <<'EOF'
set -euo pipefail
rid=$1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# shellcheck disable=SC2086 # PACE_PACK_ARGS is a list of arguments
PACE_PACK_AOT=1 tools/pack.sh artifacts --rid "$rid" -- ${PACE_PACK_ARGS:-}

cp artifacts/Pace.Tool."$rid".*.nupkg feed/
version=$(find feed -maxdepth 1 -name 'Pace.Tool.[0-9]*.nupkg' | sed 's/.*Pace\.Tool\.\(.*\)\.nupkg$/\1/')
tools=.release/pace
rm -rf "$tools"
dotnet tool install Pace.Tool --version "$version" --tool-path "$tools" --add-source feed
store="$tools/.store/pace.tool/$(echo "$version" | tr '[:upper:]' '[:lower:]')"
[ -d "$store/pace.tool.$rid" ] || { echo "::error::dotnet tool install did not pick Pace.Tool.$rid but $(ls "$store")"; exit 1; }
if find "$store" -name Pace.Cli.dll | grep -q .; then
  echo "::error::the installed pace is the portable tool, not the Native AOT executable"; exit 1
fi

pace="$tools/pace"
"$pace" --version
"$pace" validate examples/acme-software.pace.yaml examples/brightleaf-foods.pace.yaml examples/technical-wholesaler.pace.yaml
set +e; "$pace" validate examples/invalid/two-owners.pace.yaml; code=$?; set -e
[ "$code" = 1 ] || { echo "::error::a broken rule must exit with 1, not $code"; exit 1; }
rm -rf out
for format in pdf png svg; do
  "$pace" render examples/*.pace.yaml --format "$format" --out-dir "out/$format"
done
ls -l out/*
EOF
