#!/usr/bin/env bash
# The server under load, as issue 14 asks: wrk on Akismet comment-check over loopback
# against a release build, while IDLE (1000) connections are held open and submit-ham
# feedback is written at FEEDBACK_RATE per second; then the server is stopped and the
# store is counted: every feedback the server acknowledged must be there.
#
# Prints wrk's report and a summary: requests/s, p50/p99 latency, errors, idle
# connections held, feedback acknowledged vs stored (lost = acknowledged, not stored),
# comment-checks answered vs checks stored.
#
# Env: THREADS (2) CONNECTIONS (64) DURATION (20, seconds) IDLE (1000) FEEDBACK_RATE (20)
#      ACCESS_LOG (on: the per-request log line, written to a file; off: RUST_LOG=warn)
#      FEEDBACK_LEARN (on; off sends the feedback with is_test=1: stored, not learned from)
#      SERVER_CPUS (taskset list for the server, e.g. "0"; default unpinned)
#      BIN (a discern binary; default: build target/release/discern)
set -euo pipefail
cd "$(dirname "$0")/.."
THREADS=${THREADS:-2} CONNECTIONS=${CONNECTIONS:-64} DURATION=${DURATION:-20}
IDLE=${IDLE:-1000} FEEDBACK_RATE=${FEEDBACK_RATE:-20} ACCESS_LOG=${ACCESS_LOG:-on}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
if [ -z "${BIN:-}" ]; then
    nice cargo build -q --release -p discern
    BIN=${CARGO_TARGET_DIR:-$PWD/target}/release/discern
fi
# 1000 idle sockets on each side of loopback, plus wrk's: well past the usual 1024. As
# high as this shell may go (the hard limit), and at least what the idle ones need.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((IDLE + CONNECTIONS + 256)) ]; then
    echo "open-file limit $(ulimit -n) is too low for $IDLE idle connections" >&2; exit 2
fi

WORK=$(mktemp -d /tmp/discern-load.XXXXXX)
PID=
cleanup() {
    if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
DB="$WORK/discern.db"
# The connection cap must hold the idle ones and wrk's (at the cap the longest-idle
# connection is evicted, which would turn "held open" into churn).
cat > "$WORK/discern.toml" <<TOML
[limits]
max_connections = $((IDLE + CONNECTIONS + 512))
TOML
KEY=$(RUST_LOG=warn "$BIN" keys --db "$DB" create --site https://blog.example --rate-limit 0 | head -1)
if [ "$ACCESS_LOG" = on ]; then export RUST_LOG=info; else export RUST_LOG=warn; fi
SERVE=("$BIN" serve --listen 127.0.0.1:0 --db "$DB" --config "$WORK/discern.toml")
if [ -n "${SERVER_CPUS:-}" ]; then SERVE=(taskset -c "$SERVER_CPUS" "${SERVE[@]}"); fi
"${SERVE[@]}" > "$WORK/out" 2> "$WORK/log" &
PID=$!
for _ in $(seq 100); do grep -q '^listening on ' "$WORK/out" && break; sleep 0.1; done
URL=$(sed -n 's/^listening on //p' "$WORK/out")

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server: $URL, wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'), -t$THREADS -c$CONNECTIONS -d${DURATION}s; idle $IDLE; feedback ${FEEDBACK_RATE}/s (learning ${FEEDBACK_LEARN:-on}); access log $ACCESS_LOG"
if [ "${FEEDBACK_LEARN:-on}" = off ]; then LEARN=test; else LEARN=learn; fi
python3 bench/server_load_side.py "$URL" "$KEY" "$IDLE" "$FEEDBACK_RATE" $((DURATION + 4)) "$LEARN" > "$WORK/side.json" &
SIDE=$!
sleep 2   # the idle connections are open before wrk starts
KEY=$KEY wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --latency -s bench/server_load.lua \
    "$URL/1.1/comment-check" | tee "$WORK/wrk.txt"
wait "$SIDE"
# A graceful stop drains requests and writes the queued checks; then count the store.
kill -TERM "$PID"; wait "$PID" || true; PID=
python3 - "$DB" "$WORK/wrk.txt" "$WORK/side.json" "$WORK/log" <<'PY'
import json, re, sqlite3, sys
db, wrk_txt, side_json, log = sys.argv[1:5]
wrk = open(wrk_txt).read()
side = json.load(open(side_json))
c = sqlite3.connect(db)
stored_fb = c.execute("SELECT COUNT(*) FROM feedback WHERE content LIKE 'bench feedback %'").fetchone()[0]
checks = c.execute("SELECT COUNT(*) FROM checks").fetchone()[0]
def pct(p):
    m = re.search(r"^\s+%s%%\s+(\S+)" % p, wrk, re.M)
    return m.group(1) if m else "?"
rps = re.search(r"Requests/sec:\s+(\S+)", wrk).group(1)
total = int(re.search(r"(\d+) requests in", wrk).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", wrk)
errors = re.search(r"Socket errors: (.*)", wrk)
access_lines = sum(1 for l in open(log, errors="replace") if "discern::access" in l)
print("--- summary")
print(f"comment-check: {rps} req/s, p50 {pct(50)}, p99 {pct(99)}, "
      f"non-2xx {non2xx.group(1) if non2xx else 0}, socket errors: {errors.group(1) if errors else 'none'}")
print(f"idle connections held: min {side['idle_open_min']}, avg {side['idle_open_avg']} of {side['idle_target']} "
      f"({side['idle_connects']} connects in all)")
print(f"feedback: {side['feedback_acked']} acknowledged, {stored_fb} stored, "
      f"lost {max(0, side['feedback_acked'] - stored_fb)} ({side['feedback_failed']} not acknowledged)")
print(f"checks: {total} comment-checks sent by wrk, {checks} stored after a graceful stop "
      f"(wrk's count includes requests cut off at its end); access log lines: {access_lines}")
PY
