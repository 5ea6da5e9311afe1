"""Build the release wheel and the sdist, check what is inside them, and install each into a fresh virtualenv.

    python scripts/check_packaging.py [--keep DIR]

Checks, in order (any failure exits non-zero with the reason):
1. ``maturin build --release`` gives one wheel for the running CPython (``cpXY-cpXY-manylinux_*``: the module is
   built for one version, not on the stable ABI); ``maturin sdist`` gives one sdist.
2. The wheel holds every file of ``python/clerk_backend`` (so ``py.typed``, every ``.pyi`` and the framework modules,
   each with its extra: ``[fastapi]`` requires Starlette, ``[flask]`` Flask, ``[django]`` Django), the native module,
   the license, and metadata with the license, classifiers, project URLs, the console script and a Markdown readme;
   ``twine check --strict`` renders the readme of both.
3. The sdist holds the Rust sources, ``Cargo.lock``, the Python package with its stubs, the license and the readme,
   and none of the development-only trees (tests, fuzz, benchmarks).
4. The wheel installs with ``pip --no-index`` into a fresh virtualenv whose PATH has no Rust toolchain, and a smoke
   script (signed webhook verified and typed, a model parsed, the console script run) passes from outside the tree.
5. The sdist installs with ``pip`` into another fresh virtualenv (this compiles the crate) and the smoke script passes.
6. The README's quick-start main command (a virtualenv in ``.venv``, ``pip install .`` into it, then the demo) runs
   as written, in a copy of this tree's files.

Build outputs go to a temporary directory (kept with ``--keep``). The sdist build reuses ``target/`` so that the crates
compiled for the wheel are not compiled again.
"""

from __future__ import annotations

import argparse
import email.parser
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "python" / "clerk_backend"

SMOKE = r"""
import json, os, shutil, subprocess, sys
import clerk_backend
from pathlib import Path

here = Path(clerk_backend.__file__).resolve().parent
assert "site-packages" in str(here), here
assert (here / "py.typed").is_file() and (here / "_native.pyi").is_file()

secret = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
hook = clerk_backend.Webhook(secret)
body = Path(sys.argv[1]).read_bytes()  # a user.created envelope
headers = {"svix-id": "msg_1", "svix-timestamp": "1700000000",
           "svix-signature": hook.sign("msg_1", 1700000000, body)}
event = hook.verify(body, headers, now=1700000000)
assert isinstance(event, clerk_backend.UserEvent) and event.type == "user.created", event
assert event.data.id.startswith("user_"), event.data.id
try:
    hook.verify(body + b" ", headers, now=1700000000)
except clerk_backend.WebhookVerificationError as exc:
    assert exc.reason == "no-matching-signature", exc.reason
else:
    raise AssertionError("a tampered body was accepted")

user = clerk_backend.User.from_json(json.dumps(json.loads(body)["data"]))
assert user == event.data, (user, event.data)

script = shutil.which("clerk-backend", path=os.path.dirname(sys.executable))
assert script, "the clerk-backend console script is not installed"
out = subprocess.run([script, "--version"], capture_output=True, text=True, check=True).stdout
assert clerk_backend.__version__ in out, out
print("smoke ok:", clerk_backend.__version__, here)
"""


def quick_start_command() -> str:
    """The first ``sh`` block of the README's quick start: the main command."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"^```sh\n(.+?)\n```", section, re.M | re.S)
    if not match:
        fail("the README's quick start has no sh block")
    return match.group(1).strip() if match else ""


def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run(cmd, check=True, text=True, **kwargs)  # type: ignore[call-overload, no-any-return]


def fail(message: str) -> None:
    raise SystemExit(f"check_packaging: {message}")


def build(out: Path) -> tuple[Path, Path]:
    run(["maturin", "build", "--release", "--quiet", "-i", sys.executable, "--out", str(out / "wheel")], cwd=ROOT)
    run(["maturin", "sdist", "--out", str(out / "sdist")], cwd=ROOT)
    wheels = list((out / "wheel").glob("*.whl"))
    sdists = list((out / "sdist").glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        fail(f"expected one wheel and one sdist, got {wheels} and {sdists}")
    return wheels[0], sdists[0]


#: The optional extra of each framework module (clerk_backend/<name>.py), and the package it requires.
FRAMEWORK_EXTRAS = {"fastapi": "starlette", "flask": "flask", "django": "django"}


def package_files() -> set[str]:
    """Every file of the Python package, as it must appear in the wheel."""
    return {
        "clerk_backend/" + p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".so", ".pyd")
    }


def check_wheel(wheel: Path) -> None:
    cp = f"cp{sys.version_info[0]}{sys.version_info[1]}"
    if not re.search(rf"-{cp}-{cp}-manylinux_\d+_\d+_[a-z0-9_]+\.whl$", wheel.name):
        fail(f"the wheel is not a {cp}-{cp} manylinux wheel: {wheel.name}")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        dist_info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
        metadata = email.parser.Parser().parsestr(zf.read(f"{dist_info}/METADATA").decode())
        entry_points = zf.read(f"{dist_info}/entry_points.txt").decode()
    missing = package_files() - names
    if missing:
        fail(f"files of python/clerk_backend missing from the wheel: {sorted(missing)}")
    integrations = {f"clerk_backend/{name}.py" for name in (*FRAMEWORK_EXTRAS, "_integration", "_drf")}
    if not integrations <= names:
        fail(f"framework integration modules missing from the wheel: {sorted(integrations - names)}")
    extras = set(metadata.get_all("Provides-Extra") or [])
    requires = metadata.get_all("Requires-Dist") or []
    for extra, requirement in FRAMEWORK_EXTRAS.items():
        if extra not in extras or not any(
            r.startswith(requirement) and f"extra == '{extra}'" in r.replace('"', "'") for r in requires
        ):
            fail(f"the [{extra}] extra does not require {requirement}: {extras}, {requires}")
    native = f"clerk_backend/_native.{sysconfig.get_config_var('SOABI')}.so"
    if native not in names:
        fail(f"the native module {native} is not in the wheel")
    if f"{dist_info}/licenses/LICENSE" not in names:
        fail("the LICENSE file is not in the wheel")
    classifiers = metadata.get_all("Classifier") or []
    for wanted in ("License :: OSI Approved :: MIT License", "Typing :: Typed", "Programming Language :: Rust"):
        if wanted not in classifiers:
            fail(f"classifier missing: {wanted}")
    urls = dict(u.split(", ", 1) for u in metadata.get_all("Project-URL") or [])
    if not {"Homepage", "Source", "Issues"} <= urls.keys():
        fail(f"project URLs incomplete: {urls}")
    if not (metadata.get("Description-Content-Type") or "").startswith("text/markdown"):
        fail("the readme is not declared as Markdown")
    if "Quick start" not in (metadata.get_payload() or ""):
        fail("the long description is not the README")
    if metadata.get("Requires-Python") != ">=3.9":
        fail(f"Requires-Python is {metadata.get('Requires-Python')!r}")
    if not re.search(r"^clerk-backend\s*=\s*clerk_backend\.cli:main$", entry_points, re.M):
        fail(f"the clerk-backend console script is not declared: {entry_points!r}")
    print(f"wheel ok: {wheel.name}, {len(names)} files")


def check_sdist(sdist: Path) -> None:
    with tarfile.open(sdist) as tf:
        names = {n.split("/", 1)[1] for n in tf.getnames() if "/" in n}
    wanted = {"Cargo.toml", "Cargo.lock", "pyproject.toml", "README.md", "LICENSE", "src/lib.rs", "PKG-INFO"}
    wanted |= {"python/" + f for f in package_files()}
    missing = wanted - names
    if missing:
        fail(f"files missing from the sdist: {sorted(missing)}")
    stray = sorted(n for n in names if n.split("/")[0] in ("tests", "fuzz", "benchmarks", ".ci", "target"))
    if stray:
        fail(f"development-only files in the sdist: {stray[:10]}")
    print(f"sdist ok: {sdist.name}, {len(names)} files")


def without_rust(env: dict[str, str]) -> dict[str, str]:
    """The environment with every PATH entry that holds cargo or rustc removed."""
    keep = [
        d
        for d in env.get("PATH", "").split(os.pathsep)
        if d and not any((Path(d) / tool).exists() for tool in ("cargo", "rustc", "rustup"))
    ]
    env = {k: v for k, v in env.items() if k not in ("CARGO_HOME", "RUSTUP_HOME", "CARGO_TARGET_DIR")}
    env["PATH"] = os.pathsep.join(keep)
    return env


#: What each extra must make work, in a virtualenv that has only the wheel with that extra.
EXTRA_CHECKS = {
    "client": "import clerk_backend; clerk_backend.Clerk(secret_key='sk_test_x').close()",
    "fastapi": "import clerk_backend.fastapi; clerk_backend.fastapi.Clerk(jwt_key=None)",
    "flask": "import flask, clerk_backend.flask; clerk_backend.flask.Clerk(flask.Flask('x'))",
    "django": "import clerk_backend.django; clerk_backend.django.ClerkMiddleware",
}


def check_extras(wheel: Path, out: Path, env: dict[str, str]) -> None:
    """Each extra resolves from the package index and installs what its module needs: a fresh virtualenv
    per extra gets ``<wheel>[extra]`` (pinned to the versions requirements-dev.txt tests), then uses it."""
    constraints = out / "dev-constraints.txt"
    run(
        [
            sys.executable,
            str(ROOT / "scripts" / "check_lock.py"),
            str(ROOT / "requirements-dev.txt"),
            "--constraints",
            str(constraints),
        ]
    )
    env = {**env, "PIP_CONSTRAINT": str(constraints)}
    for extra, code in EXTRA_CHECKS.items():
        python = fresh_venv(out / f"venv-extra-{extra}")
        run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", f"{wheel}[{extra}]"],
            env=env,
            cwd=out,
        )
        run([str(python), "-c", code], env=env, cwd=out)
        print(f"extra [{extra}] ok")


def fresh_venv(path: Path) -> Path:
    run([sys.executable, "-m", "venv", str(path)])
    return path / "bin" / "python"


def smoke(python: Path, workdir: Path, env: dict[str, str]) -> None:
    script = workdir / "smoke.py"
    script.write_text(SMOKE)
    user = ROOT / "examples" / "data" / "user_created.json"
    run([str(python), str(script), str(user)], cwd=workdir, env=env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="build into this directory and keep it")
    args = parser.parse_args()
    out = args.keep or Path(tempfile.mkdtemp(prefix="clerk-backend-pkg-"))
    out.mkdir(parents=True, exist_ok=True)
    try:
        wheel, sdist = build(out)
        check_wheel(wheel)
        check_sdist(sdist)
        run([sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)])

        env = without_rust(dict(os.environ))
        env.pop("VIRTUAL_ENV", None)
        env.pop("PYO3_PYTHON", None)
        if shutil.which("cargo", path=env["PATH"]):
            fail("could not hide the Rust toolchain from the wheel install")
        python = fresh_venv(out / "venv-wheel")
        run([str(python), "-m", "pip", "install", "--quiet", "--no-index", str(wheel)], env=env, cwd=out)
        smoke(python, out, env)
        check_extras(wheel, out, env)

        env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYO3_PYTHON")}
        env["CARGO_TARGET_DIR"] = str(ROOT / "target")
        # pip builds the sdist (and the quick start's `pip install .`) in an isolated environment: the
        # build requirements installed there are pinned to requirements-build.txt.
        constraints = out / "build-constraints.txt"
        run(
            [
                sys.executable,
                str(ROOT / "scripts" / "check_lock.py"),
                str(ROOT / "requirements-build.txt"),
                "--constraints",
                str(constraints),
            ]
        )
        env["PIP_CONSTRAINT"] = str(constraints)
        python = fresh_venv(out / "venv-sdist")
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        run([*pip, str(sdist)], env=env, cwd=out)
        smoke(python, out, env)

        # The quick start makes its own virtualenv (.venv) in the clone it runs in: run it in a copy of
        # this tree's files, so that the test command's own .venv is left alone.
        tree = out / "quick-start"
        listed = run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True).stdout
        for name in filter(None, listed.split("\0")):
            if (ROOT / name).is_file():
                (tree / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / name, tree / name)
        command = quick_start_command()
        result = run(["bash", "-c", command], env=env, cwd=tree, capture_output=True)
        if not (tree / ".venv" / "bin" / "python").exists():
            fail("the quick start did not make its virtualenv in .venv")
        if "verified user.created" not in result.stdout:
            fail(f"the quick start's demo printed something else: {result.stdout!r}")
        print(f"quick start ok: {command}")
    finally:
        if args.keep is None:
            shutil.rmtree(out, ignore_errors=True)
    print("packaging ok: the wheel and the sdist install and work in fresh virtualenvs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
