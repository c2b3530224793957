#!/usr/bin/env bash
# Keeps the machine busy, as a shared CI runner or a user's laptop is: `start [N]` runs N (default 2)
# CPU-bound processes and notes their pids; `stop` ends exactly those. `run [N] -- cmd …` does both
# around a command and passes on its exit code.
set -euo pipefail
pids_file="${CPU_LOAD_PIDS:-/tmp/kaapana-extensions-cpu-load.pids}"

start() {
  local n="${1:-2}"
  for _ in $(seq "$n"); do
    yes >/dev/null &
    echo $! >>"$pids_file"
  done
  echo "cpu-load: $n busy processes ($(tr '\n' ' ' <"$pids_file"))"
}

stop() {
  [ -f "$pids_file" ] || return 0
  while read -r pid; do kill "$pid" 2>/dev/null || true; done <"$pids_file"
  rm -f "$pids_file"
}

case "${1:-}" in
  start) start "${2:-2}" ;;
  stop) stop ;;
  run)
    shift
    n=2
    if [ "${1:-}" != "--" ]; then n="$1"; shift; fi
    [ "${1:-}" = "--" ] && shift
    trap stop EXIT
    start "$n"
    "$@"
    ;;
  *) echo "usage: $0 start [N] | stop | run [N] -- command …" >&2; exit 2 ;;
esac
