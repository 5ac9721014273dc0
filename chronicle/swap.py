"""Putting a built folder in place atomically, and cleaning up after builds that were killed.

A build makes the new site in a sibling folder (`.site-<name>-<pid>`) and then exchanges the
two names in one system call, renameat2(RENAME_EXCHANGE): at every moment `site/` is the old
complete site or the new one, never missing. A build killed at any moment leaves at most
sibling folders named by its process id (the staged site, Pagefind's staging copy
`.pagefind-…`, the backup of the docs `.docs-…`) and `.tmp-*` files in the docs folder; the next
build in the project sweeps them (sweep), holding the project's lock (chronicle.lock), and
only those of processes that are gone.

Where the file system cannot exchange names (renameat2 is Linux's, from 3.15; some file systems
lack it) the old site is renamed aside and the new one into place: two renames, with an instant
between them without a site.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
import signal
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_PR_SET_PDEATHSIG = 1
LEFTOVER = re.compile(r"^\.(?:site|pagefind|docs)-.*-(\d+)(?:-old)?$")

_libc: ctypes.CDLL | None
try:
    _libc = ctypes.CDLL(None, use_errno=True)
except OSError:  # pragma: no cover - not a Unix C library
    _libc = None


def _exchange(a: Path, b: Path) -> bool:
    """Exchange the names a and b in one step; False where the system cannot."""
    renameat2 = getattr(_libc, "renameat2", None) if _libc is not None else None
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def put_in_place(staged: Path, target: Path) -> None:
    """Make the folder staged be target; the old target, if any, is removed after."""
    if target.exists() or target.is_symlink():
        if _exchange(staged, target):
            shutil.rmtree(staged, ignore_errors=True)  # now the old one
            return
        old = staged.with_name(staged.name + "-old")
        shutil.rmtree(old, ignore_errors=True)
        os.rename(target, old)
        os.rename(staged, target)
        shutil.rmtree(old, ignore_errors=True)
        return
    os.rename(staged, target)


def _gone(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def sweep(*folders: Path) -> list[Path]:
    """Remove what killed builds left beside each folder (a site or docs folder) and `.tmp-*`
    files inside a docs folder; the paths removed. Call it holding the project's lock."""
    removed = []
    for folder in folders:
        parent = folder.parent
        if parent.is_dir():
            for entry in parent.iterdir():
                match = LEFTOVER.match(entry.name)
                if (
                    match
                    and folder.name in entry.name
                    and entry.is_dir()
                    and not entry.is_symlink()
                    and _gone(int(match.group(1)))
                ):
                    shutil.rmtree(entry, ignore_errors=True)
                    removed.append(entry)
    return removed


def sweep_temporary(docs: Path) -> list[Path]:
    """Remove the `.tmp-*` files a killed generate left in the docs folder."""
    removed = []
    if docs.is_dir():
        for here, _, names in os.walk(docs):
            for name in names:
                if name.startswith(".tmp-"):
                    path = Path(here, name)
                    path.unlink(missing_ok=True)
                    removed.append(path)
    return removed


def die_with_parent() -> None:
    """In a child process (a forked worker, Pagefind before its exec): be killed when the build
    that started it dies, instead of running on and writing into folders the next build sweeps."""
    if _libc is not None and hasattr(_libc, "prctl"):
        _libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _linked_copy(source: Path, target: Path) -> None:
    """A copy of the tree source at target whose files are hard links: no data copied. The docs
    are written by renaming new files over old ones (generate.write_tree), so a link keeps the
    old content."""
    for here, _dirs, names in os.walk(source):
        out = target / os.path.relpath(here, source)
        out.mkdir(exist_ok=True)
        for name in names:
            if not name.startswith(".tmp-"):
                os.link(os.path.join(here, name), out / name)


class DocsBackup:
    """The docs folder as it was before a build, to put back if the build fails.

    with DocsBackup(docs): ... -- on an exception the docs folder is exchanged with the backup
    (the same one step as the site's) and the failed one removed; on success the backup goes.
    """

    def __init__(self, docs: Path):
        self.docs = Path(docs)
        self.backup = self.docs.with_name(f".docs-{self.docs.name}-{os.getpid()}")
        self.taken = False

    def take(self) -> None:
        shutil.rmtree(self.backup, ignore_errors=True)
        if self.docs.is_dir():
            _linked_copy(self.docs, self.backup)
            self.taken = True

    def restore(self) -> None:
        if self.taken:
            put_in_place(self.backup, self.docs)
            self.taken = False

    def discard(self) -> None:
        if self.taken:
            shutil.rmtree(self.backup, ignore_errors=True)
            self.taken = False

    def __enter__(self) -> DocsBackup:
        self.take()
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.discard()
        else:
            self.restore()
