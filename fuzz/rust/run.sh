#!/usr/bin/env bash
# libFuzzer fuzzing of the PyO3-free cores (crates/clerk-core/) with cargo-fuzz. See README.md.
#
# usage: bash fuzz/rust/run.sh [--smoke | --seconds N | --runs N] [--sanitizer none|address]
#                              [--target NAME]...
#   --smoke        300,000 inputs per target from a fixed seed (the default; repeatable, for CI)
#   --seconds N    N seconds per target
#   --runs N       N executions per target (the seeds included)
#   --sanitizer S  none (default: about 6x more exec/s) or address (ASan; catches memory
#                  errors in the dependencies' unsafe code; the main crate forbids unsafe)
#   --target NAME  only this target (repeatable); default: every target, one after another
# Each target starts from seeds/<target>/ (and regressions/<target>/) and grows a working corpus
# in $FUZZ_WORK/rust/corpus/<target>/ when FUZZ_WORK is set, else in fuzz/rust/corpus/<target>/
# (gitignored); crash inputs and logs go next to it (artifacts/<target>/,
# logs/<date>-<pid>/<target>.log).
# Exits non-zero when a target crashes or the build fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ALL_TARGETS=(json_walk webhook_headers base64_and_jwt_decode jwt_keys)

number() {  # number VALUE OPTION: exit 2 unless VALUE is a whole number
    [[ "$1" =~ ^[0-9]+$ ]] || { echo "fuzz/rust/run.sh: $2 needs a number, got '$1'" >&2; exit 2; }
}

limit=(-seed=1 -runs=300000)
sanitizer=none
targets=()
while (($#)); do
    case "$1" in
        --smoke) limit=(-seed=1 -runs=300000); shift ;;
        --seconds) number "${2:-}" "$1"; limit=(-max_total_time="$2"); shift 2 ;;
        --seconds=*) number "${1#*=}" --seconds; limit=(-max_total_time="${1#*=}"); shift ;;
        --runs) number "${2:-}" "$1"; limit=(-runs="$2"); shift 2 ;;
        --runs=*) number "${1#*=}" --runs; limit=(-runs="${1#*=}"); shift ;;
        --sanitizer) sanitizer="${2:?--sanitizer needs none or address}"; shift 2 ;;
        --sanitizer=*) sanitizer="${1#*=}"; shift ;;
        --target) targets+=("${2:?--target needs a name}"); shift 2 ;;
        --target=*) targets+=("${1#*=}"); shift ;;
        -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "fuzz/rust/run.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done
((${#targets[@]})) || targets=("${ALL_TARGETS[@]}")

# cargo-fuzz passes nightly-only flags (-Zsanitizer, -Cpasses=sancov-module, -Zbuild-std
# checks); only the stable toolchain is installed, and RUSTC_BOOTSTRAP=1 lets it accept them.
export RUSTC_BOOTSTRAP=1
# The main crate depends on pyo3, whose build script needs a Python (nothing links it:
# the fuzz targets never reach PyO3 code).
if [[ -z "${PYO3_PYTHON:-}" ]]; then
    if [[ -x "$ROOT/.venv/bin/python" ]]; then
        export PYO3_PYTHON="$ROOT/.venv/bin/python"
    else
        export PYO3_PYTHON="$(command -v python3)"
    fi
fi

# Pinned like the Python tools (scripts/lock.sh): a fresh machine gets the version this was run with.
CARGO_FUZZ_VERSION=0.13.2
if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    echo "== installing cargo-fuzz $CARGO_FUZZ_VERSION (cargo install --locked)"
    cargo install cargo-fuzz --version "=$CARGO_FUZZ_VERSION" --locked
fi

cd "$HERE"
# Release build with debug assertions and overflow checks (cargo-fuzz's default without -O),
# into fuzz/rust/target so the main build cache is untouched.
fuzz_flags=(--fuzz-dir "$HERE" --target-dir "$HERE/target" --sanitizer "$sanitizer")
echo "== building ${targets[*]} (sanitizer: $sanitizer)"
start=$SECONDS
for t in "${targets[@]}"; do
    cargo fuzz build "${fuzz_flags[@]}" "$t"
done
echo "== built in $((SECONDS - start)) s"

work="${FUZZ_WORK:+$FUZZ_WORK/rust}"
work="${work:-$HERE}"
# Logs of this run only: another run.sh may be running at the same time.
logs="$work/logs/$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$logs"
failed=()
for t in "${targets[@]}"; do
    mkdir -p "$work/corpus/$t" "$work/artifacts/$t"
    log="$logs/$t.log"
    echo "== fuzzing $t (${limit[*]}) -> $log"
    # corpus/<t> (gitignored) is the working corpus libFuzzer grows; seeds/<t> and the saved
    # regressions are read only. Several run.sh may share the corpus directory safely.
    dirs=("$work/corpus/$t" "$HERE/seeds/$t")
    [[ -d "$HERE/regressions/$t" ]] && dirs+=("$HERE/regressions/$t")
    # One in-process job (libFuzzer's default; -jobs=1 would do the same work but writes the
    # job's output to fuzz-0.log in the fuzz directory, which two run.sh at once would share).
    if cargo fuzz run "${fuzz_flags[@]}" "$t" "${dirs[@]}" -- \
        "${limit[@]}" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/$t/" >"$log" 2>&1; then
        status=ok
    else
        status=CRASH
        failed+=("$t")
    fi
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || true)
    secs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | grep -oE '[0-9]+ second' | grep -oE '[0-9]+' || true)
    eps=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || true)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)
    echo "   $status: ${runs:-?} executions in ${secs:-?} s (${eps:-?}/s), cov ${cov:-?}, corpus $(ls "$work/corpus/$t" | wc -l) files"
    if [[ $status == CRASH ]]; then
        grep -E 'panicked at|^==[0-9]+== ERROR|assertion|Test unit written' -A2 "$log" | head -20 || true
    fi
done

if ((${#failed[@]})); then
    echo "== crashes in: ${failed[*]} (inputs under $work/artifacts/, logs under $logs/)" >&2
    exit 1
fi
echo "== no crashes"
