"""Values every exporter can write (issue 13, sections 4 and 7).

NaN and infinities never pass; a date passes the check only if the feed, the calendar, JSON-LD
and the JSON data can all write it, and then a real build writes files their own parsers read;
an entry that cannot be parsed is one error at its own file; an entry link with an anchor gets
a message about anchors. The refusals themselves, with their positions, are corpus cases
(tests/corpus/values-*.yml); here is what needs more than one file or a whole build.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import feedparser
import icalendar
import pytest

from chronicle.dates import FIRST_DAY, LAST_DAY, PartialDate
from chronicle.read import YamlProblem, parse_yaml
from conftest import copy_project, run_chronicle

SOURCE = "content/sources/gva-source-fx.yml"


def _event(root: Path, name: str, date: str, status: str = "held", end: str | None = None) -> None:
    (root / f"content/events/{name}.yml").write_text(
        f"title: Подія {name}\ndate: '{date}'\n"
        + (f"end_date: '{end}'\n" if end else "")
        + f"kind: talks\nstatus: {status}\nactors: [ryabkov-fx]\nsources: [gva-source-fx]\nsilence: [no-quotes]\n",
        encoding="utf-8",
    )


def _published(root: Path, date: str) -> None:
    """Every source published on date (the newest source dates the build: SOURCE_DATE_EPOCH)."""
    for path in (root / "content/sources").glob("*.yml"):
        text = path.read_text("utf-8")
        path.write_text(re.sub(r"(?m)^published: .*$", f"published: '{date}'", text), encoding="utf-8")
    # A correction is made after its entry's sources were published: dated that day too.
    for path in (root / "content").rglob("*.yml"):
        text = path.read_text("utf-8")
        if "corrections:" in text:
            path.write_text(re.sub(r"(?m)^(\s*- date: )\S+$", rf"\g<1>{date}", text), encoding="utf-8")


@pytest.mark.parametrize("edge", ["last", "first"])
def test_the_extreme_dates_the_check_accepts_build_into_files_their_parsers_read(tmp_path, edge):
    root = copy_project(tmp_path / "project")
    if edge == "last":
        _event(root, "last-day", "9999-12-29", "scheduled", end=LAST_DAY.isoformat())
        _event(root, "last-month", "9999-11", "scheduled")
        _event(root, "last-year", "9998", "scheduled")
        # Not LAST_DAY: the scheduled events of 9999 would then be long past, out of the calendar
        # (chronicle.stale); the build date is kept within 2106 whatever the sources say.
        _published(root, "9999-10-31")
    else:
        _event(root, "first-day", FIRST_DAY.isoformat())
        _event(root, "first-year", "0001")
        _published(root, FIRST_DAY.isoformat())
    result = run_chronicle("--root", str(root), "build")
    assert result.returncode == 0, result.stdout + result.stderr
    site = root / "site"

    data = json.loads((site / "data/chronicle.json").read_text("utf-8"))  # strict JSON: no NaN
    dates = {e["id"]: e["date"] for e in data["events"]}
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    calendar = icalendar.Calendar.from_ical((site / "calendar.ics").read_bytes())
    starts = sorted(str(c.decoded("dtstart")) for c in calendar.walk("VEVENT"))
    if edge == "last":
        assert dates["last-day"] == "9999-12-29" and dates["last-month"] == "9999-11"
        assert "9999-12-29" in starts and "9999-11-01" in starts
        ends = sorted(str(c.decoded("dtend")) for c in calendar.walk("VEVENT"))
        assert ends[-1] == "9999-12-31"  # the day after the last day: still a date Python can hold
    else:
        assert dates["first-day"] == "0001-01-01" and dates["first-year"] == "0001"
    page = (site / f"events/{'last-day' if edge == 'last' else 'first-day'}/index.html").read_text("utf-8")
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert ld and json.loads(ld.group(1))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("9999-12-31", "the latest is 9999-12-30"),
        ("9999-12", "the latest is 9999-12-30"),
        ("9999", "the latest is 9999-12-30"),
        ("0000-01-01", "there is no year 0"),
        ("0000", "there is no year 0"),
    ],
)
def test_a_date_no_exporter_can_write_is_refused(text, message):
    with pytest.raises(ValueError, match=message):
        PartialDate.parse(text)


@pytest.mark.parametrize("text", ["0001-01-01", "0001", "0999-06", "9999-12-30", "9999-11", "9998"])
def test_the_dates_at_the_edges_parse(text):
    assert PartialDate.parse(text).iso == text


def test_a_source_published_on_the_last_day_is_refused_the_day_after(tmp_path):
    root = copy_project(tmp_path / "project")
    _published(root, "9999-12-31")
    result = run_chronicle("--root", str(root), "check")
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert f"{SOURCE}:6:12: '9999-12-31' ends after the last date" in output, output


@pytest.mark.parametrize("value", [".nan", ".NaN", ".inf", "-.inf", "+.INF", "1.0e+999", "-2.5e+400"])
def test_nan_and_infinity_are_refused_wherever_a_number_is_read(value):
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(f"name: Місто\ncoordinates:\n  lat: 46.2\n  lon: {value}\n".encode())
    assert (caught.value.line, caught.value.column) == (4, 8)
    assert "not a finite number" in caught.value.message


def test_finite_numbers_pass():
    assert parse_yaml(b"lat: -90.0\nlon: 1.0e+2\n").data == {"lat": -90.0, "lon": 100.0}


def test_an_entry_that_cannot_be_parsed_is_one_error_at_its_own_file(tmp_path):
    """Not "there is no content/actors/ryabkov-fx.yml" at every event that lists him."""
    root = copy_project(tmp_path / "project")
    actor = root / "content/actors/ryabkov-fx.yml"
    actor.write_text(actor.read_text("utf-8").replace("kind: person", "kind: [person"), encoding="utf-8")
    referring = [p for p in (root / "content/events").glob("*.yml") if "ryabkov-fx" in p.read_text("utf-8")]
    assert len(referring) >= 2  # the case is only worth testing with several references
    result = run_chronicle("--root", str(root), "check")
    output = result.stdout + result.stderr
    assert result.returncode == 1
    errors = [row for row in output.splitlines() if re.match(r"\S+:\d+:\d+: ", row)]
    assert len(errors) == 1 and errors[0].startswith("content/actors/ryabkov-fx.yml:"), output


def test_an_entry_link_with_an_anchor_says_what_to_write(tmp_path):
    root = copy_project(tmp_path / "project")
    (root / "content/topics/anchors.yml").write_text(
        "name: Якорі\ndescription: Див. [переговори](event:gva-talks-fx#quotes).\nsilence: [unlinked]\n",
        encoding="utf-8",
    )
    result = run_chronicle("--root", str(root), "check")
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "content/topics/anchors.yml:2:32: the link 'event:gva-talks-fx#quotes' has an anchor" in output, output
    assert "write event:gva-talks-fx" in output


def test_a_thousand_unknown_references_are_reported_without_a_search_each(tmp_path):
    """Bounded work: "did you mean" only for the first MAX_SUGGESTIONS unknown ids."""
    import time

    from chronicle.validate import MAX_SUGGESTIONS

    root = copy_project(tmp_path / "project")
    for n in range(1000):
        (root / f"content/events/broken-{n}.yml").write_text(
            f"title: Подія {n}\ndate: 2022-01-10\nkind: talks\nstatus: held\nactors: [ryabkov-fx{n}]\n"
            "sources: [gva-source-fx]\nsilence: [no-quotes]\n",
            encoding="utf-8",
        )
    started = time.perf_counter()
    result = run_chronicle("--root", str(root), "check")
    elapsed = time.perf_counter() - started
    output = result.stdout + result.stderr
    unknown = [row for row in output.splitlines() if "unknown actor 'ryabkov-fx" in row]
    assert len(unknown) == 1000
    assert sum("did you mean 'ryabkov-fx'" in row for row in unknown) == MAX_SUGGESTIONS
    assert elapsed < 60
