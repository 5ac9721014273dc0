"""Як цитувати (chronicle.cite): the references of event and source pages, against hand-written
expectations for the fixture entries (built on the real seeds), and the box and downloads in a
real build.

Every expected string below was written by hand from the rules (DSTU 8302:2015 with DSTU 3582:2013's
month abbreviations; APA 7th edition's webpage and news-website forms), not from the code's output.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronicle import cite
from chronicle.config import ProjectPaths
from chronicle.dates import PartialDate
from chronicle.feeds import Site
from chronicle.generate import Generator
from chronicle.model import Chronicle, Source
from chronicle.pipeline import check
from conftest import PROJECT, ROOT, copy_project, run_chronicle

URL = "https://example.org/chronicle/"
ACCESSED = dt.datetime(2026, 2, 5, tzinfo=dt.timezone.utc)  # the fixture's newest source: its build date
SITE = Site(updated=ACCESSED, url=URL, name="Хроніка дипломатії")
LOCAL = Site(updated=ACCESSED, url="", name="Хроніка дипломатії")

GVA_TITLE = "Переговори США та Росії в Женеві в межах Діалогу зі стратегічної стабільності"
GVA_SOURCE_TITLE = "У Женеві завершилися переговори США та Росії"
DIALOGUE_TITLE = "США та росія домовилися відновити діалог на високому рівні між військовими — Reuters"
DIALOGUE_OUTLET = "Українське онлайн-видання (назви в знімку немає)"


@pytest.fixture(scope="module")
def chronicle():
    c, _, problems = check(ProjectPaths(root=PROJECT, docs_dir=PROJECT / "build/docs"), suggestions=False)
    assert not [p for p in problems if p.severity == "error"]
    return c


# ---- the references of the fixture entries ----


def test_an_event_is_cited_as_a_page_of_the_chronicle(chronicle):
    c = cite.citation(chronicle.events["gva-talks-fx"], SITE)
    assert c.url == "https://example.org/chronicle/events/gva-talks-fx/"
    assert c.absolute
    assert c.dstu == (
        f"{GVA_TITLE}. Хроніка дипломатії. URL: https://example.org/chronicle/events/gva-talks-fx/ "
        "(дата звернення: 05.02.2026)."
    )
    assert c.apa == (
        f"Хроніка дипломатії. (n.d.). {GVA_TITLE}. Retrieved February 5, 2026, from "
        "https://example.org/chronicle/events/gva-talks-fx/"
    )
    assert c.apa_html == (
        f"Хроніка дипломатії. (n.d.). <i>{GVA_TITLE}</i>. Retrieved February 5, 2026, from "
        '<a href="https://example.org/chronicle/events/gva-talks-fx/">https://example.org/chronicle/events/gva-talks-fx/</a>'
    )
    assert (c.csl_name, c.bib_name) == ("event-gva-talks-fx.json", "event-gva-talks-fx.bib")
    assert c.csl_href.startswith("data:application/vnd.citationstyles.csl+json;charset=utf-8;base64,")
    assert c.bib_href.startswith("data:application/x-bibtex;charset=utf-8;base64,")


def test_a_source_is_cited_as_the_outlets_article_at_its_archived_copy(chronicle):
    c = cite.citation(chronicle.sources["gva-source-fx"], SITE)
    assert c.dstu == (
        f"{GVA_SOURCE_TITLE}. УНІАН. 2022. 10 січ. URL: https://example.org/chronicle/sources/gva-source-fx/ "
        "(дата звернення: 05.02.2026)."
    )
    assert c.apa == (
        f"УНІАН. (2022, January 10). {GVA_SOURCE_TITLE}. https://example.org/chronicle/sources/gva-source-fx/"
    )
    other = cite.citation(chronicle.sources["dialogue-source-fx"], SITE)
    assert other.dstu == (
        f"{DIALOGUE_TITLE}. {DIALOGUE_OUTLET}. 2026. 5 лют. URL: "
        "https://example.org/chronicle/sources/dialogue-source-fx/ (дата звернення: 05.02.2026)."
    )
    assert other.apa == (
        f"{DIALOGUE_OUTLET}. (2026, February 5). {DIALOGUE_TITLE}. "
        "https://example.org/chronicle/sources/dialogue-source-fx/"
    )


def test_without_a_site_url_the_references_give_the_path_from_the_site_root(chronicle):
    c = cite.citation(chronicle.events["comms-suspended-fx"], LOCAL)
    assert (c.url, c.absolute) == ("events/comms-suspended-fx/", False)
    title = "США припиняють контакти з Росією на високому рівні між військовими"
    assert c.dstu == f"{title}. Хроніка дипломатії. URL: events/comms-suspended-fx/ (дата звернення: 05.02.2026)."
    # no link: a relative address would resolve against the page, not the site root
    assert c.apa_html == (
        f"Хроніка дипломатії. (n.d.). <i>{title}</i>. Retrieved February 5, 2026, from events/comms-suspended-fx/"
    )


def test_the_csl_json_of_a_source(chronicle):
    assert cite.csl_item(chronicle.sources["gva-source-fx"], SITE) == {
        "id": "source:gva-source-fx",
        "type": "webpage",
        "title": GVA_SOURCE_TITLE,
        "author": [{"literal": "УНІАН"}],
        "issued": {"date-parts": [[2022, 1, 10]]},
        "URL": "https://example.org/chronicle/sources/gva-source-fx/",
        "accessed": {"date-parts": [[2026, 2, 5]]},
        "language": "uk",
    }
    event = cite.csl_item(chronicle.events["comms-suspended-fx"], SITE)
    assert "issued" not in event  # a month-precise event date is not the page's date
    assert event["author"] == [{"literal": "Хроніка дипломатії"}]


def test_the_bibtex_of_an_event_and_a_source(chronicle):
    assert cite.bibtex(cite.csl_item(chronicle.sources["gva-source-fx"], SITE)) == (
        "@online{source:gva-source-fx,\n"
        "  author = {{УНІАН}},\n"
        "  title = {{У Женеві завершилися переговори США та Росії}},\n"
        "  date = {2022-01-10},\n"
        "  url = {https://example.org/chronicle/sources/gva-source-fx/},\n"
        "  urldate = {2026-02-05},\n"
        "  langid = {ukrainian},\n"
        "}\n"
    )
    assert cite.bibtex(cite.csl_item(chronicle.events["gva-talks-fx"], SITE)) == (
        "@online{event:gva-talks-fx,\n"
        "  author = {{Хроніка дипломатії}},\n"
        f"  title = {{{{{GVA_TITLE}}}}},\n"
        "  url = {https://example.org/chronicle/events/gva-talks-fx/},\n"
        "  urldate = {2026-02-05},\n"
        "  langid = {ukrainian},\n"
        "}\n"
    )


# ---- the rules, on made-up sources ----


JAN_10 = PartialDate(2022, 1, 10)


def _source(title="Заголовок", outlet="Видання", published=JAN_10, language="uk"):
    return Source(
        id="made-up",
        seed="seeds/made-up.txt",
        sha256="0" * 64,
        outlet=outlet,
        title=title,
        published=published,
        language=language,
        paragraphs=(),
    )


@pytest.mark.parametrize(
    "published, dstu_date, apa_date",
    [
        (PartialDate(2021, 9, 3), "2021. 3 верес.", "(2021, September 3)"),
        (PartialDate(2021, 11), "2021. Листоп.", "(2021, November)"),
        (PartialDate(2019), "2019.", "(2019)"),
        (PartialDate(1900, 1, 1), "1900. 1 січ.", "(1900, January 1)"),  # a year that holds the day's sentinel
    ],
)
def test_a_date_gives_only_the_parts_known(published, dstu_date, apa_date):
    c = cite.citation(_source(published=published), SITE)
    assert c.dstu == (
        f"Заголовок. Видання. {dstu_date} URL: https://example.org/chronicle/sources/made-up/ (дата звернення: 05.02.2026)."
    )
    assert c.apa == f"Видання. {apa_date}. Заголовок. https://example.org/chronicle/sources/made-up/"


def test_no_period_after_a_title_or_outlet_that_ends_in_one_or_in_a_question_mark():
    c = cite.citation(_source(title="Чи буде мир?", outlet="Reuters Inc."), SITE)
    assert c.dstu.startswith("Чи буде мир? Reuters Inc. 2022. 10 січ. URL: ")
    assert c.apa == "Reuters Inc. (2022, January 10). Чи буде мир? https://example.org/chronicle/sources/made-up/"
    assert c.apa_html.startswith("Reuters Inc. (2022, January 10). <i>Чи буде мир?</i> <a href=")


def test_editors_text_is_escaped_in_the_html_reference():
    c = cite.citation(_source(title='<script>alert(1)</script> & "Q"', outlet="A<b>"), SITE)
    assert "<script>" not in c.apa_html and "<b>" not in c.apa_html
    assert c.apa_html.startswith(
        "A&lt;b&gt;. (2022, January 10). <i>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Q&#34;</i>."
    )


def test_latex_special_characters_are_escaped_in_bibtex():
    assert cite.latex(r"50% & $5 #1 a_b {x} ~ ^ \ «Так»") == (
        r"50\% \& \$5 \#1 a\_b \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{} «Так»"
    )
    entry = cite.bibtex(cite.csl_item(_source(title="Ціна: 5% {усього}", language="xx"), SITE))
    assert "  title = {{Ціна: 5\\% \\{усього\\}}},\n" in entry
    assert "langid" not in entry  # an unknown language gets none
    assert entry.count("{") == entry.count("}")
    assert cite.bib_url("https://e.org/a b/{x}\\") == "https://e.org/a%20b/%7Bx%7D%5C"


# ---- citeproc-py: the filled shapes are its own references ----


def test_the_fixture_references_are_citeproc_pys_own(chronicle):
    for obj in [*chronicle.events.values(), *chronicle.sources.values()]:
        for site in (SITE, LOCAL):
            item = cite.csl_item(obj, site)
            assert cite.apa(item) == cite.apa_direct(item)


TITLES = st.text(alphabet="абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВЄІЇ ABCxyz0123456789,:;-—«»", min_size=1, max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=TITLES.map(str.strip).filter(bool),
    end=st.sampled_from(["", ".", "?", "!", "…"]),
    outlet=TITLES.map(str.strip).filter(bool),
    year=st.integers(1, 9999),
    month=st.integers(0, 12),
    day=st.integers(1, 28),
    precise=st.booleans(),
    html=st.booleans(),
)
def test_any_reference_equals_citeproc_pys(title, end, outlet, year, month, day, precise, html):
    published = PartialDate(year, month, day if month and precise else 0)
    item = cite.csl_item(_source(title=" ".join(title.split()) + end, outlet=" ".join(outlet.split())), SITE)
    item = {**item, "issued": cite._date_parts(published)}
    expected = cite.apa_direct(item, html)
    if html:  # citeproc-py does not link the URL
        expected = expected.replace(
            URL + "sources/made-up/", f'<a href="{URL}sources/made-up/">{URL}sources/made-up/</a>'
        )
    assert cite.apa(item, html) == expected


# ---- the site and the access date ----


def test_the_access_date_is_the_build_date_never_the_clock(chronicle, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    site = cite.site_of(SimpleNamespace(site_url=URL, site_name="Хроніка"), chronicle)
    assert (site.url, site.name, site.updated.date()) == (URL, "Хроніка", dt.date(2026, 2, 5))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    site = cite.site_of(None, chronicle)
    assert (site.url, site.name, site.updated.date()) == ("", "Хроніка дипломатії", dt.date(2023, 11, 14))
    assert "(дата звернення: 14.11.2023)." in cite.citation(chronicle.events["gva-talks-fx"], site).dstu


def _decoded(uri: str) -> str:
    """What a browser saves from a data: URI (RFC 2397), read by the standard library."""
    import base64
    from urllib.parse import unquote

    head, _, data = uri.partition(",")
    assert head.startswith("data:") and head.endswith(";charset=utf-8;base64"), head
    return base64.b64decode(unquote(data), validate=True).decode("utf-8")


def test_the_downloads_are_the_item_in_the_page_and_the_same_each_time(chronicle):
    source = chronicle.sources["gva-source-fx"]
    c = cite.citation(source, SITE)
    assert json.loads(_decoded(c.csl_href)) == [cite.csl_item(source, SITE)]
    bib = _decoded(c.bib_href)
    assert bib.startswith("@online{source:gva-source-fx,\n  author = {{УНІАН}},\n")
    assert "  url = {https://example.org/chronicle/sources/gva-source-fx/},\n" in bib
    assert (c.csl_name, c.bib_name) == ("source-gva-source-fx.json", "source-gva-source-fx.bib")
    assert cite.citation(source, SITE) == c


def test_the_box_escapes_an_editors_title(chronicle):
    event = dataclasses.replace(chronicle.events["gva-talks-fx"], title="<img src=x onerror=alert(1)> & _a_ *b*")
    changed = Chronicle(
        events={**chronicle.events, event.id: event},
        actors=chronicle.actors,
        sources=chronicle.sources,
        topics=chronicle.topics,
        places=chronicle.places,
    )
    page = Generator(changed, ROOT / "templates" / "pages").render(
        "event.md.j2", "events/gva-talks-fx/index.md", event=event, before=[], after=[]
    )
    box = page[page.index("## Як цитувати") :]
    assert "<img" not in box
    assert "<dd>&lt;img src=x onerror=alert(1)&gt; &amp; _a_ *b*. Хроніка дипломатії. URL: events/gva-talks-fx/" in box
    assert "<i>&lt;img src=x onerror=alert(1)&gt; &amp; _a_ *b*</i>" in box


# ---- in a real build ----


def test_a_build_shows_the_box_and_writes_the_downloads(built):
    site = built / "site"
    page = (site / "events/gva-talks-fx/index.html").read_text("utf-8")
    assert '<h2 id="cite">Як цитувати' in page
    assert f"<dd>{GVA_TITLE}. Хроніка дипломатії. URL: events/gva-talks-fx/ (дата звернення: 05.02.2026).</dd>" in page
    links = dict(re.findall(r'<a href="(data:[^"]+)" download="([^"]+)">', page))
    assert sorted(links.values()) == ["event-gva-talks-fx.bib", "event-gva-talks-fx.json"]
    by_name = {name: _decoded(uri) for uri, name in links.items()}
    assert by_name["event-gva-talks-fx.bib"].startswith("@online{event:gva-talks-fx,\n")
    assert json.loads(by_name["event-gva-talks-fx.json"])[0]["URL"] == "events/gva-talks-fx/"
    assert not (site / "data/cite").exists()  # no file per entry (issue 19 §3)
    source = (site / "sources/gva-source-fx/index.html").read_text("utf-8")
    assert f"<dd>УНІАН. (2022, January 10). <i>{GVA_SOURCE_TITLE}</i>. sources/gva-source-fx/</dd>" in source
    csl = re.search(r'<a href="(data:[^"]+)" download="source-gva-source-fx.json">', source)
    assert csl is not None
    item = json.loads(_decoded(csl.group(1)))
    assert item[0]["URL"] == "sources/gva-source-fx/" and item[0]["accessed"] == {"date-parts": [[2026, 2, 5]]}


def test_build_with_a_site_url_gives_it_to_the_pages_and_the_downloads(tmp_path):
    root = copy_project(tmp_path / "project")
    result = run_chronicle("--root", str(root), "build", "--site-url", URL)
    assert result.returncode == 0, result.stderr
    page = (root / "site/events/gva-talks-fx/index.html").read_text("utf-8")
    assert f'<a href="{URL}events/gva-talks-fx/">{URL}events/gva-talks-fx/</a>' in page
    assert f"URL: {URL}events/gva-talks-fx/ (дата звернення: 05.02.2026)." in page
    bib = re.search(r'<a href="(data:[^"]+)" download="event-gva-talks-fx.bib">', page)
    assert bib is not None
    assert f"  url = {{{URL}events/gva-talks-fx/}},\n" in _decoded(bib.group(1))


def test_chronicle_diff_does_not_count_a_newer_build_date_as_a_change(tmp_path, monkeypatch):
    """A source newer than all others moves the build date, which every event and source page
    prints as its access date; `chronicle diff` generates both sides at one date."""
    from chronicle.editors.diff import against

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    base, head = copy_project(tmp_path / "base"), copy_project(tmp_path / "head")
    text = (head / "content/sources/gva-source-fx.yml").read_text("utf-8")
    assert "published: 2022-01-10" in text
    (head / "content/sources/newer-fx.yml").write_text(text.replace("published: 2022-01-10", "published: 2027-01-01"))
    diff, _ = against(head, str(base))
    assert [c.url for c in diff.added] == ["sources/newer-fx/"]
    assert [c.url for c in diff.changed] == ["sources/"]  # the index lists it; no event page changed
