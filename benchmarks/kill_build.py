"""Kill a build of a synthetic chronicle at random moments; the site is always complete.

    .venv/bin/python benchmarks/kill_build.py                    # 1,000 events, 18 kills
    .venv/bin/python benchmarks/kill_build.py --events 200 --kills 30 --seed 7

`chronicle synth` writes a project; two complete builds of it, one with each of two values of
`copyright` in mkdocs.yml (every page shows it), give the digests of the two complete sites A
and B. Then, round after round, mkdocs.yml is switched to the other value, `chronicle build`
starts, and SIGKILL ends it at a random moment: a third of the rounds anywhere in the build,
a third during MkDocs' render (once its staging folder is there), a third while Pagefind
indexes (once its staging copy is there). After each kill no process of that build may be left
(Pagefind dies with it), and site/ must be exactly A or B. Every fourth round and at the end
the build is left to complete: then site/ is the new one and nothing a killed build left
(`.site-*`, `.pagefind-*`, `build/.docs-*`, `.tmp-*`) remains. Prints the kills per phase and
the failures; exits 1 if there is one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from buildstate import leftovers, processes_in  # noqa: E402  (shared with tests/test_build_safety.py)


def digest(site: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(site.rglob("*")):
        if path.is_file():
            h.update(path.relative_to(site).as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def phase_of(root: Path, pid: int) -> str:
    """What the build was doing, by what it has made."""
    if list(root.glob(f".pagefind-*-{pid}")):
        return "indexing"
    if (root / f".site-site-{pid}").exists():
        return "rendering"  # or removing the old site after the swap: its staging folder is the old site then
    if list((root / "build").glob(f".docs-docs-{pid}")):
        return "reading/generating"
    return "starting or swapping"


def set_copyright(root: Path, value: str) -> None:
    config = root / "mkdocs.yml"
    lines = [
        f"copyright: {value}" if line.startswith("copyright:") else line
        for line in config.read_text("utf-8").splitlines()
    ]
    config.write_text("\n".join(lines) + "\n", "utf-8")


def build(root: Path, timings: Path | None = None) -> subprocess.Popen:
    command = [sys.executable, "-m", "chronicle", "--root", str(root), "build"] + (
        ["--timings", str(timings)] if timings else []
    )
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--events", type=int, default=1000)
    p.add_argument("--kills", type=int, default=18)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="kill-build-"))
    root = work / "project"
    subprocess.run(
        [sys.executable, "-m", "chronicle", "--root", str(ROOT), "synth", str(root), "--events", str(args.events)],
        check=True,
        capture_output=True,
    )
    values = ["Хроніка A", "Хроніка B"]
    digests = []
    for value in values:
        set_copyright(root, value)
        started = time.monotonic()
        proc = build(root, work / "timings.json")
        _, err = proc.communicate()
        assert proc.returncode == 0, err
        total = time.monotonic() - started
        digests.append(digest(root / "site"))
    times = json.loads((work / "timings.json").read_text("utf-8"))
    print(
        f"{args.events} events: a build takes {total:.1f} s (render {times.get('render', 0):.1f} s, search {times.get('search', 0):.1f} s)"
    )
    current = 1  # site/ is B
    kills: Counter = Counter()
    failures: list[str] = []
    completed = 0
    for round_ in range(args.kills + args.kills // 3 + 1):
        target = 1 - current
        set_copyright(root, values[target])
        finish = round_ % 4 == 3 or round_ == args.kills + args.kills // 3
        started = time.monotonic()
        proc = build(root)
        if finish:
            _, err = proc.communicate()
            total = time.monotonic() - started  # the machine's load changes: aim at the latest
            if proc.returncode != 0:
                failures.append(f"round {round_}: the build failed: {err.strip()[-200:]}")
                continue
            completed += 1
            found = digest(root / "site")
            if found != digests[target]:
                failures.append(f"round {round_}: a completed build left a site that is not the new one")
            if left := leftovers(root):
                failures.append(f"round {round_}: after a completed build, leftovers: {left[:5]}")
            current = target
            continue
        aim = rng.choice(["anywhere", "rendering", "indexing"])
        if aim == "anywhere":
            time.sleep(rng.uniform(0, total * 0.9))
        else:
            marker = f".site-site-{proc.pid}" if aim == "rendering" else f".pagefind-.site-site-{proc.pid}-{proc.pid}"
            while proc.poll() is None and not (root / marker).exists():
                time.sleep(0.005)
            span = times.get("render" if aim == "rendering" else "search", 1.0)
            time.sleep(rng.uniform(0, span))
        phase = phase_of(root, proc.pid) if proc.poll() is None else "after the end"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills[phase] += 1
        for _ in range(100):
            if not processes_in(root):
                break
            time.sleep(0.05)
        if stray := processes_in(root):
            failures.append(f"round {round_} ({phase}): still running after the kill: {stray}")
        found = digest(root / "site")
        if found not in digests:
            failures.append(f"round {round_} ({phase}): site/ is neither the old nor the new complete site")
        else:
            current = digests.index(found)
        print(f"round {round_}: killed while {phase}; site/ is {'AB'[current]}", flush=True)
    print(
        f"kills per phase: {dict(kills)}; {sum(kills.values())} kills, {completed} completed builds, {len(failures)} failure(s)"
    )
    for failure in failures:
        print("FAIL", failure)
    if not failures:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
