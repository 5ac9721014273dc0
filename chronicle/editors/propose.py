"""What `chronicle new` proposes from a capture (issue 15, section 2).

- ``from_capture``: the headline (the one the cleaner found above the article, never an
  interface line), the publication date and time (the capture's dateline, else the seed's file
  name, else a date in the text), the outlet (one already in the chronicle that the capture names,
  else the name in a copyright line) and the language (by the article's letters).
- ``named``: the actors and places already in the chronicle that an article names, by name or
  alias in any case form ("Рябкова", "Рябковим" for Рябков; "Женеві" for Женева): pymorphy3's
  Ukrainian dictionary gives each word's lemmas, and a name matches where each of its words shares
  a lemma with the article's word at that place.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from chronicle import boilerplate
from chronicle.clean import Cleaned

_MONTHS = {
    **{
        m: i
        for i, m in enumerate(
            "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(), 1
        )
    },
    **{
        m: i
        for i, m in enumerate(
            "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(), 1
        )
    },
    **{
        m: i
        for i, m in enumerate(
            "january february march april may june july august september october november december".split(), 1
        )
    },
    **{m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(rf"(?i)(?<!\d)(\d{{1,2}})\s+({_MONTH})\.?,?\s+(\d{{4}})")
_MONTH_DAY_YEAR = re.compile(rf"(?i)\b({_MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_TIME = re.compile(r"(?i)(?<!\d)(\d{1,2}):(\d{2})(?:\s*(am|pm))?(?!\d)")
_COPYRIGHT = re.compile(
    r"(?i)(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–—]\s*)?(?:\d{4})?\s*[,.]?\s*(?:ТОВ|ТзОВ|ПП|LLC|Ltd\.?|Inc\.?)?\s*[«\"“]?([^.«»\"“”|©]{2,60}?)[»\"”]?\s*(?:[.|,]|$)"
)


def _date(text: str) -> dt.date | None:
    for regex, order in ((_ISO, "ymd"), (_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy"), (_NUMERIC, "dmy")):
        for match in regex.finditer(text):
            parts = dict(zip(order, match.groups()))
            month = _MONTHS.get(parts["m"].lower()) if not parts["m"].isdigit() else int(parts["m"])
            try:
                return dt.date(int(parts["y"]), month or 0, int(parts["d"]))  # no month: ValueError
            except (TypeError, ValueError):
                continue
    return None


@dataclass
class Guess:
    """A value proposed for a field, and where in the capture it was found (None: not found)."""

    value: str | None
    how: str


@dataclass
class Proposal:
    title: Guess
    published: Guess
    time: str | None
    outlet: Guess
    language: Guess
    guessed: list[str] = field(default_factory=list)


def from_capture(text: str, cleaned: Cleaned, file_name: str, known_outlets: list[str]) -> Proposal:
    """What the capture tells about its source entry."""
    title = _title(cleaned)
    published, time = _published(cleaned, file_name)
    outlet = _outlet(text, cleaned, known_outlets)
    body = "\n".join(cleaned.paragraphs) or text
    language = Guess(boilerplate.language(body), "the article's letters")
    guessed = [
        name
        for name, g in (("title", title), ("published", published), ("outlet", outlet), ("language", language))
        if g.value
    ]
    return Proposal(title, published, time, outlet, language, guessed)


def _title(cleaned: Cleaned) -> Guess:
    """The headline the cleaner found above the article, unless it is too long for a title."""
    if not cleaned.headline:
        return Guess(None, "no headline above the article")
    if len(cleaned.headline) > 300:
        return Guess(None, "the headline is longer than a title may be")
    return Guess(cleaned.headline, "the headline above the article")


def _datelines(cleaned: Cleaned) -> list[str]:
    """The lines a date is looked for in first: the capture's datelines (lines the cleaner took
    for a date and time line), then any other line dropped above the article."""
    first_kept = next((n for n, v in enumerate(cleaned.verdicts) if v.kept), len(cleaned.verdicts))
    return [v.text for v in cleaned.verdicts if v.reason == "a date and time line"] + [
        v.text for v in cleaned.verdicts[:first_kept] if not v.kept and v.reason != "a date and time line"
    ]


def _clock(line: str) -> str | None:
    """The time of day a dateline gives, as HH:MM (12-hour times with am/pm converted)."""
    match = _TIME.search(line)
    if match is None:
        return None
    hours = int(match.group(1))
    if match.group(3):
        hours = hours % 12 + (12 if match.group(3).lower() == "pm" else 0)
    return f"{hours:02d}:{match.group(2)}"


def _published(cleaned: Cleaned, file_name: str) -> tuple[Guess, str | None]:
    """(the publication date, the time if the dateline gives it): the capture's dateline, else
    the seed's file name, else the first full date in the article."""
    for line in _datelines(cleaned):
        if (found := _date(line)) is not None:
            return Guess(found.isoformat(), f"the capture's dateline «{line}»"), _clock(line)
    if match := re.match(r"^(\d{4}-\d{2}-\d{2})", file_name):
        try:
            return Guess(dt.date.fromisoformat(match.group(1)).isoformat(), "the seed's file name"), None
        except ValueError:
            pass
    if (found := _date("\n".join(cleaned.paragraphs))) is not None:
        return Guess(found.isoformat(), "the first full date in the article (check: it may be another day)"), None
    return Guess(None, "no date in the capture or its file name"), None


def _outlet(text: str, cleaned: Cleaned, known_outlets: list[str]) -> Guess:
    """An outlet already in the chronicle that the capture names, else the name in a dropped
    copyright line."""
    known = next((o for o in known_outlets if o in text), None)
    if known is not None:
        return Guess(known, "an outlet already in the chronicle, named in the capture")
    for v in cleaned.verdicts:
        if not v.kept and (match := _COPYRIGHT.search(v.text)):
            name = match.group(1).strip(' .,«»"')
            if name and not name[0].isdigit():
                return Guess(name, f"the copyright line «{v.text}»")
    return Guess(None, "no outlet named in the capture")


# ---- names in any case form ----

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")


@lru_cache(maxsize=100_000)
def lemmas(word: str) -> frozenset[str]:
    """The word lowercased and its dictionary forms (pymorphy3, Ukrainian)."""
    from chronicle.search import _morph

    low = word.lower().replace("’", "'").replace("ʼ", "'")
    if not re.search(r"[а-яґєії]", low) or (word.isupper() and len(word) <= 6):
        return frozenset({low})
    return frozenset({low} | {p.normal_form for p in _morph().parse(low)})


def named(text: str, names: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(id, the words of the text that named it) for each id whose name or alias the text names,
    in order of first mention."""
    words = [(m.group(0), lemmas(m.group(0))) for m in _WORD.finditer(text)]
    index: dict[str, list[tuple[str, tuple[frozenset[str], ...]]]] = {}
    for entry_id, spellings in names.items():
        for spelling in spellings:
            parts = _WORD.findall(spelling)
            if parts and len(spelling) >= 2:
                forms = tuple(lemmas(p) for p in parts)
                for first in forms[0]:
                    index.setdefault(first, []).append((entry_id, forms))
    found: dict[str, tuple[int, str]] = {}
    for i, (_, word_lemmas) in enumerate(words):
        for lemma in word_lemmas:
            for entry_id, forms in index.get(lemma, ()):
                if entry_id in found or i + len(forms) > len(words):
                    continue
                if all(forms[k] & words[i + k][1] for k in range(len(forms))):
                    found[entry_id] = (i, " ".join(w for w, _ in words[i : i + len(forms)]))
    return [(entry_id, said) for entry_id, (_, said) in sorted(found.items(), key=lambda item: (item[1][0], item[0]))]
