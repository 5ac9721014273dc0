"""What a build leaves behind: the files a killed build may leave and the processes still running
in a project. Shared by tests/test_build_safety.py and benchmarks/kill_build.py (one definition
of "a complete site and nothing else"); no pytest here, so the benchmark can import it."""

from __future__ import annotations

import os
from pathlib import Path


def leftovers(root: Path) -> list[str]:
    """What a killed build may leave: staged sites, Pagefind's staging copies, the docs' backup,
    half-written pages (`.tmp-*` in the docs folder), as paths relative to the project."""
    found = [p.name for p in root.iterdir() if p.name.startswith((".site-", ".pagefind-"))]
    found += [f"build/{p.name}" for p in (root / "build").iterdir() if p.name.startswith(".docs-")]
    found += [p.relative_to(root).as_posix() for p in (root / "build" / "docs").rglob(".tmp-*")]
    return found


def processes_in(root: Path) -> list[str]:
    """`pid: command line` of every running process, other than this one, whose command line names
    the project (a build, its workers, a Pagefind left running)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            except OSError:
                continue
            if str(root) in command:
                found.append(f"{entry.name}: {command}")
    return found
