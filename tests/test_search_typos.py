"""Search that forgives (issue 18 §4): the word list the build writes for "Можливо, ви мали на
увазі …", the edit distance and the suggestions of suggest.js (run in Node), the short words a
query drops, and each result's kind and date in the index. Expectations written by hand from the
fixture chronicle (tests/fixtures/chronicle)."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess

import pytest

from chronicle import pagefind
from chronicle.search import STOP_WORDS, joined_words, query_words, short
from chronicle.suggest import fold, words_file
from conftest import ROOT, pagefind_records

SUGGEST = ROOT / "templates/overrides/assets/javascripts/suggest.js"
SEARCH = ROOT / "templates/overrides/assets/javascripts/search.js"


# ---- the list the build writes ----


def _list(built) -> tuple[list[str], list[str]]:
    text = (built / "site/pagefind/words.txt").read_text("utf-8")
    names, titles = text.split("\n\n")
    return names.split("\n"), titles.split("\n")[:-1]


def test_the_build_writes_the_chronicles_names_then_its_titles_words(built):
    names, titles = _list(built)
    # Names and aliases of actors, places and topics, a place's country, a source's outlet.
    assert {"Гринкевич", "Гринкевича", "Женева", "Женеві", "Рябков", "Ryabkov", "Geneva", "ОБСЄ", "Швейцарія"} <= set(
        names
    )
    assert {"Об'єднані", "Брюссель", "Віткофф", "Кушнер"} <= set(names)  # as written, with its apostrophe
    # A title's words that are no name: "Переговори США та Росії в Женеві …" (gva-talks-fx).
    assert {"переговори", "межах", "втрачає"} <= {w.lower() for w in titles}
    assert "вторгнення" in names and "вторгнення" not in titles  # a topic's alias ("загроза вторгнення")
    assert "Женеві" not in titles and "США" not in titles  # a name is listed once, among the names
    everything = names + titles
    folded = [fold(w) for w in everything]
    assert len(folded) == len(set(folded))  # each word once, whatever its case or apostrophe
    assert names == sorted(names, key=fold) and titles == sorted(titles, key=fold)
    assert all(len(w) >= 3 for w in folded)  # no short word: "в", "та", "р"
    assert not set(folded) & set(STOP_WORDS)
    assert not any(re.search(r"\d|\s", w) for w in everything)  # no numbers, one word a line
    # Small, one file for the whole site: 256 words, 3.7 KB, 1.6 KB gzipped (2026-12-03).
    data = (built / "site/pagefind/words.txt").read_bytes()
    assert len(data) < 6_000 and len(gzip.compress(data)) < 2_500, len(data)


def test_the_list_is_the_same_bytes_from_the_same_chronicle(built):
    from chronicle.config import ProjectPaths
    from chronicle.pipeline import check

    chronicle, _, _ = check(ProjectPaths(root=built, docs_dir=built / "build/docs"), suggestions=False)
    assert words_file(chronicle) == (built / "site/pagefind/words.txt").read_bytes()


# ---- suggest.js, in Node ----


def _node(program: str):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    module = SUGGEST.read_text("utf-8")
    assert re.search(r"^export \{[^}]*\};$", module, re.M)
    script = SEARCH.read_text("utf-8")
    stem = script[script.index("  function stem(") : script.index("\n  }\n", script.index("  function stem(")) + 5]
    page = (ROOT / "content/pages/search/index.md").read_text("utf-8")
    endings = re.search(r'data-endings="([^"]*)"', page).group(1).split()
    prelude = f"var ENDINGS = {json.dumps(endings, ensure_ascii=False)}, STEM_MIN = 4;\n{stem}\n"
    prelude += "var stop = {};\n" + "".join(f"stop[{json.dumps(w, ensure_ascii=False)}] = true;\n" for w in STOP_WORDS)
    source = prelude + re.sub(r"^export \{[^}]*\};$", "", module, flags=re.M) + "\n" + program
    result = subprocess.run([node, "-e", source], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


# Optimal string alignment distance, worked out by hand.
DISTANCES = [
    ("рябокв", "рябков", 2, 1),  # two neighbours swapped: one edit (Levenshtein would say 2)
    ("женва", "женева", 1, 1),  # a letter missing
    ("гринкевіч", "гринкевич", 2, 1),  # і for и
    ("кушнеер", "кушнер", 2, 1),  # a letter doubled
    ("віктофф", "віткофф", 2, 1),
    ("данілов", "данілов", 2, 0),
    ("брюсель", "брюсселя", 2, 2),  # a letter missing, and another ending
    ("женева", "брюссель", 2, 3),  # over the bound: max + 1
    ("рябков", "рябковим", 1, 2),  # two letters longer than a bound of one: max + 1 at once
    ("", "абв", 3, 3),
    ("ab", "ba", 1, 1),
]


def test_the_edit_distance_counts_a_swap_as_one_and_stops_at_its_bound():
    cases = json.dumps([[a, b, m] for a, b, m, _ in DISTANCES], ensure_ascii=False)
    got = _node(
        f"process.stdout.write(JSON.stringify({cases}.map(function (c) {{ return distance(c[0], c[1], c[2]); }})));"
    )
    assert got == [d for *_, d in DISTANCES]
    # A word of three to five letters may be one edit away, a longer one two (Elasticsearch's AUTO).
    assert _node("process.stdout.write(JSON.stringify([3, 5, 6, 12].map(allowed)));") == [1, 1, 2, 2]
    # Compared lowercased, without apostrophes of any kind, in NFC ("й" typed as и + U+0306).
    assert _node('process.stdout.write(JSON.stringify([fold("Обʼєднані"), fold("ЗВ’ЯЗОК"), fold("Бии\\u0306")]));') == [
        "обєднані",
        "звязок",
        "бий",
    ]


SUGGESTED = {
    "Гринкевіч": ["Гринкевич"],  # the three: a wrong letter,
    "Женва": ["Женева"],  # a missing one,
    "Рябокв": ["Рябков"],  # and two swapped
    "женва": ["Женева"],  # the list's spelling, whatever the case typed
    "ЖЕНВА": ["Женева"],
    "переговри в Женві": ["переговори в Женеві"],  # each unknown word corrected, the rest kept as typed
    "Брюселем": ["Брюссель"],  # by the stems: "брюсел" is one edit from "брюссел"
    "Обʼєднанні": ["Об'єднані"],  # apostrophes do not count
    "Ryabkv": ["Ryabkov"],
    "Женева": [],  # a known word: nothing to suggest
    "Женеві Рябкова": [],
    "щнйцщфзж": [],  # nothing close
    "ро": [],  # short words are never corrected
    "Женевою": [],  # a known stem ("женев"), whatever its ending
}


def test_suggestions_are_the_closest_listed_words(built):
    words = (built / "site/pagefind/words.txt").read_text("utf-8")
    key = "function (q) { return q.toLowerCase().split(/\\s+/).map(stem).join(' '); }"
    got = _node(
        f"var s = suggester({json.dumps(words, ensure_ascii=False)}, stem, stop, {key});\n"
        f"process.stdout.write(JSON.stringify({json.dumps(list(SUGGESTED), ensure_ascii=False)}.map(function (q) {{ return s(q); }})));"
    )
    assert dict(zip(SUGGESTED, got)) == SUGGESTED
    # A query that found a page is corrected by names only: "оцінка" is on a page, no name is close.
    both = _node(
        f"var s = suggester({json.dumps(words, ensure_ascii=False)}, stem, stop, {key});\n"
        'process.stdout.write(JSON.stringify([s("оцінка Рябкова"), s("оцінка Рябкова", true), s("Женва", true)]));'
    )
    assert both == [["оцінює Рябкова"], [], ["Женева"]]


def test_several_close_words_are_offered_best_first_once_per_search():
    """Up to three suggestions for a one-word query; two that search the same stem are one."""
    words = "Женева\nЖеневі\nЖонва\n\nЖинва\n"  # names, then a title's word
    key = "function (q) { return q.toLowerCase().split(/\\s+/).map(stem).join(' '); }"
    got = _node(
        f"var s = suggester({json.dumps(words, ensure_ascii=False)}, stem, stop, {key});\n"
        'process.stdout.write(JSON.stringify([s("Женва"), s("Женва", true)]));'
    )
    # All one edit from "Женва": a whole word's match first, a name before a title's word; "Женеві"
    # (by its stem "женев") searches what "Женева" does, and a title's word is no name.
    assert got == [["Женева", "Жонва", "Жинва"], ["Женева", "Жонва"]]


# ---- short words ----


def test_short_words_are_not_searched_but_numbers_and_abbreviations_are():
    assert [short(w) for w in ("ро", "к", "Р", "Ро", "ЄС", "UN", "10", "3", "ряб")] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        False,
        False,
    ]
    assert query_words("ро к Женева") == ["женев"]
    assert query_words("в і у ро") == []
    assert query_words("Україна–ЄС") == ["україн", "єс"]
    assert query_words("10 січня 2022") == ["10", "січн", "2022"]
    assert query_words("СНО-3") == ["сно", "3"]
    assert joined_words("ро-Женева") == ["роженев"]  # a compound is one word, however short its part


# ---- kind and date ----


def test_mark_up_carries_the_kind_and_date_escaped():
    page = f"<html><body>{pagefind.ARTICLE}<h1>Подія</h1><p>Текст</p></article></body></html>"
    marked = pagefind.mark_up(page, [], ("подія", '10 січня 2022 р. "><script>'))
    assert (
        '<div hidden data-pagefind-meta="kind[data-kind], date[data-date]" data-kind="подія" '
        'data-date="10 січня 2022 р. &quot;&gt;&lt;script&gt;"></div>'
    ) in marked
    marked = pagefind.mark_up(page, [], ("учасник", ""))
    assert '<div hidden data-pagefind-meta="kind[data-kind]" data-kind="учасник"></div>' in marked
    assert "data-kind" not in pagefind.mark_up(page, [])  # a page that is no entry: no kind


def test_the_index_holds_each_entry_pages_kind_and_date(built):
    records = pagefind_records(built / "site")
    meta = {url: (r["meta"].get("kind"), r["meta"].get("date")) for url, r in records.items()}
    assert meta["/events/gva-talks-fx/"] == ("подія", "10 січня 2022 р.")
    assert meta["/events/treaty-expires-fx/"] == ("подія", "5 лютого 2026 р.")
    assert meta["/actors/ryabkov-fx/"] == ("учасник", None)
    assert meta["/places/gva-fx/"] == ("місце", None)
    assert meta["/topics/stability-fx/"] == ("тема", None)
    assert meta["/sources/gva-source-fx/"] == ("джерело", "10 січня 2022 р.")
    assert meta["/"] == (None, None) and meta["/timeline/2022/"] == (None, None)
    kinds = {k for k, _ in meta.values()}
    assert kinds == {"подія", "учасник", "місце", "тема", "джерело", None}
