"""The state of a synthetic chronicle being made, and what every part of it draws on: the one
seeded random generator, the plan of sources and events, the cast, topics and places, and the
words that name them (posts, agreement, dates and quotes as an article writes them)."""

from __future__ import annotations

import datetime as dt
import random
from bisect import bisect
from collections import deque
from itertools import accumulate

from chronicle.synth.data import (
    DIRECT_QUOTES,
    INDIRECT_CLAUSES,
    MONTHS_GEN,
    MONTHS_LOC,
    QUOTE_TAILS,
    WEEKDAYS_ACC,
)
from chronicle.synth.entities import Actor, Event, Place, Planned, Topic
from chronicle.synth.words import cap, lc

FIRST_DAY = dt.date(2001, 1, 1)  # publication dates spread over these 25 years
LAST_DAY = dt.date(2025, 12, 31)
TALKISH = ("talks", "meeting", "call", "visit", "summit", "agreement", "treaty")


class World:
    """Everything a synthetic chronicle of `events` events is made from, drawn from random.Random(seed)."""

    def __init__(self, events: int, seed: int):
        self.events = events
        self.rng = random.Random(seed)
        self.actors: dict[str, Actor] = {}
        self.topics: dict[str, Topic] = {}
        self.places: dict[str, Place] = {}
        self.plans: list[Planned] = []
        self.plan_sources: list[tuple[dt.date, int]] = []
        # set by chronicle.synth.cast and chronicle.synth.places
        self.debut: dict[int, str] = {}  # event number -> the actor first named there
        self.people_by_year: dict[int, list[str]] = {}
        self.people_by_home_year: dict[tuple, list[str]] = {}
        self.people_by_home: dict[str | None, list[str]] = {}
        self.all_people: list[str] = []
        self.states: list[str] = []
        self.state_weights: list[float] = []
        self.orgs: list[str] = []
        self.gov: list[str] = []
        self.media: list[str] = []
        self.topic_ids: list[str] = []
        self.topic_weights: list[float] = []
        self.place_ids: list[str] = []
        self.place_weights: list[float] = []
        self.places_by_state: dict[str, list[str]] = {}
        self.topic_debut: dict[int, str] = {}
        self.place_debut: dict[int, str] = {}
        # while the events are composed
        self.pending_topics: deque[str] = deque()
        self.pending_places: deque[str] = deque()
        self.named: set[str] = set()  # topics and places some event names

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
        left = self.events
        while left:
            k = min(left, self.weighted((1, 2, 3), (35, 40, 25)))
            sizes.append(k)
            left -= k
        lo, hi = FIRST_DAY.toordinal(), LAST_DAY.toordinal()
        days = sorted(rng.randint(lo, hi) for _ in sizes)
        for s, (k, day) in enumerate(zip(sizes, days)):
            published = dt.date.fromordinal(day)
            self.plan_sources.append((published, k))
            parts = ["main"] + {
                1: [],
                2: [self.weighted(("background", "upcoming"), (65, 35))],
                3: list(
                    self.weighted(
                        (("background", "upcoming"), ("background", "background"), ("upcoming", "background")),
                        (50, 35, 15),
                    )
                ),
            }[k]
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

    # ---- words ----

    def actor(self, aid: str) -> Actor:
        return self.actors[aid]

    def post_name(self, aid: str) -> str:
        """A person with the post, nominative: "міністр закордонних справ Франції Жан Дюпон"."""
        a = self.actors[aid]
        return f"{a.post[0]} {a.name}"

    def post_name_gen(self, aid: str) -> str:
        """The same in the genitive."""
        a = self.actors[aid]
        return f"{a.post[1]} {a.gen}"

    def post_name_ins(self, aid: str) -> str:
        """The same in the instrumental."""
        a = self.actors[aid]
        return f"{a.post[2]} {a.ins}"

    def gendered(self, aid: str, male: str, female: str) -> str:
        """The word that agrees with a person's gender: gendered(p, "заявив", "заявила")."""
        return female if self.actors[aid].female else male

    def verb(self, aid: str, masculine: str, feminine: str, neuter: str, plural: str) -> str:
        """The verb form that agrees with an actor's name: Франція оголосила, США оголосили."""
        return {"m": masculine, "f": feminine, "n": neuter, "p": plural}[self.actors[aid].gender]

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

    def date_phrase(self, ev: Event, published: dt.date) -> str:
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
        name = self.post_name(p) if first else a.short[0]
        if self.chance(0.3):
            c = self.clause(ev, other)
            form = self.rng.randrange(3)
            if form == 0:
                sentence = f"{cap(name)} {self.gendered(p, 'зазначив', 'зазначила')}, що {c}."
            elif form == 1:
                sentence = f"За словами {self.post_name_gen(p) if first else a.short[1]}, {c}."
            else:
                sentence = f"{cap(name)} також {self.gendered(p, 'додав', 'додала')}, що {c}."
            ev.quotes.append((c, p))
            return sentence
        q = self.direct(ev)
        form = self.rng.randrange(4)
        if form == 0:
            sentence = f"«{q}», — {self.gendered(p, 'заявив', 'заявила')} {name}."
        elif form == 1:
            sentence = f"{cap(name)} {self.gendered(p, 'наголосив', 'наголосила')}: «{q}»."
        elif form == 2:
            sentence = f"«{q}», — {self.gendered(p, 'сказав', 'сказала')} {name} журналістам."
        else:
            q = lc(q)
            sentence = f"За словами {self.post_name_gen(p) if first else a.short[1]}, «{q}»."
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
            return f" Тоді {self.actors[speaker].short[0]} {self.gendered(speaker, 'заявив', 'заявила')}: «{q}»."
        return ""

    # ---- the kinds of event ----
