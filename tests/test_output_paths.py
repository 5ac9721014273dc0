"""Output folders a build could destroy are refused before anything is touched (chronicle.guard).

Every destructive case runs in a scratch copy of the project that also has a .git, chronicle/
and tests/ of its own, and the whole scratch folder (the project and a sibling beside it) is
compared file by file before and after.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronicle import guard, render
from chronicle.cli import main
from chronicle.guard import SITE_MARK
from conftest import PROJECT, copy_project


def _snapshot(folder: Path, skip: Path | None = None) -> dict[str, tuple]:
    """Every file and folder under folder (not under skip) -> what would show a change."""
    out = {}
    for here, dirs, names in os.walk(folder):
        here_path = Path(here)
        if skip is not None and (here_path == skip or skip in here_path.parents):
            dirs[:] = []
            continue
        for name in dirs + names:
            path = here_path / name
            if skip is not None and path == skip:
                continue
            info = path.lstat()
            out[str(path.relative_to(folder))] = (info.st_mode, info.st_size, info.st_mtime_ns, info.st_ino)
    return out


def _is_dir(info: tuple | None) -> bool:
    return info is not None and stat.S_ISDIR(info[0])


def _scratch(base: Path) -> Path:
    """A project with the folders a clone has besides the chronicle's, and a sibling folder."""
    root = copy_project(base / "project")
    for part in (".git/HEAD", "chronicle/keep.txt", "tests/keep.txt"):
        (root / part).parent.mkdir(parents=True, exist_ok=True)
        (root / part).write_text("keep\n", "utf-8")
    (base / "beside").mkdir()
    (base / "beside" / "notes.txt").write_text("not the project's\n", "utf-8")
    return root


def _run(capsys, root: Path, *args: str) -> tuple[int, str]:
    status = main(["--root", str(root), *args])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    return _scratch(tmp_path)


REFUSED = [
    ("", "is empty"),
    ("   ", "is empty"),
    (".", "is the project root"),
    ("./", "is the project root"),
    ("..", "which holds the project"),
    ("../..", "which holds the project"),
    ("/", "which holds the project"),
    ("content", "inside the project's content/"),
    ("content/events", "inside the project's content/"),
    ("seeds", "inside the project's seeds/"),
    ("templates/pages", "inside the project's templates/"),
    ("chronicle", "inside the project's chronicle/"),
    ("tests", "inside the project's tests/"),
    (".git", "inside the project's .git/"),
    ("build", "overlaps the docs folder"),
    ("build/docs", "overlaps the docs folder"),
    ("build/docs/site", "overlaps the docs folder"),
    ("mkdocs.yml", "is a file, not a folder"),
    ("../beside", "holds files that chronicle did not build"),
]


@pytest.mark.parametrize("site_dir, expected", REFUSED, ids=[repr(v) for v, _ in REFUSED])
def test_a_site_dir_that_a_build_could_destroy_is_refused_and_nothing_changes(scratch, capsys, site_dir, expected):
    before = _snapshot(scratch.parent)
    status, output = _run(capsys, scratch, "build", "--site-dir", site_dir)
    assert status == 1
    assert expected in output and "--site-dir: the site folder" in output and "nothing was touched" in output
    assert len(output.strip().splitlines()) == 1 and "Traceback" not in output
    assert _snapshot(scratch.parent) == before


def test_a_device_is_refused(scratch, capsys):
    status, output = _run(capsys, scratch, "build", "--site-dir", "/dev/null")
    assert status == 1 and "'/dev/null' (/dev/null) is a device, not a folder" in output
    assert Path("/dev/null").is_char_device()


def test_a_symlink_to_content_is_content(scratch, capsys):
    (scratch / "published").symlink_to(scratch / "content")
    before = _snapshot(scratch.parent)
    status, output = _run(capsys, scratch, "build", "--site-dir", "published")
    assert status == 1 and "inside the project's content/" in output
    assert _snapshot(scratch.parent) == before


def _set(mkdocs_yml: Path, key: str, value: str) -> None:
    lines = mkdocs_yml.read_text("utf-8").splitlines()
    lines = [f"{key}: {value}" if line.startswith(f"{key}:") else line for line in lines]
    mkdocs_yml.write_text("\n".join(lines) + "\n", "utf-8")


def test_site_dir_in_mkdocs_yml_is_judged_with_its_position_by_chronicle_and_by_mkdocs(scratch, capsys):
    _set(scratch / "mkdocs.yml", "site_dir", "content")
    line = next(
        n
        for n, text in enumerate((scratch / "mkdocs.yml").read_text("utf-8").splitlines(), 1)
        if text.startswith("site_dir:")
    )
    before = _snapshot(scratch.parent)
    status, output = _run(capsys, scratch, "build")
    assert status == 1 and f"mkdocs.yml:{line}:11: the site folder" in output and "content/" in output
    assert _snapshot(scratch.parent) == before
    # Plain `mkdocs build` uses the same plugin, which refuses in on_config: MkDocs has not yet
    # cleaned the site folder.
    result = subprocess.run(
        [str(Path(sys.executable).parent / "mkdocs"), "build"], cwd=scratch, capture_output=True, text=True, timeout=300
    )
    assert result.returncode != 0 and f"mkdocs.yml:{line}:11: the site folder" in result.stderr
    assert _snapshot(scratch.parent, skip=scratch / ".chronicle.lock") == {
        k: v for k, v in before.items() if k != "project/.chronicle.lock"
    }


def test_an_empty_site_dir_in_mkdocs_yml_is_refused_with_its_position(scratch, capsys):
    _set(scratch / "mkdocs.yml", "site_dir", '""')
    line = next(
        n
        for n, text in enumerate((scratch / "mkdocs.yml").read_text("utf-8").splitlines(), 1)
        if text.startswith("site_dir:")
    )
    before = _snapshot(scratch.parent)
    status, output = _run(capsys, scratch, "build")
    assert status == 1
    assert (
        output.strip()
        == f"chronicle build: mkdocs.yml:{line}:11: the site folder '' is empty, which would be the project root; give a folder such as 'site'; nothing was touched"
    )
    assert _snapshot(scratch.parent) == before


def test_a_docs_dir_that_holds_entries_is_refused(scratch, capsys):
    _set(scratch / "mkdocs.yml", "docs_dir", "content/events")
    before = _snapshot(scratch.parent)
    status, output = _run(capsys, scratch, "generate")
    assert status == 1 and "the docs folder" in output and "inside the project's content/" in output
    assert _snapshot(scratch.parent) == before


def test_its_own_output_is_built_again_marked_or_from_before_the_marker(project, capsys):
    status, output = _run(capsys, project, "build")
    assert status == 0, output
    assert (project / "site" / SITE_MARK).is_file()
    # A site built before the marker existed is known by its files and replaced.
    (project / "site" / SITE_MARK).unlink()
    (project / "site" / "stale.html").write_text("old", "utf-8")
    status, output = _run(capsys, project, "build")
    assert status == 0, output
    assert (project / "site" / SITE_MARK).is_file() and not (project / "site" / "stale.html").exists()
    # An empty folder and a new one outside the project are fine too.
    (project.parent / "empty").mkdir()
    for target in ("../empty", "../new/site"):
        status, output = _run(capsys, project, "build", "--site-dir", target)
        assert status == 0, output
        assert (project / target / "index.html").is_file()


# ---- the property: whatever --site-dir names, nothing outside the output folder changes ----

SEGMENTS = [
    "..",
    ".",
    "",
    "content",
    "seeds",
    "events",
    "templates",
    ".git",
    "tests",
    "build",
    "docs",
    "mkdocs.yml",
    "notes",
    "beside",
    "out",
    "site",
]
OWN = ("content", "seeds", "templates", ".git", "chronicle", "tests")


@st.composite
def site_dirs(draw) -> tuple[str, bool]:
    parts = draw(st.lists(st.sampled_from(SEGMENTS), min_size=1, max_size=3))
    return "/".join(parts), draw(st.booleans())


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory) -> Path:
    """A synthetic chronicle of 3 events with a .git, chronicle/, tests/ and a sibling folder."""
    base = tmp_path_factory.mktemp("property")
    assert main(["--root", str(PROJECT), "synth", str(base / "project"), "--events", "3"]) == 0
    # As in a clone, and a folder of the user's own (notes/) in the project.
    for part in (".git/HEAD", "chronicle/keep.txt", "tests/keep.txt", "build/docs/.gitignore", "notes/todo.txt"):
        (base / "project" / part).parent.mkdir(parents=True, exist_ok=True)
        (base / "project" / part).write_text("keep\n", "utf-8")
    (base / "beside").mkdir()
    (base / "beside" / "notes.txt").write_text("not the project's\n", "utf-8")
    return base / "project"


@pytest.fixture(scope="module")
def pristine(sandbox) -> dict[str, tuple]:
    """The files of the project and beside it before any build: none may ever change."""
    return {
        rel: info
        for rel, info in _snapshot(sandbox.parent).items()
        if not _is_dir(info) and not rel.startswith("project/build/")
    }


def _stand_in_for_mkdocs(config_file, aside, chronicle=None, site_url=None, previous=None) -> None:
    """What MkDocs writes, in small: pages into the staging folder it is given (the real build
    writes only there; the tests above and tests/test_build_safety.py run it)."""
    for rel in ("index.html", "events/index.html", "assets/javascripts/x.js", "sitemap.xml"):
        (Path(aside) / rel).parent.mkdir(parents=True, exist_ok=True)
        (Path(aside) / rel).write_text(rel, "utf-8")
    guard.mark(Path(aside), "site")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(choice=site_dirs())
def test_no_site_dir_changes_a_file_outside_the_output_folder(sandbox, pristine, capsys, choice):
    """The command line, the guard, the lock, the sweep, the docs' backup, generation into
    build/docs and the swap run for real; MkDocs' build into the staging folder is stood in for
    (80 real builds would take minutes)."""
    value, absolute = choice
    if absolute:
        value = str(sandbox / value)
    scratch = sandbox.parent
    lock = sandbox / ".chronicle.lock"
    before = _snapshot(scratch, skip=lock)
    with mock.patch.object(render, "build_aside", _stand_in_for_mkdocs):
        status, output = _run(capsys, sandbox, "build", "--site-dir", value)
    assert "Traceback" not in output and "internal error" not in output
    now = _snapshot(scratch, skip=lock)
    assert {rel: now.get(rel) for rel in pristine} == pristine, f"--site-dir {value!r} changed the project's own files"
    added = [
        rel
        for rel in now
        if rel not in before and not _is_dir(now[rel]) and rel.split("/")[0] == "project" and rel.split("/")[1] in OWN
    ]
    assert added == [], f"--site-dir {value!r} wrote into the project's own folders"
    if status != 0:
        assert "nothing was touched" in output, output
        assert _snapshot(scratch, skip=lock) == before
        return
    output_folder = Path(os.path.realpath(sandbox / value))
    assert (output_folder / "index.html").is_file() and (output_folder / SITE_MARK).is_file()
    # The build may change the site folder and the docs it generates, and nothing else; the
    # folders above the site may gain it (or a folder on the way to it).
    docs = sandbox / "build" / "docs"
    after = _snapshot(scratch, skip=lock)
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    for rel in changed:
        path = scratch / rel
        if _is_dir(after.get(rel)) and (_is_dir(before.get(rel)) or path in output_folder.parents):
            continue  # a folder that gained or lost an entry: what it holds is checked on its own
        assert path == output_folder or output_folder in path.parents or docs in path.parents, rel
    assert not [p.name for p in output_folder.parent.iterdir() if p.name.startswith((".site-", ".pagefind-"))]
