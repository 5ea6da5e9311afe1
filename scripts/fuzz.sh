#!/usr/bin/env bash
# Run every fuzz harness: the atheris harnesses in fuzz/python/, then the cargo-fuzz targets
# (fuzz/rust/run.sh, given the same arguments) when that script exists.
#
#   bash scripts/fuzz.sh --smoke        # 10,000 inputs per harness from a fixed seed (CI: repeatable)
#   bash scripts/fuzz.sh --seconds N    # N seconds per harness
#   bash scripts/fuzz.sh --runs N       # N executions per harness
#
# Needs .venv with clerk_backend and the packages of requirements-dev.txt (atheris among them):
# bash scripts/check.sh installs them. Each harness starts from its seeds in fuzz/python/seeds/
# and grows a working corpus in $FUZZ_WORK (default: a fresh temporary directory), so the seeds
# are never written to. Every input must finish within 5 seconds (-timeout=5).
# Exits non-zero when any harness reports a finding; its input is saved in $FUZZ_WORK/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
    sed -n '2,8p' "$0" >&2
    exit 2
}

# The smoke run is deterministic (fixed seed, fixed count), so CI gives the same verdict every
# time; the timed and long runs explore with fresh seeds.
limit=(-seed=1 -runs=10000)
case "${1:-}" in
    --smoke) ;;
    --seconds) [[ "${2:-}" =~ ^[0-9]+$ ]] || usage; limit=("-max_total_time=$2") ;;
    --runs) [[ "${2:-}" =~ ^[0-9]+$ ]] || usage; limit=("-runs=$2") ;;
    *) usage ;;
esac

PY=.venv/bin/python
if ! "$PY" -c "import atheris, clerk_backend" 2>/dev/null; then
    echo "fuzz.sh: .venv needs clerk_backend and atheris (run bash scripts/check.sh first)" >&2
    exit 2
fi

work="${FUZZ_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/clerk-fuzz.XXXXXX")}"
mkdir -p "$work/artifacts"
failed=()
for harness in fuzz/python/fuzz_*.py; do
    name="$(basename "$harness" .py)"
    name="${name#fuzz_}"
    mkdir -p "$work/corpus/$name" "$work/artifacts/$name"
    printf '==> %s (%s)\n' "$harness" "${limit[*]}"
    if "$PY" "$harness" -timeout=5 -keep_seed=1 "${limit[@]}" -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/$name/" \
        "$work/corpus/$name" "fuzz/python/seeds/$name" >"$work/$name.log" 2>&1; then
        grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec)' "$work/$name.log" || true
    else
        failed+=("$name")
        echo "FINDING in $name: see $work/$name.log and $work/artifacts/$name/" >&2
        grep -A 30 -E 'Uncaught Python exception|ERROR: libFuzzer' "$work/$name.log" | head -n 40 >&2 || true
    fi
done

if [ -f fuzz/rust/run.sh ]; then
    printf '==> fuzz/rust/run.sh %s\n' "$*"
    bash fuzz/rust/run.sh "$@" || failed+=("fuzz/rust")
fi

if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz.sh: findings in: ${failed[*]} (work directory: $work)" >&2
    exit 1
fi
echo "fuzz.sh: no findings (work directory: $work)"
