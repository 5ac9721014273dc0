"""Nothing from outside the project is read or published (issue 13, section 2).

A symbolic link committed under content/, seeds/ or templates/ (to /etc/passwd, to a file of
the machine the build runs on) is refused by check, build and `chronicle new source --seed`,
at the link's own path, and nothing of its target is read: its SHA-256 is never printed, no
copy of it reaches build/docs or site/. A fifo cannot hang the check. Each case runs in a
scratch copy of the fixture project, through the installed command line.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from chronicle.read import SPECIAL, SYMLINK, read_project
from conftest import copy_project, run_chronicle, tree_digest

SECRET = "root:x:0:0:a secret of the machine the build runs on\n"
SOURCE = "content/sources/gva-source-fx.yml"


@pytest.fixture
def outside(tmp_path) -> Path:
    """A file outside the project, with text that must never be published."""
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET, encoding="utf-8")
    return secret


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _link_seed(root: Path, target: Path) -> None:
    """The seed of a real source replaced by a link: the case the issue reports."""
    seed = root / "seeds/2022-01-10-gva-talks-fx.txt"
    seed.unlink()
    seed.symlink_to(target)


def _link_page(root: Path, target: Path) -> None:
    (root / "content/pages/leak").mkdir()
    (root / "content/pages/leak/index.md").symlink_to(target)


def _link_template(root: Path, target: Path) -> None:
    (root / "templates/overrides/assets/leak.txt").symlink_to(target)


def _link_event(root: Path, target: Path) -> None:
    event = root / "content/events/gva-talks-fx.yml"
    target.write_bytes(event.read_bytes())  # a valid entry, kept outside
    event.unlink()
    event.symlink_to(target)


def _link_seeds_folder(root: Path, target: Path) -> None:
    (root / "seeds").rename(target.parent / "seeds")
    (root / "seeds").symlink_to(target.parent / "seeds")


CASES = {
    "seed": (_link_seed, "seeds/2022-01-10-gva-talks-fx.txt"),
    "hand-written page": (_link_page, "content/pages/leak/index.md"),
    "template": (_link_template, "templates/overrides/assets/leak.txt"),
    "event": (_link_event, "content/events/gva-talks-fx.yml"),
    "seeds folder": (_link_seeds_folder, "seeds"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_link_out_of_the_project_is_refused_by_check_and_build(tmp_path, outside, case):
    root = copy_project(tmp_path / "project")
    make, where = CASES[case]
    make(root, outside)
    secret_digest = _digest(outside)

    check = run_chronicle("--root", str(root), "check")
    output = check.stdout + check.stderr
    assert check.returncode == 1, output
    assert f"{where}:1:1: {SYMLINK}" in output
    assert "Traceback" not in output
    assert secret_digest not in output and "root:x:0:0" not in output
    # The entries that name a refused file get no second error: it is reported at its own path.
    assert "does not exist" not in output and "does not match" not in output and "there is no" not in output, output

    (root / "site").mkdir()
    (root / "site/index.html").write_text("the last good site", encoding="utf-8")
    (root / "site/.chronicle-site").write_text("", encoding="utf-8")  # chronicle's own (chronicle.guard)
    site_before, docs_before = tree_digest(root / "site"), tree_digest(root / "build/docs")
    build = run_chronicle("--root", str(root), "build")
    output = build.stdout + build.stderr
    assert build.returncode == 1, output
    assert f"{where}:1:1: {SYMLINK}" in output
    assert secret_digest not in output
    assert tree_digest(root / "site") == site_before and tree_digest(root / "build/docs") == docs_before
    published = [p for p in (root / "site").rglob("*") if p.is_file() and SECRET in p.read_text("utf-8", "replace")]
    assert published == []


def test_new_source_refuses_a_linked_seed_and_prints_no_digest(tmp_path, outside):
    root = copy_project(tmp_path / "project")
    (root / "seeds/2026-03-01-leak.txt").symlink_to(outside)
    result = run_chronicle("--root", str(root), "new", "source", "leak-2026", "--seed", "seeds/2026-03-01-leak.txt")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert f"seeds/2026-03-01-leak.txt:1:1: {SYMLINK}" in output
    assert _digest(outside) not in output and "root:x" not in output
    assert not (root / "content/sources/leak-2026.yml").exists()


def test_new_source_refuses_a_seed_in_a_linked_seeds_folder(tmp_path, outside):
    root = copy_project(tmp_path / "project")
    _link_seeds_folder(root, outside)
    result = run_chronicle(
        "--root", str(root), "new", "source", "leak-2026", "--seed", "seeds/2022-01-10-gva-talks-fx.txt"
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert f"seeds:1:1: {SYMLINK}" in output
    assert not (root / "content/sources/leak-2026.yml").exists()


@pytest.mark.skipif(not Path("/etc/passwd").is_file(), reason="needs /etc/passwd")
def test_a_seed_linked_to_etc_passwd_is_never_hashed(tmp_path):
    """The report of the issue, as it was: a source whose seed is a link to /etc/passwd."""
    root = copy_project(tmp_path / "project")
    _link_seed(root, Path("/etc/passwd"))
    result = run_chronicle("--root", str(root), "check")
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert _digest(Path("/etc/passwd")) not in output
    assert "its SHA-256 is" not in output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs fifos")
@pytest.mark.parametrize(
    "where",
    ["seeds/2026-03-01-pipe.txt", "content/events/pipe.yml", "content/pages/pipe/index.md", "content/cleaning.yml"],
)
def test_a_fifo_is_refused_and_does_not_hang_the_check(tmp_path, where):
    root = copy_project(tmp_path / "project")
    (root / where).parent.mkdir(parents=True, exist_ok=True)
    (root / where).unlink(missing_ok=True)
    os.mkfifo(root / where)
    result = run_chronicle("--root", str(root), "check")  # a read of the fifo would wait for a writer for ever
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert f"{where}:1:1: " in output and ("not a plain file" in output), output


def test_read_reports_each_refused_file_once_and_keeps_it_out(tmp_path, outside):
    root = copy_project(tmp_path / "project")
    _link_page(root, outside)
    _link_seed(root, outside)
    raw = read_project(root)
    refused = {"content/pages/leak/index.md", "seeds/2022-01-10-gva-talks-fx.txt"}
    assert refused <= raw.refused
    assert "leak/index.md" not in raw.pages and not any(SECRET.encode() in data for data in raw.seeds.values())
    assert sorted(p.path for p in raw.problems if p.message == SYMLINK) == sorted(refused)
    assert SPECIAL != SYMLINK


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")
def test_a_link_inside_the_project_is_refused_too(tmp_path):
    """A link is refused wherever it points: what a link resolves to is decided when the build
    runs, not when it was reviewed, so none is followed."""
    root = copy_project(tmp_path / "project")
    (root / "seeds/2026-03-01-copy.txt").symlink_to(root / "seeds/2022-01-10-gva-talks-fx.txt")
    result = run_chronicle("--root", str(root), "check")
    assert result.returncode == 1
    assert f"seeds/2026-03-01-copy.txt:1:1: {SYMLINK}" in result.stdout + result.stderr
