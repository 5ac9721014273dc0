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

Words are split at Ukrainian punctuation and at dashes of every kind, apostrophes of every kind
are taken out ("зв’язку", "зв'язку" and "звʼязку" are all "звязку", as Pagefind makes the first
two), and the function words of STOP_WORDS are dropped. The search page makes a query's words
the same way (query_words): "США–Росії" is searched as "сша" and "росі". Pagefind itself splits
a word only at ASCII punctuation ("Абу-Дабі": "абудабі", "абу", "дабі") and keeps "США–Росія"
(en dash) and "звʼязку" (U+02BC, a letter) whole, so `names` holds the parts of such words
(compound_parts) and, for the title, the parts of every compound, so that the page it names
ranks first.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache

# Parts of speech whose forms a reader types: nouns, adjectives, participles; and numerals' none.
_CONTENT = {"NOUN", "ADJF", "PRTF"}
# Apostrophes of every kind, taken out of a word (as search.js's queryWords does): Pagefind drops ' and ’
# from the words it indexes but keeps ʼ (U+02BC, a letter), so "звʼязку" would not find "зв'язку".
APOSTROPHES = "'’‘ʼʹ`´′"
_FOLD = str.maketrans("", "", APOSTROPHES)
# Dashes of every kind (Unicode's Pd, and the minus sign; search.js's /[\p{Pd}\u2212]/u; a test
# compares this list with the Unicode database): a query's words are split at them.
DASHES = "-\u058a\u05be\u1400\u1806\u2010\u2011\u2012\u2013\u2014\u2015\u2e17\u2e1a\u2e3a\u2e3b\u2e40\u2e5d\u301c\u3030\u30a0\ufe31\ufe32\ufe58\ufe63\uff0d\U00010ead\u2212"
_FOLD_ALL = str.maketrans("", "", APOSTROPHES + DASHES)
# A dash between two words with spaces around it ("США — Росія"): written as the compound
# "США–Росія" often is, so joined_words joins it ("США—Росія") before it looks for compounds.
_SPACED_DASH = re.compile(f"(?<=\\S)\\s+([{re.escape(DASHES)}]+)\\s+(?=\\S)")
_INNER_DASH = re.compile(f"[^{re.escape(DASHES)}][{re.escape(DASHES)}]+[^{re.escape(DASHES)}]")
_QUERY_SPLIT = re.compile("[\\s" + re.escape(DASHES) + "]+")
_WORD = re.compile(r"[^\W\d_]+(?:[" + APOSTROPHES + r"][^\W\d_]+)*", re.UNICODE)
# What Pagefind splits a word at (besides keeping it whole): ASCII punctuation only.
_ASCII_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]+")
# A word with a dash or an apostrophe between two of its letters or digits: "США–Росія", "звʼязку".
_JOINED = re.compile(r"\w[" + re.escape(DASHES + APOSTROPHES) + r"]+\w")
_TAG = re.compile(r"<[^>]+>")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
# Ukrainian function words, dropped from the word lists and from queries (search.js gets them
# from the search page's data-stop): each query word costs the reader an index chunk, and a
# bare "у" would match the prefix of every word beginning with у.
STOP_WORDS = (
    "у в і й з о а та на до за по що як не чи ще ні зі із об ж б про від для при під над між або але щодо"
).split()
_PUNCTUATION = "[\\s" + re.escape(DASHES) + r"«»„“”\"(),.:;!?/\\]"
_LETTER = r"[0-9a-zA-Zа-яА-ЯіїєґІЇЄҐ]"
# What the word lists are split on: punctuation and dashes of every kind, and the stop words as
# whole words (apostrophes are taken out first: _tokens).
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
    """The words the separator makes of text, lowercased and without apostrophes (as Pagefind does)."""
    return [t for t in _SPLIT.split(text.lower().translate(_FOLD)) if t]


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


def short(word: str) -> bool:
    """A word of one or two letters (search.js's short): not searched, since Pagefind would match
    it as the beginning of hundreds of words ("ро", a stray "к"). Numbers ("10 січня", "СНО-3")
    and two capitals (an abbreviation: "ЄС", "UN") are searched."""
    return len(word) < 3 and any(c.isalpha() for c in word) and not (len(word) == 2 and word.isupper())


def query_words(query: str, stop: Iterable[str] = STOP_WORDS) -> list[str]:
    """The words the search page searches for a query (search.js's queryWords): split at spaces
    and dashes of every kind, apostrophes taken out, function words and short words dropped,
    each word stemmed. "Україна–ЄС" is ["україн", "єс"], "звʼязку" ["звязк"], "ро" []."""
    stops = set(stop)
    words = (w.translate(_FOLD) for w in _QUERY_SPLIT.split(query))
    return [stem(w) for w in words if w and w.lower() not in stops and not short(w)]


def joined_words(query: str, stop: Iterable[str] = STOP_WORDS) -> list[str] | None:
    """A query with a compound (a dash between two characters of a word, or between two words
    with spaces around it: "США — Росія" is "США—Росія") as the search page
    searches it a second time (search.js's joinedWords), each compound one word as Pagefind
    indexes it ("США–Росії": "сшаросі"), its results first; None without a compound."""
    words = _SPACED_DASH.sub(r"\1", query).split()
    if not any(_INNER_DASH.search(w) for w in words):
        return None
    stops = set(stop)
    return [stem(w) for w in (w.translate(_FOLD_ALL) for w in words) if w and w.lower() not in stops and not short(w)]


def pagefind_words(text: str) -> set[str]:
    """The words Pagefind 1.5 indexes for text: each word between spaces lowercased with all but
    its letters and digits taken out ("США–Росія": "сшаросія", "зв’язку": "звязку", "звʼязку"
    as it is: ʼ is a letter), and, for a word with ASCII punctuation, its parts between it
    ("Абу-Дабі": "абу", "дабі"). Measured: an en dash, an em dash or a non-breaking hyphen joins
    the parts into one word, which a query for either part does not find."""
    out: set[str] = set()
    for chunk in text.lower().split():
        whole = "".join(c for c in chunk if c.isalnum())
        if whole:
            out.add(whole)
        if whole != chunk:
            out.update(
                p for p in ("".join(c for c in part if c.isalnum()) for part in _ASCII_PUNCTUATION.split(chunk)) if p
            )
    return out


def compound_parts(text: str) -> set[str]:
    """The parts of text's words joined by a dash or an apostrophe, as query_words makes them:
    stemmed ("США–Росія": "сша", "росі"; "звʼязку": "звязк")."""
    return {stem(t) for t in _joined(text)}


def _joined(text: str) -> set[str]:
    """The parts of text's words joined by a dash or an apostrophe, lowercased, unstemmed."""
    return {t for chunk in text.split() if _JOINED.search(chunk) for t in _tokens(chunk)}


def page_forms(title: str, text: str, own: Iterable[str] = ()) -> str:
    """A page's `names`: a space-separated string of index words.

    title and text: what the page shows (text may be HTML); own: the page's own names and
    aliases (and an event's dates).

    The search page searches a query word by its stem (stem()), which Pagefind matches as the
    beginning of words: most forms a reader types then find the form a page shows. `names`
    holds what that misses: the page's own names, aliases and dates as typed (weighted like
    the title), and the stems of every form of their words and of the title's nouns and
    adjectives, for words whose stem changes within the word ("договору" → "договор", on a
    page that says "договір"); and the parts of words joined by a dash or an apostrophe that
    Pagefind keeps whole ("США–Росія", "звʼязку": pagefind_words), which the search page
    searches apart (query_words); the parts of the title's compounds always, so that the page a
    compound names ranks first. Nothing else: every form of every content word, and the names of
    the entries a page shows in every form, made an index twice as large, which Pagefind holds in
    memory while it writes it, and the stems find them.
    """
    title, text = _plain(title), _plain(text)
    own = list(own)
    # What a stem already finds on the page: the beginnings of the words Pagefind indexes.
    found = {t[:n] for t in pagefind_words(title + " " + text) for n in range(STEM_MIN, len(t) + 1)}
    names = {t for o in own for t in _tokens(o)}
    # The title's compounds, each part whatever the page has: the page a compound names ranks first.
    names |= compound_parts(title)
    for form in _expand(own, content_only=False) | _expand([title], content_only=True) | _joined(text):
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


# Each result's kind, as the search page shows it before the excerpt ("подія · 10 січня 2022 р."):
# Pagefind metadata `kind` and `date` (chronicle/pagefind.py's mark_up).
KINDS = {"event": "подія", "actor": "учасник", "source": "джерело", "topic": "тема", "place": "місце"}


def page_kinds(chronicle) -> dict[str, tuple[str, str]]:
    """For each entry page's location: its kind in Ukrainian and its date as the page writes it
    (an event's date, and its end; a source's publication), or "" for an entry without one."""
    from chronicle.urls import page_of, url_of

    kinds: dict[str, tuple[str, str]] = {}
    for kind in KINDS:
        for entry in chronicle.entries(kind).values():
            if kind == "event":
                date = entry.date.uk() + (f" – {entry.end_date.uk()}" if entry.end_date else "")
            else:
                date = entry.published.uk() if kind == "source" else ""
            kinds[url_of(page_of(entry))] = (KINDS[kind], date)
    return kinds
