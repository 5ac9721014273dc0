"""Shared fixtures: a private copy of the real project, and one real build of it."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ["mkdocs.yml", "content", "seeds", "templates", "build/docs/.gitignore"]


def copy_project(target: Path) -> Path:
    """A copy of the real project (content, seeds, templates, mkdocs.yml) to build or break."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            (target / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / part)
    return target


def run_chronicle(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command line, as an editor or CI would."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("CHRONICLE_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "chronicle", *args],
        cwd=cwd or ROOT, capture_output=True, text=True, env=full_env, timeout=600,
    )


def tree_digest(directory: Path) -> dict[str, str]:
    """Every file under directory -> its SHA-256: two equal digests mean byte-identical trees."""
    return {
        p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The real project, built once with `chronicle build`; returns the project root (site/ inside)."""
    root = copy_project(tmp_path_factory.mktemp("built") / "project")
    result = run_chronicle("--root", str(root), "build")
    assert result.returncode == 0, result.stdout + result.stderr
    return root
