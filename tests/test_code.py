"""The code kept honest: ruff's lint and format, and mypy, as configured in pyproject.toml (issue 16).

Each runs the tool a developer runs, on the whole tree it is configured for; a failure prints
what the tool printed, so the fix is the line it names.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "check", "chronicle", "tests", "benchmarks"),
        ("ruff", "format", "--check", "chronicle", "tests", "benchmarks"),
        ("mypy",),
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_the_code_passes(command):
    result = _run(*command)
    assert result.returncode == 0, result.stdout + result.stderr
