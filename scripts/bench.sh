#!/usr/bin/env bash
# Build the wheel exactly as a user's `pip install .` builds it (pip, in an isolated build environment
# with the pinned maturin, on the release profile: fat LTO, one codegen unit), install it into its own
# virtualenv, .venv-bench, and check every performance target against its peer (benchmarks/bench_all.py).
#
#   bash scripts/bench.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv-bench/bin/python ]; then
    "$PYTHON" -m venv .venv-bench
fi
# shellcheck disable=SC1091
source .venv-bench/bin/activate
export PYO3_PYTHON="$PWD/.venv-bench/bin/python"
python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-bench.txt -r requirements-build.txt
python scripts/check_lock.py requirements-bench.txt
rm -rf target/wheels
python scripts/check_lock.py requirements-build.txt --constraints target/build-constraints.txt
PIP_CONSTRAINT="$PWD/target/build-constraints.txt" python -m pip wheel --quiet --no-deps . -w target/wheels
python -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps target/wheels/*.whl
# Every target of the benchmarks, in one process, as one table (the separate bench_*.py scripts still run alone).
python benchmarks/bench_all.py "$@"
