"""examples/demo.py, run as the README's quick start runs it.

The framework examples (examples/*_app.py) are served and tested in test_framework_examples.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run_demo(*args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("CLERK_")}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, str(EXAMPLES_DIR / "demo.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


def test_the_demo_verifies_its_sample_event_and_rejects_a_tampered_copy() -> None:
    event = json.loads((EXAMPLES_DIR / "data" / "user_created.json").read_text(encoding="utf-8"))
    user = event["data"]

    result = run_demo()

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == f"verified user.created from {event['instance_id']}: UserEvent"
    assert lines[1].startswith(f"  user {user['id']}: {user['first_name']} {user['last_name']} <")
    assert f"  {len(user['email_addresses'])} email address(es)" in lines[2]
    assert lines[-1].startswith("tampered body rejected: no-matching-signature ")


def test_the_demo_takes_another_event_file() -> None:
    event = json.loads((FIXTURES / "session_created.json").read_text(encoding="utf-8"))

    result = run_demo(str(FIXTURES / "session_created.json"))

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"verified session.created from {event['instance_id']}: SessionEvent"
    session = event["data"]
    assert lines[1] == f"  session {session['id']} for user {session['user_id']} ({session['status']})"
    assert lines[-1].startswith("tampered body rejected: no-matching-signature ")
