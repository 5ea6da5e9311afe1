#!/usr/bin/env bash
# Install what the checks need and run every check: the README's test command.
#
#   bash scripts/check.sh
#
# Needs only Rust (cargo, with clippy and rustfmt), a C compiler (ring builds C and assembly)
# and Python >= 3.9 with pip.
# Everything Python goes into ./.venv; the native module is built on the dev profile.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
# shellcheck disable=SC1091
source .venv/bin/activate
export PYO3_PYTHON="$PWD/.venv/bin/python"

step() { printf '\n==> %s\n' "$*"; }

step "install test dependencies (pinned and hash-checked: requirements-dev.txt, refreshed by scripts/lock.sh)"
python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.txt
python scripts/check_lock.py requirements-dev.txt

step "rust-version (Cargo.toml) is the toolchain these checks run on"
declared="$(sed -n 's/^rust-version = "\(.*\)"/\1/p' Cargo.toml)"
running="$(rustc --version | cut -d' ' -f2 | cut -d. -f1,2)"
if [ "$declared" != "$running" ]; then
    echo "Cargo.toml declares rust-version $declared, but the checks run on rustc $running: declare the tested one" >&2
    exit 1
fi

step "cargo fmt --check (the workspace: the extension crate and crates/clerk-core)"
cargo fmt --all --check

step "cargo clippy -- -D warnings"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "cargo test (the core crate's unit tests and the extension crate's)"
cargo test --workspace --quiet

step "build the native module (dev profile)"
maturin develop --quiet

step "ruff"
ruff check .
ruff format --check .

step "GitHub workflows: zizmor (offline: syntax, pinned actions, permissions, injection)"
zizmor --offline --quiet .github/workflows/

step "stubs: generated files are current, and stubtest agrees with the module"
python scripts/gen_stubs.py --check
python -m mypy.stubtest clerk_backend --allowlist scripts/stubtest-allowlist.txt

step "mypy --strict on the package and the examples"
python -m mypy --strict python/clerk_backend/ examples/

step "pytest"
python -m pytest -q

step "pytest on the other CPythons the package claims: 3.9 and 3.13 (scripts/test_pythons.sh)"
bash scripts/test_pythons.sh

step "packaging: release wheel and sdist, each installed into a fresh virtualenv"
python scripts/check_packaging.py

step "fuzz smoke run: every atheris harness and cargo-fuzz target for a few seconds"
bash scripts/fuzz.sh --smoke
