"""One writer at a time per project: an advisory lock on `.chronicle.lock` in the project root.

`chronicle build`, `generate` and `serve`, and the MkDocs plugin under plain `mkdocs build`
or `mkdocs serve`, hold it while they write build/docs/ and the site. A second writer refuses at
once with a message that names the holder (its process id and command), instead of both
deleting each other's staged files. The lock is the kernel's (flock): it ends with the process
that holds it, however that process ends, so a killed build never leaves the project locked.
Within one process it is re-entrant (`chronicle build` holds it, then the plugin asks again).
"""

from __future__ import annotations

import fcntl
import os
import sys
from contextlib import contextmanager
from pathlib import Path

LOCK_FILE = ".chronicle.lock"

_held: dict[str, tuple[int, int]] = {}  # resolved root -> (file descriptor, depth)


class BusyError(Exception):
    """Another process writes this project; the message is one line."""


def _command() -> str:
    return " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(sys.argv))[:200] or "python"


def acquire(root: Path) -> None:
    key = os.path.realpath(root)
    if key in _held:
        fd, depth = _held[key]
        _held[key] = (fd, depth + 1)
        return
    path = os.path.join(key, LOCK_FILE)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.read(fd, 300).decode("utf-8", "replace").strip() or "another process"
        os.close(fd)
        raise BusyError(
            f"{LOCK_FILE}: another chronicle process writes this project ({holder}); wait for it to end, or stop it"
        ) from None
    except OSError:
        os.close(fd)
        raise
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()}: {_command()}\n".encode("utf-8", "replace"), 0)
    _held[key] = (fd, 1)


def release(root: Path) -> None:
    key = os.path.realpath(root)
    if key not in _held:
        return
    fd, depth = _held[key]
    if depth > 1:
        _held[key] = (fd, depth - 1)
        return
    del _held[key]
    try:
        os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def held(root: Path) -> bool:
    return os.path.realpath(root) in _held


@contextmanager
def hold(root: Path):
    acquire(root)
    try:
        yield
    finally:
        release(root)
