"""Helpers the benchmark scripts share: the timing loop, formatting and the machine header."""

from __future__ import annotations

import platform
import timeit
from importlib import metadata
from pathlib import Path
from typing import Any

REPEAT_FULL = 7
REPEAT_QUICK = 3
QUICK_SHRINK = 10  # --quick: time 1/10 of the autorange loop count per repeat


class Runner:
    """Times statements: ``timeit`` autorange picks the loop count, then the best of ``repeat`` runs is kept."""

    def __init__(self, quick: bool) -> None:
        self.quick = quick
        self.repeat = REPEAT_QUICK if quick else REPEAT_FULL

    def per_call(self, stmt: str, namespace: dict[str, Any]) -> float:
        """Seconds per execution of ``stmt`` (``namespace`` is its globals)."""
        timer = timeit.Timer(stmt, globals=namespace)
        number, _ = timer.autorange()
        if self.quick:
            number = max(1, number // QUICK_SHRINK)
        return min(timer.repeat(repeat=self.repeat, number=number)) / number


def fmt_us(seconds: float) -> str:
    return f"{seconds * 1e6:.3f}"


def fmt_ns(seconds: float) -> str:
    return f"{seconds * 1e9:.1f}"


def fmt_ratio(num: float, den: float) -> str:
    return f"{num / den:.2f}x"


def md_table(header: list[str], rows: list[list[str]]) -> str:
    aligns = ["---"] + ["---:"] * (len(header) - 1)
    lines = [header, aligns, *rows]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            key, _, value = line.partition(":")
            if key.strip() in ("model name", "Model", "Hardware") and value.strip():
                return value.strip()
    return platform.processor() or platform.machine() or "unknown"


def dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"
