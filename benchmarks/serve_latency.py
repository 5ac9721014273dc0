"""Live-preview latency: how long after an editor saves one event the preview shows it.

    .venv/bin/python benchmarks/serve_latency.py --events 1000 --edits 5

Writes a synthetic chronicle (`chronicle synth`), starts `chronicle serve` on it, and then, edit
after edit, changes the title of a different event and times from the file's write until the
event's page and its year's timeline page serve the new title. Prints each edit's latency and
the median, and which generated pages each edit rewrote (the generator writes only what
changed). `--compare-old` also measures the preview without the incremental session
(CHRONICLE_INCREMENTAL=0: every rebuild reads, checks and generates the whole chronicle, as
before), `--compare-full` `chronicle serve --full` (MkDocs re-renders every page).
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# The preview's helpers, shared with tests/test_serve.py: one way to start, fetch and wait.


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    """The page at url as text; None if it cannot be fetched."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait(predicate, seconds: float) -> float | None:
    """Seconds until predicate() held, polling every 50 ms; None if it did not within seconds."""
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        if predicate():
            return time.perf_counter() - started
        time.sleep(0.05)
    return None


def _mtimes(docs: Path) -> dict[str, int]:
    return {p.relative_to(docs).as_posix(): p.stat().st_mtime_ns for p in docs.rglob("*.md")}


def measure(project: Path, edits: int, full: bool, old: bool = False) -> dict:
    port = free_port()
    args = [sys.executable, "-m", "chronicle", "--root", str(project), "serve", "--dev-addr", f"127.0.0.1:{port}"] + (
        ["--full"] if full else []
    )
    env = {**os.environ, "CHRONICLE_INCREMENTAL": "0" if old else "1"}
    server = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    base = f"http://127.0.0.1:{port}/"
    events = sorted((project / "content/events").glob("*.yml"))
    latencies, rewritten = [], []
    try:
        started = wait(lambda: "<html" in (fetch(base) or ""), 600)
        if started is None:
            raise RuntimeError("the preview did not start")
        first_build = started
        for i in range(edits):
            path = events[(i * 97 + 13) % len(events)]  # a different event each time
            text = path.read_text("utf-8")
            event_id = path.stem
            year = re.search(r"^date: (\d{4})", text, re.M).group(1)
            marker = f"Редагування {i} {time.time_ns()}"
            docs = project / "build/docs"
            before = _mtimes(docs)
            new_text = re.sub(r"^title: .*$", f"title: {marker}", text, count=1, flags=re.M)
            # The event's page and its year's page always show it (an actor's page may list only
            # the newest 20 of its events).
            pages = [f"{base}events/{event_id}/", f"{base}timeline/{year}/"]
            written = time.perf_counter()
            path.write_text(new_text, "utf-8")
            done = wait(lambda marker=marker, pages=pages: all(marker in (fetch(url) or "") for url in pages), 120)
            latencies.append(None if done is None else time.perf_counter() - written)
            time.sleep(3)  # let the preview settle (the open data and search fields are written after the pages)
            after = _mtimes(docs)
            rewritten.append(sorted(k for k, v in after.items() if before.get(k) != v))
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    done = [x for x in latencies if x is not None]
    return {
        "mode": ("full" if full else "changed pages only")
        + (", old (CHRONICLE_INCREMENTAL=0)" if old else ", incremental"),
        "first_build_seconds": round(first_build, 2),
        "latencies_seconds": [round(x, 2) if x is not None else None for x in latencies],
        "median_seconds": round(statistics.median(done), 2) if done else None,
        "pages_rewritten": [len(r) for r in rewritten],
        "rewritten_first_edit": rewritten[0] if rewritten else [],
        "generated_pages": len(after),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=7)
    parser.add_argument("--compare-full", action="store_true", help="also `chronicle serve --full`")
    parser.add_argument(
        "--compare-old",
        action="store_true",
        help="also the preview without the incremental session (CHRONICLE_INCREMENTAL=0)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "synth"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "chronicle",
                "--root",
                str(ROOT),
                "synth",
                str(project),
                "--events",
                str(args.events),
            ],
            check=True,
            capture_output=True,
        )
        modes = (
            [(False, False)]
            + ([(False, True)] if args.compare_old else [])
            + ([(True, False)] if args.compare_full else [])
        )
        for full, old in modes:
            print(measure(project, args.edits, full, old), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
