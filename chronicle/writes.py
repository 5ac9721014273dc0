"""Writing output, in one place: write_tree makes the docs folder hold exactly the generated
files, writing only what changed, staged so that a failure leaves the folder as it was.

A full disk names the file: every write of the build says which file it was writing.

Python's OSError from a write into an open file (a full disk, ENOSPC; a file larger than the
process may write, EFBIG; a quota, EDQUOT) carries no file name, and the user would read only
"No space left on device". The build's own writes go through `named(path)`; MkDocs' writes
(mkdocs.utils.write_file and copy_file, which its build and Material call) are wrapped for the
time of a render by `mkdocs_writes_named()`.
"""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from chronicle.guard import DOCS_MARK, mark

KEEP = {
    ".gitignore",
    DOCS_MARK,
}  # files in the output directory that belong to git, and the marker of a docs folder (chronicle.guard)

_DISK = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}


@contextmanager
def named(path):
    """Re-raise an OSError without a file name (or a full disk's, which shutil may name by its
    source) as the same error naming path."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None or (exc.errno in _DISK and exc.filename != os.fspath(path)):
            raise OSError(exc.errno, exc.strerror or str(exc), os.fspath(path)) from None
        raise


@contextmanager
def mkdocs_writes_named():
    """For the time of MkDocs' build: its writes name the file they were writing."""
    from mkdocs import utils

    write_file, copy_file = utils.write_file, utils.copy_file

    def named_write(content: bytes, output_path: str) -> None:
        with named(output_path):
            write_file(content, output_path)

    def named_copy(source_path: str, output_path: str) -> None:
        with named(output_path):
            copy_file(source_path, output_path)

    utils.write_file, utils.copy_file = named_write, named_copy
    try:
        yield
    finally:
        utils.write_file, utils.copy_file = write_file, copy_file


def write_tree(directory: Path, files: dict[str, bytes], previous: dict[str, bytes] | None = None) -> list[str]:
    """Make directory hold exactly files (relative path -> bytes): write what changed, remove what is gone.

    previous: what directory holds, as the last call wrote it (the live preview keeps it): the
    files are compared with it instead of being read back, and only what it held is removed.
    Without it every file is read and compared, and whatever else the folder holds is removed
    (but KEEP), with the folders left empty.

    Returns the paths written, and with previous also those removed (in that order). Every
    changed file is first written in full beside its target, and only when all of them are
    written are they renamed into place: a failure (a full disk, a path that cannot be made)
    leaves the tree as it was, and a reader (mkdocs serve, another renderer) never sees a
    half-written page.
    """
    directory.mkdir(parents=True, exist_ok=True)
    if previous is None:
        changed = [rel for rel, data in sorted(files.items()) if not _holds(directory / rel, data)]
    else:
        changed = sorted(rel for rel, data in files.items() if previous.get(rel) != data)
    _replace(directory, [(rel, files[rel]) for rel in changed])
    if not (directory / DOCS_MARK).exists():
        mark(directory, "docs")
    if previous is None:
        _prune(directory, files)
        return changed
    removed = sorted(rel for rel in previous if rel not in files)
    for rel in removed:
        (directory / rel).unlink(missing_ok=True)
        parent = (directory / rel).parent
        while parent != directory and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
    return changed + removed


def _holds(path: Path, data: bytes) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read() == data
    except OSError:
        return False


def _replace(directory: Path, changes: list[tuple[str, bytes]]) -> None:
    """Write each (path, bytes) beside its target, then rename them all into place; on any
    failure remove what was staged and leave the targets as they were."""
    staged: list[tuple[str, str]] = []
    try:
        for rel, data in changes:
            target = os.path.join(directory, rel)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".tmp-")
            staged.append((tmp, target))
            with named(target), os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, 0o644)
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    for tmp, target in staged:
        os.replace(tmp, target)


def _prune(directory: Path, files: dict[str, bytes]) -> None:
    """Remove what files does not hold (but KEEP), and the folders left empty (deepest first)."""
    root = str(directory)
    for here, _, names in os.walk(root, topdown=False):
        rel_dir = os.path.relpath(here, root).replace(os.sep, "/")
        prefix = "" if rel_dir == "." else rel_dir + "/"
        for name in names:
            if prefix + name not in files and prefix + name not in KEEP:
                os.unlink(os.path.join(here, name))
        if here != root and not os.listdir(here):
            os.rmdir(here)
