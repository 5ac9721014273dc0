"""Ukrainian search: word forms and aliases in the index, and the readers' query set in a browser."""

from __future__ import annotations

import json
import sys


from chronicle.search import SEPARATOR, STOP_WORDS, _tokens, enrich, forms
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import search_recall  # noqa: E402  (the benchmark's own browser driver: one way to search)


def test_forms_cover_the_cases_readers_type():
    assert {"женева", "женеві", "женевою"} <= set(forms("Женеві"))
    assert {"переговори", "переговорів", "переговорами"} <= set(forms("переговорів"))
    assert {"рябков", "рябкова", "рябковим"} <= set(forms("Рябкова", content_only=False))
    assert forms("НАТО") == () and forms("США") == ()  # abbreviations are not read as rare nouns
    assert forms("Geneva") == ()  # Latin spellings come from the aliases


def test_the_separator_folds_apostrophes_and_drops_function_words():
    assert _tokens("зв’язку") == _tokens("зв'язку") == _tokens("звʼязку") == ["зв", "язку"]
    assert _tokens("Переговори у Женеві та в Абу-Дабі") == ["переговори", "женеві", "абу", "дабі"]
    assert _tokens("Україна вУкраїні") == ["україна", "вукраїні"]  # only whole words are dropped
    assert all(_tokens(word) == [] for word in STOP_WORDS)
    assert "(?<!" in SEPARATOR  # the browser's RegExp must accept it: no Unicode classes
    assert "\\p" not in SEPARATOR


def test_enrich_adds_hidden_fields_to_pages_only():
    index = {
        "config": {"lang": ["en"], "separator": "[\\s\\-]+", "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}}},
        "docs": [
            {"location": "places/geneva/", "title": "Женева", "text": "<p>Місто у Швейцарії.</p>"},
            {"location": "places/geneva/#events", "title": "Події", "text": "<p>Раунд переговорів у Женеві.</p>"},
        ],
    }
    enrich(index, {"places/geneva/": ["Женева", "Geneva"]}, {})
    page, section = index["docs"]
    assert set(index["config"]["fields"]) == {"title", "text", "tags", "names", "terms"}
    assert index["config"]["separator"] == SEPARATOR
    assert {"женеві", "женевою", "geneva"} <= set(page["names"].split())
    assert {"переговори", "швейцарія"} <= set(page["terms"].split())  # dictionary forms of the content
    assert "переговорами" not in page["terms"].split()  # not every form: the index stays small
    assert "names" not in section and "terms" not in section
    assert "женева" not in page["terms"].split()  # what the page already says is not repeated


def test_the_built_index_holds_the_fields(built):
    index = json.loads((built / "site/search/search_index.json").read_text("utf-8"))
    pages = {d["location"]: d for d in index["docs"]}
    assert {"рябкова", "рябковим", "ryabkov"} <= set(pages["actors/sergei-ryabkov/"]["names"].split())
    assert {"10", "січня", "2022", "01"} <= set(pages["events/geneva-strategic-stability-talks-2022-01-10/"]["names"].split())
    # An event's page knows its actors' aliases, so "Ryabkov" finds the talks he led.
    assert "ryabkov" in pages["events/geneva-strategic-stability-talks-2022-01-10/"]["terms"].split()


def test_readers_queries_find_their_pages_in_the_top_five(site_url, browser):
    """The acceptance figure: recall@5 of the query set typed into the site's own search box."""
    queries = search_recall.load_queries()
    assert len(queries) >= 40
    results = search_recall.run(browser, site_url, queries)
    missed = [(r["query"], r["expect"], r["found"]) for r in results if r["rank"] is None]
    assert search_recall.recall(results) >= 0.95, missed
