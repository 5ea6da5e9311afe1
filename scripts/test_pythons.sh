#!/usr/bin/env bash
# Run the package's pytest suite on the other CPythons it claims (3.9 and 3.13), next to 3.11:
#
#   bash scripts/test_pythons.sh [VERSION ...]      # default: 3.9 3.13
#
# scripts/pythons.sh provides each interpreter (built from Debian's source packages, cached).
# Each gets its own virtualenv, .venv-<version>, with the test dependencies of
# requirements-dev-<version>.txt (the same inputs as requirements-dev.txt, locked for that
# version, wheels only) and the package's wheel, built for that interpreter on the dev profile (the
# module is built for one CPython version, as the release wheels are). Every test dependency has
# wheels for both, so nothing is left out; with CI set, a test skipped for a missing dependency
# fails there too.
set -euo pipefail
cd "$(dirname "$0")/.."

versions=("$@")
[ "${#versions[@]}" -gt 0 ] || versions=(3.9 3.13)

wheels="target/wheels-dev"
rm -rf "$wheels"

for version in "${versions[@]}"; do
    python="$(bash scripts/pythons.sh "$version" | tail -1)"
    maturin build --profile dev --quiet --interpreter "$python" --out "$wheels/$version" >/dev/null
    cp="cp${version/./}"
    wheel="$(ls "$wheels/$version"/*-"$cp-$cp"-*.whl)"
    venv=".venv-$version"
    [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
    (
        # shellcheck disable=SC1090,SC1091
        source "$venv/bin/activate"
        pip=(python -m pip install --quiet --disable-pip-version-check)
        "${pip[@]}" --require-hashes -r requirements-pip.txt
        "${pip[@]}" --require-hashes --only-binary :all: -r "requirements-dev-$version.txt"
        "${pip[@]}" --no-deps --force-reinstall "$wheel"
        python scripts/check_lock.py "requirements-dev-$version.txt"
        echo "pytest on $(python --version)"
        python -m pytest -q -p no:cacheprovider
    )
done
