"""Writing the chronicle: ids, an article and its source per one to three events, the events'
YAML, and then the actors, topics and places, each in the house layout."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from chronicle import speech
from chronicle.clean import Rules, rules_for
from chronicle.synth import yaml_text
from chronicle.synth.article import article, verify_quotes
from chronicle.synth.cast import make_cast
from chronicle.synth.composers import compose
from chronicle.synth.data import OUTLETS
from chronicle.synth.entities import Actor, Event
from chronicle.synth.places import make_topics_and_places
from chronicle.synth.world import World

KIND_SLUG = {
    "talks": "talks",
    "meeting": "meeting",
    "call": "call",
    "visit": "visit",
    "statement": "statement",
    "proposal": "proposal",
    "agreement": "agreement",
    "decision": "decision",
    "treaty": "treaty",
    "summit": "summit",
    "publication": "report",
    "military-activity": "exercises",
}
NO_QUOTES_NOTE = {
    "background": "# The article recalls this event without quoting anyone about it.",
    "upcoming": "# The article announces this event; nobody is quoted about it.",
    "main": "# The article reports this event without quoting anyone.",
}
UNNAMED = "# No synthetic event happened to name it.\nsilence: [unlinked]\n"
FOLDERS = ("content/events", "content/actors", "content/sources", "content/topics", "content/places", "seeds")


@dataclass
class Output:
    """Where the files go, and how many were written."""

    target: Path
    rules: Rules
    outlet_rules: dict[str, Rules]
    files: int = 0
    size: int = 0  # bytes written
    quotes: int = 0
    used_event_ids: set[str] = field(default_factory=set)
    used_source_ids: set[str] = field(default_factory=set)
    last_by_pair: dict[tuple, tuple[str, dt.date]] = field(default_factory=dict)  # two sides -> their latest main event

    def write(self, rel: str, text: str | bytes) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        (self.target / rel).write_bytes(data)
        self.files += 1
        self.size += len(data)


# ---- ids ----


def event_id(out: Output, ev: Event) -> str:
    keys = [k for k in dict.fromkeys(ev.keys) if k]
    base = "-".join(keys + [KIND_SLUG[ev.kind], ev.date_text()])
    if len(base) > 72:
        base = "-".join([k[:16].strip("-") for k in keys] + [KIND_SLUG[ev.kind], ev.date_text()])
    eid, n = base, 2
    while eid in out.used_event_ids:
        eid = f"{base}-{n}"
        n += 1
    out.used_event_ids.add(eid)
    return eid


def source_stem(out: Output, main: Event, published: dt.date) -> str:
    keys = [k[:16].strip("-") for k in dict.fromkeys(main.keys) if k][:2]
    stem = "-".join(keys + [KIND_SLUG[main.kind]])
    candidate, n = stem, 2
    while f"{candidate}-{published.isoformat()}" in out.used_source_ids:
        candidate = f"{stem}-{n}"
        n += 1
    out.used_source_ids.add(f"{candidate}-{published.isoformat()}")
    return candidate


# ---- events and sources ----


def event_yaml(ev: Event, source: str, reported: frozenset[str] = frozenset()) -> str:
    """The event's YAML; `reported`: the quotes its article gives without quotation marks (`kind: reported`)."""
    ys = yaml_text.scalar
    out = [yaml_text.schema_header("event"), f"title: {ys(ev.title)}\n", f"date: {yaml_text.date(ev.date_text())}\n"]
    if ev.end_date:
        out.append(f"end_date: {ev.end_date}\n")
    if ev.date_note:
        out.append(f"date_note: {ys(ev.date_note)}\n")
    out.append(f"kind: {ev.kind}\nstatus: {ev.plan.status}\n")
    if ev.place:
        out.append(f"place: {ev.place}\n")
    out.append("actors:\n")
    out += [f"  - id: {aid}\n    role: {role}\n" for aid, role in ev.cast.items()]
    out.append(f"topics: [{', '.join(ev.topics)}]\n")
    out.append(f"sources: [{source}]\n")
    out.append(yaml_text.block("summary", ev.summary))
    if ev.quotes:
        out.append("quotes:\n")
        out += [
            f"  - text: {ys(q)}\n    by: {by}\n    source: {source}\n"
            + ("    kind: reported\n" if q in reported else "")
            for q, by in dict.fromkeys(ev.quotes)
        ]
    if ev.related:
        out.append(f"related: [{', '.join(ev.related)}]\n")
    if not ev.quotes:
        out.append(NO_QUOTES_NOTE[ev.plan.part] + "\nsilence: [no-quotes]\n")
    return "".join(out)


def source_yaml(seed: str, digest: str, outlet: str, title: str, published: dt.date, url: str, note: str) -> str:
    ys = yaml_text.scalar
    out = [
        yaml_text.schema_header("source"),
        f"seed: {seed}\n",
        f"sha256: {digest}\n",
        f"outlet: {ys(outlet)}\n",
        f"title: {ys(title)}\n",
        f"published: {published.isoformat()}\n",
    ]
    if url:
        out.append(f"url: {url}\n")
    out.append("language: uk\n")
    if note:
        out.append(yaml_text.block("note", note))
    return "".join(out)


def _relate(w: World, out: Output, events: list[Event]) -> None:
    """The main event relates to the others of its article, and now and then to the two sides'
    previous main event."""
    main = events[0]
    for ev in events[1:]:
        main.related.append(ev.id)
    last = out.last_by_pair.get(main.pair) if main.pair else None
    if last and last[1] <= main.plan.date and w.chance(0.5):
        previous = last[0]
        main.related.insert(0, previous)
        if w.chance(0.6):
            main.summary += f" Подія продовжує [попередні контакти сторін](event:{previous})."
    if main.pair:
        out.last_by_pair[main.pair] = (main.id, main.plan.date)


def _source_note(w: World, text: str) -> str:
    if "/фото " in text.split("\n", 1)[0] and w.chance(0.4):
        return "Заголовок у знімку сторінки злитий з підписом до фото; записано заголовок без підпису."
    if w.chance(0.1):
        return "Знімок сторінки не зберіг назви видання; її встановлено за оформленням сторінки."
    return ""


def write_source(w: World, out: Output, s: int, events: list[Event]) -> None:
    """The article of source s, its seed and source entry, and its events' entries."""
    published = w.plan_sources[s][0]
    main = events[0]
    stem = source_stem(out, main, published)
    sid = f"{stem}-{published.isoformat()}"
    seed = f"seeds/{published.isoformat()}-{stem}.txt"
    for ev in events:
        ev.id = event_id(out, ev)
    _relate(w, out, events)
    outlet, host = w.rng.choice(OUTLETS)
    text = article(w, events, published, main.headline)
    paragraphs = verify_quotes(
        events, text, main.headline, rules_for(out.rules, out.outlet_rules, outlet)
    )  # as the check cleans it
    # What a speaker said in the article's words ("зазначив, що…"), not in «…»: reported speech (chronicle.speech).
    reported = frozenset(q for ev in events for q, _ in ev.quotes if speech.unmarked(paragraphs, q))
    data = text.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    url = (
        f"https://www.{host}.example/news/{published.isoformat()}/{stem}-{w.rng.randint(100000, 999999)}"
        if w.chance(0.7)
        else ""
    )
    note = _source_note(w, text)
    out.write(seed, data)
    out.write(f"content/sources/{sid}.yml", source_yaml(seed, digest, outlet, main.headline, published, url, note))
    for ev in events:
        out.write(f"content/events/{ev.id}.yml", event_yaml(ev, sid, reported))
        out.quotes += len(ev.quotes)


def write_events(w: World, out: Output) -> None:
    """Compose the events source by source, each actor, topic and place first named at its debut."""
    pending_actors: deque[str] = deque()
    i = 0
    for s, (published, k) in enumerate(w.plan_sources):
        events = []
        for _ in range(k):
            for debut, queue in (
                (w.debut, pending_actors),
                (w.topic_debut, w.pending_topics),
                (w.place_debut, w.pending_places),
            ):
                if i in debut:
                    queue.append(debut[i])
            ev = Event(w.plans[i])
            forced = pending_actors[0] if pending_actors else None
            if compose(w, ev, forced, published) and forced:
                pending_actors.popleft()
            events.append(ev)
            i += 1
        write_source(w, out, s, events)


# ---- actors, topics, places ----


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _phrase_owners(w: World) -> dict[str, set[str]]:
    """Every run of up to six words of a name, form, alias or post -> the actors it belongs to
    ("" for places and topics)."""
    index: dict[str, set[str]] = {}

    def note(owner: str, text: str) -> None:
        tokens = _words(text)
        for i in range(len(tokens)):
            for j in range(i + 1, min(len(tokens), i + 6) + 1):
                index.setdefault(" ".join(tokens[i:j]), set()).add(owner)

    for a in w.actors.values():
        for text in (a.name, a.gen, a.dat, a.ins, a.loc, *a.aliases, *a.post, a.earlier_post):
            note(a.id, text)
    for p in w.places.values():
        for text in (p.name, p.loc, *p.aliases):
            note("", text)
    for t in w.topics.values():
        for text in (t.name, t.gen, *t.aliases):
            note("", text)
    return index


def dedupe_aliases(w: World) -> None:
    """Drop every alias that would name the wrong actor in an article.

    `chronicle check` finds an actor in a text wherever its name or an alias stands as whole
    words. An alias that is also a word sequence of another actor's name, forms, aliases or
    post ("Мішель" the surname and Мішель the first name; "France" in "Agence France-Presse"),
    or of a place or topic, would make the check see an actor the article does not name. Only
    an actor's own state or organization may be named inside its entries (a minister's post
    names the state; that state is always listed beside the minister).
    """
    index = _phrase_owners(w)
    for a in w.actors.values():
        kept = []
        for alias in dict.fromkeys(a.aliases):
            others = {
                o for o in index.get(" ".join(_words(alias)), ()) if o != a.id and (not o or w.actors[o].home != a.id)
            }
            if alias != a.name and not others:
                kept.append(alias)
        a.aliases = kept


def roles(w: World, a: Actor) -> list[str]:
    """A person's roles: the post held over its era (and the events it is in), perhaps an earlier one."""
    rng, ys = w.rng, yaml_text.scalar
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
        out.append(
            f"  - post: {ys(a.earlier_post)}\n    organization: {a.home}\n    from: '{e0}'\n    to: {y0:04d}-{m0:02d}\n"
        )
    role = f"  - post: {ys(a.post[0])}\n    organization: {organization}\n    from: {y0:04d}-{m0:02d}\n"
    if y1 < 2026:
        role += f"    to: {y1:04d}-{m1:02d}\n"
    return out + [role]


def _write_actors(w: World, out: Output) -> None:
    ys = yaml_text.scalar
    in_roles = {a.post_body or a.home for a in w.actors.values() if a.kind == "person"}
    in_roles |= {a.home for a in w.actors.values() if a.earlier_post}
    for aid in sorted(w.actors):
        a = w.actors[aid]
        text = [yaml_text.schema_header("actor"), f"name: {ys(a.name)}\n", f"kind: {a.kind}\n"]
        if a.aliases:
            text.append(f"aliases: {yaml_text.flow_list(a.aliases)}\n")
        if a.description:
            text.append(f"description: {ys(a.description)}\n")
        if a.kind == "person":
            text.append("roles:\n" + "".join(roles(w, a)))
        if a.first is None and aid not in in_roles:
            text.append(UNNAMED)  # a small chronicle has more actors, topics and places than its events name
        out.write(f"content/actors/{aid}.yml", "".join(text))


def _write_topics_and_places(w: World, out: Output) -> None:
    ys = yaml_text.scalar
    for tid in sorted(w.topics):
        t = w.topics[tid]
        text = [
            yaml_text.schema_header("topic"),
            f"name: {ys(t.name)}\n",
            f"aliases: {yaml_text.flow_list(t.aliases)}\n",
            f"description: {ys(t.description)}\n",
        ]
        if tid not in w.named:
            text.append(UNNAMED)
        out.write(f"content/topics/{tid}.yml", "".join(text))
    for pid in sorted(w.places):
        p = w.places[pid]
        text = [yaml_text.schema_header("place"), f"name: {ys(p.name)}\n"]
        if p.aliases:
            text.append(f"aliases: {yaml_text.flow_list(p.aliases)}\n")
        text.append(f"country: {ys(p.country)}\n")
        text.append(f"coordinates: {{lat: {p.lat!r}, lon: {p.lon!r}}}\n")
        if pid not in w.named:
            text.append(UNNAMED)
        out.write(f"content/places/{pid}.yml", "".join(text))


def write_chronicle(w: World, out: Output) -> None:
    """Plan, cast, compose and write the whole chronicle into out.target."""
    for part in FOLDERS:
        (out.target / part).mkdir(parents=True, exist_ok=True)
    w.plan()
    make_cast(w)
    make_topics_and_places(w)
    write_events(w, out)
    dedupe_aliases(w)
    _write_actors(w, out)
    _write_topics_and_places(w, out)
