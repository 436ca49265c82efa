#!/usr/bin/env bash
# Runs every test discern has: formatting, lints, the Rust test suite (unit,
# integration, snapshot, property tests), and the checks that need outside programs
# (real Akismet clients, PostgreSQL), which the scripts below install if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked
for extra in scripts/server-postgres.sh scripts/server-compat.sh scripts/wordpress-e2e.sh scripts/backup-restore.sh; do
    if [[ -x $extra ]]; then
        echo "== $extra"
        "$extra"
    fi
done
echo "== all tests passed"
