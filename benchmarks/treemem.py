"""Peak memory of a process tree: the largest sum, over one moment, of every process's PSS.

    .venv/bin/python benchmarks/treemem.py -- chronicle build

/usr/bin/time -v reports the largest resident set of any one process. When a build forks
workers (chronicle.generate does at 2,000 events or more), the memory the machine needs is the
sum over the tree, and pages a child shares with its parent must be counted once: the
proportional set size (PSS, /proc/PID/smaps_rollup) splits each shared page among the processes
that map it, so the sum over the tree counts it once. Sampled every 20 ms; a peak shorter than
that can be missed (the report says how many samples were taken).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        todo += _children(p)
    return pids


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(cmd: list[str], interval: float = 0.02, **kwargs) -> tuple[subprocess.CompletedProcess, dict]:
    """Run cmd (subprocess.run's kwargs) and sample its tree: (result, {peak_pss_kib, peak_processes, samples})."""
    peak = peak_procs = samples = 0
    with subprocess.Popen(cmd, **kwargs) as proc:
        while proc.poll() is None:
            pids = _tree(proc.pid)
            total = sum(_pss_kib(p) for p in pids)
            samples += 1
            if total > peak:
                peak, peak_procs = total, len(pids)
            time.sleep(interval)
        stdout, stderr = proc.communicate()
    result = subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)
    return result, {"peak_pss_kib": peak, "peak_processes": peak_procs, "samples": samples}


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--"]:
        args = args[1:]
    result, report = run(args)
    print(
        f"peak PSS of the tree: {report['peak_pss_kib'] / 1024:.1f} MiB ({report['peak_processes']} processes at the peak, {report['samples']} samples)",
        file=sys.stderr,
    )
    sys.exit(result.returncode)
