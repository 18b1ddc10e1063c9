#!/usr/bin/env bash
# Runs a RabbitMQ node in the foreground (no Docker needed), for the AppHost's local mode and
# for tests. Usage: rabbitmq-local.sh AMQP_PORT DATA_DIR
# The node also uses AMQP_PORT+1 (distribution) and AMQP_PORT+2 (its own epmd). SIGTERM or
# SIGINT stops it cleanly; it also stops if this script's parent dies.
set -euo pipefail
port=${1:?usage: rabbitmq-local.sh AMQP_PORT DATA_DIR}
data=$(realpath -m "${2:?usage: rabbitmq-local.sh AMQP_PORT DATA_DIR}")
server=/usr/lib/rabbitmq/bin/rabbitmq-server
[ -x "$server" ] || { echo "RabbitMQ is not installed: run scripts/install-servers.sh" >&2; exit 1; }

mkdir -p "$data/mnesia" "$data/log"
printf 'loopback_users = none\n' > "$data/rabbitmq.conf"
printf '[].\n' > "$data/enabled_plugins"

export HOME="$data"
export RABBITMQ_NODENAME="crewline$port@localhost"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$port
export RABBITMQ_DIST_PORT=$((port + 1))
export ERL_EPMD_PORT=$((port + 2))
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_MNESIA_BASE="$data/mnesia"
export RABBITMQ_LOG_BASE="$data/log"
export RABBITMQ_CONFIG_FILE="$data/rabbitmq.conf"
export RABBITMQ_ENABLED_PLUGINS_FILE="$data/enabled_plugins"

setpriv --pdeathsig TERM -- "$server" &
pid=$!
stop() {
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  epmd -port "$ERL_EPMD_PORT" -kill >/dev/null 2>&1 || true
  exit 0
}
trap stop TERM INT
wait "$pid" || true
epmd -port "$ERL_EPMD_PORT" -kill >/dev/null 2>&1 || true
