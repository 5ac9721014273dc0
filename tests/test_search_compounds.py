"""Search for compounds, dashes and apostrophes: "Україна-ЄС", "Україна — ЄС" and "Україна–ЄС" are
one query, "з'їзд", "з’їзд" and "зʼїзд" one word, and "США–Росії" finds "США–Росія".

What Pagefind 1.5 does by itself, measured (chronicle.search.pagefind_words): it keeps a word
joined by an en dash, an em dash or a non-breaking hyphen whole ("США–Росія" is one word,
"сшаросія", which a search for "Росія" does not find), splits only at ASCII punctuation
("Абу-Дабі": "абудабі", "абу", "дабі"), drops ' and ’ from a word but keeps ʼ (U+02BC, a letter),
and joins a query's "США-Росії" into "сшаросії", which no page holds.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata

import pytest

from chronicle.search import (
    APOSTROPHES,
    DASHES,
    _tokens,
    compound_parts,
    joined_words,
    page_forms,
    pagefind_words,
    query_words,
)
from conftest import FIXTURE_QUERIES, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import search_recall  # noqa: E402

SCRIPT = ROOT / "templates/overrides/assets/javascripts/search.js"


def test_a_query_is_split_at_every_dash_and_loses_its_apostrophes():
    assert query_words("Україна-ЄС") == query_words("Україна — ЄС") == query_words("Україна–ЄС") == ["україн", "єс"]
    assert query_words("США‑Росії") == query_words("США − Росії") == ["сша", "росі"]  # non-breaking hyphen, minus
    assert query_words("з'їзд") == query_words("з’їзд") == query_words("зʼїзд") == ["зїзд"]
    assert query_words("Обʼєднаних Арабських Еміратів") == ["обєднан", "арабськ", "емірат"]
    assert query_words("російсько-американських") == ["російськ", "американськ"]
    assert query_words("Рада Росія — НАТО") == ["рада", "росі", "нато"]  # a spaced dash is no word
    assert query_words("будь-що та з-під") == ["будь"]  # function words dropped after the split


def test_a_compound_is_searched_a_second_time_as_one_word():
    assert joined_words("США–Росії") == ["сшаросі"]  # Pagefind's word for "США–Росія" begins so
    assert joined_words("переговори США-Росія в Женеві") == ["переговор", "сшаросі", "женев"]
    assert joined_words("російсько-американських") == ["російськоамериканськ"]
    assert joined_words("США — Росія") == joined_words("США - Росії") == ["сшаросі"]  # a spaced dash joins too
    assert joined_words("Рада НАТО — Росія") == ["рада", "наторосі"]
    assert joined_words("Женева") is None and joined_words("-х") is None and joined_words("— Женева") is None


def test_pagefind_keeps_whole_what_it_does_not_split_at_ascii_punctuation():
    assert pagefind_words("США–Росія") == {"сшаросія"}
    assert pagefind_words("Абу-Дабі") == {"абудабі", "абу", "дабі"}
    assert pagefind_words("зв’язку зв'язку") == {"звязку", "зв", "язку"}
    assert pagefind_words("звʼязку") == {"звʼязку"}  # ʼ is a letter
    assert pagefind_words("Рада НАТО — Росія") == {"рада", "нато", "росія"}


def test_apostrophes_are_taken_out_of_the_index_words():
    assert _tokens("зв’язку") == _tokens("зв'язку") == _tokens("звʼязку") == _tokens("зв`язку") == ["звязку"]
    assert _tokens("Об'єднані Арабські Емірати") == ["обєднані", "арабські", "емірати"]


def test_names_hold_the_parts_pagefind_keeps_whole():
    names = page_forms("Лінія зв’язку США–Росія", "<p>США і Росії зберегли лінію зв’язку.</p>").split()
    assert {"сша", "росі"} <= set(names)  # the title's compound, part by part, though the text has both
    names = page_forms("Канал", "<p>Україна–ЄС і звʼязок; Абу-Дабі.</p>").split()
    assert {"єс", "звязок"} <= set(names)  # the text's compounds Pagefind keeps whole
    assert "україн" not in names  # the first part begins Pagefind's "українаєс"
    assert "дабі" not in names  # Pagefind has "дабі" from "Абу-Дабі" itself
    assert compound_parts("Засідання Ради НАТО — Росія") == set()  # spaced: separate words already


def test_dashes_are_unicodes_dash_punctuation_and_the_minus_sign():
    pd = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Pd"}
    assert set(DASHES) == pd | {"\u2212"}
    assert {"'", "’", "ʼ"} <= set(APOSTROPHES)


def _node_functions() -> str:
    script = SCRIPT.read_text("utf-8")
    parts = []
    for name in ("stem", "short", "queryWords", "joinedWords"):
        start = script.index(f"  function {name}(")
        parts.append(script[start : script.index("\n  }\n", start) + 5])
    return "\n".join(parts)


def test_the_search_page_makes_a_querys_words_as_the_index_does():
    """search.js's queryWords and joinedWords, run by Node, against chronicle.search's on every
    query of the query sets and on queries with every dash and apostrophe."""
    from chronicle.search import ENDINGS, STEM_MIN, STOP_WORDS

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    queries = [q["query"] for q in search_recall.load_queries(FIXTURE_QUERIES) + search_recall.load_queries()]
    queries += [f"США{d}Росії" for d in DASHES] + [f"США {d} Росія" for d in DASHES]
    queries += [f"з{a}їзду об{a}єднаних" for a in APOSTROPHES] + ["  Україна–ЄСу  ", "—", "СНО-ІІІ", "2019–2024"]
    program = (
        f"var ENDINGS = {json.dumps(ENDINGS)}, STEM_MIN = {STEM_MIN}, stop = {{}};\n"
        f"{json.dumps(STOP_WORDS)}.forEach(function (w) {{ stop[w] = true; }});\n{_node_functions()}\n"
        f"process.stdout.write(JSON.stringify({json.dumps(queries, ensure_ascii=False)}"
        ".map(function (q) { return [queryWords(q), joinedWords(q)]; })));"
    )
    result = subprocess.run([node, "-e", program], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == [[query_words(q), joined_words(q)] for q in queries]
