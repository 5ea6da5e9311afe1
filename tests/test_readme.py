"""Every code block in README.md runs, so the manual cannot drift from the package.

- ``python`` blocks run top to bottom, those of one ``##`` section in order in one namespace (a section reads like one
  session), each section in a fresh, empty namespace, from the repository's root (so a block reads the files a
  reader of the README has, such as ``examples/data/client.json``), with the environment variables a deployment sets.
  Nothing is injected: a section defines every name it uses, which a static check confirms (a name used in a
  function that is never called counts too). ``CLERK_API_URL`` points the client at the local test server
  (tests/mock_clerk_api.py), which answers the README's calls with the sample user (and a 404 for
  ``user_does_not_exist``). A statement whose line ends in
  ``# -> <literal>`` is an expression whose ``repr`` must equal the literal; such a comment anywhere else (inside an
  ``if``, say) fails the test, so no claim goes unchecked.
- ``console`` blocks hold shell commands after ``$ `` and, after each, its whole output (stdout and stderr as one
  stream), compared line by line. An excerpt is marked: a line that is only ``...`` stands for any number of lines,
  and ``...`` inside a line for any text (a time, a signature), as with doctest's ELLIPSIS.
  They run with bash in a temporary directory that holds the files the README names (``body.json``, ``user.json``,
  ``key.pem``), with the ``clerk-backend`` script of this environment first on PATH.
- ``sh`` blocks are the quick start's two commands and nothing else: the test command is what ``.ci/run`` runs, and the
  main command is run for real by ``scripts/check_packaging.py`` in a fresh virtualenv (this file runs the demo half).
- Any other fence language fails, so a new block cannot be added without being run.
"""

from __future__ import annotations

import ast
import base64
import builtins
import json
import os
import re
import shlex
import subprocess
import symtable
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt as pyjwt
import pytest
from mock_clerk_api import MockClerkAPI

import clerk_backend

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FIXTURES = Path(__file__).parent / "fixtures"
JWT_FIXTURES = FIXTURES / "jwt"

SECRET = "whsec_" + base64.b64encode(b"the README's webhook signing secret").decode()
JWT_PRIVATE = (JWT_FIXTURES / "rsa2048.key.pem").read_text()
JWT_PUBLIC = (JWT_FIXTURES / "rsa2048.spki.pem").read_text()
APP_ORIGIN = "https://app.example.com"
FENCE = re.compile(r"^(?P<indent>[ ]*)```(?P<lang>[\w-]*)[ ]*\n(?P<code>.*?)^(?P=indent)```[ ]*$", re.M | re.S)
EXPECT = re.compile(r"#\s*->\s*(?P<literal>.+?)\s*$")


@dataclass(frozen=True)
class Block:
    lang: str
    code: str
    line: int  # of the opening fence, 1-based
    section: str  # the `## ` heading the block is under

    @property
    def id(self) -> str:
        return f"README.md:{self.line}"


def readme_blocks() -> list[Block]:
    text = README.read_text(encoding="utf-8")
    blocks = []
    for m in FENCE.finditer(text):
        headings = re.findall(r"^## (.+)$", text[: m.start()], re.M)
        line = text.count("\n", 0, m.start()) + 1
        blocks.append(Block(m["lang"], textwrap.dedent(m["code"]), line, headings[-1] if headings else ""))
    return blocks


BLOCKS = readme_blocks()
PYTHON = [b for b in BLOCKS if b.lang == "python"]
# The python blocks of one section read like one session: they run in order, in one namespace.
SECTIONS: dict[str, list[Block]] = {}
for _block in PYTHON:
    SECTIONS.setdefault(_block.section, []).append(_block)
CONSOLE = [b for b in BLOCKS if b.lang == "console"]
SH = [b for b in BLOCKS if b.lang == "sh"]


def test_every_block_has_a_language_this_file_runs() -> None:
    assert BLOCKS, "no code blocks found in README.md"
    assert {b.lang for b in BLOCKS} <= {"python", "console", "sh"}, [(b.id, b.lang) for b in BLOCKS]
    assert PYTHON and CONSOLE


# --- what the README's snippets may assume ------------------------------------------------------------------------


def _session_token(now: int, **changes: Any) -> str:
    claims = {
        "sub": "user_2xReadme000000000000000000",
        "sid": "sess_2xReadme000000000000000000",
        "azp": APP_ORIGIN,
        "iss": "https://clerk.example.com",
        "iat": now - 5,
        "nbf": now - 10,
        "exp": now + 60,
        "v": 2,
        "o": {"id": "org_2xReadme00000000000000000000", "slg": "acme", "rol": "admin"},
        **changes,
    }
    return pyjwt.encode(claims, JWT_PRIVATE, algorithm="RS256", headers={"kid": "ins_readme"})


def _signed_webhook(now: int) -> tuple[bytes, dict[str, str]]:
    body = (ROOT / "examples" / "data" / "user_created.json").read_bytes()
    msg_id = "msg_2xReadme000000000000000000"
    signature = clerk_backend.Webhook(SECRET).sign(msg_id, now, body)
    return body, {"svix-id": msg_id, "svix-timestamp": str(now), "svix-signature": signature}


def _serve_readme_data(api: MockClerkAPI) -> None:
    """Answers for the calls the README makes; everything else gets the spec's example."""
    api.reset()
    user = json.loads((ROOT / "examples" / "data" / "user_created.json").read_bytes())["data"]
    for user_id in (user["id"], "user_2xReadme000000000000000000"):
        for _ in range(3):
            api.enqueue("GET", f"/v1/users/{user_id}", json=user)
    api.enqueue("GET", "/v1/users", json=[user])
    api.enqueue("GET", "/v1/users/count", json={"object": "total_count", "total_count": 1})
    not_found = {"code": "resource_not_found", "message": "not found", "long_message": "No user.", "meta": {}}
    api.enqueue("GET", "/v1/users/user_does_not_exist", status=404, json={"errors": [not_found]})


@pytest.fixture
def readme_env(monkeypatch: pytest.MonkeyPatch, server: MockClerkAPI) -> Iterator[dict[str, str]]:
    _serve_readme_data(server)
    env = {
        "CLERK_WEBHOOK_SIGNING_SECRET": SECRET,
        "CLERK_JWT_KEY": JWT_PUBLIC,
        "CLERK_SECRET_KEY": "sk_test_readme_not_a_real_key",
        "CLERK_API_URL": server.url,
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    yield env


READER_ORG = {"id": "org_2xReadme00000000000000000000", "slg": "acme", "rol": "member", "per": "read", "fpm": "1"}


def _configure_django() -> None:
    """The Frameworks section calls Django views with a RequestFactory: Django needs settings (the
    same minimal ones as tests/test_authenticate.py's, whichever file configures them first)."""
    django = pytest.importorskip("django")
    from django.conf import settings

    if not settings.configured:
        settings.configure(ALLOWED_HOSTS=["testserver"], USE_TZ=True)
        django.setup()


@pytest.fixture
def namespace(
    readme_env: dict[str, str], monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> dict[str, Any]:
    # Nothing is injected: a section defines every name it uses (issue 21 item 12), and reads the files a reader of
    # the README has, from the repository's root.
    if request.node.callspec.params.get("section") == "Frameworks":
        _configure_django()
    monkeypatch.chdir(ROOT)
    return {"__name__": "readme"}


def run_python_block(code: str, ns: dict[str, Any]) -> int:
    """Run the block statement by statement; check each ``# -> literal``. Returns the number of checks made."""
    tree = ast.parse(code)
    lines = code.splitlines()
    checked = 0
    top_level_ends = set()
    for stmt in tree.body:
        assert stmt.end_lineno is not None
        end = stmt.end_lineno
        expect = EXPECT.search(lines[end - 1])
        if expect and isinstance(stmt, ast.Expr):
            top_level_ends.add(end)
            value = eval(compile(ast.Expression(stmt.value), "<README>", "eval"), ns)
            assert repr(value) == expect["literal"], f"line {end}: {lines[end - 1].strip()!r} gave {value!r}"
            checked += 1
        else:
            exec(compile(ast.Module([stmt], type_ignores=[]), "<README>", "exec"), ns)
    stray = [n for n, line in enumerate(lines, 1) if EXPECT.search(line) and n not in top_level_ends]
    assert not stray, f"'# ->' claims that are not top-level expressions, so never checked: lines {stray}"
    return checked


# Starlette deprecates its test client on top of ``httpx`` (it wants ``httpx2``); the Frameworks section's
# client still works, and the warning is not about the package.
@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient` is deprecated")
@pytest.mark.parametrize("section", list(SECTIONS))
def test_python_blocks_of_a_section_run(section: str, namespace: dict[str, Any]) -> None:
    if section.startswith("Migrating") and sys.version_info < (3, 10):
        # The guide shows clerk-backend-api 7, whose API (clerk_backend_api.security) needs Python 3.10+.
        pytest.skip("the migration guide's clerk-backend-api version needs Python 3.10+")
    for block in SECTIONS[section]:
        if sys.version_info < (3, 10) and MATCH_STATEMENT.search(block.code):
            continue  # a `match` statement (Python 3.10+); the section's other blocks still run
        try:
            run_python_block(block.code, namespace)
        except Exception as exc:
            raise AssertionError(f"the block at {block.id} failed: {exc!r}") from exc


MATCH_STATEMENT = re.compile(r"^\s*match .+:\s*$", re.M)


def undefined_names(code: str) -> set[str]:
    """Global names that ``code`` reads (in any scope) but never binds at its top level, and that are not builtins."""
    top = symtable.symtable(code, "<README>", "exec")
    bound = {s.get_name() for s in top.get_symbols() if s.is_assigned() or s.is_imported()}
    used: set[str] = set()
    tables = [top]
    while tables:
        table = tables.pop()
        for sym in table.get_symbols():
            if sym.is_referenced() and (table is top or sym.is_global()):
                used.add(sym.get_name())
        tables.extend(table.get_children())
    return used - bound - set(dir(builtins))


@pytest.mark.parametrize("section", list(SECTIONS))
def test_a_section_defines_every_name_it_uses(section: str) -> None:
    code = "\n".join(block.code for block in SECTIONS[section])
    if sys.version_info < (3, 10) and MATCH_STATEMENT.search(code):
        pytest.skip("a `match` statement (Python 3.10+) cannot be parsed here")
    assert undefined_names(code) == set()


def test_the_undefined_name_check_can_fail() -> None:
    assert undefined_names("def f():\n    return body\n") == {"body"}
    assert undefined_names("x = token\n") == {"token"}
    assert undefined_names("import os\nbody = b''\ndef f(headers):\n    return os, body, headers, len\n") == set()
    with pytest.raises(NameError, match="'request_body' is not defined"):
        run_python_block("request_body\n", {"__name__": "readme"})


def test_the_python_blocks_check_what_they_claim() -> None:
    # The checker itself must be able to fail.
    with pytest.raises(AssertionError, match="gave 3"):
        run_python_block("1 + 2  # -> 4\n", {})
    with pytest.raises(AssertionError, match="never checked"):
        run_python_block("if True:\n    1 + 1  # -> 2\n", {})
    assert run_python_block("x = [1]\nx  # -> [1]\nlen(x)  # -> 1\n", {}) == 2


# --- console blocks: the command line ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    line: str
    expected: tuple[str, ...]


def console_commands(code: str) -> list[Command]:
    commands: list[Command] = []
    for raw in code.splitlines():
        if raw.startswith("$ "):
            commands.append(Command(raw[2:], ()))
        elif raw.strip() and commands:
            last = commands[-1]
            commands[-1] = Command(last.line, (*last.expected, raw))
        elif raw.strip():
            raise AssertionError(f"output before any command: {raw!r}")
    return commands


@pytest.fixture
def console_dir(tmp_path: Path, readme_env: dict[str, str]) -> tuple[Path, dict[str, str]]:
    now = int(time.time())
    body, headers = _signed_webhook(now)
    (tmp_path / "body.json").write_bytes(body)
    (tmp_path / "user.json").write_text(json.dumps(json.loads(body)["data"], indent=2))
    (tmp_path / "key.pem").write_text(JWT_PUBLIC)
    env = dict(os.environ)
    env.update(readme_env)
    env.update(
        SVIX_ID=headers["svix-id"],
        SVIX_TIMESTAMP=headers["svix-timestamp"],
        SVIX_SIGNATURE=headers["svix-signature"],
        SESSION_TOKEN=_session_token(now),
        PATH=os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]),
    )
    return tmp_path, env


@pytest.mark.parametrize("block", CONSOLE, ids=[b.id for b in CONSOLE])
def test_console_block_runs(block: Block, console_dir: tuple[Path, dict[str, str]]) -> None:
    cwd, env = console_dir
    commands = console_commands(block.code)
    assert commands, f"{block.id}: a console block with no '$ ' command"
    for command in commands:
        expect_failure = command.line.endswith("# exits 1")
        result = subprocess.run(
            ["bash", "-c", command.line],
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=60,
            check=False,
        )
        output = result.stdout
        assert result.returncode == (1 if expect_failure else 0), (command.line, output)
        assert output_matches(command.expected, output.splitlines()), (command.line, output)
        assert SECRET not in output and JWT_PRIVATE not in output


def _line_matches(expected: str, actual: str) -> bool:
    pattern = ".*".join(re.escape(part) for part in expected.rstrip().split("..."))
    return re.fullmatch(pattern, actual.rstrip()) is not None


def output_matches(expected: tuple[str, ...] | list[str], actual: list[str]) -> bool:
    """The whole output, line by line; ``...`` alone skips any number of lines, inside a line any text."""
    if not expected:
        return not actual
    head, rest = expected[0], expected[1:]
    if head.strip() == "...":
        return any(output_matches(rest, actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and _line_matches(head, actual[0]) and output_matches(rest, actual[1:])


def test_console_output_is_compared_whole() -> None:
    assert output_matches(["a", "b"], ["a", "b"])
    assert not output_matches(["a"], ["a", "b"])  # an unshown line fails: blocks are exact
    assert not output_matches(["a", "b"], ["a"])
    assert not output_matches(["b"], ["ab"])  # no substring matches
    assert output_matches(["a", "..."], ["a", "b", "c"])
    assert output_matches(["a", "...", "d"], ["a", "b", "c", "d"])
    assert output_matches(["t = ..."], ["t = 1700000000"])
    assert not output_matches(["t = ...", "x"], ["t = 1", "y"])


def test_console_parsing_keeps_outputs_with_their_command() -> None:
    commands = console_commands("$ a\nx\n  y\n$ b # exits 1\n")
    assert commands == [Command("a", ("x", "  y")), Command("b # exits 1", ())]


# --- sh blocks: the quick start --------------------------------------------------------------------------------------


def test_the_quick_start_has_exactly_the_two_commands_ci_and_the_packaging_check_run() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import check_packaging
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    main_command, test_command = (b.code.strip() for b in SH)
    assert len(SH) == 2
    assert check_packaging.quick_start_command() == main_command
    assert "examples/demo.py" in main_command
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(rf"^exec {re.escape(test_command)}$", ci, re.M), ci


def test_the_quick_start_demo_runs() -> None:
    main_command = SH[0].code.strip()
    demo = shlex.split(main_command.split("&&")[-1])
    assert demo[-1] == "examples/demo.py"
    result = subprocess.run(
        [sys.executable, *demo[1:]], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "verified user.created" in result.stdout
    assert "rejected" in result.stdout.lower()


# --- the model table -------------------------------------------------------------------------------------------------


def test_the_model_table_lists_every_model_class() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("### Model classes", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"`([A-Z][A-Za-z0-9]+)`", section))
    models = {
        name
        for name in clerk_backend.__all__
        if isinstance(getattr(clerk_backend, name), type)
        and hasattr(getattr(clerk_backend, name), "from_json")
        and not name.endswith("Event")
    }
    assert models - listed == set(), "models missing from the README table"
    assert listed - models - {"WebhookEvent", "PaginatedResponse"} == set(), "names in the table that are not models"
