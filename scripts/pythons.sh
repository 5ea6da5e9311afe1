#!/usr/bin/env bash
# Provide the other CPython versions the package claims, next to the system's 3.11:
#
#   bash scripts/pythons.sh 3.9 3.13     # prints one interpreter path per line
#
# Each is built from the upstream source tarball that Debian ships in its source packages
# (python3.9 from bullseye, python3.13 from trixie), fetched with `apt-get source` through a
# private apt configuration: the system's apt setup is left alone, and apt checks the tarballs
# against the suites' signed indexes. The builds are cached outside the repository, in
# ${CLERK_PYTHONS:-~/.cache/clerk-backend/pythons}/<version>, and reused when present.
#
# Free-threaded 3.14 is not here: Debian lists python3.14's source package, but its files answer
# 404 (checked 2026-12-07), and PyO3 0.30 refuses a free-threaded build older than 3.14.
# The workflows in .github/workflows test 3.14t instead.
set -euo pipefail

CACHE="${CLERK_PYTHONS:-$HOME/.cache/clerk-backend/pythons}"
mkdir -p "$CACHE"

suite_of() {
    case "$1" in
        3.9) echo bullseye ;;
        3.13) echo trixie ;;
        *) echo "pythons.sh: no Debian suite is known for CPython $1" >&2; return 1 ;;
    esac
}

apt_dir="$CACHE/apt"
apt_opts=(
    -o "Dir::Etc::SourceList=$apt_dir/sources.list"
    -o "Dir::Etc::SourceParts=/dev/null"
    -o "Dir::State::Lists=$apt_dir/lists"
    -o "Dir::Cache=$apt_dir/cache"
    -o "Debug::NoDropPrivs=true"
    -o "APT::Sandbox::User=root"
)
apt_ready=""
apt_update() {
    [ -n "$apt_ready" ] && return 0
    mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
    {
        echo "deb-src http://deb.debian.org/debian bullseye main"
        echo "deb-src http://deb.debian.org/debian trixie main"
    } >"$apt_dir/sources.list"
    apt-get "${apt_opts[@]}" -qq update >&2
    apt_ready=1
}

# The C libraries whose headers the standard library's extension modules need (ssl for pip,
# zlib, ctypes, bz2, lzma, sqlite3, readline). Installed from Debian's packages when missing.
build_deps() {
    local missing=()
    for header in openssl/ssl.h zlib.h ffi.h bzlib.h lzma.h sqlite3.h; do
        if ! echo "#include <$header>" | cc -E -x c - >/dev/null 2>&1; then
            missing+=("$header")
        fi
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "pythons.sh: installing headers for: ${missing[*]}" >&2
        apt-get -qq install -y libssl-dev zlib1g-dev libffi-dev libbz2-dev liblzma-dev libsqlite3-dev >&2
    fi
}

provide() {
    local version="$1" prefix="$CACHE/$1"
    if [ -x "$prefix/bin/python$version" ] && "$prefix/bin/python$version" -c 'import ssl, zlib, ctypes' 2>/dev/null; then
        echo "$prefix/bin/python$version"
        return 0
    fi
    local suite work
    suite="$(suite_of "$version")"
    apt_update
    build_deps
    work="$(mktemp -d "$CACHE/build-$version.XXXXXX")"
    (
        cd "$work"
        echo "pythons.sh: fetching python$version from Debian $suite" >&2
        apt-get "${apt_opts[@]}" -qq source --download-only "python$version/$suite" >&2
        tar xJf python"$version"_*.orig.tar.xz
        cd Python-*/
        echo "pythons.sh: building CPython $(basename "$PWD") into $prefix" >&2
        ./configure --prefix="$prefix" --with-ensurepip=install >build.log 2>&1
        make -j"$(nproc)" >>build.log 2>&1 || { tail -40 build.log >&2; exit 1; }
        make altinstall >>build.log 2>&1 || { tail -40 build.log >&2; exit 1; }
    )
    rm -rf "$work"
    "$prefix/bin/python$version" -c 'import ssl, zlib, ctypes' >&2
    echo "$prefix/bin/python$version"
}

for version in "$@"; do
    provide "$version"
done
