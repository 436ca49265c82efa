#!/usr/bin/env bash
# The redirect under load (issue 13): wrk on GET /l/{code} over loopback against a release
# `discern serve`, then a graceful stop (the batched click writer drains) and a count of
# the store: every click wrk received a 302 for must be in measure_clicks.
#
# Env: THREADS (2) CONNECTIONS (64) DURATION (20, seconds)
#      BIN (a discern binary; default: build target/release/discern)
#      TMPDIR (where the work directory with the SQLite file goes)
set -euo pipefail
cd "$(dirname "$0")/.."
THREADS=${THREADS:-2} CONNECTIONS=${CONNECTIONS:-64} DURATION=${DURATION:-20}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
if [ -z "${BIN:-}" ]; then
    nice cargo build -q --release -p discern
    BIN=${CARGO_TARGET_DIR:-$PWD/target}/release/discern
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/discern-redirect.XXXXXX")
PID=
cleanup() {
    if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
DB="$WORK/discern.db"
export RUST_LOG=warn
KEY=$("$BIN" keys --db "$DB" create --site https://blog.example --rate-limit 0 | head -1)
"$BIN" campaigns --db "$DB" --key "$KEY" create --name "Redirect load" --goal signups --target 1000 > /dev/null
CAMPAIGN=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT MAX(id) FROM measure_campaigns').fetchone()[0])" "$DB")
"$BIN" links --db "$DB" --key "$KEY" create --campaign "$CAMPAIGN" --to https://example.com/signup --code bench --channel x > /dev/null
"$BIN" serve --listen 127.0.0.1:0 --db "$DB" > "$WORK/out" 2> "$WORK/log" &
PID=$!
for _ in $(seq 100); do grep -q '^listening on ' "$WORK/out" && break; sleep 0.1; done
URL=$(sed -n 's/^listening on //p' "$WORK/out")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server: $URL, wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'), -t$THREADS -c$CONNECTIONS -d${DURATION}s"
wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --latency -s bench/redirect_load.lua "$URL/l/bench?ref=wrk" | tee "$WORK/wrk.txt"
kill -TERM "$PID"; wait "$PID" || true; PID=
python3 - "$DB" "$WORK/wrk.txt" <<'PY'
import re, sqlite3, sys
db, wrk_txt = sys.argv[1:3]
wrk = open(wrk_txt).read()
stored = sqlite3.connect(db).execute("SELECT COUNT(*) FROM measure_clicks").fetchone()[0]
def pct(p):
    m = re.search(r"^\s+%s%%\s+(\S+)" % p, wrk, re.M)
    return m.group(1) if m else "?"
rps = re.search(r"Requests/sec:\s+(\S+)", wrk).group(1)
got = int(re.search(r"302 responses: (\d+)", wrk).group(1))
total = int(re.search(r"(\d+) requests in", wrk).group(1))
errors = re.search(r"Socket errors: (.*)", wrk)
print("--- summary")
print(f"/l/bench: {rps} redirects/s, p50 {pct(50)}, p99 {pct(99)}, {total} responses of which {got} were 302, "
      f"socket errors: {errors.group(1) if errors else 'none'}")
print(f"clicks: {got} redirects received by wrk, {stored} stored after a graceful stop, "
      f"missing {max(0, got - stored)}")
PY
