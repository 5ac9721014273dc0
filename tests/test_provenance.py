"""Issue 17 §1 and §2: every quote links to its place in its source's cleaned text, where the span
is marked; data/chronicle.json gives its TextQuoteSelector; actor pages and quotes/<year>/ list
the quotes.

The fixture's quotes are the real seeds' words (seeds/2022-01-10-gva-talks-fx.txt,
seeds/2026-02-05-dialogue-fx.txt). Every expectation below is written by hand from those texts
and the fixture's YAML; the anchors were computed once outside the code
(`printf '%s' 'переговори зі США були складними, довгими та конкретними' | sha256sum | cut -c1-10`)
and are pinned: a changed anchor breaks every link to it from elsewhere.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_validate import edit, problems_of

from chronicle import families, quotes
from chronicle.config import ProjectPaths
from chronicle.generate import generate
from chronicle.pipeline import check
from chronicle.validate import _normalise
from conftest import PROJECT, ROOT

# The fixture's quotes and their anchors (sha256sum of the words, first 10 hex digits).
RYABKOV_1 = "переговори зі США були складними, довгими та конкретними"
RYABKOV_2 = "Вашингтон серйозно підійшов до пропозицій Москви щодо гарантій безпеки"
GEOANA = "в НАТО вважають неприйнятними низку пропозицій РФ щодо гарантій безпеки"
DRAFTS = "від будь-якої військової діяльності на території України"
JOINT = "сторони домовилися дотримуватися його умов та вести переговори щодо нового договору"
ANCHORS = {
    RYABKOV_1: "q-2985b3c0c3",
    RYABKOV_2: "q-d53372176b",
    GEOANA: "q-01855a4a44",
    JOINT: "q-6cb24c0a63",
}
MARK = '<mark id="{}" class="chronicle-quote">'


@pytest.fixture(scope="module")
def fixture_chronicle():
    chronicle, _, problems = check(ProjectPaths(root=PROJECT, docs_dir=PROJECT / "build/docs"))
    assert [p for p in problems if p.severity == "error"] == []
    return chronicle


@pytest.fixture(scope="module")
def gva(fixture_chronicle) -> tuple[str, ...]:
    """The cleaned paragraphs of seeds/2022-01-10-gva-talks-fx.txt."""
    return fixture_chronicle.sources["gva-source-fx"].paragraphs


# ---- anchors ----


def test_an_anchor_is_q_and_ten_hex_digits_of_the_words_sha256():
    for text, expected in ANCHORS.items():
        assert quotes.anchor(text) == expected
    # Whitespace as the check reads it: a quote written over several YAML lines keeps its anchor.
    assert quotes.anchor("переговори зі США\n  були складними,  довгими та конкретними ") == "q-2985b3c0c3"
    assert re.fullmatch(r"q-[0-9a-f]{10}", quotes.anchor("Ґ'ʼ «…» <b>")), "lowercase ASCII, whatever the words"


# ---- locating a quote as the check does ----


def test_a_quote_is_found_in_its_paragraph_as_written(gva):
    found = quotes.locate(gva, GEOANA)
    assert found is not None
    [(i, start, end)] = found.pieces
    assert gva[i][start:end] == GEOANA
    assert gva[i][:start] == "Заступник генерального секретаря альянсу Мірча Джоане заявив, що "


def test_a_quote_typed_with_a_space_is_found_where_the_article_has_a_no_break_space(gva):
    # The article writes "У свою чергу\xa0Рябков" (a no-break space); the check compares with
    # whitespace normalised, and the mark covers the characters as the article has them.
    found = quotes.locate(gva, "У свою чергу Рябков зазначив")
    assert found is not None
    [(i, start, end)] = found.pieces
    assert gva[i][start:end] == "У свою чергу\xa0Рябков зазначив"


def test_a_quote_across_a_paragraph_break_is_marked_in_both_paragraphs(gva):
    # The check refuses such a quote (CONTRIBUTING: "within one paragraph"); the locator still
    # finds it, reading the break as a space, and marks it piece by piece.
    text = "143,5 тисячі. 17 грудня МЗС РФ оприлюднило"
    found = quotes.locate(gva, text)
    assert found is not None
    assert [gva[i][s:e] for i, s, e in found.pieces] == ["143,5 тисячі.", "17 грудня МЗС РФ оприлюднило"]
    paragraphs = quotes.marked(gva, [text])
    first, second = (i for i, _, _ in found.pieces)
    assert paragraphs[first].endswith(" \\- " + MARK.format("q-21904e2089") + "143,5 тисячі\\.</mark>")
    assert paragraphs[second].startswith('<mark class="chronicle-quote">17 грудня МЗС РФ оприлюднило</mark> проект')
    assert quotes.selector(gva, text)["exact"] == "143,5 тисячі.\n17 грудня МЗС РФ оприлюднило"


def test_words_not_in_the_text_are_not_found(gva):
    assert quotes.locate(gva, "переговори зі США були легкими") is None
    assert quotes.selector(gva, "переговори зі США були легкими") is None
    assert quotes.locate(gva, "   ") is None
    # Not found: the paragraphs are left as they are (escaped), with no mark.
    assert "<mark" not in "".join(quotes.marked(gva, ["переговори зі США були легкими"]))


def test_overlapping_quotes_nest_or_split_and_each_has_one_id():
    paragraph = ("Він сказав: переговори були складними, довгими та конкретними.",)
    a, b, c = "переговори були складними", "складними, довгими", "довгими"
    [html] = quotes.marked(paragraph, [a, b, c, a])  # a twice: one span, one id
    ids = {t: quotes.anchor(t) for t in (a, b, c)}
    assert html == (
        "Він сказав: "
        f'<mark id="{ids[a]}" class="chronicle-quote">переговори були '
        f'<mark id="{ids[b]}" class="chronicle-quote">складними</mark></mark>'
        '<mark class="chronicle-quote">, '
        f'<mark id="{ids[c]}" class="chronicle-quote">довгими</mark></mark>'
        " та конкретними\\."
    )


def test_the_article_text_stays_escaped_inside_and_around_a_mark():
    paragraph = ("Він написав <b>жирно</b> і *зірочки* [посилання](http://x).",)
    [html] = quotes.marked(paragraph, ["<b>жирно</b> і *зірочки*"])
    assert html == (
        "Він написав "
        + MARK.format(quotes.anchor("<b>жирно</b> і *зірочки*"))
        + "&lt;b&gt;жирно&lt;/b&gt; і \\*зірочки\\*</mark> \\[посилання\\]\\(http://x\\)\\."
    )


def test_the_selector_gives_32_characters_of_context_from_the_cleaned_text(fixture_chronicle, gva):
    assert quotes.selector(gva, GEOANA) == {
        "type": "TextQuoteSelector",
        "exact": GEOANA,
        "prefix": "альянсу Мірча Джоане заявив, що ",
        "suffix": ".\nУ свою чергу Рябков зазначив, ",  # the next paragraph, its no-break space a space
    }
    # At the end of the article the suffix is what is left.
    dialogue = fixture_chronicle.sources["dialogue-source-fx"].paragraphs
    assert quotes.selector(dialogue, JOINT) == {
        "type": "TextQuoteSelector",
        "exact": JOINT,
        "prefix": "де юридично оформлене. Водночас ",
        "suffix": ".",
    }
    # At its start, the prefix is empty.
    assert quotes.selector(gva, "Американські і російські посадовці")["prefix"] == ""


# A paragraph of the cleaned text is a non-blank line of the capture (chronicle.clean).
_WORDS = st.text(alphabet="аб ґ\xa0\t.«»*<", min_size=1, max_size=30).filter(str.strip)


@given(st.lists(_WORDS, min_size=1, max_size=4), st.data())
def test_any_piece_of_the_cleaned_text_is_found_and_maps_back_to_the_same_words(paragraphs, data):
    paragraphs = tuple(paragraphs)
    whole = "\n".join(_normalise(p) for p in paragraphs)  # what validate compares with
    assert quotes.cleaned_text(paragraphs) == whole
    start = data.draw(st.integers(0, len(whole)))
    end = data.draw(st.integers(start, len(whole)))
    quote = _normalise(whole[start:end].replace("\n", " "))
    found = quotes.locate(paragraphs, quote)
    if not quote:
        assert found is None
        return
    assert found is not None
    assert _normalise(" ".join(paragraphs[i][s:e] for i, s, e in found.pieces)) == quote
    assert quotes.anchor(quote) in "".join(quotes.marked(paragraphs, [quote]))


# ---- the generated pages ----


def _pages(root: Path) -> dict[str, str]:
    chronicle, raw, problems = check(ProjectPaths(root=root, docs_dir=root / "build/docs"))
    assert [str(p) for p in problems if p.severity == "error"] == []
    return {p: b.decode("utf-8") for p, b in generate(chronicle, raw, ROOT / "templates" / "pages").items()}


@pytest.fixture(scope="module")
def fixture_pages() -> dict[str, str]:
    return _pages(PROJECT)


def test_an_event_page_links_each_quote_to_its_place_in_the_source(fixture_pages):
    page = fixture_pages["events/ryabkov-assesses-fx/index.md"]
    links = re.findall(r"\[цитата в тексті статті\]\(([^)]+)\)", page)
    assert links == [
        "../../sources/gva-source-fx/index.md#q-2985b3c0c3",
        "../../sources/gva-source-fx/index.md#q-d53372176b",
    ]


def test_the_source_page_marks_the_quotes_and_lists_them_in_the_order_of_the_text(fixture_pages):
    page = fixture_pages["sources/gva-source-fx/index.md"]
    text = page[page.index("{#text}") :]
    assert (
        "У свою чергу\xa0Рябков зазначив, що "
        + MARK.format("q-2985b3c0c3")
        + "переговори зі США були складними, довгими та конкретними</mark>\\. За його словами, "
        + MARK.format("q-d53372176b")
        + "Вашингтон серйозно підійшов до пропозицій Москви щодо гарантій безпеки</mark>\\.\n"
    ) in text
    listed = page[page.index("{#quotes}") : page.index("{#text}")]
    # Reported speech (geoana-rejects-fx, ryabkov-assesses-fx) without quotation marks, the translation in «…».
    assert re.findall(r"^- (.+?) — ", listed, re.M) == [
        GEOANA,
        RYABKOV_1,
        RYABKOV_2,
        "«" + DRAFTS.replace("-", "\\-") + "»",
    ]
    assert "— [Мірча Джоане](../../actors/geoana-fx/index.md) (переказ) · подія: [Мірча Джоане" in listed
    assert "— [МЗС Росії](../../actors/mfa-ru-fx/index.md) (переклад) · подія: [МЗС Росії" in listed
    assert re.findall(r"\[у тексті статті\]\((#q-[0-9a-f]+)\)", listed)[:3] == [
        "#q-01855a4a44",
        "#q-2985b3c0c3",
        "#q-d53372176b",
    ]


def _unquote(root: Path, event: str) -> None:
    """Takes an event's quotes out of its YAML (and silences the warning that it quotes nobody)."""
    path = root / "content/events" / f"{event}.yml"
    path.write_text(re.sub(r"^quotes:\n(?:  .*\n)+", "silence: [no-quotes]\n", path.read_text("utf-8"), flags=re.M))


def test_a_source_nobody_quotes_has_no_quotes_section_and_no_mark(project):
    _unquote(project, "treaty-terms-fx")
    _unquote(project, "dialogue-restored-fx")
    page = _pages(project)["sources/dialogue-source-fx/index.md"]
    assert "{#quotes}" not in page and "<mark" not in page
    assert "Цитати, які наводить хроніка, виділено" not in page


def test_an_actor_page_lists_its_quotes_newest_first_joint_ones_too(project):
    # Росія (ru-fx) speaks in the 2026 joint statement; give it a 2021 quote of its own, which the
    # article reports ("Зокрема, Росія пропонує…", no quotation marks).
    edit(
        project,
        "content/events/drafts-fx.yml",
        "    kind: translation\n",
        "    kind: translation\n"
        "  - text: Росія пропонує НАТО відмовитися від прийняття України до Альянсу\n"
        "    by: ru-fx\n"
        "    source: gva-source-fx\n"
        "    kind: reported\n",
    )
    page = _pages(project)["actors/ru-fx/index.md"]
    section = page[page.index("## Цитати {#quotes}") :]
    section = section[: section.index("\n## ")]
    lines = [line for line in section.splitlines() if line.startswith("- ")]
    assert lines == [
        "- **5 лютого 2026 р\\.** — [США](../us-fx/index.md) і Росія: «" + JOINT + "» · подія: "
        "[США та Росія домовляються дотримуватися умов New START і вести переговори про новий договір]"
        "(../../events/treaty-terms-fx/index.md) · джерело: [США та росія домовилися відновити діалог на високому "
        "рівні між військовими — Reuters](../../sources/dialogue-source-fx/index.md#q-6cb24c0a63)",
        "- **17 грудня 2021 р\\.** — Росія (переказ): Росія пропонує НАТО відмовитися від прийняття України до "
        "Альянсу · подія: [МЗС Росії оприлюднює проєкти договору зі США та угоди з НАТО про «гарантії безпеки»]"
        "(../../events/drafts-fx/index.md) · джерело: [У Женеві завершилися переговори США та Росії]"
        "(../../sources/gva-source-fx/index.md#q-f8b361ef07)",
    ]
    assert "[Усі цитати хроніки за роками](../../quotes/index.md)" in section


def test_an_actor_nobody_quotes_has_no_quotes_section(fixture_pages):
    assert "{#quotes}" not in fixture_pages["actors/sherman-fx/index.md"]


def test_an_actor_with_more_quotes_than_a_listing_holds_links_a_page_per_year(monkeypatch, fixture_pages):
    monkeypatch.setattr(families, "LISTING_LIMIT", 1)
    monkeypatch.setattr(families, "LISTING_HEAD", 1)
    pages = _pages(PROJECT)
    page = pages["actors/ryabkov-fx/index.md"]
    section = page[page.index("## Цитати {#quotes}") :]
    assert section.count("- **10 січня 2022 р\\.**") == 1  # the newest LISTING_HEAD
    assert "Усі цитати за роками:" in section and "- [2022](quotes/2022/index.md) — 2 цитати" in section
    year = pages["actors/ryabkov-fx/quotes/2022/index.md"]
    assert year.startswith('---\ntitle: "Сергій Рябков, цитати: 2022"\n---\n')
    assert [q for q in (RYABKOV_1, RYABKOV_2) if f"(переказ): {q} · подія" in year] == [RYABKOV_1, RYABKOV_2]
    assert "[← Сергій Рябков, цитати](../../index.md)" in year


def test_the_quotes_index_counts_each_year_and_each_year_lists_its_quotes_newest_first(fixture_pages):
    index = fixture_pages["quotes/index.md"]
    assert re.findall(r"^- \[(\d+)\]\((\S+)\) — (.+)$", index, re.M) == [
        ("2026", "2026/index.md", "2 цитати"),
        ("2022", "2022/index.md", "3 цитати"),
        ("2021", "2021/index.md", "1 цитата"),
    ]
    year = fixture_pages["quotes/2022/index.md"]
    said = re.findall(r"^- \*\*(.+?)\*\* — (.+?) \(переказ\): (.+?) · подія", year, re.M)  # reported speech: no «»
    # Same day: the events by id, newest first (ryabkov-assesses-fx after geoana-rejects-fx).
    assert said == [
        ("10 січня 2022 р\\.", "[Сергій Рябков](../../actors/ryabkov-fx/index.md)", RYABKOV_1),
        ("10 січня 2022 р\\.", "[Сергій Рябков](../../actors/ryabkov-fx/index.md)", RYABKOV_2),
        ("10 січня 2022 р\\.", "[Мірча Джоане](../../actors/geoana-fx/index.md)", GEOANA),
    ]
    assert "(../../sources/gva-source-fx/index.md#q-01855a4a44)" in year


def test_an_edited_quote_regenerates_the_quote_pages_in_the_live_preview(fixture_chronicle):
    old = fixture_chronicle
    wanted = families.affected(old, old, {"drafts-fx"})
    for page in ("quotes/index.md", "quotes/2021/index.md", "sources/gva-source-fx/index.md"):
        assert wanted(page), page
    assert wanted("actors/mfa-ru-fx/quotes/2021/index.md")  # the speaker's pages go together
    assert not wanted("quotes/2026/index.md")


def test_a_hand_written_page_cannot_take_the_quotes_folder(project):
    page = project / "content/pages/quotes/index.md"
    page.parent.mkdir(parents=True)
    page.write_text("# Мої цитати\n", "utf-8")
    assert any(
        p.startswith("content/pages/quotes/index.md:1:1: /quotes/ belongs to the build") for p in problems_of(project)
    )


# ---- the built site: the anchors resolve, the export gives the selectors ----


def test_every_quote_link_of_the_built_site_reaches_a_marked_span_of_the_quoted_words(built):
    site = built / "site"
    links = 0
    for html in sorted(site.glob("events/*/index.html")):
        for source, name in re.findall(
            r'href="\.\./\.\./sources/([a-z0-9-]+)/#(q-[0-9a-f]{10})"', html.read_text("utf-8")
        ):
            target = (site / "sources" / source / "index.html").read_text("utf-8")
            span = re.search(f'<mark id="{name}" class="chronicle-quote">(.*?)</mark>', target)
            assert span, (html, name)
            links += 1
    assert links == 6  # every quote of the fixture (test_joint_quotes and the YAML: six quotes)
    page = (site / "sources/gva-source-fx/index.html").read_text("utf-8")
    assert f"{MARK.format('q-2985b3c0c3')}{RYABKOV_1}</mark>" in page


def test_the_export_gives_each_quote_its_anchor_and_text_quote_selector(built):
    data = json.loads((built / "site/data/chronicle.json").read_text("utf-8"))
    assert data["format"] == "chronicle/3"  # a new field, not a new shape
    events = {e["id"]: e for e in data["events"]}
    assert events["geoana-rejects-fx"]["quotes"] == [
        {
            "text": GEOANA,
            "by": ["geoana-fx"],
            "source": "gva-source-fx",
            "kind": "reported",  # issue 18 §2: the article reports what Geoană said, in its own words
            "anchor": "q-01855a4a44",
            "selector": {
                "type": "TextQuoteSelector",
                "exact": GEOANA,
                "prefix": "альянсу Мірча Джоане заявив, що ",
                "suffix": ".\nУ свою чергу Рябков зазначив, ",
            },
        }
    ]
    for event in data["events"]:
        for q in event["quotes"]:
            assert q["selector"]["exact"] == " ".join(q["text"].split()), (event["id"], q)
            assert len(q["selector"]["prefix"]) <= 32 and len(q["selector"]["suffix"]) <= 32


def test_every_quote_of_the_real_chronicle_is_marked_within_one_paragraph_under_its_own_anchor():
    """An invariant of any valid chronicle (the real content/, whatever it holds today): every
    quote is found in one paragraph of its source, and two different quotes of one source never
    share an anchor."""
    chronicle, _, problems = check(ProjectPaths(root=ROOT, docs_dir=ROOT / "build/docs"), suggestions=False)
    assert [str(p) for p in problems if p.severity == "error"] == []
    anchors: dict[tuple[str, str], str] = {}
    for event in chronicle.events.values():
        for q in event.quotes:
            found = quotes.locate(chronicle.sources[q.source].paragraphs, q.text)
            assert found is not None and len(found.pieces) == 1, (event.id, q.text)
            words = anchors.setdefault((q.source, quotes.anchor(q.text)), quotes.normalise(q.text))
            assert words == quotes.normalise(q.text), (event.id, q.text, words)
