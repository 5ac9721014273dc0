"""Synthetic chronicles: a complete, valid project of N events, to measure the chronicle at scale.

`chronicle synth DIR --events N [--seed S]` writes into DIR the site's configuration, templates,
hand-written pages and cleaning rules copied from the current project, and a chronicle made up
for the purpose: N events with 3 to 5 actors each (with roles), N/5 actors (people, states,
international organizations, government bodies, media), about N/50 topics and N/40 places, and
a source per one to three events whose seed is a plausible capture of a Ukrainian news page:
a headline, a dateline, paragraphs that name the events' actors and quote them in «…», and the
page furniture content/cleaning.yml drops ("Відео дня", "Читайте також" teasers, related
headlines). Every quote is verbatim in its seed's cleaned text (the generator checks it with
the same cleaner the check uses), every source's sha256 is that of its seed, and every seed
names only actors that an event citing it lists, so `chronicle check` finds no error and no
suggestion to make.

The same N and seed give byte-identical files: one random.Random(seed) draws everything, no
clock is read, and every collection is walked in a fixed order. Events are composed and written
one source at a time; what is kept across sources is small (ids, actors' first and last dates).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import shutil
import textwrap
import time
import unicodedata
from bisect import bisect
from collections import deque
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

import yaml

from chronicle.clean import _GLUE, Rules, clean, rules_for

FIRST_DAY = dt.date(2001, 1, 1)  # publication dates spread over these 25 years
LAST_DAY = dt.date(2025, 12, 31)
COPIED = ("mkdocs.yml", "templates", "content/pages", "content/cleaning.yml")
WRITTEN = ("mkdocs.yml", "templates", "content", "seeds")  # what --force replaces in the target
MIN_ACTORS = 12

KIND_WEIGHTS = {
    "talks": 16, "meeting": 13, "statement": 16, "call": 8, "visit": 10, "summit": 5, "proposal": 5,
    "agreement": 7, "decision": 6, "treaty": 3, "publication": 5, "military-activity": 4,
}
TALKISH = ("talks", "meeting", "call", "visit", "summit", "agreement", "treaty")
SCHEDULABLE = ("talks", "meeting", "visit", "summit", "agreement", "treaty")
KIND_SLUG = {
    "talks": "talks", "meeting": "meeting", "call": "call", "visit": "visit", "statement": "statement",
    "proposal": "proposal", "agreement": "agreement", "decision": "decision", "treaty": "treaty",
    "summit": "summit", "publication": "report", "military-activity": "exercises",
}
# What an actor that has not yet taken part in any event can be given a part in.
FORCED_KINDS = {
    "person": tuple(KIND_WEIGHTS),
    "state": ("talks", "agreement", "treaty", "visit", "statement", "proposal", "decision", "summit", "publication", "military-activity"),
    "organization": ("talks", "summit", "decision", "statement"),
    "government-body": ("proposal", "decision", "statement"),
    "media": ("publication",),
}
BODY_SLUG = {"mfa": "foreign-ministry", "mod": "defence-ministry", "parliament": "parliament"}
NO_QUOTES_NOTE = {
    "background": "# The article recalls this event without quoting anyone about it.",
    "upcoming": "# The article announces this event; nobody is quoted about it.",
    "main": "# The article reports this event without quoting anyone.",
}


# =============================================================================================
# Vocabularies. Ukrainian forms are written out where a rule would get them wrong; decline()
# below makes the rest. A name marked with a trailing `=` does not decline.
# =============================================================================================

# ---- people's names, by naming tradition ----
from chronicle.synth_data import (
    NAME_GROUPS,
    FAMILY_FIRST,
    SLAVIC,
    POSSESSIVE_IN,
    IRREGULAR,
    STATES,
    HEADS,
    STATE_POSTS,
    GOV_BODIES,
    GOV_OVERRIDES,
    ORGANIZATIONS,
    ORG_INS,
    ORG_GROUPS,
    MEDIA,
    CITIES,
    VENUES,
    TOPIC_DOMAINS,
    TOPIC_REGIONS,
    OUTLETS,
    PHOTO_CREDITS,
    MONTHS_GEN,
    MONTHS_LOC,
    WEEKDAYS_ACC,
    NUMBERS_HOURS,
    DIRECT_QUOTES,
    QUOTE_TAILS,
    INDIRECT_CLAUSES,
    FILLERS,
    TEASERS,
    TEASER_KEYS,
    RUBRICS,
)


class SynthError(Exception):
    """Why a synthetic chronicle cannot be written, in the user's terms."""


@dataclass(frozen=True)
class Summary:
    events: int
    actors: int
    sources: int
    topics: int
    places: int
    quotes: int
    files: int
    bytes: int
    seconds: float

    def line(self, target: Path) -> str:
        return (
            f"chronicle synth: {self.events} events, {self.actors} actors, {self.sources} sources, {self.topics} topics, "
            f"{self.places} places, {self.quotes} quotes in {target} ({self.files} files, {self.bytes:,} bytes, {self.seconds:.1f} s)"
        )


# ---------------------------------------------------------------------------------------------
# Ukrainian forms and Latin spellings


_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "’": "", "'": "", "-": "-",
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


def _dat_stem(stem: str) -> str:
    """Consonant change before -і in the dative of a feminine noun: Ольга → Ользі."""
    return stem[:-1] + {"г": "з", "к": "ц", "х": "с"}.get(stem[-1], stem[-1])


def decline(word: str, female: bool, group: str, first: bool) -> tuple[str, str, str] | None:
    """Genitive, dative, instrumental of a name; None when it does not decline."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if female:
        if word.endswith(("ська", "цька", "зька")) or (not first and word.endswith(("ова", "ева", "єва", "іна", "їна"))):
            stem = word[:-1]
            return stem + "ої", stem + "ій", stem + "ою"
        if word.endswith("ія"):
            stem = word[:-1]
            return stem + "ї", stem + "ї", stem + "єю"
        if word.endswith("а") and word[-2] not in "аеєиіїоуюя":
            stem = word[:-1]
            soft = stem[-1] in "жчшщ"
            return stem + ("і" if soft else "и"), _dat_stem(stem) + "і", stem + ("ею" if soft else "ою")
        return None
    if word.endswith(("ий",)):
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
    if word[-1] in "оа" and group in SLAVIC:
        stem = word[:-1]
        if word[-1] == "о":
            return stem + "а", stem + "у", stem + "ом"
        soft = stem[-1] in "жчшщ"
        return stem + ("і" if soft else "и"), _dat_stem(stem) + "і", stem + ("ею" if soft else "ою")
    if word[-1] in "аяеєиіїуюо":
        return None
    if word.endswith(("ов", "ев", "єв")) or (group in POSSESSIVE_IN and word.endswith(("ін", "їн"))):
        return word + "а", word + "у", word + "им"
    return word + "а", word + "у", word + ("ем" if word[-1] in "жчшщц" else "ом")


def _entries(text: str) -> list[str]:
    return [e.strip() for e in text.split(",") if e.strip()]


def _name_parts(entry: str) -> tuple[str, str, bool]:
    """'Uk Latin' (or 'Uk' for Ukrainian names) -> (Ukrainian, Latin, declines)."""
    uk, _, latin = entry.partition(" ")
    declines = not uk.endswith("=")
    uk = uk.rstrip("=")
    return uk, (latin or translit(uk)), declines


_BEFORE_SIBILANT = re.compile(r"(?<!\w)з (?=[зсцшщжчЗСЦШЩЖЧ])")


def euphony(text: str) -> str:
    """"з заступником" → "із заступником": the preposition before a sibilant, as Ukrainian writes it."""
    return _BEFORE_SIBILANT.sub("із ", text)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def lc(text: str) -> str:
    return text[:1].lower() + text[1:]


# ---------------------------------------------------------------------------------------------
# YAML, written by hand in the house layout


_PLAIN_FIRST = re.compile(r"[^\W\d_]|«")
_YAML_WORDS = {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"}


def ys(text: str, flow: bool = False) -> str:
    """A YAML scalar: plain when that reads back as the same text, else double-quoted."""
    plain = (
        bool(text)
        and _PLAIN_FIRST.match(text) is not None
        and text == text.strip()
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and "\n" not in text
        and "\t" not in text
        and text.lower() not in _YAML_WORDS
        and not (flow and any(c in text for c in ",[]{}"))
    )
    return text if plain else json.dumps(text, ensure_ascii=False)


def ylist(items) -> str:
    return "[" + ", ".join(ys(i, flow=True) for i in items) + "]"


def ydate(text: str) -> str:
    return text if "-" in text else f"'{text}'"


def yblock(key: str, text: str) -> str:
    lines = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(paragraph, 96, break_long_words=False, break_on_hyphens=False) or [""]
    return f"{key}: |\n" + "".join(f"  {line}\n" if line else "\n" for line in lines)


def header(kind: str) -> str:
    return f"# yaml-language-server: $schema=../../chronicle/schemas/{kind}.schema.json\n"


# ---------------------------------------------------------------------------------------------
# The cast


@dataclass
class Actor:
    id: str
    kind: str  # person, state, organization, government-body, media
    name: str
    gen: str
    dat: str
    ins: str
    loc: str  # "у Франції": where it speaks from ("У Франції заявили")
    gender: str  # m f n p
    latin: str
    aliases: list[str] = field(default_factory=list)
    description: str = ""
    home: str | None = None  # a person's state or organization, a government body's state
    weight: float = 1.0
    tag: str = ""  # its part of an event id
    # people
    short: tuple[str, str, str] = ("", "", "")  # the surname (nominative, genitive, instrumental)
    post: tuple[str, str, str] = ("", "", "")  # nominative, genitive, instrumental
    post_body: str | None = None  # the government body the post belongs to
    earlier_post: str = ""
    era: tuple[int, int] = (0, 0)
    first: tuple | None = None  # (y, m) of the first and last event it takes part in
    last: tuple | None = None
    # states

    @property
    def female(self) -> bool:
        return self.gender == "f"


@dataclass
class Place:
    id: str
    name: str
    loc: str
    state: str | None
    country: str
    lat: float
    lon: float
    aliases: list[str]
    weight: float = 1.0


@dataclass
class Topic:
    id: str
    name: str
    gen: str
    aliases: list[str]
    description: str
    weight: float = 1.0


@dataclass
class Planned:
    """An event as scheduled before it is composed: its source, part and date."""

    source: int
    part: str  # main, background, upcoming
    date: dt.date
    precision: str  # day, month, year
    status: str


@dataclass
class Event:
    plan: Planned
    kind: str = ""
    cast: dict[str, str] = field(default_factory=dict)  # actor id -> role
    keys: list[str] = field(default_factory=list)  # actors that name it
    topics: list[str] = field(default_factory=list)
    place: str | None = None
    title: str = ""
    headline: str = ""
    summary: str = ""
    paragraphs: list[str] = field(default_factory=list)
    quotes: list[tuple[str, str]] = field(default_factory=list)  # (text, by)
    date_note: str = ""
    end_date: str = ""
    id: str = ""
    related: list[str] = field(default_factory=list)
    pair: tuple | None = None


# ---------------------------------------------------------------------------------------------


class Synth:
    def __init__(self, events: int, seed: int):
        self.n = events
        self.rng = random.Random(seed)
        self.actors: dict[str, Actor] = {}
        self.topics: dict[str, Topic] = {}
        self.places: dict[str, Place] = {}
        self.used_event_ids: set[str] = set()
        self.used_source_ids: set[str] = set()
        self.last_by_pair: dict[tuple, tuple[str, dt.date]] = {}  # two sides -> their latest main event
        self.plans: list[Planned] = []
        self.plan_sources: list[tuple[dt.date, int]] = []

    # ---- choosing ----

    def weighted(self, items, weights):
        cum = list(accumulate(weights))
        return items[bisect(cum, self.rng.random() * cum[-1])]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # ---- planning ----

    def plan(self) -> None:
        rng = self.rng
        sizes = []
        left = self.n
        while left:
            k = min(left, self.weighted((1, 2, 3), (35, 40, 25)))
            sizes.append(k)
            left -= k
        lo, hi = FIRST_DAY.toordinal(), LAST_DAY.toordinal()
        days = sorted(rng.randint(lo, hi) for _ in sizes)
        for s, (k, day) in enumerate(zip(sizes, days)):
            published = dt.date.fromordinal(day)
            self.plan_sources.append((published, k))
            parts = ["main"] + {1: [], 2: [self.weighted(("background", "upcoming"), (65, 35))],
                                3: list(self.weighted((("background", "upcoming"), ("background", "background"), ("upcoming", "background")), (50, 35, 15)))}[k]
            for part in parts:
                self.plans.append(self._plan_event(s, part, published))

    def _plan_event(self, s: int, part: str, published: dt.date) -> Planned:
        rng = self.rng
        if part == "main":
            precision = self.weighted(("day", "month", "year"), (93, 5, 2))
            back = self.weighted((0, 1, 2, 3, 4), (55, 28, 8, 5, 4)) if precision == "day" else 0
            return Planned(s, part, published - dt.timedelta(days=back), precision, "held")
        if part == "background":
            precision = self.weighted(("day", "month", "year"), (55, 33, 12))
            back = rng.randint(20, max(20, min(6 * 365, (published - dt.date(1998, 1, 1)).days)))
            date = published - dt.timedelta(days=back)
            return Planned(s, part, date, precision, "held")
        precision = self.weighted(("day", "month"), (75, 25))
        ahead = rng.randint(2, 75) if precision == "day" else rng.randint(35, 120)
        status = self.weighted(("scheduled", "postponed", "cancelled"), (84, 10, 6))
        return Planned(s, part, published + dt.timedelta(days=ahead), precision, status)

    # ---- the cast ----

    def make_cast(self) -> None:
        total = max(self.n // 5, MIN_ACTORS)
        n_states = min(len(STATES), max(3, total // 6))
        n_orgs = min(len(ORGANIZATIONS), max(2, total // 16))
        n_media = min(len(MEDIA), max(1, total // 30))
        n_gov = min(n_states * len(GOV_BODIES), max(1, total // 12))
        n_people = total - n_states - n_orgs - n_media - n_gov

        for sid, name, gen, dat, ins, loc, gender, latin, group, govt, weight, extra in STATES[:n_states]:
            word = loc.split(" ", 1)[1]
            aliases = [gen, dat, ins, word, latin] + [a for a in extra.split("; ") if a]
            self._add(Actor(sid, "state", name, gen, dat, ins, loc, gender, latin, aliases, weight=weight, tag=sid))
        for oid, name, gen, dat, loc, gender, latin, extra, description, posts in ORGANIZATIONS[:n_orgs]:
            ins = ORG_INS.get(oid, name)
            aliases = [gen, dat, loc.split(" ", 1)[1], latin] + [a for a in extra.split("; ") if a]
            self._add(Actor(oid, "organization", name, gen, dat, ins, loc, gender, latin, aliases, description, tag=oid))
        states = [a for a in self.actors.values() if a.kind == "state"]
        made = 0
        for body, generic in GOV_BODIES.items():
            for state in states:
                if made == n_gov:
                    break
                name, gen, loc, gender, aliases = GOV_OVERRIDES.get((state.id, body), generic)
                forms = [t.format(g=state.gen, l=state.latin) for t in (name, gen, loc)]
                self._add(Actor(f"{state.id}-{BODY_SLUG[body]}", "government-body", forms[0], forms[1], forms[1], forms[1], forms[2],
                                gender, "", [a.format(g=state.gen, l=state.latin) for a in aliases.split("; ") if a],
                                home=state.id, tag=state.id, weight=1))
                made += 1
        for mid, name, aliases, description in MEDIA[:n_media]:
            self._add(Actor(mid, "media", name, name, name, name, "", "n", name, aliases.split("; "), description, tag=mid))

        homes = [a for a in self.actors.values() if a.kind == "state"] + [
            a for a in self.actors.values() if a.kind == "organization" and ORG_BY_ID[a.id][9]  # organizations with officials
        ]
        home_weights = [h.weight if h.kind == "state" else 1.5 for h in homes]
        names: set[str] = {a.name for a in self.actors.values()}
        post_counts: dict[tuple, int] = {}
        for _ in range(n_people):
            home = self.weighted(homes, home_weights)
            self._add(self._person(home, names, post_counts))
        self._eras()

    def _add(self, actor: Actor) -> None:
        base, n = actor.id, 2
        while actor.id in self.actors:
            actor.id = f"{base}-{n}"
            n += 1
        self.actors[actor.id] = actor

    def _person(self, home: Actor, names: set[str], post_counts: dict) -> Actor:
        rng = self.rng
        org = home.kind == "organization"
        for attempt in range(60):
            group = rng.choice(ORG_GROUPS) if org or attempt > 40 else STATES_BY_ID[home.id][8]
            male, female_names, surnames = PARSED_NAMES[group]
            female = self.chance(0.3)
            first, first_latin, first_declines = rng.choice(female_names if female else male)
            entry = rng.choice(surnames)
            last_m, last_f, latin_m, latin_f, last_declines = entry
            last, last_latin = (last_f, latin_f) if female else (last_m, latin_m)
            if group in FAMILY_FIRST:
                name, latin = f"{last} {first}", f"{last_latin} {first_latin}"
            else:
                name, latin = f"{first} {last}", f"{first_latin} {last_latin}"
            if name not in names:
                break
        names.add(name)
        if group in FAMILY_FIRST:
            g = d = i = name
            short = (name, name, name)
        else:
            fd = decline(first, female, group, True) if first_declines else None
            ld = decline(last, female, group, False) if last_declines else None
            if female and last_m.endswith("ий"):  # Швидкий / Швидка: an adjective
                ld = (last[:-1] + "ої", last[:-1] + "ій", last[:-1] + "ою")
            fd = fd or (first, first, first)
            ld = ld or (last, last, last)
            g, d, i = (f"{fd[k]} {ld[k]}" for k in range(3))
            short = (last, ld[0], ld[2])
        aliases = []
        if group not in FAMILY_FIRST:
            aliases += [last, short[1], ld[1], short[2]]
        aliases += [g, latin]
        if group not in FAMILY_FIRST:
            aliases.append(last_latin)
        # the post
        if org:
            options = [p.split("|") for p in ORG_BY_ID[home.id][9].split("; ")]
            heads = {head for head, _ in options}
            generic = [("речник", home.gen), ("спеціальний представник", home.gen), ("заступник", f"{HEADS[options[0][0]][1]} {options[0][1]}")]
            options += [(head, rest) for head, rest in generic if head not in heads]
            posts = [(head, rest, 5 if n == 0 else 0, 3 if n == 0 else 1, None) for n, (head, rest) in enumerate(options)]
        else:
            govt = STATES_BY_ID[home.id][9]
            posts = []
            for head, rest, limit, weight, body in STATE_POSTS:
                if head == "президент" and govt == "mon" or head == "прем’єр-міністр" and govt == "pres":
                    continue
                if head == "прем’єр-міністр" and govt == "chanc":
                    head = "канцлер"
                if home.id == "usa" and rest == "закордонних справ {}":
                    head, rest = "державний секретар", "{}"
                if home.id == "usa" and rest == "міністра закордонних справ {}":
                    rest = "державного секретаря {}"
                if govt == "mon" and rest.startswith("президента"):
                    rest = rest.replace("президента", "прем’єр-міністра")
                posts.append((head, rest, limit, weight, body))
        free = [p for p in posts if not p[2] or post_counts.get((home.id, p[0], p[1]), 0) < p[2]]
        head, rest, limit, _, body = self.weighted(free, [p[3] for p in free])
        post_counts[(home.id, head, rest)] = post_counts.get((home.id, head, rest), 0) + 1
        forms = HEADS[head][3:] if female else HEADS[head][:3]
        tail = rest.format(home.gen) if "{}" in rest else rest
        post = tuple(f"{form} {tail}" for form in forms)
        body_id = None
        if body:
            candidate = f"{home.id}-{BODY_SLUG[body]}"
            body_id = candidate if candidate in self.actors else None
        earlier = ""
        if self.chance(0.25):
            others = [p for p in posts if not p[2] and (p[0], p[1]) != (head, rest)]
            if others:
                h, r = rng.choice(others)[:2]
                earlier = f"{(HEADS[h][3] if female else HEADS[h][0])} {r.format(home.gen)}"
        person = Actor(
            slug(latin), "person", name, g, d, i, "", "f" if female else "m", latin, aliases, cap(post[0]) + ".",
            home=home.id, tag=slug(latin if group in FAMILY_FIRST else last_latin),
            short=short, post=post, post_body=body_id, earlier_post=earlier,
        )
        return person

    def _eras(self) -> None:
        """When each person is active: around the event that first names them (their debut)."""
        rng = self.rng
        people = [a for a in self.actors.values() if a.kind == "person"]
        others = [a for a in self.actors.values() if a.kind != "person"]
        order = people + others
        rng.shuffle(order)
        slots = rng.sample(range(self.n), min(len(order), self.n))
        self.debut: dict[int, str] = {}
        for actor, slot in zip(order, slots):
            self.debut[slot] = actor.id
        debut_year = {aid: self.plans[slot].date.year for slot, aid in self.debut.items()}
        self.people_by_year: dict[int, list[str]] = {}
        self.people_by_home_year: dict[tuple, list[str]] = {}
        self.people_by_home: dict[str, list[str]] = {}
        for p in people:
            year = debut_year.get(p.id) or rng.randint(FIRST_DAY.year, LAST_DAY.year)
            start = max(FIRST_DAY.year - 3, year - rng.randint(0, 6))
            end = max(year, start + rng.randint(3, 10))
            p.era = (start, end)
            for y in range(start, end + 1):
                self.people_by_year.setdefault(y, []).append(p.id)
                self.people_by_home_year.setdefault((p.home, y), []).append(p.id)
            self.people_by_home.setdefault(p.home, []).append(p.id)
        self.all_people = [p.id for p in people]
        self.states = [a.id for a in self.actors.values() if a.kind == "state"]
        self.state_weights = [self.actors[s].weight for s in self.states]
        self.orgs = [a.id for a in self.actors.values() if a.kind == "organization"]
        self.gov = [a.id for a in self.actors.values() if a.kind == "government-body"]
        self.media = [a.id for a in self.actors.values() if a.kind == "media"]

    # ---- topics and places ----

    def make_topics_and_places(self) -> None:
        rng = self.rng
        n_topics = max(10, self.n // 50)
        combos = [(d, None) for d in TOPIC_DOMAINS] + [(d, r) for r in TOPIC_REGIONS for d in TOPIC_DOMAINS]
        for n in range(n_topics):
            (tid, name, gen, english, description), region = combos[n % len(combos)]
            suffix = f"-{n // len(combos) + 1}" if n >= len(combos) else ""
            if region:
                rid, where, where_en = region
                topic = Topic(f"{tid}-{rid}{suffix}", f"{name} {where}", f"{gen} {where}",
                              [f"{lc(name)} {where}", f"{gen} {where}", f"{english} {where_en}"], description)
            else:
                topic = Topic(tid + suffix, name, gen, [lc(name), gen, english], description, weight=3.0)
            topic.aliases = list(dict.fromkeys(a for a in topic.aliases if a != topic.name))
            self.topics[topic.id] = topic
        n_places = max(10, self.n // 40)
        for cid, name, gen, loc, where, lat, lon, latin in CITIES[:n_places]:
            word = loc.split(" ", 1)[1]
            state = where if where in STATES_BY_ID else None
            country = STATES_BY_ID[where][1] if state else where
            aliases = list(dict.fromkeys(a for a in (word, gen, latin) if a != name))
            self.places[cid] = Place(cid, name, loc, state, country, lat, lon, aliases, weight=3.0 if len(self.places) < 25 else 1.0)
        n = 0
        while len(self.places) < n_places and n < len(VENUES) * len(CITIES):
            vid, vname, vloc = VENUES[n // len(CITIES)]
            cid, name, gen, loc, where, lat, lon, latin = CITIES[n % len(CITIES)]
            n += 1
            state = where if where in STATES_BY_ID else None
            country = STATES_BY_ID[where][1] if state else where
            prep, word = loc.split(" ", 1)
            self.places[f"{cid}-{vid}"] = Place(
                f"{cid}-{vid}", f"{vname} {loc}", f"{vloc} {'в' if prep in ('у', 'в') else prep} {word}", state, country,
                round(lat + rng.uniform(-0.03, 0.03), 4), round(lon + rng.uniform(-0.03, 0.03), 4), [f"{lc(vname)} {loc}"],
            )
        self.topic_ids = list(self.topics)
        self.topic_weights = [t.weight for t in self.topics.values()]
        self.place_ids = list(self.places)
        self.place_weights = [p.weight for p in self.places.values()]
        self.places_by_state: dict[str, list[str]] = {}
        for p in self.places.values():
            if p.state:
                self.places_by_state.setdefault(p.state, []).append(p.id)
        self.topic_debut = dict(zip(rng.sample(range(self.n), min(len(self.topics), self.n)), self.topics))
        self.place_debut = dict(zip(rng.sample(range(self.n), min(len(self.places), self.n)), self.places))

    # ---- words ----

    def a(self, aid: str) -> Actor:
        return self.actors[aid]

    def pd(self, p: str) -> str:
        a = self.actors[p]
        return f"{a.post[0]} {a.name}"

    def pdg(self, p: str) -> str:
        a = self.actors[p]
        return f"{a.post[1]} {a.gen}"

    def pdi(self, p: str) -> str:
        a = self.actors[p]
        return f"{a.post[2]} {a.ins}"

    def g(self, p: str, male: str, female: str) -> str:
        return female if self.actors[p].female else male

    def vb(self, aid: str, m: str, f: str, n: str, p: str) -> str:
        return {"m": m, "f": f, "n": n, "p": p}[self.actors[aid].gender]

    def link(self, aid: str) -> str:
        return f"[{self.actors[aid].name}](actor:{aid})"

    # ---- choosing people, states, places, topics ----

    def person_near(self, year: int, home: str | None = None, not_homes=(), not_ids=()) -> str | None:
        pool = self.people_by_home_year.get((home, year)) if home else self.people_by_year.get(year)
        for _ in range(8):
            if not pool:
                break
            p = self.rng.choice(pool)
            if p not in not_ids and self.actors[p].home not in not_homes:
                return p
        pool = self.people_by_home.get(home, []) if home else self.all_people
        candidates = [p for p in pool if p not in not_ids and self.actors[p].home not in not_homes]
        return self.rng.choice(candidates) if candidates else None

    def state(self, not_ids=()) -> str:
        for _ in range(20):
            s = self.weighted(self.states, self.state_weights)
            if s not in not_ids:
                return s
        return next(s for s in self.states if s not in not_ids)

    def side(self, not_ids=()) -> str:
        """A state, or now and then an international organization: the other side of something."""
        orgs = [o for o in self.orgs if o not in not_ids]
        if orgs and self.chance(0.2):
            return self.rng.choice(orgs)
        return self.state(not_ids)

    def place(self, prefer=()) -> str:
        if self.pending_places:
            return self.pending_places.popleft()
        if prefer and self.chance(0.6):
            near = [p for s in prefer for p in self.places_by_state.get(s, ())]
            if near:
                return self.rng.choice(near)
        return self.weighted(self.place_ids, self.place_weights)

    def pick_topics(self) -> list[str]:
        want = self.weighted((1, 2, 3), (40, 40, 20))
        chosen: list[str] = []
        while self.pending_topics and len(chosen) < min(want, 2):
            chosen.append(self.pending_topics.popleft())
        while len(chosen) < want:
            t = self.weighted(self.topic_ids, self.topic_weights)
            if t not in chosen:
                chosen.append(t)
        return chosen

    def add(self, ev: Event, aid: str | None, role: str, home_role: str = "party") -> bool:
        """Add an actor with its role, and the state or organization a person or body belongs to."""
        if aid is None:
            return False
        if aid in ev.cast:
            return True
        home = self.actors[aid].home
        need = 1 + (home is not None and home not in ev.cast)
        if len(ev.cast) + need > 5:
            return False
        if home is not None and home not in ev.cast:
            ev.cast[home] = home_role
        ev.cast[aid] = role
        return True

    # ---- dates, as articles write them ----

    def when(self, ev: Event, published: dt.date) -> str:
        """The event's date as its article writes it; sets the event's date_note."""
        plan = ev.plan
        d = plan.date
        p_uk = f"{published.day} {MONTHS_GEN[published.month - 1]} {published.year} року"
        day_month = f"{d.day} {MONTHS_GEN[d.month - 1]}"
        if plan.part == "background":
            if plan.precision == "day":
                return f"{day_month} {d.year} року"
            if plan.precision == "month":
                ev.date_note = "Стаття згадує лише місяць і рік."
                return f"у {MONTHS_LOC[d.month - 1]} {d.year} року"
            ev.date_note = "Стаття згадує лише рік."
            return f"у {d.year} році"
        if plan.part == "upcoming":
            if plan.precision == "day":
                phrase = day_month if d.year == published.year else f"{day_month} {d.year} року"
                if self.chance(0.5):
                    ev.date_note = f"Стаття від {p_uk} анонсує подію на «{phrase}»."
                return phrase
            phrase = f"у {MONTHS_LOC[d.month - 1]}" + ("" if d.year == published.year else f" {d.year} року")
            ev.date_note = f"Стаття від {p_uk} називає лише місяць («{phrase}»); точного дня не названо."
            return phrase
        if plan.precision == "month":
            phrase = f"на початку {MONTHS_GEN[d.month - 1]}" if published.day > 10 else f"у {MONTHS_LOC[d.month - 1]}"
            ev.date_note = f"Джерело від {p_uk} каже лише «{phrase}»; точного дня не названо."
            return phrase
        if plan.precision == "year":
            ev.date_note = f"Джерело від {p_uk} каже лише «цього року»; точнішої дати не названо."
            return "цього року"
        back = (published - d).days
        if back == 0:
            phrase = self.weighted(("сьогодні", day_month), (3, 1))
            if phrase == "сьогодні" and self.chance(0.3):
                ev.date_note = "Дата — день публікації статті, яка каже «сьогодні»."
            return phrase
        if back == 1:
            phrase = self.weighted(("напередодні", "учора", WEEKDAYS_ACC[d.weekday()], day_month), (3, 2, 2, 2))
        else:
            phrase = self.weighted((WEEKDAYS_ACC[d.weekday()], day_month), (1, 1))
        if phrase == day_month:
            ev.date_note = f"Стаття називає лише «{day_month}»; рік ({d.year}) випливає з дати публікації ({p_uk})."
        elif phrase in WEEKDAYS_ACC:
            ev.date_note = f"Стаття від {p_uk} називає лише день тижня («{phrase}»); дата — найближчий такий день перед публікацією."
        else:
            ev.date_note = f"Стаття від {p_uk} каже «{phrase}»; дата — день перед публікацією."
        return phrase

    # ---- what people say ----

    def fitting(self, ev: Event, phrases: list[str]) -> list[str]:
        """The phrases that fit the event's kind (see the markers on DIRECT_QUOTES)."""
        marks = {"": True, "T": ev.kind in TALKISH, "A": ev.kind in ("agreement", "treaty")}
        return [p[2:] if p[1:2] == ":" else p for p in phrases if marks[p[0] if p[1:2] == ":" else ""]]

    def clause(self, ev: Event, other: str | None) -> str:
        t = self.topics[ev.topics[0]].gen
        options = [c for c in self.fitting(ev, INDIRECT_CLAUSES) if other or "{x" not in c]
        text = self.rng.choice(options)
        if other:
            text = text.format(t=t, x=self.actors[other].gen, xi=self.actors[other].ins)
        else:
            text = text.format(t=t)
        return text

    def direct(self, ev: Event) -> str:
        t = self.topics[self.rng.choice(ev.topics)].gen
        quote = self.rng.choice(self.fitting(ev, DIRECT_QUOTES)).format(t=t)
        return quote + ("" if "," in quote else self.rng.choice(QUOTE_TAILS))

    def say(self, ev: Event, p: str, other: str | None = None, first: bool = False) -> str:
        """A sentence in which p is quoted; the quote is recorded with the event."""
        a = self.actors[p]
        name = self.pd(p) if first else a.short[0]
        if self.chance(0.3):
            c = self.clause(ev, other)
            form = self.rng.randrange(3)
            if form == 0:
                sentence = f"{cap(name)} {self.g(p, 'зазначив', 'зазначила')}, що {c}."
            elif form == 1:
                sentence = f"За словами {self.pdg(p) if first else a.short[1]}, {c}."
            else:
                sentence = f"{cap(name)} також {self.g(p, 'додав', 'додала')}, що {c}."
            ev.quotes.append((c, p))
            return sentence
        q = self.direct(ev)
        form = self.rng.randrange(4)
        if form == 0:
            sentence = f"«{q}», — {self.g(p, 'заявив', 'заявила')} {name}."
        elif form == 1:
            sentence = f"{cap(name)} {self.g(p, 'наголосив', 'наголосила')}: «{q}»."
        elif form == 2:
            sentence = f"«{q}», — {self.g(p, 'сказав', 'сказала')} {name} журналістам."
        else:
            q = lc(q)
            sentence = f"За словами {self.pdg(p) if first else a.short[1]}, «{q}»."
        ev.quotes.append((q, p))
        return sentence

    def quotes_for(self, ev: Event, speakers: list, other: str | None, paragraphs: list[str]) -> None:
        """Main events: the first speaker quoted most of the time, a second one now and then."""
        speakers = [s for s in speakers if s]
        if not speakers:
            return
        if self.chance(0.88):
            paragraphs.append(self.say(ev, speakers[0], other))
        if len(speakers) > 1 and self.chance(0.4):
            paragraphs.append(self.say(ev, speakers[1], other))

    def recall(self, ev: Event, speaker: str | None, other: str | None) -> str:
        """A background event: now and then what was said then."""
        if speaker and self.chance(0.45):
            q = self.direct(ev)
            ev.quotes.append((q, speaker))
            return f" Тоді {self.actors[speaker].short[0]} {self.g(speaker, 'заявив', 'заявила')}: «{q}»."
        return ""

    # ---- the kinds of event ----

    def two_sides(self, ev: Event, f: Actor | None, year: int, mediator: bool):
        """Two parties with their heads of delegation, and perhaps a mediator."""
        pa = A = M = None
        if f is not None and f.kind == "person":
            pa = f.id
        elif f is not None and f.kind == "state":
            A = f.id
        elif f is not None and f.kind == "organization":
            if self.people_by_home.get(f.id):
                A = f.id
            else:
                M = f.id
        if pa:
            A = self.actors[pa].home
        elif A:
            pa = self.person_near(year, home=A)
        else:
            pa = self.person_near(year)
            A = self.actors[pa].home if pa else self.state()
        pb = self.person_near(year, not_homes={A, M}, not_ids={pa})
        B = self.actors[pb].home if pb else self.state({A, M})
        if M is None and mediator and self.chance(0.25):
            M = self.side({A, B})
        return A, B, pa, pb, M

    def k_talks(self, ev, f, year, when, published):
        A, B, pa, pb, M = self.two_sides(ev, f, year, mediator=True)
        self.add(ev, A, "party")
        self.add(ev, B, "party")
        self.add(ev, pa, "head-of-delegation")
        self.add(ev, pb, "head-of-delegation")
        if M and not self.add(ev, M, "mediator"):
            M = None
        ev.keys = [self.a(A).tag, self.a(B).tag]
        ev.pair = tuple(sorted((A, B)))
        ev.place = self.place((A, B)) if self.chance(0.85) else None
        where = f"{self.places[ev.place].loc} " if ev.place else ""
        an, bn = self.a(A), self.a(B)
        med = f" за посередництва {self.a(M).gen}" if M else ""
        t1 = self.topics[ev.topics[0]]
        t2 = self.topics[ev.topics[1]] if len(ev.topics) > 1 else None
        ev.title = self.rng.choice(
            [f"Переговори {an.gen} та {bn.gen}" + (f" {self.places[ev.place].loc}" if ev.place else f" щодо {t1.gen}")]
            + ([f"{self.a(pa).name} і {self.a(pb).name} проводять переговори щодо {t1.gen}"] if pa and pb else [])
        )
        part, status = ev.plan.part, ev.plan.status
        if part == "upcoming":
            if status == "scheduled":
                text = f"{cap(when)} {where}мають відбутися переговори делегацій {an.gen} та {bn.gen}{med}."
                if pa:
                    text += f" Делегацію {an.gen} очолить {self.pd(pa)}."
                ev.summary = f"Заплановано переговори делегацій {an.gen} та {bn.gen}{med}{' ' + where.strip() if where else ''} щодо {t1.gen}."
            else:
                done = "перенесли на пізніший термін" if status == "postponed" else "скасували"
                text = f"{cap(when)} {where}мали відбутися переговори делегацій {an.gen} та {bn.gen}, однак їх {done}."
                ev.summary = f"Переговори делегацій {an.gen} та {bn.gen} щодо {t1.gen}, які мали відбутися{' ' + where.strip() if where else ''}, {done}."
            ev.paragraphs = [text]
            return
        lead_heads = not (pa and pb) or self.chance(0.5)
        if lead_heads:
            lead = f"{cap(when)} {where}відбувся раунд переговорів між делегаціями {an.gen} та {bn.gen}{med}."
        else:
            lead = f"{cap(when)} {self.pd(pa)} та {self.pd(pb)} провели {where}переговори{med}."
        heads = ""
        if lead_heads and pa and pb:
            heads = (f"Делегацію {an.gen} {self.g(pa, 'очолював', 'очолювала')} {self.a(pa).post[0]} {self.a(pa).name}, "
                     f"а делегацію {bn.gen} — {self.a(pb).post[0]} {self.a(pb).name}.")
        topics = f"Сторони обговорили питання {t1.gen}" + (f" та {t2.gen}" if t2 else "") + "."
        ev.summary = (f"Делегації {an.gen} та {bn.gen} провели {where}переговори щодо {t1.gen}{med}."
                      + (f" Делегації очолювали {self.link(pa)} і {self.link(pb)}." if pa and pb else ""))
        if part == "background":
            ev.paragraphs = [" ".join(x for x in (lead, heads) if x) + self.recall(ev, pa, B)]
            return
        ev.headline = self.rng.choice(
            ([f"{cap(where.strip())} завершилися переговори {an.gen} та {bn.gen}"] if where else [])
            + [f"{an.name} та {bn.name} провели новий раунд переговорів щодо {t1.gen}"]
            + ([f"{self.a(pa).short[0]} і {self.a(pb).short[0]} провели переговори"] if pa and pb else [])
        )
        paragraphs = [lead, " ".join(x for x in (heads, topics) if x)]
        if self.chance(0.5):
            paragraphs.append(f"Переговори тривали понад {self.rng.choice(NUMBERS_HOURS)}.")
        if M:
            paragraphs.append(f"Учасники подякували {self.a(M).dat} за сприяння в організації зустрічі.")
        self.quotes_for(ev, [pa, pb], B, paragraphs)
        ev.paragraphs = paragraphs

    def k_agreement(self, ev, f, year, when, published):
        A, B, pa, pb, M = self.two_sides(ev, f, year, mediator=True)
        self.add(ev, A, "party")
        self.add(ev, B, "party")
        self.add(ev, pa, "participant")
        self.add(ev, pb, "participant")
        if M and not self.add(ev, M, "mediator"):
            M = None
        ev.keys = [self.a(A).tag, self.a(B).tag]
        ev.pair = tuple(sorted((A, B)))
        ev.place = self.place((A, B)) if self.chance(0.6) else None
        where = f"{self.places[ev.place].loc} " if ev.place else ""
        an, bn = self.a(A), self.a(B)
        t1 = self.topics[ev.topics[0]]
        ev.title = self.rng.choice([f"{an.name} та {bn.name} домовляються щодо {t1.gen}",
                                    f"Меморандум між {an.ins} та {bn.ins} щодо {t1.gen}"])
        part, status = ev.plan.part, ev.plan.status
        if part == "upcoming":
            if status == "scheduled":
                text = f"{cap(when)} {where}{an.name} та {bn.name} мають підписати угоду щодо {t1.gen}."
                ev.summary = f"{an.name} та {bn.name} збираються підписати угоду щодо {t1.gen}."
            else:
                done = "перенесли" if status == "postponed" else "скасували"
                text = f"{cap(when)} {where}{an.name} та {bn.name} мали підписати угоду щодо {t1.gen}, однак підписання {done}."
                ev.summary = f"Підписання угоди між {an.ins} та {bn.ins} щодо {t1.gen} {done}."
            ev.paragraphs = [text]
            return
        verb = self.rng.choice(["досягли домовленості", "підписали меморандум про взаєморозуміння", "уклали угоду"])
        lead = f"{cap(when)} {where}{an.name} та {bn.name} {verb} щодо {t1.gen}."
        signed = f"Документ підписали {self.pd(pa)} та {self.pd(pb)}." if pa and pb else ""
        ev.summary = f"{an.name} та {bn.name} домовилися щодо {t1.gen}" + (
            f"; документ підписали {self.link(pa)} і {self.link(pb)}." if pa and pb else ".")
        if part == "background":
            ev.paragraphs = [" ".join(x for x in (lead, signed) if x) + self.recall(ev, pa, B)]
            return
        ev.headline = f"{an.name} та {bn.name} уклали угоду щодо {t1.gen}"
        paragraphs = [lead] + ([signed] if signed else [])
        if M:
            paragraphs.append(f"Домовленостей вдалося досягти за посередництва {self.a(M).gen}.")
        paragraphs.append(self.rng.choice([
            "Документ набуде чинності після завершення внутрішніх процедур.",
            "Сторони домовилися створити спільну робочу групу, яка стежитиме за виконанням домовленостей.",
            "Текст документа оприлюднять найближчим часом.",
        ]))
        self.quotes_for(ev, [pa, pb], B, paragraphs)
        ev.paragraphs = paragraphs

    def two_people(self, ev, f, year):
        pa = None
        if f is not None and f.kind == "person":
            pa = f.id
        elif f is not None:
            pa = self.person_near(year, home=f.id)
        pa = pa or self.person_near(year)
        pb = self.person_near(year, not_homes={self.a(pa).home}, not_ids={pa}) if pa else None
        return pa, pb

    def k_meeting(self, ev, f, year, when, published):
        pa, pb = self.two_people(ev, f, year)
        if not (pa and pb):
            return self.k_talks(ev, f, year, when, published)
        self.add(ev, pa, "participant")
        self.add(ev, pb, "participant")
        A, B = self.a(pa).home, self.a(pb).home
        ev.keys = [self.a(pa).tag, self.a(pb).tag]
        ev.pair = tuple(sorted((A, B)))
        ev.place = self.place((A, B)) if self.chance(0.8) else None
        where = f"{self.places[ev.place].loc} " if ev.place else ""
        a, b = self.a(pa), self.a(pb)
        t1 = self.topics[ev.topics[0]]
        ev.title = self.rng.choice([f"Зустріч {a.gen} і {b.gen}" + (f" {where.strip()}" if where else ""),
                                    f"{a.name} і {b.name} обговорюють питання {t1.gen}"])
        part, status = ev.plan.part, ev.plan.status
        if part == "upcoming":
            if status == "scheduled":
                text = f"{cap(when)} {where}запланована зустріч {self.pdg(pa)} з {self.pdi(pb)}."
                ev.summary = f"Запланована зустріч {self.link(pa)} і {self.link(pb)}{' ' + where.strip() if where else ''}."
            else:
                done = "перенесли" if status == "postponed" else "скасували"
                text = f"{cap(when)} {where}мала відбутися зустріч {self.pdg(pa)} з {self.pdi(pb)}, однак її {done}."
                ev.summary = f"Зустріч {self.link(pa)} і {self.link(pb)}, яка мала відбутися{' ' + where.strip() if where else ''}, {done}."
            ev.paragraphs = [text]
            return
        lead = f"{cap(when)} {where}{self.pd(pa)} {self.g(pa, 'зустрівся', 'зустрілася')} з {self.pdi(pb)}."
        ev.summary = f"{self.link(pa)} і {self.link(pb)} зустрілися{' ' + where.strip() if where else ''} й обговорили питання {t1.gen}."
        if part == "background":
            ev.paragraphs = [lead + self.recall(ev, pa, B)]
            return
        ev.headline = self.rng.choice([f"{a.short[0]} і {b.short[0]} обговорили питання {t1.gen}"]
                                      + ([f"{cap(where.strip())} відбулася зустріч {a.post[1]} і {b.post[1]}"] if where else []))
        detail = self.rng.choice([
            f"Співрозмовники обговорили питання {t1.gen} та подальші кроки у двосторонніх відносинах.",
            f"Під час зустрічі сторони приділили особливу увагу питанню {t1.gen}.",
        ])
        paragraphs = [lead, detail]
        self.quotes_for(ev, [pa, pb], B, paragraphs)
        ev.paragraphs = paragraphs

    def k_call(self, ev, f, year, when, published):
        pa, pb = self.two_people(ev, f, year)
        if not (pa and pb):
            return self.k_statement(ev, f, year, when, published)
        self.add(ev, pa, "participant")
        self.add(ev, pb, "participant")
        A, B = self.a(pa).home, self.a(pb).home
        ev.keys = [self.a(pa).tag, self.a(pb).tag]
        ev.pair = tuple(sorted((A, B)))
        a, b = self.a(pa), self.a(pb)
        t1 = self.topics[ev.topics[0]]
        t2 = self.topics[ev.topics[1]] if len(ev.topics) > 1 else None
        ev.title = self.rng.choice([f"Телефонна розмова {a.gen} і {b.gen}", f"{a.name} і {b.name} обговорюють телефоном питання {t1.gen}"])
        lead = f"{cap(when)} {self.pd(pa)} {self.g(pa, 'провів', 'провела')} телефонну розмову з {self.pdi(pb)}."
        ev.summary = f"{self.link(pa)} і {self.link(pb)} обговорили телефоном питання {t1.gen}."
        if ev.plan.part == "background":
            ev.paragraphs = [lead + self.recall(ev, pa, B)]
            return
        ev.headline = f"{a.short[0]} і {b.short[0]} провели телефонну розмову"
        paragraphs = [lead, f"Співрозмовники обговорили питання {t1.gen}" + (f" і {t2.gen}" if t2 else "") + "."]
        self.quotes_for(ev, [pa, pb], B, paragraphs)
        ev.paragraphs = paragraphs

    def k_visit(self, ev, f, year, when, published):
        pa = B = None
        if f is not None and f.kind == "person":
            pa = f.id
        elif f is not None and f.kind == "state":
            B = f.id
        pa = pa or self.person_near(year, not_homes={B})
        if pa is None:
            return self.k_statement(ev, f, year, when, published)
        A = self.a(pa).home
        B = B if B and B != A else self.state({A})
        pb = self.person_near(year, home=B, not_ids={pa}) if self.chance(0.6) else None
        self.add(ev, pa, "head-of-delegation")
        self.add(ev, B, "host")
        if pb and not self.add(ev, pb, "participant"):
            pb = None
        ev.keys = [self.a(pa).tag, self.a(B).tag]
        ev.pair = tuple(sorted((A, B)))
        ev.place = self.place((B,)) if self.chance(0.8) else None
        where = self.places[ev.place].loc if ev.place else ""
        a, bn = self.a(pa), self.a(B)
        t1 = self.topics[ev.topics[0]]
        ev.title = self.rng.choice([f"Візит {a.gen} до {bn.gen}", f"Візит {self.pdg(pa)} до {bn.gen}"])
        part, status = ev.plan.part, ev.plan.status
        if part == "upcoming":
            if status == "scheduled":
                text = f"{cap(when)} {self.pd(pa)} здійснить візит до {bn.gen}."
                ev.summary = f"Запланований візит {self.link(pa)} до {bn.gen}."
            else:
                done = "перенесли" if status == "postponed" else "скасували"
                text = f"{cap(when)} {self.pd(pa)} {self.g(pa, 'мав', 'мала')} здійснити візит до {bn.gen}, однак візит {done}."
                ev.summary = f"Візит {self.link(pa)} до {bn.gen} {done}."
            ev.paragraphs = [text]
            return
        kind_of = self.rng.choice(["офіційним", "робочим"])
        lead = f"{cap(when)} {self.pd(pa)} {self.g(pa, 'прибув', 'прибула')} з {kind_of} візитом до {bn.gen}."
        met = f"{a.short[0]} {self.g(pa, 'зустрівся', 'зустрілася')} з {self.pdi(pb)}." if pb else ""
        ev.summary = f"{self.link(pa)} {self.g(pa, 'здійснив', 'здійснила')} {kind_of[:-2]}ий візит до {bn.gen}" + (
            f" і {self.g(pa, 'зустрівся', 'зустрілася')} з {self.link(pb)}." if pb else ".")
        if part == "background":
            lead = f"{cap(when)} {self.pd(pa)} {self.g(pa, 'здійснив', 'здійснила')} візит до {bn.gen}."
            ev.paragraphs = [" ".join(x for x in (lead, met) if x) + self.recall(ev, pa, B)]
            return
        ev.headline = f"{a.short[0]} {self.g(pa, 'прибув', 'прибула')} з візитом до {bn.gen}"
        paragraphs = [lead]
        second = " ".join(x for x in ((f"Переговори відбулися {where}." if where else ""), met) if x)
        if second:
            paragraphs.append(second)
        paragraphs.append(f"Головною темою візиту стало питання {t1.gen}.")
        self.quotes_for(ev, [pa, pb], B, paragraphs)
        ev.paragraphs = paragraphs

    def k_statement(self, ev, f, year, when, published):
        pa = G = X = None
        if f is not None and f.kind == "person":
            pa = f.id
        elif f is not None and f.kind == "government-body":
            G = f.id
        elif f is not None and f.kind in ("state", "organization"):
            X = f.id
        if not pa and not G:
            if self.gov and self.chance(0.15):
                G = self.rng.choice(self.gov)
            else:
                pa = self.person_near(year, not_homes={X})
        speaker = pa or G
        if speaker is None:
            speaker = G = self.rng.choice(self.gov) if self.gov else None
        home = self.a(speaker).home if speaker else None
        X = X if X and X != home else self.side({home})
        self.add(ev, speaker, "speaker" if pa else "author")
        if speaker is None:
            self.add(ev, self.state({X}), "author")
        self.add(ev, X, "subject")
        Y = self.side({home, X}) if self.chance(0.3) else None
        if Y and not self.add(ev, Y, "subject"):
            Y = None
        ev.keys = [self.a(speaker).tag] if speaker else [self.a(X).tag]
        t1 = self.topics[ev.topics[0]]
        xn = self.a(X)
        c = self.clause(ev, X)
        quoted = self.chance(0.5)
        if pa:
            ev.title = self.rng.choice([f"Заява {self.a(pa).gen} щодо {t1.gen}", f"{self.a(pa).name} висловлюється щодо відносин з {xn.ins}"])
            lead = f"{cap(when)} {self.pd(pa)} {self.g(pa, 'заявив', 'заявила')}, що {c}."
            ev.summary = f"{self.link(pa)} {self.g(pa, 'висловився', 'висловилася')} щодо {t1.gen} у відносинах з {xn.ins}."
            ev.headline = f"{self.a(pa).short[0]} {self.g(pa, 'висловився', 'висловилася')} щодо {t1.gen}"
            also = f"Окремо {self.g(pa, 'він', 'вона')} {self.g(pa, 'згадав', 'згадала')} про відносини з {self.a(Y).ins}." if Y else ""
        elif G:
            gn = self.a(G)
            ev.title = f"Заява {gn.gen} щодо {t1.gen}"
            lead = f"{cap(when)} {gn.loc} заявили, що {c}."
            ev.summary = f"{self.link(G)} {self.vb(G, 'оприлюднив', 'оприлюднила', 'оприлюднило', 'оприлюднили')} заяву щодо {t1.gen} у відносинах з {xn.ins}."
            ev.headline = f"{cap(gn.loc)} висловилися щодо {t1.gen}"
            also = f"Окремо у заяві йдеться про відносини з {self.a(Y).ins}." if Y else ""
        else:
            ev.title = f"Заява щодо відносин з {xn.ins}"
            lead = f"{cap(when)} {c}."
            ev.summary = f"Заява щодо {t1.gen} у відносинах з {xn.ins}."
            ev.headline = ev.title
            also = ""
            quoted = False
        if quoted and speaker:
            ev.quotes.append((c, speaker))
        if ev.plan.part == "background":
            ev.paragraphs = [lead]
            return
        paragraphs = [lead] + ([also] if also else [])
        if pa and self.chance(0.75):
            paragraphs.append(self.say(ev, pa, X))
        elif G and self.chance(0.6):
            q = self.direct(ev)
            ev.quotes.append((q, G))
            paragraphs.append(f"«{q}», — йдеться у заяві {self.a(G).gen}.")
        ev.paragraphs = paragraphs

    def k_proposal(self, ev, f, year, when, published):
        pa = G = A = None
        if f is not None and f.kind == "person":
            pa = f.id
            A = self.a(pa).home
        elif f is not None and f.kind == "government-body":
            G = f.id
        elif f is not None and f.kind == "state":
            A = f.id
        if not (pa or G or A):
            if self.gov and self.chance(0.4):
                G = self.rng.choice(self.gov)
            else:
                A = self.state()
        if G:
            A = self.a(G).home
        if not pa and self.chance(0.7):
            pa = self.person_near(year, home=A)
        B = self.side({A})
        self.add(ev, G or A, "author")
        self.add(ev, pa, "speaker")
        self.add(ev, B, "subject")
        an, bn = self.a(A), self.a(B)
        ev.keys = [an.tag, bn.tag]
        t1 = self.topics[ev.topics[0]]
        ev.title = self.rng.choice([f"Пропозиція {an.gen} щодо {t1.gen}",
                                    f"{an.name} {self.vb(A, 'пропонує', 'пропонує', 'пропонує', 'пропонують')} {bn.dat} угоду щодо {t1.gen}"])
        if G:
            lead = f"{cap(when)} {self.a(G).loc} оприлюднили проєкт угоди з {bn.ins} щодо {t1.gen}."
            ev.summary = f"{self.link(G)} {self.vb(G, 'оприлюднив', 'оприлюднила', 'оприлюднило', 'оприлюднили')} проєкт угоди з {bn.ins} щодо {t1.gen}."
        else:
            lead = f"{cap(when)} {an.loc} запропонували {bn.dat} розпочати консультації щодо {t1.gen}."
            ev.summary = f"{self.link(A)} {self.vb(A, 'запропонував', 'запропонувала', 'запропонувало', 'запропонували')} {bn.dat} консультації щодо {t1.gen}."
        if ev.plan.part == "background":
            ev.paragraphs = [lead + self.recall(ev, pa, B)]
            return
        ev.headline = f"{an.name} {self.vb(A, 'запропонував', 'запропонувала', 'запропонувало', 'запропонували')} {bn.dat} угоду щодо {t1.gen}"
        paragraphs = [lead, self.rng.choice([
            "Документ передбачає, зокрема, створення спільної робочої групи та регулярні консультації на рівні експертів.",
            f"Відповіді від {bn.gen} поки що не надходило.",
            "Пропозиції передали дипломатичними каналами.",
        ])]
        if pa:
            c = self.clause(ev, B)
            paragraphs.append(f"Як {self.g(pa, 'пояснив', 'пояснила')} {self.pd(pa)}, {c}.")
            if self.chance(0.5):
                ev.quotes.append((c, pa))
            else:
                paragraphs.append(self.say(ev, pa, B))
        ev.paragraphs = paragraphs

    def k_decision(self, ev, f, year, when, published):
        O = po = X = None
        if f is not None and f.kind in ("organization", "government-body"):
            O = f.id
        elif f is not None and f.kind == "state":
            X = f.id
        elif f is not None and f.kind == "person":
            po = f.id
            O = self.a(po).home
        if O is None:
            with_people = [o for o in self.orgs if self.people_by_home.get(o)]
            if with_people and self.chance(0.6):
                O = self.rng.choice(with_people)
            elif self.gov:
                O = self.rng.choice(self.gov)
            else:
                O = self.rng.choice(self.orgs)
        if po is None and self.a(O).kind != "government-body":
            po = self.person_near(year, home=O)
        X = X if X and X not in (O, self.a(O).home) else self.state({O, self.a(O).home})
        self.add(ev, O, "author")
        self.add(ev, po, "speaker")
        self.add(ev, X, "subject")
        on, xn = self.a(O), self.a(X)
        ev.keys = [on.tag, xn.tag]
        t1 = self.topics[ev.topics[0]]
        ev.title = self.rng.choice([f"Рішення {on.gen} щодо {t1.gen}",
                                    f"{on.name} {self.vb(O, 'ухвалює', 'ухвалює', 'ухвалює', 'ухвалюють')} рішення щодо {xn.gen}"])
        lead = self.rng.choice([
            f"{cap(when)} {on.loc} ухвалили рішення щодо {t1.gen}, яке стосується {xn.gen}.",
            f"{cap(when)} {on.loc} затвердили новий пакет заходів щодо {t1.gen} у відносинах з {xn.ins}.",
        ])
        ev.summary = f"{self.link(O)} {self.vb(O, 'ухвалив', 'ухвалила', 'ухвалило', 'ухвалили')} рішення щодо {t1.gen}, яке стосується {xn.gen}."
        if ev.plan.part == "background":
            ev.paragraphs = [lead + self.recall(ev, po, X)]
            return
        ev.headline = f"{cap(on.loc)} ухвалили рішення щодо {t1.gen}"
        paragraphs = [lead]
        if po:
            c = self.clause(ev, X)
            paragraphs.append(f"{cap(self.pd(po))} {self.g(po, 'пояснив', 'пояснила')}, що {c}.")
            if self.chance(0.5):
                ev.quotes.append((c, po))
            else:
                paragraphs.append(self.say(ev, po, X))
        paragraphs.append(self.rng.choice([
            "Рішення набуває чинності з моменту ухвалення.",
            "За рішення проголосувала більшість учасників.",
            "Виконання рішення обговорять на наступному засіданні.",
        ]))
        ev.paragraphs = paragraphs

    def k_treaty(self, ev, f, year, when, published):
        A, B, pa, pb, _ = self.two_sides(ev, f, year, mediator=False)
        self.add(ev, A, "party")
        self.add(ev, B, "party")
        variant = self.weighted(("signed", "inforce", "expired", "ratified"), (4, 3, 1, 2))
        if variant == "signed":
            self.add(ev, pa, "participant")
            self.add(ev, pb, "participant")
        elif pa:
            self.add(ev, pa, "speaker")
        if variant != "signed":
            pb = None
        ev.keys = [self.a(A).tag, self.a(B).tag]
        ev.pair = tuple(sorted((A, B)))
        an, bn = self.a(A), self.a(B)
        t1 = self.topics[ev.topics[0]]
        between = f"договір між {an.ins} та {bn.ins} щодо {t1.gen}"
        part, status = ev.plan.part, ev.plan.status
        if part == "upcoming":
            ev.title = f"Договір між {an.ins} та {bn.ins} щодо {t1.gen} набуває чинності"
            if status == "scheduled":
                text = f"{cap(when)} має набути чинності {between}."
                ev.summary = f"Очікується, що набуде чинності {between}."
            else:
                done = "перенесли" if status == "postponed" else "скасували"
                ev.title = f"Підписання договору між {an.ins} та {bn.ins} щодо {t1.gen}"
                text = f"{cap(when)} мало відбутися підписання договору між {an.ins} та {bn.ins} щодо {t1.gen}, однак його {done}."
                ev.summary = f"Підписання договору між {an.ins} та {bn.ins} щодо {t1.gen} {done}."
            ev.paragraphs = [text]
            return
        if variant == "signed" and pa and pb:
            ev.place = self.place((A, B)) if self.chance(0.7) else None
            where = f"{self.places[ev.place].loc} " if ev.place else ""
            ev.title = f"Підписання договору між {an.ins} та {bn.ins} щодо {t1.gen}"
            lead = f"{cap(when)} {where}{self.pd(pa)} та {self.pd(pb)} підписали {between}."
            ev.summary = f"{self.link(pa)} і {self.link(pb)} підписали {between}."
            ev.headline = f"{an.name} та {bn.name} підписали договір щодо {t1.gen}"
        elif variant in ("inforce", "signed"):
            ev.title = f"Договір між {an.ins} та {bn.ins} щодо {t1.gen} набуває чинності"
            lead = f"{cap(when)} набув чинності {between}."
            ev.summary = f"Набув чинності {between}."
            ev.headline = f"Набув чинності {between}"
        elif variant == "expired":
            ev.title = f"Договір між {an.ins} та {bn.ins} щодо {t1.gen} втрачає чинність"
            lead = f"{cap(when)} втратив чинність {between}."
            ev.summary = f"Втратив чинність {between}; його продовження не оформлене."
            ev.headline = f"Втратив чинність {between}"
        else:
            ev.title = f"{bn.name} {self.vb(B, 'ратифікує', 'ратифікує', 'ратифікує', 'ратифікують')} договір з {an.ins} щодо {t1.gen}"
            lead = f"{cap(when)} {bn.loc} ратифікували договір з {an.ins} щодо {t1.gen}."
            ev.summary = f"{self.link(B)} {self.vb(B, 'ратифікував', 'ратифікувала', 'ратифікувало', 'ратифікували')} договір з {an.ins} щодо {t1.gen}."
            ev.headline = f"{cap(bn.loc)} ратифікували договір з {an.ins}"
        if part == "background":
            ev.paragraphs = [lead + self.recall(ev, pa, B)]
            return
        paragraphs = [lead, self.rng.choice([
            "Договір укладено строком на десять років з можливістю продовження.",
            "Документ передбачає взаємні перевірки та обмін інформацією.",
            "Сторони зобов’язалися регулярно звітувати про виконання договору.",
        ])]
        self.quotes_for(ev, [pa, pb], B, paragraphs)
        ev.paragraphs = paragraphs

    def k_summit(self, ev, f, year, when, published):
        O = H = pa = S1 = None
        if f is not None and f.kind == "organization":
            O = f.id
        elif f is not None and f.kind == "state":
            S1 = f.id
        elif f is not None and f.kind == "person":
            pa = f.id
        if O is None:
            if self.orgs and self.chance(0.8):
                O = self.rng.choice(self.orgs)
            else:
                H = self.state({S1})
        S1 = S1 or self.state({H})
        S2 = self.state({S1, H})
        self.add(ev, O or H, "organizer" if O else "host")
        self.add(ev, S1, "participant")
        self.add(ev, S2, "participant")
        pa = pa or self.person_near(year, home=self.rng.choice([S1, S2]))
        if pa and not self.add(ev, pa, "participant", home_role="participant"):
            pa = None
        ev.keys = [self.a(O or H).tag]
        ev.place = self.place((H,) if H else ())
        where = self.places[ev.place].loc
        t1 = self.topics[ev.topics[0]]
        s1, s2 = self.a(S1), self.a(S2)
        what = f"саміт {self.a(O).gen}" if O else f"міжнародний саміт щодо {t1.gen}"
        ev.title = f"{cap(what)} {where}"
        part, status = ev.plan.part, ev.plan.status
        if part == "upcoming":
            if status == "scheduled":
                text = f"{cap(when)} {where} відбудеться {what}."
                ev.summary = f"Запланований {what} {where}."
            else:
                done = "перенесли" if status == "postponed" else "скасували"
                text = f"{cap(when)} {where} мав відбутися {what}, однак його {done}."
                ev.summary = f"{cap(what)} {where} {done}."
            ev.paragraphs = [text]
            return
        if ev.plan.precision == "day" and self.chance(0.5):
            ev.end_date = (ev.plan.date + dt.timedelta(days=self.rng.randint(1, 2))).isoformat()
        lead = f"{cap(when)} {where} {self.rng.choice(['розпочався', 'відбувся'])} {what}."
        who = f"У ньому взяли участь делегації {s1.gen}, {s2.gen} та інших держав."
        org_link = f"[{self.a(O).name}](actor:{O})" if O else ""
        ev.summary = (f"Саміт {org_link} {where}" if O else f"{cap(what)} {where}") + (
            f" зібрав делегації {s1.gen}, {s2.gen} та інших держав; головною темою стало питання {t1.gen}.")
        if part == "background":
            ev.paragraphs = [f"{lead} {who}" + self.recall(ev, pa, None)]
            return
        ev.headline = self.rng.choice([f"{cap(where)} стартував {what}", f"{cap(what)}: учасники обговорили питання {t1.gen}"])
        paragraphs = [lead, who]
        if pa:
            paragraphs.append(f"{cap(self.pd(pa))} {self.g(pa, 'виступив', 'виступила')} на пленарному засіданні.")
        self.quotes_for(ev, [pa], None, paragraphs)
        ev.paragraphs = paragraphs

    def k_publication(self, ev, f, year, when, published):
        M = X = px = None
        if f is not None and f.kind == "media":
            M = f.id
        elif f is not None and f.kind == "state":
            X = f.id
        elif f is not None and f.kind == "person":
            px = f.id
            X = self.a(px).home
        if M is None:
            if not self.media:
                return self.k_statement(ev, f, year, when, published)
            M = self.rng.choice(self.media)
        X = X or self.side()
        if px is None and self.chance(0.7):
            px = self.person_near(year, home=X)
        self.add(ev, M, "author")
        self.add(ev, X, "subject")
        self.add(ev, px, "subject", home_role="subject")
        mn, xn = self.a(M), self.a(X)
        ev.keys = [mn.tag, xn.tag]
        t1 = self.topics[ev.topics[0]]
        ev.title = self.rng.choice([f"{mn.name} публікує матеріал щодо {t1.gen}",
                                    f"{mn.name} повідомляє про позицію {xn.gen} щодо {t1.gen}"])
        lead = f"{cap(when)} видання {mn.name} опублікувало матеріал щодо {t1.gen}, у якому йдеться про позицію {xn.gen}."
        ev.summary = f"Видання {self.link(M)} опублікувало матеріал щодо {t1.gen} і позиції {xn.gen}."
        if ev.plan.part == "background":
            ev.paragraphs = [lead + self.recall(ev, px, X)]
            return
        ev.headline = f"{mn.name}: позиція {xn.gen} щодо {t1.gen}"
        paragraphs = [lead, f"За даними видання, {self.clause(ev, X)}."]
        if px:
            q = self.direct(ev)
            ev.quotes.append((q, px))
            paragraphs.append(f"Видання наводить слова {self.pdg(px)}: «{q}».")
        ev.paragraphs = paragraphs

    def k_military_activity(self, ev, f, year, when, published):
        A = pb = None
        if f is not None and f.kind == "state":
            A = f.id
        elif f is not None and f.kind == "person":
            pb = f.id
        A = A or self.state()
        if pb and self.a(pb).home == A:
            A = self.state({A})
        B = self.a(pb).home if pb and self.a(pb).kind == "person" and self.a(pb).home in self.states else self.state({A})
        if pb is None:
            pb = self.person_near(year, home=B)
        self.add(ev, A, "party")
        self.add(ev, B, "subject")
        if pb and not self.add(ev, pb, "speaker"):
            pb = None
        an, bn = self.a(A), self.a(B)
        ev.keys = [an.tag, bn.tag]
        ev.title = self.rng.choice([f"Навчання збройних сил {an.gen} поблизу кордонів {bn.gen}",
                                    f"Військова активність {an.gen} біля кордонів {bn.gen}"])
        what = self.rng.choice(["масштабні навчання", "перекидання військ"])
        thousands = self.rng.randint(5, 60)
        lead = f"{cap(when)} збройні сили {an.gen} розпочали {what} поблизу кордонів {bn.gen}."
        ev.summary = f"Збройні сили {an.gen} розпочали {what} поблизу кордонів {bn.gen}; за наявними даними, задіяно близько {thousands} тисяч військових."
        if ev.plan.part == "background":
            ev.paragraphs = [lead + self.recall(ev, pb, A)]
            return
        ev.headline = f"{an.name} {self.vb(A, 'стягує', 'стягує', 'стягує', 'стягують')} війська до кордонів {bn.gen}"
        paragraphs = [lead, f"За наявними даними, задіяно близько {thousands} тисяч військових."]
        if pb:
            paragraphs.append(f"{cap(self.pd(pb))} {self.g(pb, 'назвав', 'назвала')} ці дії загрозою для регіональної безпеки.")
        self.quotes_for(ev, [pb], A, paragraphs)
        ev.paragraphs = paragraphs

    # ---- one event ----

    def compose(self, ev: Event, forced: str | None, published: dt.date) -> bool:
        """Compose an event; True if the forced actor (one not yet in any event) took part."""
        kinds = SCHEDULABLE if ev.plan.part == "upcoming" else tuple(KIND_WEIGHTS)
        f = self.actors[forced] if forced else None
        if f is not None:
            allowed = FORCED_KINDS[f.kind]
            if f.kind == "organization" and not self.people_by_home.get(f.id):
                allowed = ("summit", "statement", "talks")
            options = [k for k in kinds if k in allowed]
            if not options:
                f, options = None, list(kinds)
        else:
            options = list(kinds)
        ev.kind = self.weighted(options, [KIND_WEIGHTS[k] for k in options])
        ev.topics = self.pick_topics()
        when = self.when(ev, published)
        getattr(self, "k_" + ev.kind.replace("-", "_"))(ev, f, ev.plan.date.year, when, published)
        while len(ev.cast) < 3:  # now and then a side is missing: name one more subject
            x = self.side(set(ev.cast))
            ev.cast[x] = "subject"
            ev.paragraphs[0] += f" Окремо йшлося про відносини з {self.actors[x].ins}."
        if ev.place is None and self.pending_places and ev.kind in ("talks", "meeting", "summit", "agreement") and ev.plan.part == "main":
            ev.place = self.pending_places.popleft()
            ev.paragraphs.append(f"Зустріч відбулася {self.places[ev.place].loc}.")
        ev.paragraphs = [euphony(p) for p in ev.paragraphs]
        ev.quotes = [(euphony(q), by) for q, by in ev.quotes]
        ev.title, ev.headline, ev.summary = euphony(ev.title), euphony(ev.headline), euphony(ev.summary)
        self.named.update(ev.topics)
        if ev.place:
            self.named.add(ev.place)
        d = ev.plan.date
        ym = (d.year, d.month)
        for aid in ev.cast:
            a = self.actors[aid]
            a.first = ym if a.first is None or ym < a.first else a.first
            a.last = ym if a.last is None or ym > a.last else a.last
        return f is not None and f.id in ev.cast

    # ---- ids ----

    def event_id(self, ev: Event) -> str:
        d, p = ev.plan.date, ev.plan.precision
        date = d.isoformat() if p == "day" else f"{d.year:04d}-{d.month:02d}" if p == "month" else f"{d.year:04d}"
        keys = [k for k in dict.fromkeys(ev.keys) if k]
        base = "-".join(keys + [KIND_SLUG[ev.kind], date])
        if len(base) > 72:
            base = "-".join([k[:16].strip("-") for k in keys] + [KIND_SLUG[ev.kind], date])
        eid, n = base, 2
        while eid in self.used_event_ids:
            eid = f"{base}-{n}"
            n += 1
        self.used_event_ids.add(eid)
        return eid

    def source_stem(self, main: Event, published: dt.date) -> str:
        keys = [k[:16].strip("-") for k in dict.fromkeys(main.keys) if k][:2]
        stem = "-".join(keys + [KIND_SLUG[main.kind]])
        candidate, n = stem, 2
        while f"{candidate}-{published.isoformat()}" in self.used_source_ids:
            candidate = f"{stem}-{n}"
            n += 1
        self.used_source_ids.add(f"{candidate}-{published.isoformat()}")
        return candidate

    # ---- the article ----

    def teaser(self, ev: Event) -> str:
        t = self.topics[self.rng.choice(ev.topics)].gen
        city = self.rng.choice(CITIES)[1]
        return self.rng.choice(TEASERS).format(t=t, c=city, k=self.rng.choice(TEASER_KEYS))

    def article(self, events: list[Event], published: dt.date, headline: str) -> str:
        rng = self.rng
        main, others = events[0], events[1:]
        blocks = [f"{headline} /фото {rng.choice(PHOTO_CREDITS)}" if self.chance(0.45) else headline]
        if self.chance(0.7):
            year = f" {published.year}" if self.chance(0.3) else ""
            blocks.append(f"{published.day} {MONTHS_GEN[published.month - 1]}{year}, {rng.randint(7, 22)}:{rng.randint(0, 59):02d}")
        body = list(main.paragraphs)
        t = self.topics[main.topics[0]].gen
        for filler in rng.sample(self.fitting(main, FILLERS), self.weighted((0, 1, 2), (2, 5, 3))):
            body.insert(rng.randint(1, len(body)), filler.format(t=t))
        recalled = False
        for ev in others:
            text = ev.paragraphs[0]
            if ev.plan.part == "background" and not recalled and self.chance(0.4):
                text = "Нагадаємо, " + lc(text)
                recalled = True
            body.append(text)
        quoted = [q for ev in events for q, _ in ev.quotes]
        if self.chance(0.35):
            eligible = [i for i, p in enumerate(body) if i and re.match("[А-ЯҐЄІЇ]", p) and not _GLUE.search(p)
                        and "«" not in p and not any(q in p for q in quoted)]
            if eligible:
                i = rng.choice(eligible)
                body[i] = "Читайте також" + self.teaser(main) + body[i]
        if self.chance(0.5):
            body.insert(rng.randint(1, min(3, len(body))), "Відео дня")
        if self.chance(0.1):
            body.insert(rng.randint(1, len(body)), "Created with Sketch.")
        blocks += body
        text = "\n\n".join(blocks) + "\n"
        end = rng.random()
        if end < 0.65:
            marker = "Читайте також" if end < 0.45 else "Вас також можуть зацікавити новини:"
            lines = [marker]
            for _ in range(rng.randint(3, 6)):
                lines.append(self.teaser(main))
                if marker == "Читайте також":
                    lines.append(rng.choice(RUBRICS))
            text += "\n" + "\n".join(lines) + "\n"
        return text

    def verify_quotes(self, events: list[Event], text: str, title: str, outlet: str) -> None:
        """Drop any quote the cleaner would not find verbatim (none should be)."""
        rules = rules_for(self.rules, self.outlet_rules, outlet)  # as the check cleans it
        body = "\n".join(re.sub(r"\s+", " ", p).strip() for p in clean(text, rules, title=title).paragraphs)
        for ev in events:
            ev.quotes = [(q, by) for q, by in ev.quotes if re.sub(r"\s+", " ", q).strip() in body and by in ev.cast]

    # ---- files ----

    def write(self, rel: str, text: str | bytes) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        path = self.target / rel
        path.write_bytes(data)
        self.files += 1
        self.bytes += len(data)

    def event_yaml(self, ev: Event, source: str) -> str:
        d, p = ev.plan.date, ev.plan.precision
        date = d.isoformat() if p == "day" else f"{d.year:04d}-{d.month:02d}" if p == "month" else f"{d.year:04d}"
        out = [header("event"), f"title: {ys(ev.title)}\n", f"date: {ydate(date)}\n"]
        if ev.end_date:
            out.append(f"end_date: {ev.end_date}\n")
        if ev.date_note:
            out.append(f"date_note: {ys(ev.date_note)}\n")
        out.append(f"kind: {ev.kind}\nstatus: {ev.plan.status}\n")
        if ev.place:
            out.append(f"place: {ev.place}\n")
        out.append("actors:\n")
        for aid, role in ev.cast.items():
            out.append(f"  - id: {aid}\n    role: {role}\n")
        out.append(f"topics: [{', '.join(ev.topics)}]\n")
        out.append(f"sources: [{source}]\n")
        out.append(yblock("summary", ev.summary))
        if ev.quotes:
            out.append("quotes:\n")
            for q, by in dict.fromkeys(ev.quotes):
                out.append(f"  - text: {ys(q)}\n    by: {by}\n    source: {source}\n")
        if ev.related:
            out.append(f"related: [{', '.join(ev.related)}]\n")
        if not ev.quotes:
            out.append(NO_QUOTES_NOTE[ev.plan.part] + "\nsilence: [no-quotes]\n")
        return "".join(out)

    def source_yaml(self, sid: str, seed: str, digest: str, outlet: str, title: str, published: dt.date, url: str, note: str) -> str:
        out = [header("source"), f"seed: {seed}\n", f"sha256: {digest}\n", f"outlet: {ys(outlet)}\n", f"title: {ys(title)}\n",
               f"published: {published.isoformat()}\n"]
        if url:
            out.append(f"url: {url}\n")
        out.append("language: uk\n")
        if note:
            out.append(yblock("note", note))
        return "".join(out)

    def source(self, s: int, events: list[Event]) -> None:
        rng = self.rng
        published = self.plan_sources[s][0]
        main = events[0]
        stem = self.source_stem(main, published)
        sid = f"{stem}-{published.isoformat()}"
        seed = f"seeds/{published.isoformat()}-{stem}.txt"
        for ev in events:
            ev.id = self.event_id(ev)
        for ev in events[1:]:
            main.related.append(ev.id)
        previous, before = self.last_by_pair.get(main.pair, (None, None)) if main.pair else (None, None)
        if previous and before <= main.plan.date and self.chance(0.5):
            main.related.insert(0, previous)
            if self.chance(0.6):
                main.summary += f" Подія продовжує [попередні контакти сторін](event:{previous})."
        if main.pair:
            self.last_by_pair[main.pair] = (main.id, main.plan.date)
        outlet, host = rng.choice(OUTLETS)
        text = self.article(events, published, main.headline)
        self.verify_quotes(events, text, main.headline, outlet)
        data = text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        url = f"https://www.{host}.example/news/{published.isoformat()}/{stem}-{rng.randint(100000, 999999)}" if self.chance(0.7) else ""
        note = ""
        if "/фото " in text.split("\n", 1)[0] and self.chance(0.4):
            note = "Заголовок у знімку сторінки злитий з підписом до фото; записано заголовок без підпису."
        elif self.chance(0.1):
            note = "Знімок сторінки не зберіг назви видання; її встановлено за оформленням сторінки."
        self.write(seed, data)
        self.write(f"content/sources/{sid}.yml", self.source_yaml(sid, seed, digest, outlet, main.headline, published, url, note))
        for ev in events:
            self.write(f"content/events/{ev.id}.yml", self.event_yaml(ev, sid))
            self.quotes += len(ev.quotes)

    def write_events(self) -> None:
        pending_actors: deque[str] = deque()
        self.pending_topics: deque[str] = deque()
        self.pending_places: deque[str] = deque()
        i = 0
        for s, (published, k) in enumerate(self.plan_sources):
            events = []
            for _ in range(k):
                for debut, queue in ((self.debut, pending_actors), (self.topic_debut, self.pending_topics), (self.place_debut, self.pending_places)):
                    if i in debut:
                        queue.append(debut[i])
                ev = Event(self.plans[i])
                forced = pending_actors[0] if pending_actors else None
                if self.compose(ev, forced, published) and forced:
                    pending_actors.popleft()
                events.append(ev)
                i += 1
            self.source(s, events)

    def dedupe_aliases(self) -> None:
        """Drop every alias that would name the wrong actor in an article.

        `chronicle check` finds an actor in a text wherever its name or an alias stands as whole
        words. An alias that is also a word sequence of another actor's name, forms, aliases or
        post ("Мішель" the surname and Мішель the first name; "France" in "Agence France-Presse"),
        or of a place or topic, would make the check see an actor the article does not name. Only
        an actor's own state or organization may be named inside its entries (a minister's post
        names the state; that state is always listed beside the minister).
        """
        index: dict[str, set[str]] = {}

        def words(text: str) -> list[str]:
            return re.findall(r"\w+", text)

        def note(owner: str, text: str) -> None:
            tokens = words(text)
            for i in range(len(tokens)):
                for j in range(i + 1, min(len(tokens), i + 6) + 1):
                    index.setdefault(" ".join(tokens[i:j]), set()).add(owner)

        for a in self.actors.values():
            for text in (a.name, a.gen, a.dat, a.ins, a.loc, *a.aliases, *a.post, a.earlier_post):
                note(a.id, text)
        for p in self.places.values():
            for text in (p.name, p.loc, *p.aliases):
                note("", text)
        for t in self.topics.values():
            for text in (t.name, t.gen, *t.aliases):
                note("", text)
        for a in self.actors.values():
            kept = []
            for alias in dict.fromkeys(a.aliases):
                others = {o for o in index.get(" ".join(words(alias)), ()) if o != a.id and (not o or self.actors[o].home != a.id)}
                if alias != a.name and not others:
                    kept.append(alias)
            a.aliases = kept

    def roles(self, a: Actor) -> list[str]:
        rng = self.rng
        start, end = a.era
        first, last = a.first or (start, 6), a.last or (end, 6)
        y0 = min(start, first[0])
        m0 = rng.randint(1, first[1]) if y0 == first[0] else rng.randint(1, 12)
        y1 = max(end, last[0])
        m1 = rng.randint(last[1], 12) if y1 == last[0] else rng.randint(1, 12)
        y1, m1 = max((y1, m1), (y0, m0))
        organization = a.post_body or a.home
        out = []
        if a.earlier_post:
            e0 = y0 - rng.randint(2, 5)
            out.append(f"  - post: {ys(a.earlier_post)}\n    organization: {a.home}\n    from: '{e0}'\n    to: {y0:04d}-{m0:02d}\n")
        role = f"  - post: {ys(a.post[0])}\n    organization: {organization}\n    from: {y0:04d}-{m0:02d}\n"
        if y1 < 2026:
            role += f"    to: {y1:04d}-{m1:02d}\n"
        return out + [role]

    def write_entries(self) -> None:
        self.dedupe_aliases()
        # A small chronicle has more actors, topics and places than its events can name.
        unnamed = "# No synthetic event happened to name it.\nsilence: [unlinked]\n"
        in_roles = {a.post_body or a.home for a in self.actors.values() if a.kind == "person"}
        in_roles |= {a.home for a in self.actors.values() if a.earlier_post}
        for aid in sorted(self.actors):
            a = self.actors[aid]
            out = [header("actor"), f"name: {ys(a.name)}\n", f"kind: {a.kind}\n"]
            if a.aliases:
                out.append(f"aliases: {ylist(a.aliases)}\n")
            if a.description:
                out.append(f"description: {ys(a.description)}\n")
            if a.kind == "person":
                out.append("roles:\n" + "".join(self.roles(a)))
            if a.first is None and aid not in in_roles:
                out.append(unnamed)
            self.write(f"content/actors/{aid}.yml", "".join(out))
        for tid in sorted(self.topics):
            t = self.topics[tid]
            out = [header("topic"), f"name: {ys(t.name)}\n", f"aliases: {ylist(t.aliases)}\n", f"description: {ys(t.description)}\n"]
            if tid not in self.named:
                out.append(unnamed)
            self.write(f"content/topics/{tid}.yml", "".join(out))
        for pid in sorted(self.places):
            p = self.places[pid]
            out = [header("place"), f"name: {ys(p.name)}\n"]
            if p.aliases:
                out.append(f"aliases: {ylist(p.aliases)}\n")
            out.append(f"country: {ys(p.country)}\n")
            out.append(f"coordinates: {{lat: {p.lat!r}, lon: {p.lon!r}}}\n")
            if pid not in self.named:
                out.append(unnamed)
            self.write(f"content/places/{pid}.yml", "".join(out))

    def run(self, target: Path, rules: Rules, outlet_rules: dict[str, Rules]) -> None:
        self.target = target
        self.rules, self.outlet_rules = rules, outlet_rules
        self.files = self.bytes = self.quotes = 0
        self.named: set[str] = set()  # topics and places some event names
        for part in ("content/events", "content/actors", "content/sources", "content/topics", "content/places", "seeds"):
            (target / part).mkdir(parents=True, exist_ok=True)
        self.plan()
        self.make_cast()
        self.make_topics_and_places()
        self.write_events()
        self.write_entries()


# The parsed name tables: group -> (male, female, surnames).
def _parse_names():
    parsed = {}
    for group, (male, female, surnames) in NAME_GROUPS.items():
        m = [_name_parts(e) for e in _entries(male)]
        f = [_name_parts(e) for e in _entries(female)]
        s = []
        for entry in _entries(surnames):
            uk, _, latin = entry.partition(" ")
            declines = not uk.endswith("=")
            uk = uk.rstrip("=")
            uk_m, _, uk_f = uk.partition("/")
            lat_m, _, lat_f = latin.partition("/")
            if not lat_m:
                lat_m, lat_f = translit(uk_m), translit(uk_f) if uk_f else ""
            s.append((uk_m, uk_f or uk_m, lat_m, lat_f or (lat_m if not uk_f else translit(uk_f)), declines))
        parsed[group] = (m, f, s)
    return parsed


PARSED_NAMES = _parse_names()
STATES_BY_ID = {row[0]: row for row in STATES}
ORG_BY_ID = {row[0]: row for row in ORGANIZATIONS}


# ---------------------------------------------------------------------------------------------


def _rules(target: Path) -> tuple[Rules, dict[str, Rules]]:
    path = target / "content" / "cleaning.yml"
    data = yaml.safe_load(path.read_text("utf-8")) if path.is_file() else None
    data = data if isinstance(data, dict) else {}
    return Rules.from_dict(data.get("default")), {k: Rules.from_dict(v) for k, v in (data.get("outlets") or {}).items()}


def _copy(root: Path, target: Path) -> tuple[int, int]:
    files = size = 0
    for rel in COPIED:
        source = root / rel
        if source.is_dir():
            for path in sorted(source.rglob("*")):
                if path.is_file() and "__pycache__" not in path.parts:
                    dest = target / rel / path.relative_to(source)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    dest.write_bytes(path.read_bytes())
                    files, size = files + 1, size + dest.stat().st_size
        elif source.is_file():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            (target / rel).write_bytes(source.read_bytes())
            files, size = files + 1, size + (target / rel).stat().st_size
        elif rel == "mkdocs.yml":
            raise SynthError(f"{source} does not exist; run it in a chronicle project or pass --root")
    return files, size


def synthesize(target: Path, events: int, seed: int = 0, root: Path = Path("."), force: bool = False) -> Summary:
    """Write a synthetic chronicle of `events` events into target; see the module's docstring."""
    started = time.perf_counter()
    target, root = Path(target).resolve(), Path(root).resolve()
    if events < 1:
        raise SynthError("--events must be at least 1")
    if target == root:
        raise SynthError(f"{target} is the project itself; choose another directory")
    if target.exists() and not target.is_dir():
        raise SynthError(f"{target} is a file; choose a directory")
    if target.is_dir() and any(target.iterdir()):
        if not force:
            raise SynthError(f"{target} is not empty; choose an empty directory, or pass --force to replace its chronicle")
        for rel in WRITTEN:
            path = target / rel
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
    target.mkdir(parents=True, exist_ok=True)
    copied_files, copied_bytes = _copy(root, target)
    synth = Synth(events, seed)
    synth.run(target, *_rules(target))
    return Summary(
        events=events, actors=len(synth.actors), sources=len(synth.plan_sources), topics=len(synth.topics),
        places=len(synth.places), quotes=synth.quotes, files=synth.files + copied_files, bytes=synth.bytes + copied_bytes,
        seconds=time.perf_counter() - started,
    )
