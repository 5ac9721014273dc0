"""Editors' problems and the code's bugs are told apart (chronicle.problems).

A bug met while the pages are generated must say it is an internal error, in one line, with how
to see the traceback; it must never come out as an editor's problem at a made-up position (a
ValueError put into chronicle.jsonld once came out as `content:1:1: ...`).
"""

from __future__ import annotations

import pytest

from chronicle import cli, jsonld
from conftest import copy_project


@pytest.mark.parametrize("error", [ValueError, KeyError, TypeError])
def test_a_bug_while_generating_is_an_internal_error_not_an_editors_problem(tmp_path, monkeypatch, capsys, error):
    root = copy_project(tmp_path / "project")

    def broken(*args, **kwargs):
        raise error("put in by the test")

    monkeypatch.setattr(jsonld, "of", broken)  # every page's JSON-LD goes through it
    monkeypatch.delenv("CHRONICLE_DEBUG", raising=False)
    status = cli.main(["--root", str(root), "generate"])
    err = capsys.readouterr().err
    assert status == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("chronicle generate: internal error (a bug in chronicle, not in the entries): ")
    assert "put in by the test" in lines[0] and "CHRONICLE_DEBUG=1" in lines[0]
    assert "content" not in lines[0] and "problem" not in lines[0]


def test_an_editors_problem_is_reported_at_its_position_not_as_a_bug(tmp_path, capsys):
    root = copy_project(tmp_path / "project")
    event = next((root / "content" / "events").glob("*.yml"))
    text = event.read_text("utf-8")
    lines = text.splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("date:"))
    event.write_text(text.replace(lines[number - 1], "date: 2022-02-30", 1), "utf-8")
    status = cli.main(["--root", str(root), "generate"])
    out = capsys.readouterr()
    assert status == 1, out
    assert f"content/events/{event.name}:{number}:" in out.out + out.err
    assert "internal error" not in out.out + out.err


def test_chronicle_debug_shows_the_traceback_of_a_bug(tmp_path, monkeypatch):
    root = copy_project(tmp_path / "project")
    monkeypatch.setattr(jsonld, "of", lambda *a, **k: 1 / 0)
    monkeypatch.setenv("CHRONICLE_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        cli.main(["--root", str(root), "generate"])
