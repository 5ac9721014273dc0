"""Ukrainian forms and Latin spellings: transliteration, slugs, the declension of names, and the
name tables of chronicle/synth/data.py parsed once."""

from __future__ import annotations

import re
import unicodedata

from chronicle.synth.data import (
    IRREGULAR,
    NAME_GROUPS,
    ORGANIZATIONS,
    POSSESSIVE_IN,
    SLAVIC,
    STATES,
)

_TRANSLIT = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ю": "iu",
    "я": "ia",
    "’": "",
    "'": "",
    "-": "-",
}
_TRANSLIT_FIRST = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def translit(word: str) -> str:
    """Ukrainian to Latin by the national system (Cabinet of Ministers resolution 55, 2010)."""
    low = word.lower()
    out = []
    i = 0
    while i < len(low):
        if low.startswith("зг", i):
            out.append("zgh")
            i += 2
            continue
        ch = low[i]
        table = _TRANSLIT_FIRST if i == 0 or low[i - 1] in " -" else {}
        out.append(table.get(ch, _TRANSLIT.get(ch, ch)))
        i += 1
    return "-".join(" ".join(w[:1].upper() + w[1:] for w in part.split(" ")) for part in "".join(out).split("-"))


_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "æ": "ae", "đ": "d", "ı": "i", "œ": "oe"})


def slug(text: str) -> str:
    """A lowercase ASCII slug of a Latin text."""
    text = unicodedata.normalize("NFKD", text.translate(_ASCII)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


Forms = tuple[str, str, str]  # genitive, dative, instrumental


def _dative_stem(stem: str) -> str:
    """Consonant change before -і in the dative of a feminine noun: Ольга → Ользі."""
    return stem[:-1] + {"г": "з", "к": "ц", "х": "с"}.get(stem[-1], stem[-1])


def _a_noun(word: str) -> Forms:
    """A noun in -а after a consonant: Ольга, Микола."""
    stem = word[:-1]
    soft = stem[-1] in "жчшщ"
    return stem + ("і" if soft else "и"), _dative_stem(stem) + "і", stem + ("ею" if soft else "ою")


def _feminine(word: str, first: bool) -> Forms | None:
    if word.endswith(("ська", "цька", "зька")) or (not first and word.endswith(("ова", "ева", "єва", "іна", "їна"))):
        stem = word[:-1]
        return stem + "ої", stem + "ій", stem + "ою"
    if word.endswith("ія"):
        stem = word[:-1]
        return stem + "ї", stem + "ї", stem + "єю"
    if word.endswith("а") and word[-2] not in "аеєиіїоуюя":
        return _a_noun(word)
    return None


def _masculine_soft(word: str) -> Forms | None:
    """Masculine names in -ий, -ій, -й after a vowel, -ь; None for the others."""
    if word.endswith("ий"):
        stem = word[:-2]
        return stem + "ого", stem + "ому", stem + "им"
    if word.endswith("ій"):
        stem = word[:-2]
        return stem + "ія", stem + "ію", stem + "ієм"
    if word.endswith("й") and word[-2] in "аеоуєи":
        stem = word[:-1]
        return stem + "я", stem + "ю", stem + "єм"
    if word.endswith("ь"):
        stem = word[:-1]
        return stem + "я", stem + "ю", stem + "ем"
    return None


def _masculine(word: str, group: str) -> Forms | None:
    soft = _masculine_soft(word)
    if soft:
        return soft
    if word[-1] in "оа" and group in SLAVIC:
        if word[-1] == "о":
            stem = word[:-1]
            return stem + "а", stem + "у", stem + "ом"
        return _a_noun(word)
    if word[-1] in "аяеєиіїуюо":
        return None
    if word.endswith(("ов", "ев", "єв")) or (group in POSSESSIVE_IN and word.endswith(("ін", "їн"))):
        return word + "а", word + "у", word + "им"
    return word + "а", word + "у", word + ("ем" if word[-1] in "жчшщц" else "ом")


def decline(word: str, female: bool, group: str, first: bool) -> Forms | None:
    """Genitive, dative, instrumental of a name; None when it does not decline."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    return _feminine(word, first) if female else _masculine(word, group)


_BEFORE_SIBILANT = re.compile(r"(?<!\w)з (?=[зсцшщжчЗСЦШЩЖЧ])")


def euphony(text: str) -> str:
    """ "з заступником" → "із заступником": the preposition before a sibilant, as Ukrainian writes it."""
    return _BEFORE_SIBILANT.sub("із ", text)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def lc(text: str) -> str:
    return text[:1].lower() + text[1:]


# ---- the name tables, parsed ----


def _entries(text: str) -> list[str]:
    return [e.strip() for e in text.split(",") if e.strip()]


def _name_parts(entry: str) -> tuple[str, str, bool]:
    """'Uk Latin' (or 'Uk' for Ukrainian names) -> (Ukrainian, Latin, declines)."""
    uk, _, latin = entry.partition(" ")
    declines = not uk.endswith("=")
    uk = uk.rstrip("=")
    return uk, (latin or translit(uk)), declines


def _surname(entry: str) -> tuple[str, str, str, str, bool]:
    """'Male/Female LatinMale/LatinFemale' -> (male, female, Latin male, Latin female, declines)."""
    uk, _, latin = entry.partition(" ")
    declines = not uk.endswith("=")
    uk = uk.rstrip("=")
    uk_m, _, uk_f = uk.partition("/")
    lat_m, _, lat_f = latin.partition("/")
    if not lat_m:
        lat_m, lat_f = translit(uk_m), translit(uk_f) if uk_f else ""
    return uk_m, uk_f or uk_m, lat_m, lat_f or (lat_m if not uk_f else translit(uk_f)), declines


def _parse_names() -> dict[str, tuple[list, list, list]]:
    return {
        group: (
            [_name_parts(e) for e in _entries(male)],
            [_name_parts(e) for e in _entries(female)],
            [_surname(e) for e in _entries(surnames)],
        )
        for group, (male, female, surnames) in NAME_GROUPS.items()
    }


PARSED_NAMES = _parse_names()  # group -> (male first names, female first names, surnames)
STATES_BY_ID = {row[0]: row for row in STATES}
ORG_BY_ID = {row[0]: row for row in ORGANIZATIONS}
