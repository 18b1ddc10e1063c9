#!/usr/bin/env bash
# Runs the whole Crewline suite: Aspire dashboard, the four services, the gateway, RabbitMQ and
# PostgreSQL. Without a Docker engine it installs RabbitMQ and PostgreSQL from Debian's packages
# (if missing) and the AppHost starts them as local processes. Extra arguments go to the AppHost,
# e.g. --Crewline:RunMode=external. Stop with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! docker info >/dev/null 2>&1; then
  bash scripts/install-servers.sh
fi
# Release builds: the AppHost starts each service with its own build configuration, and a Debug
# service answers several times slower (docs/OPERATIONS.md, "Telemetry and speed").
exec dotnet run --configuration Release --project AppHost --launch-profile http -- "$@"
