"""Listings that stay small: long lists of events and long indexes are split into pages."""

from __future__ import annotations

import re

import pytest

from chronicle import cli, families
from chronicle.linkcheck import check_site
from conftest import FIXTURE


def _date_of(event: str) -> str:
    """The date an event's entry in the fixture gives, as written (YYYY, YYYY-MM or YYYY-MM-DD)."""
    text = (FIXTURE / "content/events" / f"{event}.yml").read_text("utf-8")
    return re.search(r"^date: (\S+)$", text, re.M).group(1)


@pytest.fixture
def small_limits(monkeypatch):
    """The fixture chronicle with limits low enough that its own listings get split."""
    monkeypatch.setattr(families, "LISTING_LIMIT", 3)
    monkeypatch.setattr(families, "LISTING_HEAD", 2)
    monkeypatch.setattr(families, "INDEX_LIMIT", 1)


def test_long_listings_are_split_by_year_and_every_link_resolves(project, capsys, small_limits):
    assert cli.main(["--root", str(project), "build"]) == 0, capsys.readouterr()
    docs, site = project / "build/docs", project / "site"
    # Russia takes part in more than three events: its page lists the newest two and links a page per year.
    page = (docs / "actors/ru-fx/index.md").read_text("utf-8")
    listed = re.findall(r"\]\(\.\./\.\./events/([a-z0-9-]+)/index\.md\)", page.split("## Події")[1].split("##")[0])
    assert len(listed) == 2
    years = sorted(p.parent.name for p in (docs / "actors/ru-fx").glob("*/index.md"))
    assert years and all(re.fullmatch(r"\d{4}", y) for y in years)
    for year in years:
        text = (docs / f"actors/ru-fx/{year}/index.md").read_text("utf-8")
        assert "](../index.md)" in text  # links back to the actor
        assert f"]({year}/index.md)" in page
        listed_there = re.findall(r"events/([a-z0-9-]+)/index\.md", text)
        assert listed_there and all(_date_of(event).startswith(year) for event in listed_there), (year, listed_there)
    # More than one actor and source: the indexes link a page per letter and per year.
    assert list((docs / "actors/letters").glob("*/index.md"))
    assert all(re.fullmatch(r"[a-z]+", p.parent.name) for p in (docs / "actors/letters").glob("*/index.md"))
    assert "letters/" in (docs / "actors/index.md").read_text("utf-8")
    assert list((docs / "sources/years").glob("*/index.md"))
    # Every page is an index.md in the directory it is served from.
    assert [p for p in docs.rglob("*.md") if p.name != "index.md"] == []
    # No Cyrillic reaches a URL, and the whole site's links resolve.
    assert all(path.relative_to(site).as_posix().isascii() for path in site.rglob("*.html"))
    assert check_site(site).problems == []
    capsys.readouterr()


def test_an_actor_page_names_at_most_twelve_actors_met(project, capsys, monkeypatch):
    monkeypatch.setattr(families, "MET_LIMIT", 2)
    assert cli.main(["--root", str(project), "generate"]) == 0
    page = (project / "build/docs/actors/us-fx/index.md").read_text("utf-8")
    met = page.split("## Зустрічі з іншими учасниками")[1].split("##")[0]
    assert met.count("спільних подій") == 2
    capsys.readouterr()


def test_build_reports_the_time_of_each_stage(project, capsys, tmp_path):
    import json

    timings = tmp_path / "timings.json"
    assert cli.main(["--root", str(project), "build", "--timings", str(timings)]) == 0
    data = json.loads(timings.read_text("utf-8"))
    for stage in ("read", "validate", "generate", "write", "render", "export", "search", "total"):
        assert data[stage] >= 0, stage
    assert data["render"] > 0 and data["total"] >= data["render"] + data["generate"]
    capsys.readouterr()


def test_the_home_page_lists_ten_scheduled_events_and_links_them_all(project, capsys, monkeypatch):
    monkeypatch.setattr(families, "LATEST", 1)  # the real chronicle has two scheduled events
    for name, date in (("council-meeting-fx", "2022-01-12"), ("osce-council-fx", "2022-01-13")):
        path = project / f"content/events/{name}.yml"  # moved after the newest source: still to come
        path.write_text(path.read_text("utf-8").replace(f"date: {date}", "date: 2026-03-01"), encoding="utf-8")
    assert cli.main(["--root", str(project), "build"]) == 0
    docs = project / "build/docs"
    home = (docs / "index.md").read_text("utf-8")
    scheduled_part = home.split("## Заплановано")[1].split("## Розділи")[0]
    assert scheduled_part.count("events/") == 1 and "timeline/scheduled/index.md" in scheduled_part
    everything = (docs / "timeline/scheduled/index.md").read_text("utf-8")
    assert "council-meeting-fx" in everything and "osce-council-fx" in everything
    assert check_site(project / "site").problems == []
    capsys.readouterr()
