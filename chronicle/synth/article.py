"""The seed of a source: a plausible capture of a Ukrainian news page that reports its events, with
the furniture content/cleaning.yml drops (photo credits, "Відео дня", "Читайте також" teasers,
related headlines), and the check that the cleaner finds every quote in it verbatim."""

from __future__ import annotations

import datetime as dt
import re

from chronicle.clean import Rules, clean, glued
from chronicle.synth.data import (
    CITIES,
    FILLERS,
    MONTHS_GEN,
    PHOTO_CREDITS,
    RUBRICS,
    TEASER_KEYS,
    TEASERS,
)
from chronicle.synth.entities import Event
from chronicle.synth.words import lc
from chronicle.synth.world import World


def teaser(w: World, ev: Event) -> str:
    t = w.topics[w.rng.choice(ev.topics)].gen
    city = w.rng.choice(CITIES)[1]
    return w.rng.choice(TEASERS).format(t=t, c=city, k=w.rng.choice(TEASER_KEYS))


def _top(w: World, published: dt.date, headline: str) -> list[str]:
    """The headline (now and then glued to a photo credit) and perhaps a dateline."""
    blocks = [f"{headline} /фото {w.rng.choice(PHOTO_CREDITS)}" if w.chance(0.45) else headline]
    if w.chance(0.7):
        year = f" {published.year}" if w.chance(0.3) else ""
        blocks.append(
            f"{published.day} {MONTHS_GEN[published.month - 1]}{year}, {w.rng.randint(7, 22)}:{w.rng.randint(0, 59):02d}"
        )
    return blocks


def _body(w: World, events: list[Event]) -> list[str]:
    """The main event's paragraphs with fillers, then the first paragraph of each other event."""
    main = events[0]
    body = list(main.paragraphs)
    t = w.topics[main.topics[0]].gen
    for filler in w.rng.sample(w.fitting(main, FILLERS), w.weighted((0, 1, 2), (2, 5, 3))):
        body.insert(w.rng.randint(1, len(body)), filler.format(t=t))
    recalled = False
    for ev in events[1:]:
        text = ev.paragraphs[0]
        if ev.plan.part == "background" and not recalled and w.chance(0.4):
            text = "Нагадаємо, " + lc(text)
            recalled = True
        body.append(text)
    return body


def _furnish(w: World, events: list[Event], body: list[str]) -> None:
    """Page furniture inside the article: a teaser glued to a paragraph, "Відео дня", an icon's title."""
    quoted = [q for ev in events for q, _ in ev.quotes]
    if w.chance(0.35):
        eligible = [
            i
            for i, p in enumerate(body)
            if i and re.match("[А-ЯҐЄІЇ]", p) and not glued(p) and "«" not in p and not any(q in p for q in quoted)
        ]
        if eligible:
            i = w.rng.choice(eligible)
            body[i] = "Читайте також" + teaser(w, events[0]) + body[i]
    if w.chance(0.5):
        body.insert(w.rng.randint(1, min(3, len(body))), "Відео дня")
    if w.chance(0.1):
        body.insert(w.rng.randint(1, len(body)), "Created with Sketch.")


def _related(w: World, main: Event) -> str:
    """Now and then a block of related headlines under the article."""
    end = w.rng.random()
    if end >= 0.65:
        return ""
    marker = "Читайте також" if end < 0.45 else "Вас також можуть зацікавити новини:"
    lines = [marker]
    for _ in range(w.rng.randint(3, 6)):
        lines.append(teaser(w, main))
        if marker == "Читайте також":
            lines.append(w.rng.choice(RUBRICS))
    return "\n" + "\n".join(lines) + "\n"


def article(w: World, events: list[Event], published: dt.date, headline: str) -> str:
    """The capture of the page reporting events (the first the main one), published that day."""
    blocks = _top(w, published, headline)
    body = _body(w, events)
    _furnish(w, events, body)
    text = "\n\n".join(blocks + body) + "\n"
    return text + _related(w, events[0])


def verify_quotes(events: list[Event], text: str, title: str, rules: Rules) -> tuple[str, ...]:
    """Drop any quote the cleaner would not find verbatim (none should be); the cleaned paragraphs."""
    paragraphs = tuple(clean(text, rules, title=title).paragraphs)
    body = "\n".join(re.sub(r"\s+", " ", p).strip() for p in paragraphs)
    for ev in events:
        ev.quotes = [(q, by) for q, by in ev.quotes if re.sub(r"\s+", " ", q).strip() in body and by in ev.cast]
    return paragraphs
