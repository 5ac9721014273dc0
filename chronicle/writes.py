"""A full disk names the file: every write of the build says which file it was writing.

Python's OSError from a write into an open file (a full disk, ENOSPC; a file larger than the
process may write, EFBIG; a quota, EDQUOT) carries no file name, and the user would read only
"No space left on device". The build's own writes go through `named(path)`; MkDocs' writes
(mkdocs.utils.write_file and copy_file, which its build and Material call) are wrapped for the
time of a render by `mkdocs_writes_named()`.
"""

from __future__ import annotations

import errno
import os
from contextlib import contextmanager

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
