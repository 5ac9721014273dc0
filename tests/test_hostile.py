"""Editors' text is data: hostile strings in every text field build a site they cannot change.

One build of the fixture project with every plain text field (titles, names, posts, aliases,
outlets, countries, date notes) replaced by a hostile string, every Markdown field (summaries,
descriptions, notes) given hostile Markdown that passes `check`, and a hostile article quoted
verbatim. The HTML must hold no element or attribute the strings could have injected, and show
the plain strings as the characters typed.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from chronicle import cli
from chronicle.read import parse_yaml
from conftest import ROOT, copy_project, pagefind_records

sys.path.insert(0, str(ROOT / "benchmarks"))

MARK = "xss"  # every hostile string carries it, so that anything it injected can be found
PLAIN = [
    f'<script>alert("{MARK}1")</script>',
    f'<img src=x onerror=alert("{MARK}2")>',
    f'"><svg onload=alert("{MARK}3")>',
    f"[клік](javascript:alert('{MARK}4'))",
    f"**{MARK}5** _курсив_ `код` # не заголовок",
    f"Назва {{: onclick=\"alert('{MARK}6')\" }}",
    f'&lt;script&gt;alert("{MARK}7")&lt;/script&gt;',
    f"<!-- {MARK}8 --> ]]> <![CDATA[ x",
    f"{{{{ config }}}} {{% raw %}} ${{{MARK}9}} {{#{MARK}#}}",
    f'<a href="https://evil.example/{MARK}10">посилання</a>',
    f'<iframe src="https://evil.example/{MARK}11"></iframe>',
    f"![{MARK}12](https://evil.example/x.png)",
    f"<style>body{{display:none}}</style>{MARK}13",
    f"\\<script\\>{MARK}14 | a | b |",
    f"*{MARK}15* <b>жирний</b> &amp; &#60;i&#62;",
]
MARKDOWN = [
    f'\\<script>alert("{MARK}m1")\\</script>',
    f'&lt;img src=x onerror=alert("{MARK}m2")&gt;',
    f"Абзац {{: onclick=\"alert('{MARK}m3')\" }}",
    f'[посилання](https://example.org/"onmouseover="alert({MARK}m4))',
    f"`<script>{MARK}m5</script>`",
    f'<https://example.org/?q="{MARK}m6">',
    f"    <script>{MARK}m7</script>",
]
LINE_FIELDS = {"title", "name", "post", "outlet", "country", "date_note"}
MARKDOWN_FIELDS = {"summary", "description", "note"}
SEED_TEXT = (
    f'Ворожа стаття\n\nПосол заявив: <script>alert("{MARK}q1")</script> і ще '
    f'<img src=x onerror=alert("{MARK}q2")> та **{MARK}q3**.\n'
)
QUOTES = [f'<script>alert("{MARK}q1")</script>', f'<img src=x onerror=alert("{MARK}q2")>', f"**{MARK}q3**"]


def _poison(value, key, plain, markdown):
    if isinstance(value, dict):
        return {k: _poison(v, k, plain, markdown) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v, key, plain, markdown) for v in value] + ([next(plain)] if key == "aliases" else [])
    if key in LINE_FIELDS and isinstance(value, str):
        return next(plain)
    if key in MARKDOWN_FIELDS and isinstance(value, str):
        return value + "\n\n" + "\n\n".join(MARKDOWN) + "\n"
    return value


def _hostile_project(root: Path) -> Path:
    copy_project(root)
    plain = itertools.cycle(PLAIN)
    for path in sorted((root / "content").glob("*/*.yml")):
        data = parse_yaml(path.read_bytes()).data
        path.write_text(
            yaml.safe_dump(_poison(data, None, plain, MARKDOWN), allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    # One scheduled event still to come (after the newest source), for the calendar; the others
    # are long past, which takes them out of it (chronicle.stale).
    osce = root / "content/events/osce-council-fx.yml"
    data = yaml.safe_load(osce.read_text("utf-8"))
    osce.write_text(
        yaml.safe_dump({**data, "date": "2026-03-13"}, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    seed = root / "seeds" / "2026-01-01-hostile.txt"
    seed.write_text(SEED_TEXT, encoding="utf-8")
    source = {
        "seed": "seeds/2026-01-01-hostile.txt",
        "sha256": hashlib.sha256(seed.read_bytes()).hexdigest(),
        "outlet": PLAIN[1],
        "title": PLAIN[0],
        "published": "2026-01-01",
        "language": "uk",
    }
    (root / "content/sources/hostile.yml").write_text(yaml.safe_dump(source, allow_unicode=True), encoding="utf-8")
    event = {
        "title": PLAIN[2],
        "date": "2026-01-01",
        "kind": "statement",
        "status": "held",
        "actors": ["ryabkov-fx"],
        "sources": ["hostile"],
        "summary": "\n\n".join(MARKDOWN),
        "quotes": [{"text": q, "by": "ryabkov-fx", "source": "hostile"} for q in QUOTES],
    }
    (root / "content/events/hostile-statement.yml").write_text(
        yaml.safe_dump(event, allow_unicode=True), encoding="utf-8"
    )
    return root


class _Html(HTMLParser):
    """Every element with its attributes, the text of scripts and styles, the JSON-LD scripts
    apart, and the visible text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.code: list[str] = []  # contents of <script> and <style>
        self.jsonld: list[str] = []  # contents of <script type="application/ld+json">: data
        self.text: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in = tag if tag in ("script", "style") else None
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self._in = "jsonld"

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        (self.jsonld if self._in == "jsonld" else self.code if self._in else self.text).append(data)

    def handle_comment(self, data):
        self.code.append(data)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    root = _hostile_project(tmp_path_factory.mktemp("hostile") / "project")
    assert cli.main(["--root", str(root), "check"]) == 0
    assert cli.main(["--root", str(root), "build"]) == 0
    return root


CITE_DATA = re.compile(
    r"data:application/(?:vnd\.citationstyles\.csl\+json|x-bibtex);charset=utf-8;base64,[A-Za-z0-9+/]*={0,2}"
)


def test_hostile_strings_inject_no_element_or_attribute(hostile_site):
    pages = sorted((hostile_site / "site").rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        parsed = _Html()
        parsed.feed(page.read_text("utf-8"))
        where = page.relative_to(hostile_site).as_posix()
        for tag, attrs in parsed.elements:
            # A page's title and description reach <meta content> as text (Open Graph, and
            # Material's description): only in a tag with nothing but its name and that content.
            described = tag == "meta" and (
                (set(attrs) == {"property", "content"} and attrs["property"] in ("og:title", "og:description"))
                or (set(attrs) == {"name", "content"} and attrs["name"] == "description")
            )
            for name, value in attrs.items():
                assert not name.startswith("on"), f"{where}: <{tag} {name}=...>"
                value = value or ""
                # Editors' words may reach an attribute only as a slug (a heading's id), inside a
                # percent-encoded link they wrote, or as a description's text.
                harmless = (
                    re.fullmatch(r"#?[a-z0-9_-]+", value)
                    or (tag == "a" and name == "href" and value.startswith("https://example.org/") and '"' not in value)
                    or (described and name == "content")
                )
                assert MARK not in name and (MARK not in value or harmless), f"{where}: <{tag} {name}={value!r}>"
                # The one data: URL a page may hold: a citation download (chronicle.cite), a
                # non-HTML type in base64 on a link with `download`, which no browser runs.
                download = tag == "a" and name == "href" and "download" in attrs and CITE_DATA.fullmatch(value)
                assert download or not value.lower().lstrip().startswith(("javascript:", "data:", "vbscript:")), (
                    f"{where}: <{tag} {name}={value!r}>"
                )
            if described:
                continue
            assert tag not in (
                "iframe",
                "svg",
                "object",
                "embed",
                "style",
                "form",
                "base",
                "meta",
            ) or MARK not in json.dumps(attrs)
            assert "evil.example" not in json.dumps(attrs), f"{where}: <{tag} {attrs}>"
        for code in parsed.code:
            assert MARK not in code, f"{where}: a script, style or comment holds editors' text: {code[:80]!r}"
        # JSON-LD holds editors' text as data: JSON, with <, > and & escaped (\u003c...), so
        # that nothing in it can end the script or start markup.
        for code in parsed.jsonld:
            assert not re.search(r"[<>&]", code), f"{where}: raw <, > or & in JSON-LD: {code[:80]!r}"
            assert isinstance(json.loads(code), dict), where


def test_hostile_plain_text_shows_as_typed(hostile_site):
    site = hostile_site / "site"

    def text_of(path: str) -> str:
        parsed = _Html()
        parsed.feed((site / path).read_text("utf-8"))
        return " ".join("".join(parsed.text).split())

    raw = (site / "events/hostile-statement/index.html").read_text("utf-8")
    title = re.search(r"<title>(.*?)</title>", raw, re.S).group(1)
    assert html.unescape(title) == f"{PLAIN[2]} - Хроніка дипломатії"  # the tab title, as typed
    page = text_of("events/hostile-statement/index.html")
    assert " ".join(PLAIN[2].split()) in page  # the title, as typed
    for quote in QUOTES:
        assert quote in page
    for fragment in (
        f'<script>alert("{MARK}m1")</script>',
        f'<img src=x onerror=alert("{MARK}m2")>',
        f"<script>{MARK}m5</script>",
        f"<script>{MARK}m7</script>",
    ):
        assert fragment in page
    names = text_of("actors/index.html")
    for string in PLAIN:
        assert (
            " ".join(string.split()) in names
            or " ".join(string.split()) in text_of("index.html")
            or string
            in json.dumps(
                [text_of(p.relative_to(site).as_posix()) for p in sorted(site.glob("*/*/index.html"))],
                ensure_ascii=False,
            )
        )


def test_hostile_strings_stay_text_in_the_search_index_and_the_export(hostile_site):
    site = hostile_site / "site"
    records = pagefind_records(site)
    event = records["/events/hostile-statement/"]
    assert event["meta"]["title"] == PLAIN[2]  # Pagefind keeps the title as text
    # Pagefind keeps the page's text as plain text, as typed (search.js shows it as text only).
    for quote in QUOTES:
        assert quote in event["content"]
    # The word forms went in only as the staging copy's escaped attribute values: no page served holds them.
    assert not any("data-pagefind" in p.read_text("utf-8") for p in site.rglob("*.html"))
    export = json.loads((site / "data" / "chronicle.json").read_text("utf-8"))
    event = next(e for e in export["events"] if e["id"] == "hostile-statement")
    assert event["title"] == PLAIN[2] and [q["text"] for q in event["quotes"]] == QUOTES


def test_hostile_strings_show_as_text_in_the_search_results(hostile_site, browser):
    """The search page with queries that find the hostile pages: titles and excerpts show the
    typed characters, no script runs (no dialog, no error), and the results hold no element but
    the list's own (li, a, p, mark)."""
    import search_recall

    with search_recall.serve(hostile_site / "site") as base:
        context = browser.new_context(locale="uk-UA")
        page = context.new_page()
        dialogs: list[str] = []
        errors: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        search_recall.open_search(page, base)
        # "Посол": the seed's text on the source page ("Ворожа", its headline line, is not on any
        # page: it found only Pagefind's fallback onto the word "в", which the search page drops).
        for query in ("xss1", "xssq1", "alert", "onerror", "Посол", "script"):
            box = page.locator("#search input[name=q]")
            box.fill(query)
            box.press("Enter")
            page.wait_for_function(
                "q => document.getElementById('search').getAttribute('data-answered') === q", arg=query
            )
            shown = page.evaluate("""() => ({
                tags: [...document.querySelectorAll('#search ol *')].map(e => e.tagName.toLowerCase()),
                titles: [...document.querySelectorAll('#search ol li > a')].map(a => a.textContent),
                excerpts: [...document.querySelectorAll('#search ol li > p')].map(p => p.textContent),
                attributes: [...document.querySelectorAll('#search ol *')].flatMap(e => [...e.attributes].map(a => a.name)),
            })""")
            assert shown["titles"], query
            assert set(shown["tags"]) <= {"li", "a", "p", "mark"}, (query, shown["tags"])
            assert set(shown["attributes"]) <= {"class", "href"}, (query, shown["attributes"])
            if query == "xssq1":
                assert any(f'<script>alert("{MARK}q1")</script>' in e for e in shown["excerpts"]), shown["excerpts"]
            if query == "xss1":
                assert PLAIN[0] in shown["titles"] or any(PLAIN[0] in e for e in shown["excerpts"]), shown
        # Entities typed as text stay as typed ("&amp;" is not shown as "&"): PLAIN[14] in an excerpt.
        box = page.locator("#search input[name=q]")
        box.fill("xss15 жирний")
        box.press("Enter")
        page.wait_for_function(
            "q => document.getElementById('search').getAttribute('data-answered') === q", arg="xss15 жирний"
        )
        excerpts = page.evaluate("() => [...document.querySelectorAll('#search ol li > p')].map(p => p.textContent)")
        assert any("<b>жирний</b> &amp; &#60;i&#62;" in e for e in excerpts), excerpts
        page.locator("#search input[name=q]").fill(PLAIN[2])
        page.locator("#search input[name=q]").press("Enter")
        page.wait_for_function(
            "q => document.getElementById('search').getAttribute('data-answered') === q", arg=PLAIN[2]
        )
        titles = page.evaluate("() => [...document.querySelectorAll('#search ol li > a')].map(a => a.textContent)")
        assert PLAIN[2] in titles, titles  # the hostile title, as typed, found by itself
        context.close()
    assert dialogs == [] and errors == [], (dialogs, errors)
    assert not any("evil.example" in url or url.startswith("http") and "127.0.0.1" not in url for url in requests), (
        requests
    )


def _hostile_entries(root: Path, kind: str) -> dict:
    return {p.stem: yaml.safe_load(p.read_text("utf-8")) for p in sorted((root / "content" / kind).glob("*.yml"))}


def _head(page: Path) -> tuple[dict, list[dict]]:
    """A page's <meta> contents by property or name, and its JSON-LD, parsed."""
    parsed = _Html()
    parsed.feed(page.read_text("utf-8"))
    meta = {a.get("property") or a.get("name"): a.get("content") for tag, a in parsed.elements if tag == "meta"}
    return meta, [json.loads(code) for code in parsed.jsonld]


def test_hostile_strings_are_data_in_json_ld_and_open_graph(hostile_site):
    site = hostile_site / "site"
    meta, (ld,) = _head(site / "events/hostile-statement/index.html")
    assert ld["@type"] == "Event" and ld["name"] == PLAIN[2]
    assert meta["og:title"] == PLAIN[2]  # the attribute holds the typed string, no more
    assert meta["og:description"] == meta["description"] and MARK in meta["description"]
    for fragment in (
        f'<script>alert("{MARK}m1")</script>',
        f'<img src=x onerror=alert("{MARK}m2")>',
        f"<script>{MARK}m7</script>",
    ):
        assert fragment in ld["description"]
    assert (ld["subjectOf"][0]["headline"], ld["subjectOf"][0]["publisher"]["name"]) == (PLAIN[0], PLAIN[1])
    actors = _hostile_entries(hostile_site, "actors")
    assert [a["name"] for a in ld["attendee"]] == [actors["ryabkov-fx"]["name"]]
    for actor_id, actor in actors.items():
        meta, (ld,) = _head(site / "actors" / actor_id / "index.html")
        assert ld["name"] == actor["name"] and meta["og:title"] == actor["name"], actor_id
    for event_id, event in _hostile_entries(hostile_site, "events").items():
        meta, (ld,) = _head(site / "events" / event_id / "index.html")
        assert ld["name"] == event["title"] and meta["og:title"] == event["title"], event_id


def test_hostile_strings_stay_text_in_the_feed_the_calendar_and_the_tables(hostile_site):
    import csv
    import io
    import xml.etree.ElementTree as ET

    import feedparser
    import icalendar

    from chronicle.feeds import spreadsheet_text

    site = hostile_site / "site"
    events = _hostile_entries(hostile_site, "events")
    raw = (site / "feed.xml").read_bytes()
    assert feedparser.parse(raw).bozo == 0
    atom = "{http://www.w3.org/2005/Atom}"
    titles = {
        entry.find(f"{atom}link").get("href").split("/")[-2]: entry.findtext(f"{atom}title")
        for entry in ET.fromstring(raw).iter(f"{atom}entry")
    }
    assert titles == {event_id: event["title"] for event_id, event in events.items()}
    assert titles["hostile-statement"] == PLAIN[2]

    ics = (site / "calendar.ics").read_bytes()
    calendar = icalendar.Calendar.from_ical(ics)
    # The scheduled events not long past (dated after the newest source, 5 February 2026).
    scheduled = sorted(
        e["title"] for e in events.values() if e["status"] == "scheduled" and str(e["date"]) > "2026-02-05"
    )
    assert scheduled and sorted(str(e["summary"]) for e in calendar.walk("VEVENT")) == scheduled
    # Every unfolded line is a property of its own: no text started a line (BEGIN:, URL:, ...).
    lines = ics.decode("utf-8").replace("\r\n ", "").split("\r\n")
    assert all(re.match(r"^[A-Z][A-Z-]*[;:]", line) for line in lines if line), lines

    rows = list(csv.DictReader(io.StringIO((site / "data/events.csv").read_bytes().decode("utf-8-sig"), newline="")))
    assert {r["id"]: r["title"] for r in rows} == {
        event_id: spreadsheet_text(e["title"]) for event_id, e in events.items()
    }
