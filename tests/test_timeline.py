"""Finding one's way: the timeline, its filter, and what event and actor pages say.

Generation: on the real build (conftest's `built`), every event line of a year page carries the
event's kind, status, actors and topics as data attributes, exactly as its YAML entry has them;
every event line says the kind and the status; a page per kind in use lists exactly that kind's
events; the year pages link the kinds, actors and topics on them (and no others). Event pages
say who took part and in what role, where, when (and how precisely), what was said, by whom and
where it was reported, what came before and after, and the sources; actor pages their posts,
their events newest first and whom they met most often; a scheduled event long past says so.

Browser: the filter on timeline/2022/ on a desktop and a phone, against the YAML; with a filter
applied the page passes axe-core; without JavaScript every event and the facet links are there.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from html.parser import HTMLParser
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
import yaml
from playwright.sync_api import expect
from test_browser import axe_violations, overflow, problems, watch_responses

from chronicle import families, vocab
from chronicle.dates import PartialDate
from chronicle.text import sort_key
from conftest import FIXTURE, Watched

YEAR = 2022


def anchor(text: str) -> str:
    """A quote's place on its source page (docs/export-format.md): q- and 10 hex digits of the
    SHA-256 of its words with their whitespace made single spaces."""
    return "q-" + hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:10]


# ---- the YAML, as editors wrote it ----


def entries(kind: str) -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text("utf-8")) for p in sorted((FIXTURE / "content" / kind).glob("*.yml"))}


EVENTS = entries("events")
ACTORS = entries("actors")
TOPICS = entries("topics")
SOURCES = entries("sources")
PLACES = entries("places")


def date_of(event: dict) -> PartialDate:
    return PartialDate.parse(str(event["date"]))


def participants(event: dict) -> list[tuple[str, str | None]]:
    return [(a, None) if isinstance(a, str) else (a["id"], a.get("role")) for a in event.get("actors", [])]


def actor_ids(event: dict) -> list[str]:
    return list(dict.fromkeys(a for a, _ in participants(event)))


def oldest_first(ids) -> list[str]:
    return sorted(ids, key=lambda i: (date_of(EVENTS[i]), i))


def events_of_year(year: int) -> list[str]:
    return oldest_first(i for i, e in EVENTS.items() if date_of(e).year == year)


def events_where(year: int, actor: str | None = None, topic: str | None = None, kind: str | None = None) -> list[str]:
    return [
        i
        for i in events_of_year(year)
        if (actor is None or actor in actor_ids(EVENTS[i]))
        and (topic is None or topic in EVENTS[i].get("topics", []))
        and (kind is None or EVENTS[i]["kind"] == kind)
    ]


# ---- the built HTML ----


class Article(HTMLParser):
    """The page's <article>: its list items (attributes, the entries they link, text), its links
    (href, attributes, text) and, per h2 section id, the links and text inside it."""

    def __init__(self, path: str):
        super().__init__(convert_charrefs=True)
        self.base = f"http://site/{path}/" if path else "http://site/"
        self.items: list[dict] = []
        self.links: list[dict] = []
        self.sections: dict[str, dict] = {}
        self.heading_ids: list[str] = []
        self._depth = 0  # inside <article>
        self._item: dict | None = None
        self._link: dict | None = None
        self._section: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article":
            self._depth += 1
        if not self._depth:
            return
        if tag in ("h1", "h2", "h3") and attrs.get("id"):
            self.heading_ids.append(attrs["id"])
        if tag == "h2":
            self._section = attrs.get("id")
            self.sections[self._section] = {"links": [], "text": ""}
        if tag == "li":
            self._item = {"attrs": attrs, "links": [], "text": ""}
            self.items.append(self._item)
        if tag == "a" and "headerlink" not in (attrs.get("class") or ""):
            href = attrs.get("href", "")
            # "path": where the link leads, from the site's root, whatever page it is on
            self._link = {"href": href, "path": urlsplit(urljoin(self.base, href)).path, "attrs": attrs, "text": ""}
            self.links.append(self._link)
            if self._item is not None:
                self._item["links"].append(self._link)
            if self._section:
                self.sections[self._section]["links"].append(self._link)

    def handle_endtag(self, tag):
        if tag == "article":
            self._depth -= 1
        if tag == "li":
            self._item = None
        if tag == "a":
            self._link = None

    def handle_data(self, data):
        if not self._depth:
            return
        for part in (self._item, self._link):
            if part is not None:
                part["text"] += data
        if self._section:
            self.sections[self._section]["text"] += data


def article(built, path: str) -> Article:
    parsed = Article(path)
    parsed.feed((built / "site" / path / "index.html").read_text("utf-8"))
    return parsed


def entry_id(path: str, kind: str) -> str | None:
    """The id of the entry a link leads to (its "path", or an href relative to the site's root)."""
    match = re.search(rf"(?:^|/){kind}/([a-z0-9-]+)/$", path)
    return match.group(1) if match else None


def event_lines(page: Article) -> list[dict]:
    """The list items that are event lines: the date, a link to the event, the kind, the status."""
    lines = []
    for item in page.items:
        ids = [entry_id(link["path"], "events") for link in item["links"]]
        text = " ".join(item["text"].split())
        # Not a quote's line on its speaker's own page, where the name is no link and the event
        # comes first (templates/pages/_quote_line.md.j2: "· подія:").
        if ids and ids[0] and " · подія: " not in text:
            lines.append({**item, "id": ids[0], "text": text})
    return lines


def section_ids(page: Article, section: str, kind: str) -> list[str]:
    return [i for link in page.sections[section]["links"] if (i := entry_id(link["path"], kind))]


# A scheduled event over before the fixture's newest source (5 February 2026) says that no source
# tells what came of it (chronicle.stale; tests/test_stale.py).
STALE = "заплановано; про результат джерел немає"
NEWEST_SOURCE = PartialDate(2026, 2, 5)


def status_shown(event: dict) -> str:
    if event["status"] == "scheduled" and date_of(event) < NEWEST_SOURCE:  # the fixture's are days
        return STALE
    return vocab.EVENT_STATUSES[event["status"]]


def says_kind_and_status(line: dict) -> bool:
    event = EVENTS[line["id"]]
    return line["text"].endswith(f"· {vocab.EVENT_KINDS[event['kind']]} · {status_shown(event)}")


# ---- generation: the timeline ----


def test_year_pages_carry_each_events_ids_as_data_attributes(built):
    years = sorted({date_of(e).year for e in EVENTS.values()})
    assert YEAR in years and len(years) > 1
    for year in years:
        lines = event_lines(article(built, f"timeline/{year}"))
        assert [line["id"] for line in lines] == events_of_year(year), year  # every event, oldest first
        for line in lines:
            event = EVENTS[line["id"]]
            assert line["attrs"]["data-kind"] == event["kind"], line["id"]
            assert line["attrs"]["data-status"] == event["status"], line["id"]
            assert line["attrs"]["data-actors"].split() == actor_ids(event), line["id"]
            assert line["attrs"]["data-topics"].split() == event.get("topics", []), line["id"]
            assert all(
                re.fullmatch(r"[a-z0-9 -]*", line["attrs"][a]) for a in ("data-kind", "data-actors", "data-topics")
            )


def test_every_event_line_says_its_kind_and_status(built):
    pages = ["", "timeline/2021", "timeline/2022", "timeline/2026"] + [
        f"timeline/kinds/{k}" for k in {e["kind"] for e in EVENTS.values()}
    ]
    pages += [f"topics/{t}" for t in TOPICS] + [f"events/{e}" for e in EVENTS]
    seen = 0
    for path in pages:
        for line in event_lines(article(built, path)):
            assert says_kind_and_status(line), f"/{path}/: {line['text']!r}"
            seen += 1
    assert seen > 60
    for actor in ACTORS:  # actor pages put the actor's role after the title, then kind and status
        for line in event_lines(article(built, f"actors/{actor}")):
            assert says_kind_and_status(line), f"/actors/{actor}/: {line['text']!r}"


def test_a_page_per_kind_lists_exactly_that_kinds_events_by_year(built):
    in_use = {e["kind"] for e in EVENTS.values()}
    for kind in vocab.EVENT_KINDS:
        page = built / "site" / "timeline" / "kinds" / kind / "index.html"
        assert page.is_file() == (kind in in_use), kind
        if kind not in in_use:
            continue
        parsed = article(built, f"timeline/kinds/{kind}")
        expected = {i for i, e in EVENTS.items() if e["kind"] == kind}
        lines = event_lines(parsed)
        assert {line["id"] for line in lines} == expected and len(lines) == len(expected), kind
        assert all(says_kind_and_status(line) for line in lines)
        for year in {date_of(EVENTS[i]).year for i in expected}:  # under their year's heading
            assert set(section_ids(parsed, f"y{year}", "events")) == {
                i for i in expected if date_of(EVENTS[i]).year == year
            }, (kind, year)
        assert not [
            h
            for h in parsed.heading_ids
            if h.startswith("y") and int(h[1:]) not in {date_of(EVENTS[i]).year for i in expected}
        ]
    index = article(built, "timeline")
    linked = {
        m.group(1)
        for link in index.sections["kinds"]["links"]
        if (m := re.fullmatch(r"kinds/([a-z-]+)/", link["href"]))
    }
    assert linked == in_use
    assert {link["href"] for link in index.sections["actors-topics"]["links"]} == {"../actors/", "../topics/"}


def test_year_pages_link_the_kinds_actors_and_topics_on_them_and_no_others(built):
    for year in sorted({date_of(e).year for e in EVENTS.values()}):
        parsed = article(built, f"timeline/{year}")
        events = [EVENTS[i] for i in events_of_year(year)]
        facets = defaultdict(list)
        for link in parsed.sections["facets"]["links"]:
            facets[link["attrs"].get("data-facet")].append(link)
        assert [link["href"] for link in facets.pop(None)] == ["../"]  # and the way back to the timeline
        expected = {
            "kind": {e["kind"] for e in events},
            "actor": {a for e in events for a in actor_ids(e)},
            "topic": {t for e in events for t in e.get("topics", [])},
        }
        assert set(facets) == set(expected), year
        label_of = {
            "kind": lambda v: vocab.EVENT_KINDS[v],
            "actor": lambda v: ACTORS[v]["name"],
            "topic": lambda v: TOPICS[v]["name"],
        }
        target_of = {"kind": "../kinds/{}/", "actor": "../../actors/{}/", "topic": "../../topics/{}/"}
        for facet, links in facets.items():
            values = [link["attrs"]["data-value"] for link in links]
            assert sorted(values) == sorted(expected[facet]), (year, facet)  # each once, none from elsewhere
            for link in links:
                value = link["attrs"]["data-value"]
                assert link["href"] == target_of[facet].format(value), link
                assert link["text"] == label_of[facet](value), link
                assert (built / "site" / "timeline" / str(year) / link["href"] / "index.html").resolve().is_file(), link
        assert len(facets["actor"]) < len(ACTORS)  # only the year's actors, not the chronicle's
    names = [
        link["text"]
        for link in article(built, f"timeline/{YEAR}").sections["facets"]["links"]
        if link["attrs"].get("data-facet") == "actor"
    ]
    assert names == sorted(names, key=sort_key)


# ---- generation: what event and actor pages say ----


def test_event_pages_say_who_where_when_what_was_said_what_led_to_it_and_the_sources(built):
    related = defaultdict(set)
    for event_id, event in EVENTS.items():
        for other in event.get("related", []):
            related[event_id].add(other)
            related[other].add(event_id)
    checked = Counter()
    for event_id, event in EVENTS.items():
        html = (built / "site" / "events" / event_id / "index.html").read_text("utf-8")
        parsed = article(built, f"events/{event_id}")
        facts = " ".join(
            re.sub(
                r"<[^>]+>",
                "",
                html[html.index("<h1") : html.index('id="participants"') if 'id="participants"' in html else None],
            ).split()
        )

        # when, and how precisely when the day is not known
        date = date_of(event)
        assert f"Дата: {date.uk()}" in facts, event_id
        if date.precision != "day":
            assert f"{date.uk()} ({vocab.PRECISIONS[date.precision]})" in facts, event_id
            checked["precision"] += 1
        # kind and status
        assert (
            f"Вид: {vocab.EVENT_KINDS[event['kind']]}" in facts
            and f"Статус: {vocab.EVENT_STATUSES[event['status']]}" in facts
        )
        # where
        if event.get("place"):
            assert f"Місце: {PLACES[event['place']]['name']}" in facts
            assert f'href="../../places/{event["place"]}/"' in html
            checked["place"] += 1
        # who took part, in what role
        people = parsed.sections["participants"]
        assert section_ids(parsed, "participants", "actors") == [a for a, _ in participants(event)], event_id
        for actor, role in participants(event):
            line = next(
                " ".join(i["text"].split())
                for i in parsed.items
                if i["links"] and entry_id(i["links"][0]["path"], "actors") == actor
            )
            assert line == ACTORS[actor]["name"] + (f" — {vocab.ROLES[role]}" if role else ""), (event_id, line)
            checked["role"] += bool(role)
        assert people["text"]
        # what was said, by whom, reported where
        quotes = event.get("quotes", [])
        if quotes:
            said = parsed.sections["quotes"]
            said_text = " ".join(said["text"].split())
            hrefs = [link["href"] for link in said["links"]]
            speakers = lambda q: [q["by"]] if isinstance(q["by"], str) else q["by"]  # noqa: E731
            assert hrefs == [
                h
                for q in quotes
                for h in [f"../../actors/{a}/" for a in speakers(q)]
                + [f"../../sources/{q['source']}/", f"../../sources/{q['source']}/#{anchor(q['text'])}"]
            ], event_id
            for quote in quotes:
                assert " ".join(quote["text"].split()) in said_text
                names = [ACTORS[a]["name"] for a in speakers(quote)]
                joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " і " + names[-1]
                assert f"— {joined}, за джерелом {SOURCES[quote['source']]['title']}" in said_text
            checked["quotes"] += len(quotes)
        else:
            assert "quotes" not in parsed.sections
        # what led to it and what followed, in time order
        before = oldest_first(o for o in related[event_id] if (date_of(EVENTS[o]), o) < (date, event_id))
        after = oldest_first(o for o in related[event_id] if (date_of(EVENTS[o]), o) > (date, event_id))
        assert (section_ids(parsed, "before", "events") if before else None) == (before or None), event_id
        assert (section_ids(parsed, "after", "events") if after else None) == (after or None), event_id
        checked["before"] += len(before)
        checked["after"] += len(after)
        # the sources
        assert section_ids(parsed, "sources", "sources") == event["sources"], event_id
        for source in event["sources"]:
            assert SOURCES[source]["outlet"] in parsed.sections["sources"]["text"]
    assert min(checked.values()) > 0 and len(checked) == 6, checked  # every kind of fact was seen


def test_actor_pages_show_posts_events_newest_first_and_who_they_met_most(built):
    checked = Counter()
    for actor_id, actor in ACTORS.items():
        parsed = article(built, f"actors/{actor_id}")
        # posts held
        if actor.get("roles"):
            posts = " ".join(parsed.sections["roles"]["text"].split())
            for role in actor["roles"]:
                assert role["post"] in posts, actor_id
                if role.get("organization"):
                    assert role["organization"] in section_ids(parsed, "roles", "actors")
                if role.get("from"):
                    assert PartialDate.parse(str(role["from"])).uk() in posts
            checked["posts"] += 1
        # events, newest first, with the actor's role
        mine = [i for i, e in EVENTS.items() if actor_id in actor_ids(e)]
        newest_first = sorted(mine, key=lambda i: (date_of(EVENTS[i]), i), reverse=True)
        assert section_ids(parsed, "events", "events") == newest_first, actor_id
        for line in event_lines(parsed):
            role = dict(participants(EVENTS[line["id"]]))[actor_id]
            shown = [label for label in vocab.ROLES.values() if f"({label})" in line["text"]]
            assert shown == ([vocab.ROLES[role]] if role else []), line["text"]
        checked["events"] += len(mine)
        # whom they met most: the count of shared events, most first
        met = Counter(o for i in mine for o in actor_ids(EVENTS[i]) if o != actor_id)
        expected = sorted(met, key=lambda o: (-met[o], sort_key(ACTORS[o]["name"]), o))[: families.MET_LIMIT]
        if expected:
            assert section_ids(parsed, "met", "actors") == expected, actor_id
            text = " ".join(parsed.sections["met"]["text"].split())
            for other in expected:
                assert f"{ACTORS[other]['name']} — спільних подій: {met[other]}" in text
            checked["met"] += 1
        else:
            assert "met" not in parsed.sections
    assert min(checked.values()) > 0 and len(checked) == 3


def test_a_scheduled_event_long_past_shows_as_such_on_its_page_the_timeline_and_the_home_page(built):
    event_id = "council-meeting-fx"
    assert EVENTS[event_id]["status"] == "scheduled"
    scheduled = STALE  # 12 January 2022, before the newest source: no source says what came of it
    page = built / "site" / "events" / event_id / "index.html"
    assert f"<strong>Статус:</strong> {scheduled}" in page.read_text("utf-8")
    for path, section in (
        (f"timeline/{YEAR}", "m01"),
        ("", "latest"),
        ("timeline/kinds/meeting", f"y{YEAR}"),
        ("actors/nato-fx", "events"),
    ):
        parsed = article(built, path)
        line = next(
            line
            for line in event_lines(parsed)
            if line["id"] == event_id and event_id in section_ids(parsed, section, "events")
        )
        assert line["text"].endswith(f"· {scheduled}"), (path, line["text"])
        html = (built / "site" / path / "index.html").read_text("utf-8")
        assert re.search(rf'href="[./]*events/{event_id}/">[^<]*</a>[^<]*<em>{scheduled}</em>', html), path
    line = next(line for line in event_lines(article(built, f"timeline/{YEAR}")) if line["id"] == event_id)
    assert line["attrs"]["data-status"] == "scheduled"


# ---- the filter in a browser ----


def visible_events(page) -> list[str]:
    hrefs = page.eval_on_selector_all(
        "article li[data-kind]",
        "items => items.filter(li => li.offsetParent !== null).map(li => li.querySelector('a').getAttribute('href'))",
    )
    return [entry_id(h, "events") for h in hrefs]


def visible_headings(page) -> list[str]:
    return page.eval_on_selector_all(
        "article h2[id^=m], article h2#year", "hs => hs.filter(h => h.offsetParent !== null).map(h => h.id)"
    )


def query_of(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def expect_shown(page, expected: list[str]):
    total = len(events_of_year(YEAR))
    noun = "події" if total % 10 == 1 and total % 100 != 11 else "подій"
    expect(page.locator(".chronicle-filter [role=status]")).to_have_text(f"Показано {len(expected)} з {total} {noun}")
    assert visible_events(page) == expected
    months = {f"m{date_of(EVENTS[i]).month:02d}" if date_of(EVENTS[i]).month else "year" for i in expected}
    assert set(visible_headings(page)) == months  # a month left empty loses its heading


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_the_filter_on_a_year_page(request, site_url, viewport):
    watched = request.getfixturevalue(viewport)
    page = watched.page
    failed = watch_responses(watched)
    url = f"{site_url}timeline/{YEAR}/"
    page.goto(url, wait_until="networkidle")
    every = events_of_year(YEAR)
    expect_shown(page, every)
    actor, topic, kind = (
        page.get_by_label("Учасник", exact=True),
        page.get_by_label("Тема", exact=True),
        page.get_by_label("Вид події", exact=True),
    )

    # The options: "all" and then exactly what is on this page, labelled in Ukrainian.
    present = {
        "actor": {a for i in every for a in actor_ids(EVENTS[i])},
        "topic": {t for i in every for t in EVENTS[i].get("topics", [])},
        "kind": {EVENTS[i]["kind"] for i in every},
    }
    for name, select in (("actor", actor), ("topic", topic), ("kind", kind)):
        options = select.locator("option").evaluate_all("os => os.map(o => [o.value, o.textContent])")
        assert options[0][0] == "" and options[0][1].startswith("Усі")
        assert {v for v, _ in options[1:]} == present[name], name
        for value, label in options[1:]:
            name_of = {
                "actor": lambda v: ACTORS[v]["name"],
                "topic": lambda v: TOPICS[v]["name"],
                "kind": lambda v: vocab.EVENT_KINDS[v],
            }[name]
            count = len(events_where(YEAR, **{name: value}))
            assert label == f"{name_of(value)} ({count})", label

    # An actor: only that actor's events; the address says so, and a reload keeps it.
    actor.select_option("ryabkov-fx")
    expect_shown(page, events_where(YEAR, actor="ryabkov-fx"))
    assert query_of(page) == {"actor": ["ryabkov-fx"]}
    if viewport == "desktop":  # the table of contents beside the page drops the emptied month too
        assert {date_of(EVENTS[i]).month for i in events_where(YEAR, actor="ryabkov-fx")} == {1}
        expect(page.locator('.md-nav--secondary a[href="#m01"]')).to_be_visible()
        expect(page.locator('.md-nav--secondary a[href="#m02"]')).to_be_hidden()
    # A topic and a kind as well.
    topic.select_option("guarantees-fx")
    expect_shown(page, events_where(YEAR, actor="ryabkov-fx", topic="guarantees-fx"))
    actor.select_option("")
    kind.select_option("meeting")
    expected = events_where(YEAR, topic="guarantees-fx", kind="meeting")
    assert expected and len(expected) < len(events_where(YEAR, topic="guarantees-fx"))
    expect_shown(page, expected)
    assert query_of(page) == {"topic": ["guarantees-fx"], "kind": ["meeting"]}
    page.reload(wait_until="networkidle")
    expect(kind).to_have_value("meeting")
    expect(topic).to_have_value("guarantees-fx")
    expect(actor).to_have_value("")
    expect_shown(page, expected)

    # The back button returns to the previous choice.
    page.go_back()
    expect(kind).to_have_value("")
    expect_shown(page, events_where(YEAR, topic="guarantees-fx"))
    page.go_forward()
    expect_shown(page, expected)

    # A shared address opens filtered; a value this page does not know is ignored and dropped.
    page.goto(f"{url}?kind=decision&actor=witkoff-fx", wait_until="networkidle")
    expect(kind).to_have_value("decision")
    expect(actor).to_have_value("")
    expect_shown(page, events_where(YEAR, kind="decision"))
    assert query_of(page) == {"kind": ["decision"]}

    # Resetting shows everything again and clears the address.
    reset = page.get_by_role("button", name="Показати всі")
    reset.tap() if viewport == "phone" else reset.click()
    expect_shown(page, every)
    assert page.url == url
    expect(reset).to_be_hidden()

    found = problems(watched, failed)
    if viewport == "phone" and (wide := overflow(page)):
        found.append(f"horizontal overflow on a 390 px phone: {wide}")
    assert not found, f"timeline/{YEAR}/ with the filter ({viewport}):\n  " + "\n  ".join(found)


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_the_filtered_timeline_passes_axe(request, site_url, viewport):
    """With a filter applied (hidden lines and headings, the count in its live region), no
    serious or critical axe-core violation."""
    watched = request.getfixturevalue(viewport)
    failed = watch_responses(watched)
    watched.page.goto(f"{site_url}timeline/{YEAR}/?actor=ru-fx&topic=guarantees-fx", wait_until="networkidle")
    expect_shown(watched.page, events_where(YEAR, actor="ru-fx", topic="guarantees-fx"))
    region = watched.page.locator(".chronicle-filter [role=status]")
    assert region.get_attribute("role") == "status"  # announced politely when the count changes
    found = problems(watched, failed) + [f"axe: {v}" for v in axe_violations(watched.page)]
    assert not found, f"timeline/{YEAR}/ filtered ({viewport}):\n  " + "\n  ".join(found)


def test_without_javascript_every_event_and_the_facet_links_are_there(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844}, locale="uk-UA")
    try:
        watched = Watched(context)
        page = watched.page
        failed = watch_responses(watched)
        url = f"{site_url}timeline/{YEAR}/?actor=ryabkov-fx"  # a shared filtered address still lists everything
        page.goto(url, wait_until="networkidle")
        assert visible_events(page) == events_of_year(YEAR)
        assert page.locator(".chronicle-filter, select").count() == 0
        links = page.locator("#facets ~ ul a[data-facet]")
        hrefs = links.evaluate_all("links => links.map(a => [a.dataset.facet, a.getAttribute('href')])")
        facets = Counter(facet for facet, _ in hrefs)
        assert set(facets) == {"kind", "actor", "topic"}
        for _, href in hrefs:
            expect(page.locator(f'a[href="{href}"]').first).to_be_visible()
            response = context.request.get(urljoin(url, href))
            assert response.ok, href
        # A kind's page lists that kind's events, with no script needed.
        page.goto(f"{site_url}timeline/kinds/statement/", wait_until="networkidle")
        shown = page.eval_on_selector_all("article li a[href*='/events/']", "as => as.map(a => a.getAttribute('href'))")
        assert sorted(entry_id(h, "events") for h in shown) == sorted(
            i for i, e in EVENTS.items() if e["kind"] == "statement"
        )
        assert not problems(watched, failed)
    finally:
        context.close()
