#!/usr/bin/env bash
# Runs every test of the solution. Installs RabbitMQ and PostgreSQL from Debian's packages if
# missing; the tests start their own servers (own ports, own data folders under
# /tmp/crewline-tests) and stop them. Ends with one line "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-servers.sh || exit 1

log=$(mktemp)
cleanup() {
  # Servers a crashed test host could not stop.
  pkill -TERM -f 'scripts/(postgres|rabbitmq)-local.sh [0-9]+ /tmp/crewline-tests' 2>/dev/null || true
  rm -f "$log"
}
trap cleanup EXIT

dotnet test Platform.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

python3 - "$log" <<'PY'
import re, sys
passed = failed = skipped = 0
for line in open(sys.argv[1], errors="replace"):
    m = re.search(r"(?:Passed|Failed)!\s+-\s+Failed:\s+(\d+),\s+Passed:\s+(\d+),\s+Skipped:\s+(\d+)", line)
    if m:
        failed += int(m.group(1)); passed += int(m.group(2)); skipped += int(m.group(3))
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit "$status"
