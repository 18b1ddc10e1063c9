#!/usr/bin/env bash
# Installs what the suite and its tests run on, where it is missing: RabbitMQ and PostgreSQL
# from Debian's packages (used when no Docker engine answers), and Debian's Chromium with a font
# for the dashboard's browser tests (Playwright drives /usr/bin/chromium; it never downloads a
# browser). Needs root or sudo.
set -euo pipefail
need=()
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || need+=(rabbitmq-server)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
command -v setpriv >/dev/null || need+=(util-linux)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -d /usr/share/fonts/truetype/liberation ] || need+=(fonts-liberation)
if [ ${#need[@]} -gt 0 ]; then
  sudo=(); [ "$(id -u)" = 0 ] || sudo=(sudo)
  echo "Installing ${need[*]} ..."
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# Debian's packages start system-wide servers on the default ports; the suite runs its own.
for svc in rabbitmq-server postgresql; do
  if command -v service >/dev/null && service "$svc" status >/dev/null 2>&1; then
    service "$svc" stop >/dev/null 2>&1 || true
  fi
done
