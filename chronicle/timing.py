"""Wall time per pipeline stage, for `chronicle build --timings` and the scale benchmark."""

from __future__ import annotations

import time
from contextlib import contextmanager

TIMES: dict[str, float] = {}


@contextmanager
def stage(name: str):
    started = time.perf_counter()
    try:
        yield
    finally:
        TIMES[name] = TIMES.get(name, 0.0) + time.perf_counter() - started
