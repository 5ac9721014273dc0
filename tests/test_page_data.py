"""Data where the reader is (issue 18, section 5): actor, topic, place and year pages offer their
own events as CSV (and the whole chronicle's events as CSV for Excel), and an .ics of their scheduled events still to come; the
home page offers a webcal:// subscription with a site URL; no CSV cell holds a line break.

On the fixture chronicle (`built`, and the model from `check` where an event must move into the
future). The expected ids, headings and texts are written here by hand from the fixture's YAML.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
from pathlib import Path
from types import SimpleNamespace

import icalendar
import pytest

from chronicle import feeds, pagedata
from chronicle.config import ProjectPaths
from chronicle.dates import PartialDate
from chronicle.generate import Generator
from chronicle.pipeline import check
from conftest import PROJECT, ROOT

BUILD_DATE = dt.datetime(2026, 2, 5, tzinfo=dt.timezone.utc)  # the fixture's newest source
EVENTS_HEADER = (
    "id,title,date,date_precision,end_date,kind,status,place,actors,topics,sources,related,summary,date_note,page"
).split(",")
EXCEL_HEADER = [
    "Ідентифікатор",
    "Назва",
    "Дата",
    "Точність дати",
    "Дата завершення",
    "Вид",
    "Статус",
    "Місце",
    "Учасники",
    "Теми",
    "Джерела",
    "Пов'язані події",
    "Короткий опис",
    "Примітка до дати",
    "Сторінка",
]
# invasion-fx's summary is a `|` block of two lines; in a cell it is one.
INVASION_SUMMARY = (
    "Джерело згадує вторгнення Росії в Україну як межу, безпосередньо перед якою США припинили "
    "воєнні комунікації з Москвою."
)


def rows(path: Path, delimiter: str = ",") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), path  # UTF-8 with a byte-order mark
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), path  # CRLF only, between rows
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def ids(path: Path, delimiter: str = ",") -> list[str]:
    return [row[0] for row in rows(path, delimiter)[1:]]


def chronicle():
    c, _, problems = check(ProjectPaths(root=PROJECT, docs_dir=PROJECT / "build/docs"))
    assert not [p for p in problems if p.severity == "error"]
    return c


def with_council_to_come():
    """The fixture with the NATO–Russia Council (nato-fx, ru-fx; Brussels; guarantees-fx,
    enlargement-fx) moved after the newest source: scheduled and still to come."""
    c = chronicle()
    moved = dataclasses.replace(c.events["council-meeting-fx"], date=PartialDate(2026, 3, 12))
    return dataclasses.replace(c, events={**c.events, moved.id: moved})  # derived lists afresh


# ---- the CSV of a page ----


def test_an_actors_csv_holds_exactly_its_events_with_the_columns_of_events_csv(built):
    data = built / "site" / "data"
    table = rows(data / "actors" / "ryabkov-fx.csv")
    assert table[0] == EVENTS_HEADER
    assert sorted(ids(data / "actors" / "ryabkov-fx.csv")) == ["gva-talks-fx", "ryabkov-assesses-fx"]
    whole = {row[0]: row for row in rows(data / "events.csv")[1:]}
    assert all(row == whole[row[0]] for row in table[1:])  # the same cells as the whole chronicle's
    assert sorted(ids(data / "places" / "gva-fx.csv")) == ["gva-talks-fx", "ryabkov-assesses-fx"]
    assert sorted(ids(data / "years" / "2021.csv")) == ["danilov-estimate-fx", "drafts-fx", "wapo-report-fx"]


def test_a_pages_csv_lists_its_events_oldest_first(built):
    # buildup-fx: the Post's report (31 Oct 2021), Danilov's estimate (22 Dec 2021), the invasion (24 Feb 2022)
    assert ids(built / "site" / "data" / "topics" / "buildup-fx.csv") == [
        "wapo-report-fx",
        "danilov-estimate-fx",
        "invasion-fx",
    ]


def test_no_csv_cell_holds_a_line_break(built):
    data = built / "site" / "data"
    tables = sorted(data.rglob("*.csv"))
    assert len(tables) > 20  # the whole chronicle's and every page's
    for path in tables:
        delimiter = ";" if path.name.endswith(".excel.csv") else ","
        for row in rows(path, delimiter):
            assert not [cell for cell in row if re.search(r"[\r\n\u2028\u2029]", cell)], path
    summaries = {row[0]: row[12] for row in rows(data / "topics" / "buildup-fx.csv")[1:]}
    assert summaries["invasion-fx"] == INVASION_SUMMARY
    aliases = {row[0]: row[2] for row in rows(data / "places.csv")[1:]}
    assert aliases["gva-fx"] == "Женеві; Женеви; Geneva; Genève"


def test_line_and_paragraph_breaks_become_one_space():
    text = "Перший рядок\n  другий.\r\n\r\nНовий абзац\u2028і його кінець.\n"
    assert feeds.spreadsheet_text(text) == "Перший рядок другий. Новий абзац і його кінець."
    assert feeds.spreadsheet_text("\n=SUM(A1)") == "'=SUM(A1)"  # a formula after a break still guarded


def test_the_excel_file_has_the_rows_of_events_csv_with_semicolons_and_ukrainian_headings(built):
    data = built / "site" / "data"
    excel = data / "events.excel.csv"
    table = rows(excel, ";")
    assert table[0] == EXCEL_HEADER
    assert table[1:] == rows(data / "events.csv")[1:]
    assert all(len(row) == 15 for row in table)
    assert not list(data.rglob("*/*.excel.csv"))  # the pages' own CSVs have no twin (docs/open-data.md)
    first = excel.read_bytes().decode("utf-8-sig").split("\r\n")[0]
    assert first.count(";") == 14 and "," not in first  # Excel splits the heading at ";"


# ---- links on the pages ----


def test_actor_topic_place_and_year_pages_link_their_files(built):
    site = built / "site"
    for page, stem in (
        ("actors/ryabkov-fx", "actors/ryabkov-fx"),
        ("topics/buildup-fx", "topics/buildup-fx"),
        ("places/gva-fx", "places/gva-fx"),
        ("timeline/2022", "years/2022"),
    ):
        html = (site / page / "index.html").read_text("utf-8")
        csv_link = f'<a href="../../data/{stem}.csv" download>Завантажити ці події (CSV)</a>'
        excel_link = '<a href="../../data/events.excel.csv" download>Усі події хроніки для Excel (CSV, «;»)</a>'
        assert csv_link in html and excel_link in html, page
        assert (site / page / f"../../data/{stem}.csv").resolve().is_file()
        assert ".ics" not in html  # the fixture's scheduled events are long past
    assert not list((site / "data").rglob("*.ics"))  # so no page has a calendar


def test_a_page_without_events_has_no_files_and_no_links():
    c = chronicle()
    without = {k: e for k, e in c.events.items() if "kushner-fx" not in {p.actor for p in e.actors}}
    c = dataclasses.replace(c, events=without)
    out = pagedata.files(c, feeds.Site(updated=BUILD_DATE))
    assert not [path for path in out if "kushner-fx" in path]
    assert "data/actors/ryabkov-fx.csv" in out  # the others keep theirs
    assert pagedata.template_globals(c)["page_data"]("actor", "kushner-fx") is None


def test_a_path_never_leaves_data():
    c = chronicle()
    odd = dataclasses.replace(c.actors["ryabkov-fx"], id="../../index")  # what the schema refuses
    event = c.events["ryabkov-assesses-fx"]
    event = dataclasses.replace(event, actors=[dataclasses.replace(p, actor=odd.id) for p in event.actors])
    c = dataclasses.replace(c, actors={**c.actors, odd.id: odd}, events={**c.events, event.id: event})
    with pytest.raises(ValueError, match="not a lowercase ASCII slug"):
        pagedata.files(c, feeds.Site(updated=BUILD_DATE))


# ---- calendars ----


def physical_lines(raw: bytes) -> list[bytes]:
    assert raw.endswith(b"\r\n")
    return raw[:-2].split(b"\r\n")


def test_a_page_with_scheduled_events_to_come_offers_them_as_ics_with_urls():
    c = with_council_to_come()
    site = feeds.Site(updated=BUILD_DATE, url="https://example.org/")
    out = pagedata.files(c, site)
    calendars = sorted(path for path in out if path.endswith(".ics"))
    assert calendars == [
        "data/actors/nato-fx.ics",
        "data/actors/ru-fx.ics",
        "data/places/bxl-fx.ics",
        "data/topics/enlargement-fx.ics",
        "data/topics/guarantees-fx.ics",
        "data/years/2026.ics",
    ]
    raw = out["data/places/bxl-fx.ics"]
    cal = icalendar.Calendar.from_ical(raw)
    assert "Брюссель" in str(cal["x-wr-calname"])
    (item,) = cal.walk("VEVENT")
    assert str(item["summary"]) == "Засідання Ради НАТО — Росія в Брюсселі"
    assert str(item["url"]) == "https://example.org/events/council-meeting-fx/"
    assert "https://example.org/events/council-meeting-fx/" in str(item["description"])
    assert b"URL:https://example.org/events/council-meeting-fx/\r\n" in raw
    # RFC 5545 3.1: lines of at most 75 octets, longer ones folded (CRLF and a space)
    lines = physical_lines(raw)
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # the description was long enough to fold
    # the year's calendar holds only what is to come: the council, not 2026's held events
    assert len(icalendar.Calendar.from_ical(out["data/years/2026.ics"]).walk("VEVENT")) == 1
    assert pagedata.template_globals(c)["page_data"]("place", "bxl-fx").ics == "data/places/bxl-fx.ics"
    assert pagedata.template_globals(c)["page_data"]("actor", "us-fx").ics is None  # not at the council


def test_the_whole_calendar_carries_each_events_url_too():
    c = with_council_to_come()
    raw = feeds.calendar(c, feeds.Site(updated=BUILD_DATE, url="https://example.org/chronicle"))
    (item,) = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    assert str(item["url"]) == "https://example.org/chronicle/events/council-meeting-fx/"
    assert max(len(line) for line in physical_lines(raw)) <= 75
    # without a site URL the address is unknown: no URL (RFC 5545 wants an absolute URI)
    local = icalendar.Calendar.from_ical(feeds.calendar(c, feeds.Site(updated=BUILD_DATE)))
    assert "url" not in local.walk("VEVENT")[0]


def test_page_files_are_the_same_bytes_every_time():
    site = feeds.Site(updated=BUILD_DATE, url="https://example.org/")
    assert pagedata.files(with_council_to_come(), site) == pagedata.files(with_council_to_come(), site)


# ---- the home page's subscription ----


def test_webcal_address_from_the_site_url():
    assert pagedata.webcal("https://example.org/chronicle/") == "webcal://example.org/chronicle/calendar.ics"
    assert pagedata.webcal("http://example.org") == "webcal://example.org/calendar.ics"
    assert pagedata.webcal("") == ""


def home(site_url: str) -> str:
    config = SimpleNamespace(site_url=site_url, site_name="Хроніка дипломатії")
    generator = Generator(chronicle(), ROOT / "templates" / "pages", config=config)
    return generator.pages(lambda path: path == "index.md")["index.md"]


def test_the_home_page_offers_a_subscription_only_with_a_site_url(built):
    assert 'href="webcal://example.org/calendar.ics"' in home("https://example.org/")
    assert "webcal" not in home("")
    assert "webcal" not in (built / "site" / "index.html").read_text("utf-8")  # the fixture has none
    assert 'href="data/events.excel.csv"' in (built / "site" / "index.html").read_text("utf-8")
