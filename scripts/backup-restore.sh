#!/usr/bin/env bash
# The README's backup and restore of discern's SQLite file, checked against a running server:
# while `discern serve` takes comment-checks and feedback, `sqlite3 .backup` and `VACUUM INTO`
# copy the database; both copies pass `PRAGMA integrity_check`, and a server started on the
# restored copy still accepts the key and answers. Installs Debian's sqlite3 if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
if ! command -v sqlite3 >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq sqlite3 >/dev/null
fi
# DISCERN_BIN: a discern binary already built (scripts/test.sh passes the one its
# `cargo test` made, so CI compiles nothing twice); else a release build.
if [[ -n ${DISCERN_BIN:-} ]]; then
    DISCERN=$DISCERN_BIN
else
    cargo build -q --release -p discern
    DISCERN=${CARGO_TARGET_DIR:-$ROOT/target}/release/discern
fi

WORK=$(mktemp -d /tmp/discern-backup.XXXXXX)
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; tail -20 "$WORK"/*.log >&2 || true; exit 1; }

serve() { # db out log -> sets URL
    "$DISCERN" serve --listen 127.0.0.1:0 --db "$1" >"$2" 2>"$3" &
    PIDS+=($!)
    for _ in $(seq 100); do grep -q '^listening on ' "$2" && break; sleep 0.1; done
    URL=$(sed -n 's/^listening on //p' "$2")
    [ -n "$URL" ] || fail "discern serve did not start"
}
BLOG=https://backup.example
KEY=$("$DISCERN" keys --db "$WORK/live.db" create --site "$BLOG" --rate-limit 1000 | head -1)
serve "$WORK/live.db" "$WORK/live.out" "$WORK/live.log"
LIVE=$URL

# Writes keep going during both copies.
(
    i=0
    while :; do
        i=$((i + 1))
        curl -s -o /dev/null --max-time 5 "$LIVE/1.1/comment-check" -d "api_key=$KEY" -d "blog=$BLOG" \
            -d user_ip=203.0.113.9 --data-urlencode "comment_content=comment $i: buy cheap pills http://x.example/$i"
        ((i % 10)) || curl -s -o /dev/null --max-time 5 "$LIVE/1.1/submit-ham" -d "api_key=$KEY" -d "blog=$BLOG" \
            -d user_ip=203.0.113.9 --data-urlencode "comment_content=a genuine comment number $i"
    done
) &
WRITER=$!
PIDS+=($WRITER)
sleep 1
sqlite3 "$WORK/live.db" ".backup '$WORK/backup.db'" || fail ".backup"
sqlite3 "$WORK/live.db" "VACUUM INTO '$WORK/vacuum.db'" || fail "VACUUM INTO"
sleep 0.5
kill "$WRITER"
for copy in backup vacuum; do
    [ "$(sqlite3 "$WORK/$copy.db" 'PRAGMA integrity_check')" = ok ] || fail "$copy.db: integrity_check"
    n=$(sqlite3 "$WORK/$copy.db" 'SELECT COUNT(*) FROM checks')
    [ "$n" -gt 0 ] || fail "$copy.db holds no checks"
    echo "ok   $copy.db taken while serving: integrity ok, $n checks"
done

# Restore: a server on the copied file accepts the same key.
mkdir "$WORK/restored"
cp "$WORK/backup.db" "$WORK/restored/discern.db"
serve "$WORK/restored/discern.db" "$WORK/restored.out" "$WORK/restored.log"
[ "$(curl -s "$URL/1.1/verify-key" -d "key=$KEY" -d "blog=$BLOG")" = valid ] || fail "restored copy: key not valid"
answer=$(curl -s "$URL/1.1/comment-check" -d "api_key=$KEY" -d "blog=$BLOG" -d user_ip=203.0.113.9 -d comment_content=hello)
[[ $answer = true || $answer = false ]] || fail "restored copy: comment-check answered '$answer'"
echo "ok   server on the restored copy: key valid, comment-check answers"
