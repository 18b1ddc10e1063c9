#!/usr/bin/env bash
# Runs a PostgreSQL server in the foreground (no Docker needed), for the AppHost's local mode
# and for tests. Usage: postgres-local.sh PORT DATA_DIR
# Listens on 127.0.0.1:PORT only; superuser "crewline", trusted on loopback. Initialises
# DATA_DIR on first use. As root it runs the server as the "postgres" user (PostgreSQL refuses
# root). SIGTERM or SIGINT stops it fast; it also stops if this script's parent dies.
set -euo pipefail
port=${1:?usage: postgres-local.sh PORT DATA_DIR}
data=$(realpath -m "${2:?usage: postgres-local.sh PORT DATA_DIR}")
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] || { echo "PostgreSQL is not installed: run scripts/install-servers.sh" >&2; exit 1; }

as_db_user=()
mkdir -p "$data"
if [ "$(id -u)" = 0 ]; then
  as_db_user=(setpriv --reuid=postgres --regid=postgres --init-groups --)
  chown postgres:postgres "$data"
fi
chmod 700 "$data"

if [ ! -f "$data/PG_VERSION" ]; then
  "${as_db_user[@]}" "$pgbin/initdb" -D "$data" -U crewline --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
# A server left running by an earlier, killed run would hold the data folder.
if [ -f "$data/postmaster.pid" ]; then
  old=$(head -n 1 "$data/postmaster.pid")
  if kill -0 "$old" 2>/dev/null; then kill -INT "$old" || true; while kill -0 "$old" 2>/dev/null; do sleep 0.2; done; fi
fi

"${as_db_user[@]}" setpriv --pdeathsig INT -- "$pgbin/postgres" -D "$data" -p "$port" -k "$data" \
  -c listen_addresses=127.0.0.1 -c max_connections=200 &
pid=$!
stop() { kill -INT "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; exit 0; }
trap stop TERM INT
wait "$pid"
