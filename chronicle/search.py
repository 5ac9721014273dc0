"""Ukrainian search: what a reader types finds the page, whatever the word's case or spelling.

The site's search is Pagefind (chronicle/pagefind.py), which has no Ukrainian stemmer but
matches every query word as the beginning of an indexed word. The search page
(assets/javascripts/search.js) takes the case ending off each query word (stem(), with ENDINGS
and STEM_MIN, which the page reads from its data attributes), so "Женеві" is searched as "женев"
and finds "Женева". What a stem cannot find, each page gets as one hidden word list, which
Pagefind indexes as metadata (searched and ranked like the title, never shown in an excerpt):

- ``names``: the page's own names and aliases and, for an event, its date as readers type it
  ("10 січня 2022") and in ISO, as typed; and the stems of every form (pymorphy3 with its
  Ukrainian dictionary) of those names and of the title's nouns and adjectives that no word of
  the page begins with ("договор" on a page that says "Договір", for "договору").

Words are split at Ukrainian punctuation and at every kind of apostrophe, so "зв’язку" and
"зв'язку" are the same words, and the function words of STOP_WORDS are dropped (the search page
drops them from queries too).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache

# Parts of speech whose forms a reader types: nouns, adjectives, participles; and numerals' none.
_CONTENT = {"NOUN", "ADJF", "PRTF"}
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*", re.UNICODE)
_TAG = re.compile(r"<[^>]+>")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
# Ukrainian function words, dropped from the word lists and from queries (search.js gets them
# from the search page's data-stop): each query word costs the reader an index chunk, and a
# bare "у" would match the prefix of every word beginning with у.
STOP_WORDS = (
    "у в і й з о а та на до за по що як не чи ще ні зі із об ж б про від для при під над між або але щодо"
).split()
_PUNCTUATION = r"[\s\-–—‐‑«»„“”‘’ʼ'\"(),.:;!?/\\]"
_LETTER = r"[0-9a-zA-Zа-яА-ЯіїєґІЇЄҐ]"
# What the word lists are split on: punctuation and apostrophes of every kind, and the stop
# words as whole words.
SEPARATOR = (
    _PUNCTUATION
    + "+|(?<!"
    + _LETTER
    + ")(?:"
    + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in STOP_WORDS)
    + ")(?!"
    + _LETTER
    + ")"
)


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="uk")


_SPLIT = re.compile(SEPARATOR)


def _tokens(text: str) -> list[str]:
    """The words the separator makes of text, lowercased (as Pagefind does)."""
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


def _plain(text: str) -> str:
    return html.unescape(_TAG.sub(" ", text))


# Ukrainian case endings the search page takes off a query word (assets/javascripts/search.js
# reads them from the page's data-endings, content/pages/search/index.md): Pagefind matches every
# query word as the beginning of an indexed word, so "Женеві", searched as "Женев", finds
# "Женева". Longest first; a stem keeps at least STEM_MIN letters.
ENDINGS = sorted(
    (
        "ями ами ові еві єві ого ому ими іми ість ості істю ою ею єю ам ям ах ях ів їв ом ем єм им ім "
        "их іх ої ій ий ей ие а я у ю і ї и е о є ь"
    ).split(),
    key=lambda e: -len(e),
)
STEM_MIN = 4
_CYRILLIC_WORD = re.compile(r"^[а-яіїєґʼ'’]+$", re.IGNORECASE)


def stem(word: str) -> str:
    """A word as the search page searches it: lowercased, without its case ending (search.js)."""
    lower = word.lower()
    if len(word) < STEM_MIN + 1 or not _CYRILLIC_WORD.match(word) or word == word.upper():
        return lower
    for end in ENDINGS:
        if lower.endswith(end) and len(lower) - len(end) >= STEM_MIN:
            return lower[: -len(end)]
    return lower


def page_forms(title: str, text: str, own: Iterable[str] = ()) -> str:
    """A page's `names`: a space-separated string of index words.

    title and text: what the page shows (text may be HTML); own: the page's own names and
    aliases (and an event's dates).

    The search page searches a query word by its stem (stem()), which Pagefind matches as the
    beginning of words: most forms a reader types then find the form a page shows. `names`
    holds what that misses: the page's own names, aliases and dates as typed (weighted like
    the title), and the stems of every form of their words and of the title's nouns and
    adjectives, for words whose stem changes within the word ("договору" → "договор", on a
    page that says "договір"). Nothing else: every form of every content word, and the names of
    the entries a page shows in every form, made an index twice as large, which Pagefind holds in
    memory while it writes it, and the stems find them.
    """
    title, text = _plain(title), _plain(text)
    own = list(own)
    # What a stem already finds on the page: the beginnings of the page's words.
    found = {t[:n] for t in _tokens(title + " " + text) for n in range(STEM_MIN, len(t) + 1)}
    names = {t for o in own for t in _tokens(o)}
    for form in _expand(own, content_only=False) | _expand([title], content_only=True):
        if (s := stem(form)) not in found:
            names.add(s)
    return " ".join(sorted(names))


def page_names(chronicle) -> dict[str, list[str]]:
    """For each entry page's location: its own names and aliases (an event: its dates)."""
    from chronicle.urls import page_of, url_of

    own: dict[str, list[str]] = {}
    for group in (chronicle.actors, chronicle.places, chronicle.topics):
        for obj in group.values():
            own[url_of(page_of(obj))] = [obj.name, *obj.aliases]
    for event in chronicle.events.values():
        # Its date as readers type it ("10 січня 2022") and as ISO, so a date finds the event.
        dates = [d for d in (event.date, event.end_date) if d is not None]
        own[url_of(page_of(event))] = [text for d in dates for text in (d.uk(), d.iso)]
    return own
