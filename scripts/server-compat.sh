#!/usr/bin/env bash
# Runs real Akismet clients (npm akismet-api and @cedx/akismet, PyPI akismet 25.10.1)
# against a freshly started discern serve with a fresh database and key.
#
# Installs the clients if missing (npm ci / pip install into compat/python/.venv; both
# idempotent), starts the server on a free port, runs both suites, stops the server.
# The server is the `discern` binary itself (`discern keys create`, `discern serve`).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# DISCERN_BIN: a discern binary already built (scripts/test.sh passes the one `cargo
# test` built, to avoid a release build of the whole tree); else build a release one.
if [ -n "${DISCERN_BIN:-}" ] && [ -x "$DISCERN_BIN" ]; then
    DISCERN=$DISCERN_BIN
else
    cargo build -q --release -p discern
    DISCERN=${CARGO_TARGET_DIR:-$ROOT/target}/release/discern
fi

(cd compat/npm && { [ -d node_modules/@cedx/akismet ] && [ -d node_modules/akismet-api ] || npm ci --no-audit --no-fund || npm install --no-audit --no-fund; })
if [ ! -x compat/python/.venv/bin/python ] || ! compat/python/.venv/bin/python -c 'import akismet, pytest' 2>/dev/null; then
    python3 -m venv compat/python/.venv
    compat/python/.venv/bin/pip install -q 'akismet==25.10.1' pytest
fi

WORK=$(mktemp -d /tmp/discern-compat.XXXXXX)
PID=
cleanup() {
    if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

KEY=$("$DISCERN" keys --db "$WORK/discern.db" create --rate-limit 1000 | head -1)
"$DISCERN" serve --listen 127.0.0.1:0 --db "$WORK/discern.db" > "$WORK/out" 2> "$WORK/log" &
PID=$!
for _ in $(seq 100); do grep -q '^listening on ' "$WORK/out" && break; sleep 0.1; done
URL=$(sed -n 's/^listening on //p' "$WORK/out")
[ -n "$URL" ] || { cat "$WORK/log"; exit 1; }
echo "discern serve at $URL (key ${KEY:0:4}********)"

status=0
echo "== npm: akismet-api, @cedx/akismet"
(cd compat/npm && DISCERN_URL=$URL DISCERN_KEY=$KEY node compat.mjs) || status=1
echo "== PyPI: akismet $(compat/python/.venv/bin/python -c 'import importlib.metadata as m; print(m.version("akismet"))')"
(cd compat/python && DISCERN_URL=$URL DISCERN_KEY=$KEY .venv/bin/python -m pytest -q -p no:cacheprovider compat.py) || status=1
exit $status
