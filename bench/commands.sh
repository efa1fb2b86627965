#!/usr/bin/env bash
# Times whole `pace` commands with hyperfine, each beside a .NET "hello world" published the same way, so the
# ratio to the runtime's own start-up is reported. Writes bench/results/ (markdown + JSON per measurement,
# machine.txt, load.log, summary.md). See docs/performance.md for what the numbers mean.
#
#   bench/commands.sh [--variants "jit r2r aot"] [--with-10000] [--quick] [--skip-publish] [--wait-quiet M] [--only PART]
#
#   --variants      how the CLI and the hello world are published (both the same way), default "jit r2r aot":
#                     jit  framework-dependent apphost, JIT (what `dotnet publish -r linux-x64` gives)
#                     r2r  the same plus ReadyToRun (-p:PublishReadyToRun=true)
#                     aot  Native AOT (-p:PublishAot=true); skipped with a note when it does not build here
#                     sc   self-contained, trimmed, ReadyToRun composite of app + framework (not in the default set)
#                     portable  the portable package as users install it: `dotnet tool install Pace.Tool.any` from the
#                          feed in $PACE_BENCH_FEED (default artifacts/, filled by tools/pack.sh), beside the jit hello
#                          world (not in the default set)
#   --with-10000    also the 10,000-chart batch (several minutes per variant)
#   --quick         fewer runs (warmup 1); for finding hot spots, not for publishing
#   --skip-publish  reuse bench/.work/publish from an earlier run
#   --wait-quiet M  before each measurement, wait up to M minutes for the 1-minute load average to drop below the limit
#   --only WHAT     run one part: startup (validate/render one chart), batch, memory (peak RSS), size (PDF bytes),
#                   or, only when asked for: knobs (runtime settings by environment variable), manifest (the installed
#                   tool through a tool manifest, `dotnet pace` and `dotnet tool run pace`, against the tool-path
#                   executable; installs Pace.Tool from the feed in $PACE_BENCH_FEED, default artifacts/, which
#                   tools/pack.sh fills), instructions (valgrind's instruction counts of the start-up commands: steady
#                   on a busy machine, where wall times are not)
#
# PACE_BENCH_RESULTS: another folder for the raw results than bench/results (e.g. for a provisional run).
# Numbers are only worth publishing on a quiet machine: every measurement logs `uptime` into results/load.log,
# and one taken with a 1-minute load average above $PACE_BENCH_MAX_LOAD (default 1.5) is marked PROVISIONAL.
set -euo pipefail
cd "$(dirname "$0")/.."

variants="jit r2r aot"
with_10000=false
quick=false
publish=true
only=""
wait_quiet=0
while [ $# -gt 0 ]; do
  case "$1" in
    --variants) variants="$2"; shift 2 ;;
    --with-10000) with_10000=true; shift ;;
    --quick) quick=true; shift ;;
    --skip-publish) publish=false; shift ;;
    --only) only="$2"; shift 2 ;;
    --wait-quiet) wait_quiet="$2"; shift 2 ;;
    -h|--help) sed -n '2,29p' "$0"; exit 0 ;;
    *) echo "commands.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

for tool in hyperfine jq /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "commands.sh: $tool is missing (Debian: apt-get install hyperfine jq time)" >&2; exit 2; }
done

max_load="${PACE_BENCH_MAX_LOAD:-1.5}"
results=${PACE_BENCH_RESULTS:-bench/results}   # where the raw results go
work=bench/.work
pub="$work/publish"
mkdir -p "$results" "$work"
# The summary reports this run's measurements only: results of earlier runs (a part not run now) stay in $results
# but are older than this stamp.
stamp="$work/run-started"; touch "$stamp"
chart=examples/acme-software.pace.yaml   # the 8-process example: the one the in-process targets name
if $quick; then warmup=1; startup_runs=(--min-runs 5 --max-runs 10); batch_runs=(--runs 3); big_runs=(--runs 1)
else warmup=3; startup_runs=(--min-runs 20); batch_runs=(--runs 10); big_runs=(--runs 3); fi

part() { [ -z "$only" ] || [ "$only" = "$1" ]; }
# note_load: logs the load before a measurement and returns the word to put beside its numbers (bench/lib.sh).
. bench/lib.sh

# --- machine -----------------------------------------------------------------------------------------------
{
  echo "# Machine ($(date -u +%FT%TZ))"
  echo "nproc: $(nproc)"
  lscpu | head -15
  grep -E 'MemTotal|MemAvailable' /proc/meminfo
  dotnet --info | sed -n '/^Host:/,/^$/p'
  hyperfine --version
  echo "uptime: $(uptime)"
} > "$results/machine.txt"

# --- publish -----------------------------------------------------------------------------------------------
publish_one() {  # project name variant
  local project="$1" name="$2" variant="$3" extra=()
  case "$variant" in
    jit) ;;
    r2r) extra=(-p:PublishReadyToRun=true) ;;
    aot) extra=(-p:PublishAot=true) ;;
    sc) extra=(-p:PublishTrimmed=true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true) ;;
    *) echo "commands.sh: unknown variant $variant" >&2; exit 2 ;;
  esac
  local sc=(--self-contained false)
  [ "$variant" = aot ] && sc=()
  [ "$variant" = sc ] && sc=(--self-contained true)
  rm -rf "$pub/$name-$variant"
  dotnet publish "$project" -c Release -r linux-x64 "${sc[@]}" "${extra[@]}" -o "$pub/$name-$variant" -nologo -v quiet >"$work/publish-$name-$variant.log" 2>&1
}

install_portable() {  # the portable tool from the feed, and the jit hello world
  local feed version
  feed=$(cd "${PACE_BENCH_FEED:-artifacts}" && pwd)
  version=$(find "$feed" -maxdepth 1 -name 'Pace.Tool.any.*.nupkg' | head -1 | sed 's/.*Pace\.Tool\.any\.\(.*\)\.nupkg$/\1/')
  [ -n "$version" ] || { echo "commands.sh: no Pace.Tool.any package in $feed (tools/pack.sh $feed)" >&2; return 1; }
  rm -rf "$pub/pace-portable" "$pub/hello-portable"
  # The tool's shim is `pace`; the script runs every variant's Pace.Cli. A packages folder of its own: a package
  # re-packed at the same version must not come from NuGet's cache.
  rm -rf "$work/nuget"
  NUGET_PACKAGES="$PWD/$work/nuget" dotnet tool install Pace.Tool.any --version "$version" --add-source "$feed" --tool-path "$pub/pace-portable" >"$work/publish-pace-portable.log" 2>&1 \
    && ln -sf pace "$pub/pace-portable/Pace.Cli" \
    && publish_one bench/HelloWorld/HelloWorld.csproj hello jit && cp -r "$pub/hello-jit" "$pub/hello-portable"
}

available=()
for v in $variants; do
  if $publish && [ "$v" = portable ]; then
    echo "installing portable ..."
    if install_portable; then available+=("$v"); else echo "commands.sh: the portable variant could not be installed" | tee -a "$results/load.log" >&2; fi
  elif $publish; then
    echo "publishing $v ..."
    if publish_one bench/HelloWorld/HelloWorld.csproj hello "$v" && publish_one src/Pace.Cli/Pace.Cli.csproj pace "$v"; then
      available+=("$v")
    else
      echo "commands.sh: the $v variant did not publish (see $work/publish-*-$v.log); skipped" | tee -a "$results/load.log" >&2
    fi
  elif [ -x "$pub/pace-$v/Pace.Cli" ] && [ -x "$pub/hello-$v/HelloWorld" ]; then
    available+=("$v")
  fi
done
[ ${#available[@]} -gt 0 ] || { echo "commands.sh: nothing to measure" >&2; exit 1; }

hello() { echo "$pub/hello-$1/HelloWorld"; }
pace() { echo "$pub/pace-$1/Pace.Cli"; }

# --- start-up: validate and render one chart ------------------------------------------------------------------
if part startup; then
  for v in "${available[@]}"; do
    state=$(note_load "startup-$v")
    echo "startup ($v) — $state"
    # --prepare: each render writes a new file, as in a fresh CI checkout (replacing one adds a flush to disk).
    hyperfine -N --warmup "$warmup" "${startup_runs[@]}" --prepare "rm -f $work/acme.pdf" \
      --export-markdown "$results/startup-$v.md" --export-json "$results/startup-$v.json" \
      -n "hello world ($v)" "$(hello "$v")" \
      -n "pace validate acme ($v)" "$(pace "$v") validate $chart" \
      -n "pace render acme ($v)" "$(pace "$v") render $chart -o $work/acme.pdf"
    echo "$state" > "$results/startup-$v.load"
    note_load "startup-$v done" >/dev/null
  done
fi

# --- batch: 100 / 1,000 / (10,000) charts by one `pace render --out-dir` call ----------------------------------
sizes=(100 1000)
$with_10000 && sizes+=(10000)
if part batch || part memory; then
  for n in "${sizes[@]}"; do
    [ -f "$work/charts-$n/chart-$(printf %05d "$n").pace.yaml" ] || bench/generate-charts.sh "$n" "$work/charts-$n" >/dev/null
  done
fi

if part batch; then
  for v in "${available[@]}"; do
    for n in "${sizes[@]}"; do
      runs=("${batch_runs[@]}"); w=$warmup
      [ "$n" -ge 10000 ] && { runs=("${big_runs[@]}"); w=1; }
      state=$(note_load "batch-$n-$v")
      echo "batch $n ($v) — $state"
      hyperfine -N --warmup "$w" "${runs[@]}" \
        --prepare "rm -rf $work/out-$n" \
        --export-markdown "$results/batch-$n-$v.md" --export-json "$results/batch-$n-$v.json" \
        -n "hello world ($v)" "$(hello "$v")" \
        -n "pace render --out-dir, $n charts ($v)" "$(pace "$v") render --out-dir $work/out-$n $work/charts-$n"
      echo "$state" > "$results/batch-$n-$v.load"
      note_load "batch-$n-$v done" >/dev/null
    done
  done
fi

# --- peak memory of the 1,000-chart batch (max RSS, /usr/bin/time -v) -------------------------------------------
if part memory; then
  for v in "${available[@]}"; do
    state=$(note_load "memory-1000-$v")
    : > "$results/memory-1000-$v.txt"
    for i in 1 2 3; do
      rm -rf "$work/out-1000"
      /usr/bin/time -v "$(pace "$v")" render --out-dir "$work/out-1000" "$work/charts-1000" >/dev/null 2>"$work/time.txt"
      grep -E 'Maximum resident set size|Elapsed \(wall clock\)|User time|System time' "$work/time.txt" | sed 's/^\t//' >> "$results/memory-1000-$v.txt"
    done
    echo "$state" >> "$results/memory-1000-$v.txt"
    echo "memory 1000 ($v) — $state: max RSS $(grep Maximum "$results/memory-1000-$v.txt" | awk '{print $NF}' | sort -n | tail -1) KB"
  done
fi

# --- runtime knobs (not run by default: --only knobs) ---------------------------------------------------------
# The same r2r (else first) build under runtime settings set by environment variables, which is what the
# equivalent runtimeconfig.json / csproj properties do: TieredPGO, TieredCompilation, concurrent GC, a larger gen0.
if [ "$only" = knobs ]; then
  v=r2r; [ -x "$(pace r2r)" ] || v="${available[0]}"
  knobs=("env" "env DOTNET_TieredPGO=0" "env DOTNET_TieredCompilation=0" "env DOTNET_gcConcurrent=0" "env DOTNET_TieredPGO=0 DOTNET_gcConcurrent=0" "env DOTNET_GCgen0size=0x4000000")
  # An AppContext switch cannot come from the environment: a copy of the build with it in runtimeconfig.json.
  # IsDynamicCodeSupported=false (MSBuild: DynamicCodeSupport=false) makes YamlDotNet's RegexOptions.Compiled
  # patterns run interpreted instead of being compiled with Reflection.Emit at every start.
  rm -rf "$pub/pace-$v-nodyn"; cp -r "$pub/pace-$v" "$pub/pace-$v-nodyn"
  jq '.runtimeOptions.configProperties["System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported"] = false' \
    "$pub/pace-$v/Pace.Cli.runtimeconfig.json" > "$pub/pace-$v-nodyn/Pace.Cli.runtimeconfig.json"
  args=(); for k in "${knobs[@]}"; do args+=(-n "render acme, $k ($v)" "$k $(pace "$v") render $chart -o $work/acme.pdf"); done
  args+=(-n "render acme, DynamicCodeSupport=false ($v)" "env $(pace "$v-nodyn") render $chart -o $work/acme.pdf")
  args+=(-n "validate acme, env ($v)" "env $(pace "$v") validate $chart")
  args+=(-n "validate acme, DynamicCodeSupport=false ($v)" "env $(pace "$v-nodyn") validate $chart")
  args+=(-n "validate acme, DOTNET_TieredPGO=0 ($v)" "env DOTNET_TieredPGO=0 $(pace "$v") validate $chart")
  state=$(note_load "knobs-startup-$v"); echo "knobs, one render ($v) — $state"
  hyperfine -N --warmup "$warmup" "${startup_runs[@]}" --export-markdown "$results/knobs-startup-$v.md" --export-json "$results/knobs-startup-$v.json" "${args[@]}"
  echo "$state" > "$results/knobs-startup-$v.load"
  [ -f "$work/charts-1000/chart-01000.pace.yaml" ] || bench/generate-charts.sh 1000 "$work/charts-1000" >/dev/null
  args=(); for k in "${knobs[@]}"; do args+=(-n "1000 charts, $k ($v)" "$k $(pace "$v") render --out-dir $work/out-1000 $work/charts-1000"); done
  args+=(-n "1000 charts, DynamicCodeSupport=false ($v)" "env $(pace "$v-nodyn") render --out-dir $work/out-1000 $work/charts-1000")
  # What the fsync before each output's atomic rename costs: eatmydata (Debian) turns fsync into a no-op.
  if command -v eatmydata >/dev/null 2>&1; then
    args+=(-n "1000 charts, without fsync (eatmydata) ($v)" "eatmydata $(pace "$v") render --out-dir $work/out-1000 $work/charts-1000")
  fi
  state=$(note_load "knobs-batch-$v"); echo "knobs, 1,000-chart batch ($v) — $state"
  hyperfine -N --warmup 1 "${batch_runs[@]}" --prepare "rm -rf $work/out-1000" --export-markdown "$results/knobs-batch-1000-$v.md" --export-json "$results/knobs-batch-1000-$v.json" "${args[@]}"
  echo "$state" > "$results/knobs-batch-1000-$v.load"
  exit 0
fi

# --- the manifest path: `dotnet pace` and `dotnet tool run pace` against the tool-path executable (--only manifest) ---
# The same installed package each way: through a tool manifest the dotnet CLI starts first, finds the tool and starts it.
if [ "$only" = manifest ]; then
  feed=$(cd "${PACE_BENCH_FEED:-artifacts}" && pwd)
  version=$(find "$feed" -maxdepth 1 -name 'Pace.Tool.[0-9]*.nupkg' | head -1 | sed 's/.*Pace\.Tool\.\(.*\)\.nupkg$/\1/')
  [ -n "$version" ] || { echo "commands.sh: no Pace.Tool package in $feed (tools/pack.sh $feed)" >&2; exit 2; }
  m="$PWD/$work/manifest"; rm -rf "$m"; mkdir -p "$m"; cp "$chart" "$m/chart.pace.yaml"
  # A packages folder and CLI home of its own, so a package re-packed at the same version is taken from the feed, not
  # from NuGet's cache or the CLI's cache of where local tools are; `dotnet pace` must see both too.
  export NUGET_PACKAGES="$m/nuget" DOTNET_CLI_HOME="$m/cli-home"
  (cd "$m" && dotnet new tool-manifest >/dev/null \
    && dotnet tool install Pace.Tool --version "$version" --add-source "$feed" >/dev/null \
    && dotnet tool install Pace.Tool --version "$version" --add-source "$feed" --tool-path "$m/tools" >/dev/null)
  state=$(note_load "manifest"); echo "manifest path — $state"
  (cd "$m" && hyperfine -N --warmup "$warmup" "${startup_runs[@]}" \
    --export-markdown "$OLDPWD/$results/manifest.md" --export-json "$OLDPWD/$results/manifest.json" \
    -n "tools/pace validate (tool path)" "$m/tools/pace validate chart.pace.yaml" \
    -n "dotnet pace validate (manifest)" "dotnet pace validate chart.pace.yaml" \
    -n "dotnet tool run pace validate (manifest)" "dotnet tool run pace validate chart.pace.yaml")
  echo "$state" > "$results/manifest.load"
  exit 0
fi

# --- instructions: valgrind's count of the start-up commands (--only instructions) ------------------------------------
# What a command executes in user space, all threads, much the same on a busy machine as on a quiet one, unlike wall
# time; it leaves out the kernel's time (page faults, mapping the binary). W^X off, as valgrind cannot follow the JIT's
# double mapping otherwise.
if [ "$only" = instructions ]; then
  command -v valgrind >/dev/null 2>&1 || { echo "commands.sh: valgrind is missing (Debian: apt-get install valgrind)" >&2; exit 2; }
  # The least of three runs: a render's count varies by up to ~15 % with how threads meet (spinning waits), validate's
  # by ~0.3 %.
  count() {
    for _ in 1 2 3; do
      DOTNET_EnableWriteXorExecute=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : //p'
    done | sort -n | head -1
  }
  {
    echo "| variant | hello world | pace validate | ratio | pace render (PDF) | ratio |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: |"
    for v in "${available[@]}"; do
      # An AOT binary's .dbg beside it is DWARF 5, which Debian 12's valgrind cannot read: count without it.
      [ -f "$pub/pace-$v/Pace.Cli.dbg" ] && mv "$pub/pace-$v/Pace.Cli.dbg" "$pub/pace-$v/Pace.Cli.dbg.off"
      [ -f "$pub/hello-$v/HelloWorld.dbg" ] && mv "$pub/hello-$v/HelloWorld.dbg" "$pub/hello-$v/HelloWorld.dbg.off"
      h=$(count "$(hello "$v")"); va=$(count "$(pace "$v")" validate "$chart"); r=$(count "$(pace "$v")" render "$chart" -o "$work/acme-ir.pdf")
      [ -f "$pub/pace-$v/Pace.Cli.dbg.off" ] && mv "$pub/pace-$v/Pace.Cli.dbg.off" "$pub/pace-$v/Pace.Cli.dbg"
      [ -f "$pub/hello-$v/HelloWorld.dbg.off" ] && mv "$pub/hello-$v/HelloWorld.dbg.off" "$pub/hello-$v/HelloWorld.dbg"
      awk -v v="$v" -v h="$h" -v va="$va" -v r="$r" 'BEGIN { printf "| %s | %.1f M | %.1f M | %.2f× | %.1f M | %.2f× |\n", v, h/1e6, va/1e6, va/h, r/1e6, r/h }'
    done
  } | tee "$results/instructions.md"
  note_load "instructions" >/dev/null
  exit 0
fi

# --- PDF sizes of the examples ------------------------------------------------------------------------------
if part size; then
  v="${available[0]}"
  : > "$results/pdf-sizes.txt"
  for f in examples/technical-wholesaler.pace.yaml examples/acme-software.pace.yaml examples/brightleaf-foods.pace.yaml; do
    out="$work/$(basename "$f" .pace.yaml).pdf"
    "$(pace "$v")" render "$f" -o "$out" >/dev/null 2>&1
    echo "$(basename "$f"): $(stat -c %s "$out") bytes" >> "$results/pdf-sizes.txt"
  done
  cat "$results/pdf-sizes.txt"
fi

# --- summary ------------------------------------------------------------------------------------------------
ms() { jq -r --arg name "$2" '.results[] | select(.command == $name) | "\(.median * 1000)"' "$1"; }
fmt() { awk -v x="$1" 'BEGIN { printf "%.1f", x }'; }
{
  echo "# Command benchmarks — $(date -u +%FT%TZ)"
  echo
  echo "Medians from hyperfine (warmup $warmup). Load: see load.log; a PROVISIONAL mark means the 1-minute load average was above $max_load."
  echo
  echo "| variant | hello world | pace validate | ratio | pace render | ratio | load |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
  for v in jit portable r2r sc aot; do
    f="$results/startup-$v.json"
    [ "$f" -nt "$stamp" ] || continue
    h=$(ms "$f" "hello world ($v)"); va=$(ms "$f" "pace validate acme ($v)"); r=$(ms "$f" "pace render acme ($v)")
    echo "| $v | $(fmt "$h") ms | $(fmt "$va") ms | $(fmt "$(awk -v a="$va" -v b="$h" 'BEGIN{print a/b}')")× | $(fmt "$r") ms | $(fmt "$(awk -v a="$r" -v b="$h" 'BEGIN{print a/b}')")× | $(cat "$results/startup-$v.load" 2>/dev/null) |"
  done
  echo
  echo "| variant | charts | median | charts/s | ms per chart | load |"
  echo "| --- | ---: | ---: | ---: | ---: | --- |"
  for v in jit portable r2r sc aot; do
    for n in 100 1000 10000; do
      f="$results/batch-$n-$v.json"
      [ "$f" -nt "$stamp" ] || continue
      t=$(ms "$f" "pace render --out-dir, $n charts ($v)")
      echo "| $v | $n | $(fmt "$(awk -v t="$t" 'BEGIN{print t/1000}')") s | $(fmt "$(awk -v t="$t" -v n="$n" 'BEGIN{print n*1000/t}')") | $(fmt "$(awk -v t="$t" -v n="$n" 'BEGIN{print t/n}')") | $(cat "$results/batch-$n-$v.load" 2>/dev/null) |"
    done
  done
  echo
  for v in jit portable r2r sc aot; do
    f="$results/memory-1000-$v.txt"
    [ "$f" -nt "$stamp" ] && echo "- peak RSS, 1,000-chart batch ($v): $(grep Maximum "$f" | awk '{print $NF}' | sort -n | tail -1) KB (max of 3; $(tail -1 "$f"))"
  done
  [ "$results/pdf-sizes.txt" -nt "$stamp" ] && sed 's/^/- PDF size: /' "$results/pdf-sizes.txt"
} > "$results/summary.md"
cat "$results/summary.md"
