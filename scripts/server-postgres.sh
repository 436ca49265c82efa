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
# A throwaway CA and a server certificate for 127.0.0.1 signed by it, so the TLS path
# (sslmode=require) is tested too; the tests trust the CA through DISCERN_TEST_POSTGRES_CA
# (sslrootcert). (rustls refuses a self-signed CA certificate as the server's own.)
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=discern test CA" \
    -keyout "$DIR/ca.key" -out "$DIR/ca.pem" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
    -keyout "$DIR/server.key" -out "$DIR/server.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' > "$DIR/server.ext"
openssl x509 -req -in "$DIR/server.csr" -CA "$DIR/ca.pem" -CAkey "$DIR/ca.key" \
    -CAcreateserial -days 2 -extfile "$DIR/server.ext" -out "$DIR/server.crt" 2>/dev/null
chmod 600 "$DIR/server.key"
chmod 644 "$DIR/ca.pem"
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$DIR/server.key" "$DIR/server.crt"; fi
"${AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=on -c ssl=on -c ssl_cert_file=$DIR/server.crt -c ssl_key_file=$DIR/server.key" start >/dev/null
"${AS[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U discern discern_test

export DISCERN_TEST_POSTGRES_URL="postgres://discern@127.0.0.1:$PORT/discern_test"
export DISCERN_TEST_POSTGRES_CA="$DIR/ca.pem"
echo "PostgreSQL running: $DISCERN_TEST_POSTGRES_URL"
if [ $# -eq 0 ]; then
    set -- cargo test --workspace --locked postgres -- --nocapture
fi
"$@"
