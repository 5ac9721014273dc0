"""What a synthetic chronicle is made of before it is written: actors, places, topics, and events
as planned and as composed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


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
    post: tuple[str, ...] = ("", "", "")  # nominative, genitive, instrumental
    post_body: str | None = None  # the government body the post belongs to
    earlier_post: str = ""
    era: tuple[int, int] = (0, 0)
    first: tuple | None = None  # (y, m) of the first and last event it takes part in
    last: tuple | None = None

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

    def date_text(self) -> str:
        """The date as the YAML and the id write it: to the day, the month or the year."""
        d, p = self.plan.date, self.plan.precision
        return d.isoformat() if p == "day" else f"{d.year:04d}-{d.month:02d}" if p == "month" else f"{d.year:04d}"
