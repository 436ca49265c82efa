#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster: by default the PostgreSQL tests of
# the workspace, or whatever command follows (scripts/test.sh runs the whole `cargo test`
# this way, so the PostgreSQL tests need no second compile).
#
# Installs Debian's postgresql if missing (idempotent), initdb's a cluster into a temp dir,
# starts it on a free port (as the `postgres` user when run as root: PostgreSQL refuses to
# run as root), exports DISCERN_TEST_POSTGRES_URL, runs the command, and stops the cluster.
#
# The default command builds with the workspace's one feature set (`--workspace`, as
# scripts/test.sh does): selecting packages with -p would unify features differently and
# recompile shared dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
DIR=$(mktemp -d /tmp/discern-pg.XXXXXX)
chmod 755 "$DIR"
AS=()
if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$DIR"
    AS=(runuser -u postgres --)
fi
cleanup() {
    "${AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap cleanup EXIT

"${AS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U discern --auth=trust -E UTF8 >/dev/null
"${AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null
"${AS[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U discern discern_test

export DISCERN_TEST_POSTGRES_URL="postgres://discern@127.0.0.1:$PORT/discern_test"
echo "PostgreSQL running: $DISCERN_TEST_POSTGRES_URL"
if [ $# -eq 0 ]; then
    set -- cargo test --workspace --locked postgres -- --nocapture
fi
"$@"
