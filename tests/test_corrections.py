"""Corrections (issue 17 §5): an entry's `corrections:` checked field by field, shown on its page
with the day it was last updated, listed on corrections/ and in corrections.xml (Atom) newest
first, exported in data/chronicle.json; with mkdocs.yml's repo_url every entry page links the
entry's history in the repository.

The fixture chronicle carries two corrections of the event dialogue-restored-fx (written oldest
first: 2026-02-06, then 2026-03-12) and one of the topic mil-channels-fx (2026-03-12). Every
expected string below is written by hand from those files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import shutil
from html import unescape
from pathlib import Path

import feedparser
import pytest

from chronicle import feeds
from chronicle.config import ProjectPaths
from chronicle.families import affected
from chronicle.pipeline import check
from chronicle.urls import history_url
from conftest import PROJECT, copy_project, run_chronicle

EVENT = "content/events/dialogue-restored-fx.yml"
TOPIC = "content/topics/mil-channels-fx.yml"
TOPIC_CORRECTIONS = "corrections:\n  - date: 2026-03-12\n    change: Опис теми уточнено\n"
EVENT_TITLE = "США та Росія домовляються відновити діалог на високому рівні між військовими"
TOPIC_NAME = "Канали зв'язку між військовими"
REPO = "https://github.com/example/chronicle"


def errors_in(root: Path, rel: str) -> list[str]:
    _, _, problems = check(ProjectPaths(root=root, docs_dir=root / "build/docs"))
    return [str(p) for p in problems if p.path == rel and p.severity == "error"]


def replace(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")


# ---- validation: one exact line per bad shape ----

# The topic's corrections start at line 5 ("corrections:"); its first item at line 6, column 5.
BAD = {
    "partial-date": (
        "corrections:\n  - date: 2026-03\n    change: Опис теми уточнено\n",
        f"{TOPIC}:6:11: '2026-03' in 'date' is not a day: write YYYY-MM-DD (a correction is dated to the day it was made)",
    ),
    "impossible-date": (
        "corrections:\n  - date: 2026-02-30\n    change: Опис теми уточнено\n",
        f"{TOPIC}:6:11: '2026-02-30' is not a real calendar date",
    ),
    "no-change": (
        "corrections:\n  - date: 2026-03-12\n    note: Чому.\n",
        f"{TOPIC}:6:5: missing required field 'change'; add `change:`",
    ),
    "misspelt-field": (
        "corrections:\n  - date: 2026-03-12\n    chnage: Опис теми уточнено\n",
        f"{TOPIC}:6:5: missing required field 'change'; add `change:`",
        f"{TOPIC}:7:5: unknown field 'chnage'; did you mean 'change'? (fields here: date, change, note)",
    ),
    "empty-change": (
        'corrections:\n  - date: 2026-03-12\n    change: ""\n',
        f"{TOPIC}:7:13: 'change' is empty; write it or remove the field",
    ),
    "bidi-change": (
        'corrections:\n  - date: 2026-03-12\n    change: "Опис \\u202eуточнено"\n',
        f"{TOPIC}:7:13: 'change' carries the invisible direction control U+202E, which can make it read as other text; delete it",
    ),
    "item-is-text": (
        "corrections:\n  - Опис теми уточнено\n",
        f"{TOPIC}:6:5: item 1 of 'corrections' must be a map of a correction's date, change and note, not text, "
        "e.g. `- {date: 2026-12-03, change: Дату зустрічі виправлено з 10 на 11 січня, "
        "note: Стаття називала день оголошення, а не зустрічі.}`",
    ),
    "not-a-list": (
        "corrections:\n  date: 2026-03-12\n  change: Опис теми уточнено\n",
        f"{TOPIC}:6:3: 'corrections' should be list, not map of fields; write a list: [a, b], or one '- item' per line",
    ),
    "note-unknown-link": (
        "corrections:\n  - date: 2026-03-12\n    change: Опис теми уточнено\n    note: За [повідомленням](event:nope-fx).\n",
        f"{TOPIC}:8:30: the link 'event:nope-fx' names an unknown event",
    ),
    "twice": (
        "corrections:\n  - date: 2026-03-12\n    change: Опис теми уточнено\n"
        "  - date: 2026-03-12\n    change: Опис теми уточнено\n",
        f"{TOPIC}:8:5: this correction is written twice; keep one",
    ),
}


@pytest.mark.parametrize("name", list(BAD))
def test_each_bad_correction_is_one_exact_line(project, name):
    """Lines and columns counted by hand in the text written here; the words are what an editor reads."""
    text, *expected = BAD[name]
    replace(project, TOPIC, TOPIC_CORRECTIONS, text)
    assert errors_in(project, TOPIC) == expected


def test_a_correction_before_the_entry_could_exist_is_an_error(project):
    """An event's correction dated before its earliest source was published, and a source's
    before its own date, are typos: nothing was written yet to correct."""
    replace(project, EVENT, "  - date: 2026-02-06", "  - date: 2026-02-04")
    assert errors_in(project, EVENT) == [
        f"{EVENT}:29:11: the correction is dated 2026-02-04, before its earliest source, dialogue-source-fx, "
        "was published (2026-02-05); a correction is made after the entry: check its date"
    ]
    source = "content/sources/gva-source-fx.yml"
    replace(
        project,
        source,
        "language: uk\n",
        "language: uk\ncorrections:\n  - date: 2022-01-09\n    change: Назву виправлено\n",
    )
    assert errors_in(project, source) == [
        f"{source}:9:11: the correction is dated 2022-01-09, before this source was published (2022-01-10); "
        "a correction is made after the entry: check its date"
    ]
    # On the day of the source itself it is fine (the same-day fix of a typo).
    replace(project, source, "date: 2022-01-09", "date: 2022-01-10")
    assert errors_in(project, source) == []


def test_an_entry_failing_its_schema_still_gets_its_corrections_checked(project):
    """All problems in one run: a topic with an unknown field still has its correction's
    impossible date reported."""
    replace(project, TOPIC, TOPIC_CORRECTIONS, "colour: red\ncorrections:\n  - date: 2026-02-30\n    change: x\n")
    assert errors_in(project, TOPIC) == [
        f"{TOPIC}:5:1: unknown field 'colour' (fields here: name, aliases, description, wikidata, silence, corrections)",
        f"{TOPIC}:7:11: '2026-02-30' is not a real calendar date",
    ]


# ---- the model ----


def fixture_chronicle():
    chronicle, _, problems = check(ProjectPaths(root=PROJECT, docs_dir=PROJECT / "build/docs"), suggestions=False)
    assert not problems
    return chronicle


def test_an_event_is_updated_only_by_a_correction():
    c = fixture_chronicle()
    assert c.events["dialogue-restored-fx"].updated.iso == "2026-03-12"  # the newest, not the last written
    assert c.events["gva-talks-fx"].updated is None  # no correction: no "Оновлено", whatever its sources' dates


def test_corrections_are_listed_newest_first_then_events_before_topics():
    listed = [(x.date.iso, kind, entry.id) for x, kind, entry in fixture_chronicle().corrections]
    assert listed == [
        ("2026-03-12", "event", "dialogue-restored-fx"),
        ("2026-03-12", "topic", "mil-channels-fx"),
        ("2026-02-06", "event", "dialogue-restored-fx"),
    ]


def test_an_edited_correction_regenerates_the_corrections_page():
    """The live preview: an edit of an event's corrections regenerates its page and corrections/."""
    new = fixture_chronicle()
    old = fixture_chronicle()
    event = old.events["dialogue-restored-fx"]
    old.events["dialogue-restored-fx"] = dataclasses.replace(event, corrections=event.corrections[:1])
    wanted = affected(old, new, {"dialogue-restored-fx"})
    assert wanted("corrections/index.md") and wanted("events/dialogue-restored-fx/index.md")


# ---- the built site (conftest's `built`: no repo_url) ----


def html_text(html: str) -> str:
    """The visible text of a stretch of HTML, white space folded."""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", "", html))).strip()


def section(html: str, anchor: str) -> str:
    """From the heading with id=anchor (after its tag) to the next h2 (or the end of the article)."""
    start = html.index(">", html.index(f'id="{anchor}"')) + 1
    end = min(i for i in (html.find("<h2", start), html.find("</article>", start)) if i >= 0)
    return html[start:end]


def test_the_event_page_shows_its_corrections_newest_first(built):
    page = (built / "site/events/dialogue-restored-fx/index.html").read_text("utf-8")
    text = html_text(section(page, "corrections"))
    assert text.startswith("Виправлення¶ Оновлено: 12 березня 2026 р.")  # the heading, then the day
    assert "Оновлено: 12 березня 2026 р." in text
    newer = text.index("12 березня 2026 р. — До учасників додано Збройні сили США як речника")
    older = text.index("6 лютого 2026 р. — Вид події виправлено із «заяви» на «домовленість»")
    assert newer < older
    assert "Цитату взято з повідомлення агенції, де слова належать американським військовим." in text
    # The note's entry link goes to the source's page, relative to the event's.
    assert '<a href="../../sources/dialogue-source-fx/">повідомлення агенції</a>' in section(page, "corrections")


def test_a_page_without_corrections_says_nothing_of_them(built):
    for page in ("events/gva-talks-fx", "actors/ryabkov-fx", "sources/gva-source-fx"):
        html = (built / "site" / page / "index.html").read_text("utf-8")
        assert 'id="corrections"' not in html and "Оновлено" not in html, page
        assert "/commits/main/" not in html and "Історія змін" not in html, page  # no repo_url, no history link


def test_a_topic_shows_its_correction(built):
    page = (built / "site/topics/mil-channels-fx/index.html").read_text("utf-8")
    assert "12 березня 2026 р. — Опис теми уточнено" in html_text(section(page, "corrections"))


def test_the_corrections_page_lists_every_correction_newest_first(built):
    page = (built / "site/corrections/index.html").read_text("utf-8")
    article = page[page.index("<article") : page.index("</article>")]
    items = [html_text(li) for li in re.findall(r"<li>(.*?)</li>", article, re.S)]
    assert items == [
        f"12 березня 2026 р. — {EVENT_TITLE} (подія): До учасників додано Збройні сили США як речника",
        f"12 березня 2026 р. — {TOPIC_NAME} (тема): Опис теми уточнено",
        f"6 лютого 2026 р. — {EVENT_TITLE} (подія): Вид події виправлено із «заяви» на «домовленість»",
    ]
    assert '<a href="../events/dialogue-restored-fx/#corrections">' in page
    assert '<a href="../topics/mil-channels-fx/#corrections">' in page
    assert '<a href="../corrections.xml">' in page  # the feed, relative to the page
    # In the navigation under Про проєкт: with navigation.prune (issue 19 §3) the home page links
    # the section's first page, and that page the section's others.
    assert 'href="about/"' in (built / "site/index.html").read_text("utf-8")
    assert 'href="../corrections/"' in (built / "site/about/index.html").read_text("utf-8")


def test_the_corrections_feed_reads_back_newest_first(built):
    feed = feedparser.parse((built / "site/corrections.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "Хроніка дипломатії: виправлення"
    assert feed.feed.updated == "2026-03-12T00:00:00Z"  # the newest correction's day, not the build's
    assert [e.title for e in feed.entries] == [
        f"Подія «{EVENT_TITLE}»: До учасників додано Збройні сили США як речника",
        f"Тема «{TOPIC_NAME}»: Опис теми уточнено",
        f"Подія «{EVENT_TITLE}»: Вид події виправлено із «заяви» на «домовленість»",
    ]
    assert [e.link for e in feed.entries] == [
        "events/dialogue-restored-fx/#corrections",
        "topics/mil-channels-fx/#corrections",
        "events/dialogue-restored-fx/#corrections",
    ]
    assert [e.updated for e in feed.entries] == [
        "2026-03-12T00:00:00Z",
        "2026-03-12T00:00:00Z",
        "2026-02-06T00:00:00Z",
    ]
    assert len({e.id for e in feed.entries}) == 3
    assert feed.entries[0].summary == (
        "До учасників додано Збройні сили США як речника\n\n"
        "Цитату взято з повідомлення агенції, де слова належать американським військовим."
    )


def test_a_feed_entry_keeps_its_id_when_another_correction_is_added():
    c = fixture_chronicle()
    site = feeds.Site(updated=dt.datetime(2026, 3, 12, tzinfo=dt.timezone.utc))
    ids = [e.id for e in feedparser.parse(feeds.corrections_atom(c, site)).entries]
    topic = c.topics["mil-channels-fx"]
    later = dataclasses.replace(topic.corrections[0], date=dataclasses.replace(topic.corrections[0].date, day=20))
    c2 = fixture_chronicle()
    c2.topics["mil-channels-fx"] = dataclasses.replace(topic, corrections=topic.corrections + (later,))
    again = [e.id for e in feedparser.parse(feeds.corrections_atom(c2, site)).entries]
    assert len(again) == 4 and again[1:] == ids


def test_the_corrections_feed_takes_no_date_from_the_build():
    """SOURCE_DATE_EPOCH (the build's date) moves feed.xml's `updated`, not the corrections feed's."""
    c = fixture_chronicle()
    one = feeds.corrections_atom(c, feeds.Site(updated=dt.datetime(2026, 3, 12, tzinfo=dt.timezone.utc)))
    two = feeds.corrections_atom(c, feeds.Site(updated=dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc)))
    assert one == two


def test_a_chronicle_without_corrections_has_an_empty_page_and_feed(tmp_path):
    root = copy_project(tmp_path / "project")
    replace(root, TOPIC, TOPIC_CORRECTIONS, "")
    event = (root / EVENT).read_text("utf-8")
    (root / EVENT).write_text(event[: event.index("corrections:")], "utf-8")
    c, _, problems = check(ProjectPaths(root=root, docs_dir=root / "build/docs"), suggestions=False)
    assert not problems and c.corrections == []
    site = feeds.Site(updated=dt.datetime(2026, 2, 5, tzinfo=dt.timezone.utc))
    feed = feedparser.parse(feeds.corrections_atom(c, site))
    assert not feed.bozo and feed.entries == [] and feed.feed.updated == "2026-02-05T00:00:00Z"
    result = run_chronicle("--root", str(root), "generate")
    assert result.returncode == 0, result.stderr
    page = (root / "build/docs/corrections/index.md").read_text("utf-8")
    assert "Виправлень ще не було." in page


def test_the_json_carries_each_entrys_corrections_newest_first(built):
    data = json.loads((built / "site/data/chronicle.json").read_text("utf-8"))
    event = next(e for e in data["events"] if e["id"] == "dialogue-restored-fx")
    assert event["corrections"] == [
        {
            "date": "2026-03-12",
            "change": "До учасників додано Збройні сили США як речника",
            "note": "Цитату взято з [повідомлення агенції](source:dialogue-source-fx), де слова належать\n"
            "американським військовим.\n",
        },
        {
            "date": "2026-02-06",
            "change": "Вид події виправлено із «заяви» на «домовленість»",
            "note": "Стаття повідомляє про домовленість обох сторін, а не лише про заяву американських військових.",
        },
    ]
    topic = next(t for t in data["topics"] if t["id"] == "mil-channels-fx")
    assert topic["corrections"] == [{"date": "2026-03-12", "change": "Опис теми уточнено", "note": None}]
    for kind in ("events", "actors", "sources", "topics", "places"):  # every entry has the key, [] when none
        assert all(isinstance(item["corrections"], list) for item in data[kind]), kind


# ---- repo_url: the history link; editors' text as data; byte-identical rebuilds ----


@pytest.fixture(scope="module")
def with_repo(tmp_path_factory) -> Path:
    """The fixture with repo_url set in its mkdocs.yml, and a correction whose text looks like markup."""
    root = copy_project(tmp_path_factory.mktemp("repo") / "project")
    replace(root, "mkdocs.yml", 'site_url: ""\n', f'site_url: ""\nrepo_url: {REPO}/\n')
    replace(
        root,
        TOPIC,
        TOPIC_CORRECTIONS,
        TOPIC_CORRECTIONS + '  - date: 2026-03-13\n    change: "<b>Опис</b> *уточнено* [знову](http://x) & ще"\n',
    )
    result = run_chronicle("--root", str(root), "build")
    assert result.returncode == 0, result.stdout + result.stderr
    return root


def test_with_repo_url_every_entry_page_links_its_history(with_repo):
    for page, file in [
        ("events/dialogue-restored-fx", "content/events/dialogue-restored-fx.yml"),
        ("events/gva-talks-fx", "content/events/gva-talks-fx.yml"),  # no corrections: the link all the same
        ("actors/ryabkov-fx", "content/actors/ryabkov-fx.yml"),
        ("sources/gva-source-fx", "content/sources/gva-source-fx.yml"),
        ("topics/mil-channels-fx", "content/topics/mil-channels-fx.yml"),
        ("places/gva-fx", "content/places/gva-fx.yml"),
    ]:
        html = (with_repo / "site" / page / "index.html").read_text("utf-8")
        link = f'<a href="https://github.com/example/chronicle/commits/main/{file}" rel="nofollow noopener">Історія змін цього запису</a>'
        assert link in html, page
    assert "/commits/main/" not in (with_repo / "site/corrections/index.html").read_text("utf-8")


def test_with_repo_url_the_header_links_the_repository_but_asks_no_api(with_repo):
    """Material's source component (data-md-component="source") fetches the repository's stars
    from api.github.com on every page; templates/overrides/partials/source.html keeps the link
    without it."""
    html = (with_repo / "site/events/gva-talks-fx/index.html").read_text("utf-8")
    assert f'href="{REPO}/"' in html and 'class="md-source"' in html
    assert 'data-md-component="source"' not in html


def test_history_url_is_githubs_form_and_empty_without_a_repo():
    assert history_url("", "content", "event", "x") == ""
    assert history_url("https://github.com/o/r/", "content/", "place", "gva") == (
        "https://github.com/o/r/commits/main/content/places/gva.yml"
    )


def test_a_corrections_text_is_shown_as_typed(with_repo):
    page = (with_repo / "site/topics/mil-channels-fx/index.html").read_text("utf-8")
    assert "13 березня 2026 р. — <b>Опис</b> *уточнено* [знову](http://x) & ще" in html_text(page)
    assert "<b>Опис</b>" not in page and 'href="http://x"' not in page
    listed = (with_repo / "site/corrections/index.html").read_text("utf-8")
    assert "&lt;b&gt;Опис&lt;/b&gt; *уточнено*" in listed and "<b>Опис</b>" not in listed
    feed = feedparser.parse((with_repo / "site/corrections.xml").read_bytes())
    assert feed.entries[0].title == f"Тема «{TOPIC_NAME}»: <b>Опис</b> *уточнено* [знову](http://x) & ще"


def test_a_rebuild_is_byte_identical(with_repo, tmp_path):
    watched = [
        "corrections.xml",
        "corrections/index.html",
        "events/dialogue-restored-fx/index.html",
        "topics/mil-channels-fx/index.html",
        "data/chronicle.json",
    ]
    before = {p: (with_repo / "site" / p).read_bytes() for p in watched}
    again = tmp_path / "again"
    shutil.copytree(with_repo, again, ignore=shutil.ignore_patterns("site", ".site-*"))
    result = run_chronicle("--root", str(again), "build")
    assert result.returncode == 0, result.stdout + result.stderr
    assert {p: (again / "site" / p).read_bytes() for p in watched} == before
