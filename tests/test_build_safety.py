"""Builds that are killed, run twice at once, fail late or fill the disk lose nothing.

Each test works on a copy of a built project (the session's `built`), with one event's title
edited so that the new site differs from the old one.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from buildstate import leftovers, processes_in
from chronicle.linkcheck import check_site
from conftest import run_chronicle, tree_digest

EVENT = "content/events/gva-talks-fx.yml"


def _edited_copy(built: Path, target: Path) -> Path:
    shutil.copytree(built, target)
    event = target / EVENT
    text = event.read_text("utf-8")
    assert "\ntitle: " in text
    event.write_text(text.replace("\ntitle: ", "\ntitle: Змінено — ", 1), "utf-8")
    return target


def _start(root: Path, *args: str, env: dict | None = None) -> subprocess.Popen:
    full_env = {**os.environ, **(env or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "chronicle", "--root", str(root), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=full_env,
    )


PHASES = {
    # what shows that the build is in the phase: the docs' backup is taken before generation;
    # the staged site exists from MkDocs' start; Pagefind's process while it indexes.
    "generating": lambda root, pid: list((root / "build").glob(f".docs-docs-{pid}")),
    "rendering": lambda root, pid: list(root.glob(f".site-site-{pid}/assets")),
    "indexing": lambda root, pid: [c for c in processes_in(root) if "pagefind" in c and "--output-path" in c],
}


@pytest.mark.parametrize("phase", list(PHASES))
def test_a_build_killed_while_it_runs_leaves_a_complete_site_and_the_next_build_sweeps_up(built, tmp_path, phase):
    project = _edited_copy(built, tmp_path / "killed")
    old = tree_digest(project / "site")
    build = _start(project, "build")
    deadline = time.monotonic() + 120
    while not PHASES[phase](project, build.pid):
        assert build.poll() is None, f"the build ended before {phase}: {build.communicate()}"
        assert time.monotonic() < deadline
        time.sleep(0.002)
    build.kill()
    build.wait()
    # Pagefind and forked workers die with the build (PR_SET_PDEATHSIG), at once: nothing
    # writes on while the next build sweeps. (Pagefind alone takes longer than this here.)
    for _ in range(30):
        if not processes_in(project):
            break
        time.sleep(0.01)
    assert processes_in(project) == []
    killed = tree_digest(project / "site")
    if phase != "indexing":
        assert killed == old  # the swap comes after the index
    # The next build removes what the killed one left, and builds the new site.
    if phase != "generating":
        assert leftovers(project)
    result = run_chronicle("--root", str(project), "build")
    assert result.returncode == 0, result.stderr
    assert leftovers(project) == []
    new = tree_digest(project / "site")
    assert new != old and killed in (old, new)
    assert check_site(project / "site").problems == []


def test_two_builds_at_once_the_second_refuses_and_the_first_completes(built, tmp_path):
    project = _edited_copy(built, tmp_path / "twice")
    first = _start(project, "build")
    lock = project / ".chronicle.lock"
    deadline = time.monotonic() + 60
    while f"pid {first.pid}:" not in (lock.read_text("utf-8") if lock.exists() else ""):
        assert first.poll() is None and time.monotonic() < deadline
        time.sleep(0.005)
    second = run_chronicle("--root", str(project), "build")
    plain = subprocess.run(
        [str(Path(sys.executable).parent / "mkdocs"), "build"], cwd=project, capture_output=True, text=True, timeout=300
    )
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert second.returncode == 1 and second.stderr.count("\n") == 1
    assert f".chronicle.lock: another chronicle process writes this project (pid {first.pid}: " in second.stderr
    assert "nothing was touched" in second.stderr
    assert plain.returncode != 0 and f"(pid {first.pid}: " in plain.stderr
    assert leftovers(project) == []
    assert check_site(project / "site").problems == []
    assert "Змінено — " in (project / "site/events/gva-talks-fx/index.html").read_text("utf-8")
    # The lock ends with its process: the next build goes ahead.
    assert run_chronicle("--root", str(project), "build").returncode == 0


@pytest.mark.parametrize(
    "command", [["chronicle", "build"], ["mkdocs", "build"]], ids=["chronicle-build", "mkdocs-build"]
)
def test_a_build_that_fails_in_render_leaves_build_docs_as_it_was(built, tmp_path, command):
    project = _edited_copy(built, tmp_path / "late")
    docs, site = tree_digest(project / "build/docs"), tree_digest(project / "site")
    # A theme override that MkDocs cannot render: the failure comes after the docs were generated.
    (project / "templates/overrides/main.html").write_text(
        '{% extends "base.html" %}\n{% block content %}{{ 1 / 0 }}{% endblock %}\n', "utf-8"
    )
    if command[0] == "chronicle":
        result = run_chronicle("--root", str(project), "build")
    else:
        result = subprocess.run(
            [str(Path(sys.executable).parent / "mkdocs"), "build"],
            cwd=project,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert result.returncode != 0
    assert "division by zero" in result.stderr or "ZeroDivisionError" in result.stderr
    assert tree_digest(project / "build/docs") == docs
    assert leftovers(project) == []
    if command[0] == "chronicle":
        assert tree_digest(project / "site") == site


FULL_DISK = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
from chronicle.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("stage, limit", [("generate", 3000), ("render", 60000)])
def test_a_full_disk_names_the_file_and_keeps_the_site(built, tmp_path, stage, limit):
    project = _edited_copy(built, tmp_path / "full")
    if stage == "generate":
        shutil.rmtree(project / "build/docs")  # every page is written again
        (project / "build/docs").mkdir()
    site = tree_digest(project / "site")
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK.format(limit=limit), "--root", str(project), "build"],
        capture_output=True,
        text=True,
        timeout=300,
        env={k: v for k, v in os.environ.items() if k != "CHRONICLE_DEBUG"},
    )
    assert result.returncode == 1
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and "Traceback" not in line, line
    assert line.startswith("chronicle build: cannot write ") and line.endswith(
        ": File too large; the previous site was left as it was"
    ), line
    named = line.removeprefix("chronicle build: cannot write ").split(":")[0]
    # The file named is where it would be: a page of build/docs, or of site/, never the staging copy.
    folder = "build/docs/" if stage == "generate" else "site/"
    assert named.startswith(folder) and not named.startswith("site/.") and ".tmp-" not in named, line
    assert (built / named).is_file(), line  # a file a complete build has
    assert (built / named).stat().st_size > limit
    assert tree_digest(project / "site") == site
    assert leftovers(project) == []


DIES_WITH_PARENT = """
import subprocess, sys
from chronicle.swap import die_with_parent
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], preexec_fn=die_with_parent)
print(child.pid, flush=True)
child.wait()
"""


def test_a_child_started_with_die_with_parent_dies_with_its_parent():
    """What Pagefind and the generation workers are started with: killed with the build."""
    parent = subprocess.Popen([sys.executable, "-c", DIES_WITH_PARENT], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    for _ in range(100):
        try:
            state = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            break
        if state == "Z":
            break
        time.sleep(0.01)
    else:
        os.kill(child, signal.SIGKILL)
        pytest.fail("the child outlived its parent")


def test_a_build_refuses_while_the_preview_runs(tmp_path):
    """`chronicle serve` writes build/docs too: it holds the lock until it stops."""
    from test_serve import fetch, free_port, serving, wait_for

    from conftest import copy_project

    project = copy_project(tmp_path / "project")
    port = free_port()
    with serving(project, port, tmp_path / "serve.log") as server:
        assert wait_for(lambda: fetch(f"http://127.0.0.1:{port}/") is not None, 60), "the preview did not start"
        result = run_chronicle("--root", str(project), "build")
        assert result.returncode == 1 and f"(pid {server.pid}: " in result.stderr and " serve " in result.stderr, (
            result.stderr
        )
        assert not (project / "site").exists()
    assert run_chronicle("--root", str(project), "build").returncode == 0
