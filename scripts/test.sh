#!/usr/bin/env bash
# Runs every test discern has: formatting, lints, the Rust test suite (unit,
# integration, snapshot, property tests), and the checks that need outside programs
# (real Akismet clients, PostgreSQL), which the scripts below install if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
# A one-off run gains nothing from incremental state and it costs gigabytes of disk.
export CARGO_INCREMENTAL=${CARGO_INCREMENTAL:-0}

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
# One compile of the workspace, one feature set: the PostgreSQL tests run inside the same
# `cargo test` (server-postgres.sh starts a throwaway cluster and sets
# DISCERN_TEST_POSTGRES_URL around it), and the Akismet clients talk to the `discern`
# binary that build produced, so nothing is compiled a second time.
echo "== cargo test (with a throwaway PostgreSQL)"
scripts/server-postgres.sh cargo test --workspace --locked
bin=${CARGO_TARGET_DIR:-$PWD/target}/debug/discern
echo "== scripts/server-compat.sh"
DISCERN_BIN=$bin scripts/server-compat.sh
for extra in scripts/wordpress-e2e.sh scripts/dashboard-e2e.sh scripts/backup-restore.sh; do
    if [[ -x $extra ]]; then
        echo "== $extra"
        DISCERN_BIN=$bin "$extra"
    fi
done
echo "== all tests passed"
