#!/usr/bin/env bash
# Build the Linux release wheels users install, audit them, and smoke-test the aarch64 one under
# emulation:
#
#   bash scripts/wheels.sh [OUT]          # default OUT: target/wheels
#
# - manylinux2014 (glibc 2.17) and musllinux_1_2, each for x86_64 and aarch64, with one wheel per
#   CPython version (the module is built for one version on the full C API, not the stable ABI):
#   here, for the CPythons the test command runs the suite on, 3.9, 3.11 and 3.13 (WHEEL_PYTHONS
#   picks others that scripts/pythons.sh can build). Each is built on the release profile that
#   `pip install .` uses, with zig as the cross-linker (maturin --zig) and the Rust standard library
#   of each target (rustup target add). The release workflow builds 3.10, 3.12, 3.14 and 3.14t too.
# - zig links a musl extension against its own musl stub, whose name is `libc.so`. The musllinux
#   policy (PEP 656) allows only musl's installed name, `libc.musl-<arch>.so.1`, which is what
#   Alpine's loader and CPython itself use. So each musllinux extension's needed entry is renamed
#   with patchelf, and the wheel repacked with `wheel pack` (which rewrites its RECORD).
# - `auditwheel show` on every wheel: the tag it reports must be the one the wheel carries, so the
#   wheel links no newer glibc symbol than its tag promises, and a musllinux wheel needs nothing
#   but musl's libc.
# - The aarch64 manylinux cp311 wheel is imported and exercised (a webhook signed, verified and
#   typed, a token verified, a model parsed) by Debian bookworm's arm64 CPython 3.11 under
#   qemu-user, from a folder of its own: the system is not changed beyond installing
#   qemu-user-static.
#
# The tools are pinned in requirements-wheels.txt and installed into .venv-wheels. Do not run it beside
# another maturin build of this tree: maturin stages every build at target/maturin/lib_native.so.
# macOS and Windows wheels, and the free-threaded cp314t wheels, are built by
# .github/workflows/release.yml only.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-target/wheels}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

if [ ! -x .venv-wheels/bin/python ]; then
    "${PYTHON:-python3}" -m venv .venv-wheels
fi
tools=.venv-wheels/bin
"$tools/python" -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-wheels.txt

# The interpreters: this tool environment's 3.11, and scripts/pythons.sh's builds of the others.
read -r -a versions <<<"${WHEEL_PYTHONS:-3.9 3.11 3.13}"
interpreters=()
for version in "${versions[@]}"; do
    if [ "$version" = "$("$tools/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')" ]; then
        # Named with its version: for another target, maturin reads the version from the name.
        interpreters+=("$PWD/$tools/python$version")
    else
        interpreters+=("$(bash scripts/pythons.sh "$version" | tail -1)")
    fi
done

# target triple, maturin --compatibility, the platform tag the wheels must carry
builds=(
    "x86_64-unknown-linux-gnu manylinux2014 manylinux_2_17_x86_64"
    "aarch64-unknown-linux-gnu manylinux2014 manylinux_2_17_aarch64"
    "x86_64-unknown-linux-musl musllinux_1_2 musllinux_1_2_x86_64"
    "aarch64-unknown-linux-musl musllinux_1_2 musllinux_1_2_aarch64"
)
rustup target add x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu \
    x86_64-unknown-linux-musl aarch64-unknown-linux-musl >/dev/null

rm -f "$OUT"/*.whl
for build in "${builds[@]}"; do
    read -r target compat tag <<<"$build"
    for i in "${!versions[@]}"; do
        cp="cp${versions[$i]/./}"
        echo "==> $target ($compat), $cp"
        PATH="$PWD/$tools:$PATH" "$tools/maturin" build --release --quiet --zig --target "$target" \
            --compatibility "$compat" --interpreter "${interpreters[$i]}" --out "$OUT"
        wheel="$(ls "$OUT"/*-"$cp-$cp"-*"$tag"*.whl 2>/dev/null || true)"
        if [ -z "$wheel" ]; then
            echo "wheels.sh: no $cp wheel tagged $tag in $OUT:" >&2
            ls "$OUT" >&2
            exit 1
        fi
        arch="${target%%-*}"
        libc="${target##*-}"
        native="clerk_backend/_native.cpython-${versions[$i]/./}-$arch-linux-$libc.so"
        if [[ "$tag" == musllinux* ]]; then
            # The musl repair: musl's installed libc name, and the file name musl's CPython looks
            # for. On an x86_64 host maturin treats x86_64 musl as no cross build and names the
            # file by the (glibc) interpreter's suffix, `x86_64-linux-gnu.so`, which CPython on
            # Alpine would not import.
            unpacked="$(mktemp -d "${TMPDIR:-/tmp}/clerk-musl.XXXXXX")"
            "$tools/wheel" unpack --dest "$unpacked" "$wheel" >/dev/null
            for so in "$unpacked"/*/clerk_backend/_native*.so; do
                "$tools/patchelf" --replace-needed libc.so "libc.musl-$arch.so.1" "$so"
                [ "$so" -ef "$unpacked"/*/"$native" ] || mv "$so" "$(dirname "$so")/$(basename "$native")"
            done
            rm "$wheel"
            "$tools/wheel" pack --dest-dir "$OUT" "$unpacked"/* >/dev/null
            rm -rf "$unpacked"
            [ -f "$wheel" ] || { echo "wheels.sh: wheel pack did not give back $wheel" >&2; exit 1; }
        fi
        # The extension's file name must be the target's, as that target's CPython imports it.
        listing="$("$tools/python" -m zipfile -l "$wheel")"
        if ! grep -q "^$native " <<<"$listing"; then
            echo "wheels.sh: $(basename "$wheel") does not hold $native:" >&2
            grep _native <<<"$listing" >&2
            exit 1
        fi
        shown="$("$tools/auditwheel" show "$wheel" 2>&1)"
        grep -v "^WARNING" <<<"$shown" | sed -n 1,3p
        if ! tr -s ' \n' ' ' <<<"$shown" | grep -q "consistent with the following platform tag: \"$tag\""; then
            echo "wheels.sh: auditwheel does not confirm $tag for $(basename "$wheel"):" >&2
            echo "$shown" >&2
            exit 1
        fi
        # A library to be grafted into the wheel (outside the policy's system libraries) is listed
        # under this heading; a compliant wheel has none.
        if grep -q "external shared libraries are required" <<<"$shown"; then
            echo "wheels.sh: $(basename "$wheel") needs a library outside its policy:" >&2
            echo "$shown" >&2
            exit 1
        fi
    done
done

# --- the aarch64 manylinux wheel under qemu-user ------------------------------------------------
if ! command -v qemu-aarch64-static >/dev/null; then
    apt-get -qq install -y qemu-user-static >/dev/null
fi
root="${CLERK_ARM64_ROOT:-$HOME/.cache/clerk-backend/arm64-python}"
if [ ! -x "$root/usr/bin/python3.11" ]; then
    apt_dir="$root.apt"
    mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/debs" "$root"
    echo "deb [arch=arm64] http://deb.debian.org/debian bookworm main" >"$apt_dir/sources.list"
    apt_opts=(
        -o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
        -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache"
        -o "APT::Architecture=arm64" -o "APT::Architectures::=arm64"
        -o "Debug::NoDropPrivs=true" -o "APT::Sandbox::User=root"
    )
    apt-get "${apt_opts[@]}" -qq update
    (
        cd "$apt_dir/debs"
        apt-get "${apt_opts[@]}" -qq download libc6 libgcc-s1 libpython3.11-minimal \
            libpython3.11-stdlib python3.11-minimal zlib1g libexpat1 libffi8 libssl3 libbz2-1.0 \
            liblzma5 libuuid1 libncursesw6 libtinfo6 libsqlite3-0 libreadline8 libdb5.3 libcrypt1 \
            libnsl2 libtirpc3 libgssapi-krb5-2 libkrb5-3 libk5crypto3 libcom-err2 libkrb5support0 \
            libkeyutils1 media-types
    )
    for deb in "$apt_dir"/debs/*.deb; do
        dpkg-deb -x "$deb" "$root"
    done
fi
site="$(mktemp -d "${TMPDIR:-/tmp}/clerk-arm64-site.XXXXXX")"
trap 'rm -rf "$site"' EXIT
"$tools/python" -m zipfile -e "$(ls "$OUT"/*-cp311-cp311-*manylinux_2_17_aarch64*.whl)" "$site"
cat >"$site/smoke.py" <<'EOF'
import json, platform, sys
import clerk_backend

assert platform.machine() == "aarch64", platform.machine()
secret = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
hook = clerk_backend.Webhook(secret)
body = open(sys.argv[1], "rb").read()
headers = {"svix-id": "msg_1", "svix-timestamp": "1700000000",
           "svix-signature": hook.sign("msg_1", 1700000000, body)}
event = hook.verify(body, headers, now=1700000000)
assert isinstance(event, clerk_backend.UserEvent) and event.data.id.startswith("user_"), event
try:
    hook.verify(body + b" ", headers, now=1700000000)
except clerk_backend.WebhookVerificationError as exc:
    assert exc.reason == "no-matching-signature", exc.reason
else:
    raise AssertionError("a tampered body was accepted")
user = clerk_backend.User.from_json(json.dumps(json.loads(body)["data"]))
assert user == event.data
print("aarch64 smoke ok:", clerk_backend.__version__, platform.machine(), sys.version.split()[0])
EOF
qemu-aarch64-static -L "$root" -E PYTHONPATH="$site" -E PYTHONHOME="$root/usr" \
    "$root/usr/bin/python3.11" -S "$site/smoke.py" examples/data/user_created.json

echo
echo "wheels in $OUT:"
for wheel in "$OUT"/*.whl; do
    printf '  %-70s %6s KiB\n' "$(basename "$wheel")" "$(( $(stat -c %s "$wheel") / 1024 ))"
done
