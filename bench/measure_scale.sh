#!/usr/bin/env bash
# Events at scale (issue 13): loads CLICKS click events for one campaign into a real
# SQLite file through discern-measure's own write path (MeasureDb::insert_clicks in
# transactions of 50,000, what the server's batched click writer calls), adds a conversion
# for 0.5% of human clicks, checkpoints the WAL, then times the campaign report
# (service::report, what GET /v1/campaigns/{id}/report calls) RUNS times.
#
# Prints: load rate, the file's size and bytes per click, the query plan of the click read,
# each report's time with the share spent reading clicks, the report's click counts, and
# what one SQL aggregate over the same rows costs.
#
# Usage: bench/measure_scale.sh [CLICKS (10000000)] [RUNS (3)]
# Env:   DB_DIR (where the SQLite file goes; default a fresh mktemp -d, removed at the end;
#        10,000,000 clicks take about 1.7 GB there, and the report needs about as much
#        memory again)
set -euo pipefail
cd "$(dirname "$0")/.."
CLICKS=${1:-10000000} RUNS=${2:-3}
nice cargo build -q --release -p discern-measure --example measure_scale
BIN=${CARGO_TARGET_DIR:-$PWD/target}/release/examples/measure_scale
if [ -z "${DB_DIR:-}" ]; then
    DB_DIR=$(mktemp -d)
    trap 'rm -rf "$DB_DIR"' EXIT
fi
nice "$BIN" "$DB_DIR/measure_scale.sqlite" "$CLICKS" "$RUNS"
