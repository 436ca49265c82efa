#!/usr/bin/env bash
# The dashboard in a real browser: Debian's `chromium`, headless, driven by playwright-core
# (npm, no browser download: it is pointed at /usr/bin/chromium) against a fresh
# `discern serve` with a temp SQLite database. compat/browser/dashboard.mjs logs in with a
# key, creates a campaign, confirms a verdict in the moderation queue, turns shadow mode on
# and reads the campaign report, the HTML one too.
#
# Installs chromium if missing (one apt-get update, only then) and playwright-core into
# compat/browser/node_modules (npm ci, idempotent). Screenshots of each page are kept in
# $DASHBOARD_ARTEFACTS (default target/dashboard-e2e/, ignored by git). Everything after
# the installs is bounded by E2E_TIMEOUT (90 s); it runs in about 10 s.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

need=()
for pkg in chromium curl; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
if ((${#need[@]})); then
    echo "installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need[@]}" >/dev/null
fi
(cd compat/browser && { [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund || npm install --no-audit --no-fund; })

# DISCERN_BIN: a discern binary already built (scripts/test.sh passes the one its
# `cargo test` made, so CI compiles nothing twice); else a release build.
if [[ -n ${DISCERN_BIN:-} ]]; then
    DISCERN=$DISCERN_BIN
else
    cargo build -q --release -p discern
    DISCERN=${CARGO_TARGET_DIR:-$ROOT/target}/release/discern
fi
OUT=${DASHBOARD_ARTEFACTS:-${CARGO_TARGET_DIR:-$ROOT/target}/dashboard-e2e}
rm -rf "$OUT"
mkdir -p "$OUT"

WORK=$(mktemp -d /tmp/discern-dash.XXXXXX)
PID=
cleanup() {
    if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    [ -f "$WORK/discern.log" ] && tail -20 "$WORK/discern.log" >&2
    exit 1
}

SITE=https://blog.example
KEY=$("$DISCERN" keys --db "$WORK/discern.db" create --site "$SITE" | head -1)
"$DISCERN" serve --listen 127.0.0.1:0 --db "$WORK/discern.db" >"$WORK/discern.out" 2>"$WORK/discern.log" &
PID=$!
for _ in $(seq 100); do grep -q '^listening on ' "$WORK/discern.out" && break; sleep 0.1; done
URL=$(sed -n 's/^listening on //p' "$WORK/discern.out")
[ -n "$URL" ] || fail "discern serve did not start"
echo "discern serve at $URL (key ${KEY:0:4}********)"

# Two comments for the moderation queue, through the Akismet API as a blog would send them.
comment() {
    curl -fsS "$URL/1.1/comment-check" --data-urlencode "api_key=$KEY" --data-urlencode "blog=$SITE" \
        --data-urlencode "comment_type=comment" --data-urlencode "user_ip=192.0.2.9" \
        --data-urlencode "user_agent=Mozilla/5.0" --data-urlencode "permalink=$SITE/roses" \
        --data-urlencode "comment_author=$1" --data-urlencode "comment_content=$2"
}
[ "$(comment winner 'WINNER!! cheap viagra pills casino, WIN a FREE iPhone!!! Call 09061701461 now to claim your prize')" = true ] ||
    fail "the spam comment was not caught"
[ "$(comment ann 'Thanks for the detailed write-up on pruning roses, I tried it on my garden this weekend and it worked.')" = false ] ||
    fail "the genuine comment was called spam"

timeout "${E2E_TIMEOUT:-90}" node compat/browser/dashboard.mjs "$URL" "$KEY" "$SITE" "$OUT" || fail "the browser test failed"
ls "$OUT"
