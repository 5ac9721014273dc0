"""The search page's "Можливо, ви мали на увазі …": the chronicle's own words, in one small file.

A one-letter typo in a name ("Гринкевіч", "Женва", "Рябокв") finds nothing: Pagefind matches a
query word only as the beginning of an indexed word. The build writes `pagefind/words.txt`
(index_site in chronicle/pagefind.py; one file for the whole site), the words readers look
names up by: the names and aliases of actors, places and topics, a place's country and a
source's outlet (first), then the words of event and source titles. When a query finds fewer
than three pages, the search page (assets/javascripts/search.js) loads this list and
assets/javascripts/suggest.js, and offers for each query word that no listed word begins with
the closest listed word by edit distance (suggest.js: docs/search.md, "Typos").

One word per line, as an editor wrote it (its most frequent spelling); each word once, compared
lowercased and without apostrophes; words of three letters or more, no numbers and no function
words (chronicle.search.STOP_WORDS). The names first, then an empty line, then the titles' words
that are no name, each group in alphabetical order: the page takes the first of equally close
words, so a name wins over a title's word, and for a query that finds one or two pages (all its
words are on some page) it suggests names only. The same chronicle writes the same bytes.
"""

from __future__ import annotations

from collections import Counter

from chronicle.search import _WORD, APOSTROPHES, STOP_WORDS

WORDS_FILE = "words.txt"  # in the first Pagefind bundle (pagefind/words.txt)
MIN_LETTERS = 3  # shorter words are not searched at all (chronicle.search.query_words)
_FOLD = str.maketrans("", "", APOSTROPHES)
_STOP = set(STOP_WORDS)


def fold(word: str) -> str:
    """A word as the list compares it (suggest.js's fold): lowercased, without apostrophes."""
    return word.lower().translate(_FOLD)


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if len(fold(w)) >= MIN_LETTERS and fold(w) not in _STOP]


def _texts(chronicle) -> tuple[list[str], list[str]]:
    """The chronicle's names (actors', places', topics', with their aliases; places' countries;
    sources' outlets) and its titles (events', sources')."""
    names: list[str] = []
    for group in (chronicle.actors, chronicle.places, chronicle.topics):
        for entry in group.values():
            names += [entry.name, *entry.aliases]
    names += [place.country for place in chronicle.places.values() if place.country]
    names += [source.outlet for source in chronicle.sources.values()]
    titles = [e.title for e in chronicle.events.values()] + [s.title for s in chronicle.sources.values()]
    return names, titles


def words(chronicle) -> tuple[list[str], list[str]]:
    """The list's words: names, and titles' words that are no name, each alphabetical by fold."""
    names, titles = _texts(chronicle)
    spellings: dict[str, Counter[str]] = {}
    group: dict[str, int] = {}
    for rank, texts in enumerate((names, titles)):
        for text in texts:
            for word in _words(text):
                key = fold(word)
                spellings.setdefault(key, Counter())[word] += 1
                group.setdefault(key, rank)
    # The most frequent spelling ("Переговори" at a title's start, "переговори" inside); ties: the first in code point order.
    shown = {key: min(c, key=lambda w: (-c[w], w)) for key, c in spellings.items()}
    ordered = sorted(shown)
    return [shown[k] for k in ordered if group[k] == 0], [shown[k] for k in ordered if group[k] == 1]


def words_file(chronicle) -> bytes:
    """pagefind/words.txt: one word a line, UTF-8; the names, an empty line, the titles' words."""
    names, titles = words(chronicle)
    return ("\n".join(names) + "\n\n" + "\n".join(titles) + "\n").encode("utf-8")
