#!/usr/bin/env bash
# Runs the benchmark harness: builds it and the services in Release, starts its own PostgreSQL,
# RabbitMQ, services and gateway on free ports, measures every figure next to its baseline, prints
# a table and (full runs) adds a section to bench/RESULTS.md. See bench/README.md.
# Usage: bash bench/run.sh [--quick] [--only reads,creates,lag,outbox,scopechanges,clientcomms,reporting,projection,start] [--rounds N] [--reporting-projects N]
#                          [--results PATH | --no-results] [--remark TEXT]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The servers come from Debian's packages; install them only where they are missing.
if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  bash scripts/install-servers.sh
fi

# The harness lists the service processes it started here; if it dies without stopping them,
# this stops exactly those (its PostgreSQL and RabbitMQ stop with their own scripts).
pidfile=$(mktemp "${TMPDIR:-/tmp}/crewline-bench-pids.XXXXXX")
export CREWLINE_BENCH_PIDFILE="$pidfile"
cleanup() {
  if [ -s "$pidfile" ]; then
    while read -r pid; do [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true; done < "$pidfile"
  fi
  rm -f "$pidfile"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

dotnet build bench/Crewline.Bench/Crewline.Bench.csproj -c Release --nologo -v q -clp:ErrorsOnly
dotnet bench/Crewline.Bench/bin/Release/net10.0/Crewline.Bench.dll "$@"
