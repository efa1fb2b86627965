# Shared by the bench scripts (source it): the machine's load beside every measurement.
#
#   note_load WHAT   logs `uptime` into $results/load.log and prints "quiet (load L)", or "PROVISIONAL (load L > MAX)"
#                    when the 1-minute load average is above $max_load: such numbers are not for publishing. With
#                    $wait_quiet minutes (default 0) it first waits up to that long for the load to drop.
#
# Needs $results (the results folder); takes $max_load (default $PACE_BENCH_MAX_LOAD, else 1.5) and $wait_quiet.
max_load="${max_load:-${PACE_BENCH_MAX_LOAD:-1.5}}"
wait_quiet="${wait_quiet:-0}"
load1() { cut -d' ' -f1 /proc/loadavg; }
is_busy() { awk -v l="$(load1)" -v m="$max_load" 'BEGIN { exit !(l > m) }'; }
note_load() {
  local what="$1" l deadline=$(( $(date +%s) + wait_quiet * 60 ))
  while is_busy && [ "$(date +%s)" -lt "$deadline" ]; do sleep 15; done
  l=$(load1)
  echo "$(date -u +%FT%TZ) $what: $(uptime | sed 's/.*load average/load average/')" >> "$results/load.log"
  if awk -v l="$l" -v m="$max_load" 'BEGIN { exit !(l > m) }'; then
    echo "PROVISIONAL (load $l > $max_load)"
  else
    echo "quiet (load $l)"
  fi
}
