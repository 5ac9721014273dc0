"""Ukrainian search: what a reader types finds the page, whatever the word's case or spelling.

Material's search (lunr.js) matches words exactly and has no Ukrainian stemmer: "Женеві",
"переговорів" or "Рябкова" would miss pages that say "Женева", "переговори", "Рябков". The
query cannot be lemmatised in the reader's browser without shipping a dictionary, so the index
is: after MkDocs has written search/search_index.json, every page gets two extra fields, which
Material's worker indexes (it reads the fields from the index's config) but never shows:

- ``names`` (boosted like titles): every inflected form of the page's own title words and of
  its own aliases ("Рябкова", "Рябковим", "Ryabkov" on Сергій Рябков's page);
- ``terms``: the dictionary form of every noun, adjective and participle on the page (so
  "переговори" finds a page that only says "переговорів"), and the names and aliases, with
  their forms, of the actors, places and topics the page shows.

Forms come from pymorphy3 with its Ukrainian dictionary. The index's separator (which the
worker uses for the index and the query alike) splits words at Ukrainian punctuation and at
every kind of apostrophe, so "зв’язку" and "зв'язку" are the same words.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

INDEX_PATH = "search/search_index.json"
NAMES_BOOST = 500.0
TERMS_BOOST = 2.0
# Parts of speech whose forms a reader types: nouns, adjectives, participles; and numerals' none.
_CONTENT = {"NOUN", "ADJF", "PRTF"}
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*", re.UNICODE)
_TAG = re.compile(r"<[^>]+>")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
# Ukrainian function words, dropped from the index and from queries as stop words: Material
# adds a trailing wildcard to every query word, so "у" would match every word beginning with у.
STOP_WORDS = (
    "у в і й з о а та на до за по що як не чи ще ні зі із об ж б про від для при під над між або але щодо"
).split()
_PUNCTUATION = r"[\s\-–—‐‑«»„“”‘’ʼ'\"(),.:;!?/\\]"
_LETTER = r"[0-9a-zA-Zа-яА-ЯіїєґІЇЄҐ]"
# What the index and the query are split on: punctuation and apostrophes of every kind, and the
# stop words as whole words (in the browser, too: the regex needs no Unicode flag).
SEPARATOR = (
    _PUNCTUATION + "+|(?<!" + _LETTER + ")(?:"
    + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in STOP_WORDS)
    + ")(?!" + _LETTER + ")"
)


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="uk")


_SPLIT = re.compile(SEPARATOR)


def _tokens(text: str) -> list[str]:
    """The words the index separator makes of text, lowercased (as lunr does)."""
    return [t for t in _SPLIT.split(text.lower()) if t]


@lru_cache(maxsize=200_000)
def _word_tokens(word: str, content_only: bool) -> frozenset[str]:
    """The index words of a word and of all its forms (cached: a chronicle repeats its words)."""
    out = set(_tokens(word))
    for form in forms(word, content_only):
        out.update(_tokens(form))
    return frozenset(out)


@lru_cache(maxsize=200_000)
def forms(word: str, content_only: bool = True) -> tuple[str, ...]:
    """Every form of word's lexeme(s), lowercased; () for words that do not inflect or are skipped.

    Abbreviations in capitals (НАТО, ОБСЄ, США) are kept as they are: the dictionary reads
    them as rare common nouns. Latin words are left to the aliases.
    """
    if not re.search(r"[а-яґєії]", word.lower()) or (word.isupper() and len(word) <= 6) or len(word) < 3:
        return ()
    normal = word.translate(_APOSTROPHES).lower()
    found: set[str] = set()
    parses = _morph().parse(normal)
    best = parses[0].score if parses else 0
    for parse in parses[:3]:
        if parse.score < best / 4:
            continue
        if content_only and parse.tag.POS not in _CONTENT:
            continue
        found.update(f.word for f in parse.lexeme)
    return tuple(sorted(found))


def _words(text: str) -> Iterable[str]:
    return _WORD.findall(text)


def _expand(texts: Iterable[str], content_only: bool) -> set[str]:
    out: set[str] = set()
    for text in texts:
        if not content_only:  # names keep every word as typed too, numbers included ("10 січня 2022")
            out.update(_tokens(text))
        for word in _words(text):
            out |= _word_tokens(word, content_only)
    return out


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str | None:
    """The dictionary form of a Ukrainian noun, adjective or participle ("переговорів" → "переговори")."""
    if not re.search(r"[а-яґєії]", word.lower()) or (word.isupper() and len(word) <= 6) or len(word) < 3:
        return None
    parse = _morph().parse(word.translate(_APOSTROPHES).lower())[0]
    return parse.normal_form if parse.tag.POS in _CONTENT else None


def _lemmas(texts: Iterable[str]) -> set[str]:
    """The dictionary forms of the content words in texts: one word each, so the index stays small.

    Every form of every content word was tried first: recall fell (each page matched too
    many wildcard expansions) and the index grew sixfold at 1,000 events.
    """
    out: set[str] = set()
    for text in texts:
        for word in _words(text):
            if (base := lemma(word)) is not None:
                out.update(_tokens(base))
    return out


def _plain(text: str) -> str:
    return html.unescape(_TAG.sub(" ", text))


def enrich(index: dict, names_of: dict[str, list[str]], related_of: dict[str, list[str]]) -> dict:
    """The index with `names` and `terms` added to every page's entry (sections stay as they are).

    names_of: page location -> its own names and aliases; related_of: page location -> the
    names and aliases of the entries it shows.
    """
    pages: dict[str, list[dict]] = {}
    for doc in index["docs"]:
        pages.setdefault(doc["location"].split("#")[0], []).append(doc)
    config = index.setdefault("config", {})
    fields = config.setdefault("fields", {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}})
    fields["names"] = {"boost": NAMES_BOOST}
    fields["terms"] = {"boost": TERMS_BOOST}
    config["separator"] = SEPARATOR
    for location, docs in pages.items():
        page = next((d for d in docs if "#" not in d["location"]), None)
        if page is None:
            continue
        present = {t for d in docs for t in _tokens(_plain(d["title"]) + " " + _plain(d["text"]))}
        title = _plain(page["title"])
        names = _expand([title, *names_of.get(location, [])], content_only=False)
        content = [_plain(d["title"]) + " " + _plain(d["text"]) for d in docs]
        terms = _lemmas(content) | _expand(related_of.get(location, []), content_only=False)
        page["names"] = " ".join(sorted(names))
        page["terms"] = " ".join(sorted(terms - present - names))
    return index


def page_names(chronicle) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """For each entry page's location: its own names and aliases, and those of what it shows."""
    from chronicle.generate import page_of, url_of

    def names(obj) -> list[str]:
        return [obj.name, *obj.aliases]

    own: dict[str, list[str]] = {}
    related: dict[str, list[str]] = {}
    for group in (chronicle.actors, chronicle.places, chronicle.topics):
        for obj in group.values():
            own[url_of(page_of(obj))] = names(obj)
    for event in chronicle.events.values():
        shown: list[str] = []
        for part in event.actors:
            if part.actor in chronicle.actors:
                shown += names(chronicle.actors[part.actor])
        if event.place in chronicle.places:
            shown += names(chronicle.places[event.place])
        for topic in event.topics:
            if topic in chronicle.topics:
                shown += names(chronicle.topics[topic])
        related[url_of(page_of(event))] = shown
        # Its date as readers type it ("10 січня 2022") and as ISO, so a date finds the event.
        dates = [d for d in (event.date, event.end_date) if d is not None]
        own[url_of(page_of(event))] = [text for d in dates for text in (d.uk(), d.iso)]
    return own, related


def enrich_site(chronicle, site_dir: Path) -> None:
    """Rewrite the built site's search index with the Ukrainian fields (deterministically)."""
    path = Path(site_dir) / INDEX_PATH
    if not path.is_file():
        return
    index = json.loads(path.read_text("utf-8"))
    own, related = page_names(chronicle)
    enrich(index, own, related)
    # Written aside and renamed: the live preview rewrites it while the site is being served.
    aside = path.with_name(path.name + ".tmp")
    aside.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":"), sort_keys=False), "utf-8")
    aside.replace(path)
