#!/usr/bin/env bash
# Load test of comment-check on loopback with wrk: installs wrk if missing, builds and
# starts the server (release) with a fresh database and an unlimited key, posts a realistic
# WordPress comment form body, prints wrk's results (with latency percentiles).
#
# Env: THREADS (2), CONNECTIONS (64), DURATION (20s), SERVER_CPUS (cpu list for the
# server, e.g. "0" to pin it to one core; default: unpinned).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cargo build -q --release -p discern
BIN=${CARGO_TARGET_DIR:-$PWD/target}/release/discern

WORK=$(mktemp -d /tmp/discern-load.XXXXXX)
PID=
cleanup() {
    if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
export RUST_LOG=warn
KEY=$("$BIN" keys --db "$WORK/discern.db" create --site https://blog.example --rate-limit 0 | head -1)
SERVE=("$BIN" serve --listen 127.0.0.1:0 --db "$WORK/discern.db")
if [ -n "${SERVER_CPUS:-}" ]; then taskset -c "$SERVER_CPUS" "${SERVE[@]}" > "$WORK/out" 2> "$WORK/log" & else "${SERVE[@]}" > "$WORK/out" 2> "$WORK/log" & fi
PID=$!
for _ in $(seq 100); do grep -q '^listening on ' "$WORK/out" && break; sleep 0.1; done
URL=$(sed -n 's/^listening on //p' "$WORK/out")

cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["User-Agent"] = "WordPress/6.5; https://blog.example | Akismet/5.3"
local comments = {
  "Great article! I have been looking for a clear explanation of this for weeks, thanks for sharing.",
  "Buy cheap followers and likes now, best prices guaranteed, visit our site for a free trial",
  "I disagree with the second point, in my experience the older approach scales better for small teams.",
  "Check out our new summer collection, 30% off everything this weekend only, link in profile",
}
local function enc(s) return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
local bodies = {}
for i, c in ipairs(comments) do
  bodies[i] = "api_key=$KEY&blog=" .. enc("https://blog.example") .. "&user_ip=203.0.113." .. i ..
    "&user_agent=" .. enc("Mozilla/5.0 (X11; Linux x86_64) Firefox/126.0") .. "&referrer=" .. enc("https://www.google.com/") ..
    "&permalink=" .. enc("https://blog.example/2024/05/post-" .. i) .. "&comment_type=comment" ..
    "&comment_author=" .. enc("Reader " .. i) .. "&comment_author_email=" .. enc("reader" .. i .. "@example.com") ..
    "&comment_author_url=&comment_content=" .. enc(c) .. "&comment_date_gmt=2024-05-01T10:00:00Z&blog_lang=en_US&blog_charset=UTF-8"
end
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, "/1.1/comment-check", nil, bodies[(n % #bodies) + 1])
end
LUA

echo "server: $URL ($(nproc) cores), wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}')"
wrk -t "${THREADS:-2}" -c "${CONNECTIONS:-64}" -d "${DURATION:-20s}" --latency -s "$WORK/post.lua" "$URL/1.1/comment-check"
echo "checks stored: $(curl -s "$URL/metrics" | sed -n 's/^discern_checks_written_total //p')"
