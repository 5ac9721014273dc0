"""The composers: one function per kind of event, which casts it (who takes part, in what role),
places it and writes its title, summary, headline and paragraphs, quoting its people.

`COMPOSERS` maps each kind to its composer; `compose` draws an event's kind and topics and calls it.
A composer takes the world, the event (planned: source, part, date, status), the actor that must
take part if it can (one not yet in any event, or None), the event's year, and the date as the
article writes it. Every choice is drawn from the world's one random generator, in a fixed order.

The actors of an event are actor ids, named by their part in it: A and B the two sides (states,
or organizations), pa and pb their people (heads of delegation, participants), M a mediator or
a medium, G a government body, org an organization (or, in a summit, the organizer), H a host
state, S1 and S2 participating states, X and Y what a statement or publication is about, px or
po a person quoted. an, bn, xn... are the Actor records of A, B, X...; t1 and t2 the topics.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from chronicle.synth.data import ANNOUNCED, CLOSINGS, NUMBERS_HOURS
from chronicle.synth.entities import Actor, Event
from chronicle.synth.words import cap, euphony
from chronicle.synth.world import World

KIND_WEIGHTS = {
    "talks": 16,
    "meeting": 13,
    "statement": 16,
    "call": 8,
    "visit": 10,
    "summit": 5,
    "proposal": 5,
    "agreement": 7,
    "decision": 6,
    "treaty": 3,
    "publication": 5,
    "military-activity": 4,
}
SCHEDULABLE = ("talks", "meeting", "visit", "summit", "agreement", "treaty")
# What an actor that has not yet taken part in any event can be given a part in.
FORCED_KINDS = {
    "person": tuple(KIND_WEIGHTS),
    "state": (
        "talks",
        "agreement",
        "treaty",
        "visit",
        "statement",
        "proposal",
        "decision",
        "summit",
        "publication",
        "military-activity",
    ),
    "organization": ("talks", "summit", "decision", "statement"),
    "government-body": ("proposal", "decision", "statement"),
    "media": ("publication",),
}


def forced_id(forced: Actor | None, *kinds: str) -> str | None:
    """The forced actor's id if it is of one of these kinds."""
    return forced.id if forced is not None and forced.kind in kinds else None


def called_off(status: str, postponed: str = "перенесли") -> str:
    """What happened to an event that will not take place as planned."""
    return postponed if status == "postponed" else "скасували"


def spaced(where: str) -> str:
    """ " у Женеві" for a place written "у Женеві " at the start of a phrase; "" for none."""
    return " " + where.strip() if where else ""


def two_sides(w: World, ev: Event, forced: Actor | None, year: int, mediator: bool) -> tuple:
    """Two parties with their heads of delegation, and perhaps a mediator."""
    pa, A, M = forced_id(forced, "person"), forced_id(forced, "state"), forced_id(forced, "organization")
    if M and w.people_by_home.get(M):  # an organization with officials is a side, else the mediator
        A, M = M, None
    if pa:
        A = w.actors[pa].home
    elif A:
        pa = w.person_near(year, home=A)
    else:
        pa = w.person_near(year)
        A = w.actors[pa].home if pa else w.state()
    pb = w.person_near(year, not_homes={A, M}, not_ids={pa})
    B = w.actors[pb].home if pb else w.state({A, M})
    if M is None and mediator and w.chance(0.25):
        M = w.side({A, B})
    return A, B, pa, pb, M


def announce(ev: Event, kind: str, postponed: str = "перенесли", **fields: str) -> None:
    """An event an article announces: its paragraph and summary, ANNOUNCED[kind] filled in with
    fields (the kind as written, which a composer that falls back to another's may not be ev.kind)."""
    scheduled, off = ANNOUNCED[kind]
    text, summary = scheduled if ev.plan.status == "scheduled" else off
    done = called_off(ev.plan.status, postponed)
    ev.paragraphs = [text.format(done=done, **fields)]
    ev.summary = summary.format(done=done, **fields)


def titled_or_announced(w: World, ev: Event, titles: list[str], kind: str, **fields: str) -> bool:
    """Give the event one of titles; an event the article announces is then written whole
    (see announce): True."""
    ev.title = w.rng.choice(titles)
    if ev.plan.part != "upcoming":
        return False
    announce(ev, kind, **fields)
    return True


def closing(w: World, kind: str, **fields: str) -> str:
    """One of the kind's closing sentences (data.CLOSINGS), filled in with fields."""
    return w.rng.choice(CLOSINGS[kind]).format(**fields)


def recalled(w: World, ev: Event, lead: str, speaker: str | None, other: str | None) -> bool:
    """An event an article recalls is one paragraph: lead, and now and then what speaker said
    then (True); False for the others."""
    if ev.plan.part != "background":
        return False
    ev.paragraphs = [lead + w.recall(ev, speaker, other)]
    return True


def placed(w: World, ev: Event, near: tuple, p: float) -> str:
    """With probability p, a place for the event (most often in one of the states near): the
    place as the start of a phrase ("у Женеві "), or ""."""
    ev.place = w.place(near) if w.chance(p) else None
    return place_phrase(w, ev)


def place_phrase(w: World, ev: Event) -> str:
    """The event's place as the start of a phrase ("у Женеві "), or "" when it has none."""
    return f"{w.places[ev.place].loc} " if ev.place else ""


def cast_two_sides(w: World, ev: Event, sides: tuple, role: str) -> str | None:
    """Cast two parties, their people in role, and the mediator if there is room: the mediator
    cast, or None."""
    A, B, pa, pb, M = sides
    w.add(ev, A, "party")
    w.add(ev, B, "party")
    w.add(ev, pa, role)
    w.add(ev, pb, role)
    if M and not w.add(ev, M, "mediator"):
        M = None
    ev.keys = [w.actor(A).tag, w.actor(B).tag]
    ev.pair = tuple(sorted((A, B)))
    return M


def compose_talks(w: World, ev: Event, forced: Actor | None, year: int, when: str) -> None:
    A, B, pa, pb, M = two_sides(w, ev, forced, year, mediator=True)
    M = cast_two_sides(w, ev, (A, B, pa, pb, M), "head-of-delegation")
    sides = (A, B, pa, pb, M)
    placed(w, ev, (A, B), 0.85)
    an, bn = w.actor(A), w.actor(B)
    med = f" за посередництва {w.actor(M).gen}" if M else ""
    t1 = w.topics[ev.topics[0]]
    ev.title = w.rng.choice(
        [f"Переговори {an.gen} та {bn.gen}" + (f" {w.places[ev.place].loc}" if ev.place else f" щодо {t1.gen}")]
        + ([f"{w.actor(pa).name} і {w.actor(pb).name} проводять переговори щодо {t1.gen}"] if pa and pb else [])
    )
    if ev.plan.part == "upcoming":
        _talks_ahead(w, ev, an, bn, pa, med, when)
    else:
        _talks_held(w, ev, sides, med, when)


def _talks_ahead(w: World, ev: Event, an: Actor, bn: Actor, pa: str | None, med: str, when: str) -> None:
    where, t1 = place_phrase(w, ev), w.topics[ev.topics[0]]
    led = f" Делегацію {an.gen} очолить {w.post_name(pa)}." if pa else ""
    announce(
        ev,
        "talks",
        postponed="перенесли на пізніший термін",
        When=cap(when),
        where=where,
        around=spaced(where),
        a_gen=an.gen,
        b_gen=bn.gen,
        med=med,
        led=led,
        t=t1.gen,
    )


def _talks_lead(w: World, ev: Event, sides: tuple, med: str, when: str) -> tuple[str, str]:
    """The first sentence, and who led the delegations when it does not say."""
    A, B, pa, pb, _ = sides
    an, bn, where = w.actor(A), w.actor(B), place_phrase(w, ev)
    lead_heads = not (pa and pb) or w.chance(0.5)
    if not lead_heads:
        return f"{cap(when)} {w.post_name(pa)} та {w.post_name(pb)} провели {where}переговори{med}.", ""
    lead = f"{cap(when)} {where}відбувся раунд переговорів між делегаціями {an.gen} та {bn.gen}{med}."
    if not (pa and pb):
        return lead, ""
    return lead, (
        f"Делегацію {an.gen} {w.gendered(pa, 'очолював', 'очолювала')} {w.actor(pa).post[0]} {w.actor(pa).name}, "
        f"а делегацію {bn.gen} — {w.actor(pb).post[0]} {w.actor(pb).name}."
    )


def _talks_held(w: World, ev: Event, sides: tuple, med: str, when: str) -> None:
    A, B, pa, pb, M = sides
    an, bn, where = w.actor(A), w.actor(B), place_phrase(w, ev)
    t1 = w.topics[ev.topics[0]]
    t2 = w.topics[ev.topics[1]] if len(ev.topics) > 1 else None
    lead, heads = _talks_lead(w, ev, sides, med, when)
    topics = f"Сторони обговорили питання {t1.gen}" + (f" та {t2.gen}" if t2 else "") + "."
    ev.summary = f"Делегації {an.gen} та {bn.gen} провели {where}переговори щодо {t1.gen}{med}." + (
        f" Делегації очолювали {w.link(pa)} і {w.link(pb)}." if pa and pb else ""
    )
    if recalled(w, ev, " ".join(x for x in (lead, heads) if x), pa, B):
        return
    ev.headline = w.rng.choice(
        ([f"{cap(where.strip())} завершилися переговори {an.gen} та {bn.gen}"] if where else [])
        + [f"{an.name} та {bn.name} провели новий раунд переговорів щодо {t1.gen}"]
        + ([f"{w.actor(pa).short[0]} і {w.actor(pb).short[0]} провели переговори"] if pa and pb else [])
    )
    paragraphs = [lead, " ".join(x for x in (heads, topics) if x)]
    if w.chance(0.5):
        paragraphs.append(f"Переговори тривали понад {w.rng.choice(NUMBERS_HOURS)}.")
    if M:
        paragraphs.append(f"Учасники подякували {w.actor(M).dat} за сприяння в організації зустрічі.")
    w.quotes_for(ev, [pa, pb], B, paragraphs)
    ev.paragraphs = paragraphs


def compose_agreement(w: World, ev: Event, forced: Actor | None, year: int, when: str) -> None:
    A, B, pa, pb, M = two_sides(w, ev, forced, year, mediator=True)
    M = cast_two_sides(w, ev, (A, B, pa, pb, M), "participant")
    where = placed(w, ev, (A, B), 0.6)
    an, bn = w.actor(A), w.actor(B)
    t1 = w.topics[ev.topics[0]]
    titles = [
        f"{an.name} та {bn.name} домовляються щодо {t1.gen}",
        f"Меморандум між {an.ins} та {bn.ins} щодо {t1.gen}",
    ]
    if titled_or_announced(
        w,
        ev,
        titles,
        "agreement",
        When=cap(when),
        where=where,
        a=an.name,
        b=bn.name,
        a_ins=an.ins,
        b_ins=bn.ins,
        t=t1.gen,
    ):
        return
    verb = w.rng.choice(["досягли домовленості", "підписали меморандум про взаєморозуміння", "уклали угоду"])
    lead = f"{cap(when)} {where}{an.name} та {bn.name} {verb} щодо {t1.gen}."
    signed = f"Документ підписали {w.post_name(pa)} та {w.post_name(pb)}." if pa and pb else ""
    ev.summary = f"{an.name} та {bn.name} домовилися щодо {t1.gen}" + (
        f"; документ підписали {w.link(pa)} і {w.link(pb)}." if pa and pb else "."
    )
    ev.headline = f"{an.name} та {bn.name} уклали угоду щодо {t1.gen}"
    if recalled(w, ev, " ".join(x for x in (lead, signed) if x), pa, B):
        return
    paragraphs = [lead] + ([signed] if signed else [])
    if M:
        paragraphs.append(f"Домовленостей вдалося досягти за посередництва {w.actor(M).gen}.")
    paragraphs.append(closing(w, "agreement"))
    w.quotes_for(ev, [pa, pb], B, paragraphs)
    ev.paragraphs = paragraphs


def two_people(w: World, ev: Event, forced: Actor | None, year: int) -> tuple[str | None, str | None]:
    pa = None
    if forced is not None and forced.kind == "person":
        pa = forced.id
    elif forced is not None:
        pa = w.person_near(year, home=forced.id)
    pa = pa or w.person_near(year)
    pb = w.person_near(year, not_homes={w.actor(pa).home}, not_ids={pa}) if pa else None
    return pa, pb


def cast_two_people(w: World, ev: Event, pa: str, pb: str) -> tuple:
    """Cast two people of different states or organizations as participants: their homes."""
    w.add(ev, pa, "participant")
    w.add(ev, pb, "participant")
    A, B = w.actor(pa).home, w.actor(pb).home
    ev.keys = [w.actor(pa).tag, w.actor(pb).tag]
    ev.pair = tuple(sorted((A, B)))
    return A, B


def compose_meeting(w: World, ev: Event, forced: Actor | None, year: int, when: str) -> None:
    pa, pb = two_people(w, ev, forced, year)
    if not (pa and pb):
        return compose_talks(w, ev, forced, year, when)
    A, B = cast_two_people(w, ev, pa, pb)
    where = placed(w, ev, (A, B), 0.8)
    a, b = w.actor(pa), w.actor(pb)
    t1 = w.topics[ev.topics[0]]
    titles = [f"Зустріч {a.gen} і {b.gen}{spaced(where)}", f"{a.name} і {b.name} обговорюють питання {t1.gen}"]
    if titled_or_announced(
        w,
        ev,
        titles,
        "meeting",
        When=cap(when),
        where=where,
        around=spaced(where),
        pa_gen=w.post_name_gen(pa),
        pb_ins=w.post_name_ins(pb),
        pa_link=w.link(pa),
        pb_link=w.link(pb),
    ):
        return
    lead = f"{cap(when)} {where}{w.post_name(pa)} {w.gendered(pa, 'зустрівся', 'зустрілася')} з {w.post_name_ins(pb)}."
    ev.summary = f"{w.link(pa)} і {w.link(pb)} зустрілися{spaced(where)} й обговорили питання {t1.gen}."
    if recalled(w, ev, lead, pa, B):
        return
    ev.headline = w.rng.choice(
        [f"{a.short[0]} і {b.short[0]} обговорили питання {t1.gen}"]
        + ([f"{cap(where.strip())} відбулася зустріч {a.post[1]} і {b.post[1]}"] if where else [])
    )
    detail = w.rng.choice(
        [
            f"Співрозмовники обговорили питання {t1.gen} та подальші кроки у двосторонніх відносинах.",
            f"Під час зустрічі сторони приділили особливу увагу питанню {t1.gen}.",
        ]
    )
    paragraphs = [lead, detail]
    w.quotes_for(ev, [pa, pb], B, paragraphs)
    ev.paragraphs = paragraphs


def compose_call(w: World, ev: Event, forced: Actor | None, year: int, when: str) -> None:
    pa, pb = two_people(w, ev, forced, year)
    if not (pa and pb):
        return compose_statement(w, ev, forced, year, when)
    _, B = cast_two_people(w, ev, pa, pb)
    a, b = w.actor(pa), w.actor(pb)
    t1 = w.topics[ev.topics[0]]
    t2 = w.topics[ev.topics[1]] if len(ev.topics) > 1 else None
    titles = (f"Телефонна розмова {a.gen} і {b.gen}", f"{a.name} і {b.name} обговорюють телефоном питання {t1.gen}")
    ev.title = w.rng.choice(titles)
    lead = f"{cap(when)} {w.post_name(pa)} {w.gendered(pa, 'провів', 'провела')} телефонну розмову з {w.post_name_ins(pb)}."
    ev.summary, ev.headline = (
        f"{w.link(pa)} і {w.link(pb)} обговорили телефоном питання {t1.gen}.",
        f"{a.short[0]} і {b.short[0]} провели телефонну розмову",
    )
    if recalled(w, ev, lead, pa, B):
        return
    paragraphs = [lead, f"Співрозмовники обговорили питання {t1.gen}" + (f" і {t2.gen}" if t2 else "") + "."]
    w.quotes_for(ev, [pa, pb], B, paragraphs)
    ev.paragraphs = paragraphs


def _visit_ahead(w: World, ev: Event, pa: str, bn: Actor, when: str) -> None:
    announce(
        ev,
        "visit",
        When=cap(when),
        pa=w.post_name(pa),
        pa_link=w.link(pa),
        pa_had=w.gendered(pa, "мав", "мала"),
        b_gen=bn.gen,
    )


def compose_visit(w: World, ev: Event, forced: Actor | None, year: int, when: str) -> None:
    pa, B = forced_id(forced, "person"), forced_id(forced, "state")
    pa = pa or w.person_near(year, not_homes={B})
    if pa is None:
        return compose_statement(w, ev, forced, year, when)
    A = w.actor(pa).home
    B = B if B and B != A else w.state({A})
    pb = w.person_near(year, home=B, not_ids={pa}) if w.chance(0.6) else None
    w.add(ev, pa, "head-of-delegation")
    w.add(ev, B, "host")
    if pb and not w.add(ev, pb, "participant"):
        pb = None
    ev.keys = [w.actor(pa).tag, w.actor(B).tag]
    ev.pair = tuple(sorted((A, B)))
    ev.place = w.place((B,)) if w.chance(0.8) else None
    where = w.places[ev.place].loc if ev.place else ""
    a, bn = w.actor(pa), w.actor(B)
    t1 = w.topics[ev.topics[0]]
    ev.title = w.rng.choice([f"Візит {a.gen} до {bn.gen}", f"Візит {w.post_name_gen(pa)} до {bn.gen}"])
    if ev.plan.part == "upcoming":
        _visit_ahead(w, ev, pa, bn, when)
        return
    part = ev.plan.part
    kind_of = w.rng.choice(["офіційним", "робочим"])
    lead = f"{cap(when)} {w.post_name(pa)} {w.gendered(pa, 'прибув', 'прибула')} з {kind_of} візитом до {bn.gen}."
    met = f"{a.short[0]} {w.gendered(pa, 'зустрівся', 'зустрілася')} з {w.post_name_ins(pb)}." if pb else ""
    ev.summary = f"{w.link(pa)} {w.gendered(pa, 'здійснив', 'здійснила')} {kind_of[:-2]}ий візит до {bn.gen}" + (
        f" і {w.gendered(pa, 'зустрівся', 'зустрілася')} з {w.link(pb)}." if pb else "."
    )
    if part == "background":
        lead = f"{cap(when)} {w.post_name(pa)} {w.gendered(pa, 'здійснив', 'здійснила')} візит до {bn.gen}."
        ev.paragraphs = [" ".join(x for x in (lead, met) if x) + w.recall(ev, pa, B)]
        return
    ev.headline = f"{a.short[0]} {w.gendered(pa, 'прибув', 'прибула')} з візитом до {bn.gen}"
    paragraphs = [lead]
    second = " ".join(x for x in ((f"Переговори відбулися {where}." if where else ""), met) if x)
    if second:
        paragraphs.append(second)
    paragraphs.append(f"Головною темою візиту стало питання {t1.gen}.")
    w.quotes_for(ev, [pa, pb], B, paragraphs)
    ev.paragraphs = paragraphs


def _statement_cast(w: World, ev: Event, forced: Actor | None, year: int) -> tuple:
    """Who speaks (a person, or a government body), about whom (X, and perhaps Y)."""
    pa, G = forced_id(forced, "person"), forced_id(forced, "government-body")
    X = forced_id(forced, "state", "organization")
    if not pa and not G:
        if w.gov and w.chance(0.15):
            G = w.rng.choice(w.gov)
        else:
            pa = w.person_near(year, not_homes={X})
    speaker = pa or G
    if speaker is None:
        speaker = G = w.rng.choice(w.gov) if w.gov else None
    home = w.actor(speaker).home if speaker else None
    X = X if X and X != home else w.side({home})
    w.add(ev, speaker, "speaker" if pa else "author")
    if speaker is None:
        w.add(ev, w.state({X}), "author")
    w.add(ev, X, "subject")
    Y = w.side({home, X}) if w.chance(0.3) else None
    if Y and not w.add(ev, Y, "subject"):
        Y = None
    ev.keys = [w.actor(speaker).tag] if speaker else [w.actor(X).tag]
    return pa, G, X, Y, speaker


def _person_states(w: World, ev: Event, pa: str, xn: Actor, Y: str | None, said: str, when: str) -> tuple[str, str]:
    t1 = w.topics[ev.topics[0]]
    titles = (f"Заява {w.actor(pa).gen} щодо {t1.gen}", f"{w.actor(pa).name} висловлюється щодо відносин з {xn.ins}")
    ev.title = w.rng.choice(titles)
    lead = f"{cap(when)} {w.post_name(pa)} {w.gendered(pa, 'заявив', 'заявила')}, що {said}."
    spoke = w.gendered(pa, "висловився", "висловилася")
    ev.summary = f"{w.link(pa)} {spoke} щодо {t1.gen} у відносинах з {xn.ins}."
    ev.headline = f"{w.actor(pa).short[0]} {spoke} щодо {t1.gen}"
    also = (
        f"Окремо {w.gendered(pa, 'він', 'вона')} {w.gendered(pa, 'згадав', 'згадала')} про відносини з {w.actor(Y).ins}."
        if Y
        else ""
    )
    return lead, also


def _body_states(w: World, ev: Event, G: str, xn: Actor, Y: str | None, said: str, when: str) -> tuple[str, str]:
    t1, gn = w.topics[ev.topics[0]], w.actor(G)
    ev.title = f"Заява {gn.gen} щодо {t1.gen}"
    lead = f"{cap(when)} {gn.loc} заявили, що {said}."
    ev.summary = f"{w.link(G)} {w.verb(G, 'оприлюднив', 'оприлюднила', 'оприлюднило', 'оприлюднили')} заяву щодо {t1.gen} у відносинах з {xn.ins}."
    ev.headline = f"{cap(gn.loc)} висловилися щодо {t1.gen}"
    also = f"Окремо у заяві йдеться про відносини з {w.actor(Y).ins}." if Y else ""
    return lead, also


def compose_statement(w: World, ev: Event, forced: Actor | None, year: int, when: str) -> None:
    pa, G, X, Y, speaker = _statement_cast(w, ev, forced, year)
    xn = w.actor(X)
    said = w.clause(ev, X)
    quoted = w.chance(0.5)
    if pa:
        lead, also = _person_states(w, ev, pa, xn, Y, said, when)
    elif G:
        lead, also = _body_states(w, ev, G, xn, Y, said, when)
    else:
        ev.title = ev.headline = f"Заява щодо відносин з {xn.ins}"
        lead, also, quoted = f"{cap(when)} {said}.", "", False
        ev.summary = f"Заява щодо {w.topics[ev.topics[0]].gen} у відносинах з {xn.ins}."
    if quoted and speaker:
        ev.quotes.append((said, speaker))
    if ev.plan.part == "background":
        ev.paragraphs = [lead]
        return
    paragraphs = [lead] + ([also] if also else [])
    if pa and w.chance(0.75):
        paragraphs.append(w.say(ev, pa, X))
    elif G and w.chance(0.6):
        q = w.direct(ev)
        ev.quotes.append((q, G))
        paragraphs.append(f"«{q}», — йдеться у заяві {w.actor(G).gen}.")
    ev.paragraphs = paragraphs


def cast_author(w: World, ev: Event, parts: tuple, named: str) -> tuple[Actor, Actor]:
    """Cast (author, speaker, subject); the event's id names `named` and the subject: their records."""
    author, speaker, subject = parts
    w.add(ev, author, "author")
    w.add(ev, speaker, "speaker")
    w.add(ev, subject, "subject")
    first, second = w.actor(named), w.actor(subject)
    ev.keys = [first.tag, second.tag]
    return first, second


def explain(
    w: World, ev: Event, speaker: str, other: str | None, paragraphs: list[str], sentence: Callable[[str], str]
) -> None:
    """The speaker explains (sentence with what was said): half the time that is the quote, else
    a quote follows."""
    said = w.clause(ev, other)
    paragraphs.append(sentence(said))
    if w.chance(0.5):
        ev.quotes.append((said, speaker))
    else:
        paragraphs.append(w.say(ev, speaker, other))


def compose_proposal(w: World, ev: Event, forced: Actor | None, year: int, when: str) -> None:
    pa, G, A = forced_id(forced, "person"), forced_id(forced, "government-body"), forced_id(forced, "state")
    if pa:
        A = w.actor(pa).home
    if not (pa or G or A):
        if w.gov and w.chance(0.4):
            G = w.rng.choice(w.gov)
        else:
            A = w.state()
    if G:
        A = w.actor(G).home
    assert A is not None  # a state, or the government body's state
    if not pa and w.chance(0.7):
        pa = w.person_near(year, home=A)
    B = w.side({A})
    an, bn = cast_author(w, ev, (G or A, pa, B), A)
    t1 = w.topics[ev.topics[0]]
    ev.title = w.rng.choice(
        [
            f"Пропозиція {an.gen} щодо {t1.gen}",
            f"{an.name} {w.verb(A, 'пропонує', 'пропонує', 'пропонує', 'пропонують')} {bn.dat} угоду щодо {t1.gen}",
        ]
    )
    if G:
        lead = f"{cap(when)} {w.actor(G).loc} оприлюднили проєкт угоди з {bn.ins} щодо {t1.gen}."
        ev.summary = f"{w.link(G)} {w.verb(G, 'оприлюднив', 'оприлюднила', 'оприлюднило', 'оприлюднили')} проєкт угоди з {bn.ins} щодо {t1.gen}."
    else:
        lead = f"{cap(when)} {an.loc} запропонували {bn.dat} розпочати консультації щодо {t1.gen}."
        ev.summary = f"{w.link(A)} {w.verb(A, 'запропонував', 'запропонувала', 'запропонувало', 'запропонували')} {bn.dat} консультації щодо {t1.gen}."
    ev.headline = f"{an.name} {w.verb(A, 'запропонував', 'запропонувала', 'запропонувало', 'запропонували')} {bn.dat} угоду щодо {t1.gen}"
    if recalled(w, ev, lead, pa, B):
        return
    paragraphs = [lead, closing(w, "proposal", b_gen=bn.gen)]
    if pa:
        explain(
            w,
            ev,
            pa,
            B,
            paragraphs,
            lambda said: f"Як {w.gendered(pa, 'пояснив', 'пояснила')} {w.post_name(pa)}, {said}.",
        )
    ev.paragraphs = paragraphs


def compose_decision(w: World, ev: Event, forced: Actor | None, year: int, when: str) -> None:
    org, X, po = (
        forced_id(forced, "organization", "government-body"),
        forced_id(forced, "state"),
        forced_id(forced, "person"),
    )
    if po:
        org = w.actor(po).home
    if org is None:
        with_people = [o for o in w.orgs if w.people_by_home.get(o)]
        if with_people and w.chance(0.6):
            org = w.rng.choice(with_people)
        elif w.gov:
            org = w.rng.choice(w.gov)
        else:
            org = w.rng.choice(w.orgs)
    if po is None and w.actor(org).kind != "government-body":
        po = w.person_near(year, home=org)
    X = X if X and X not in (org, w.actor(org).home) else w.state({org, w.actor(org).home})
    on, xn = cast_author(w, ev, (org, po, X), org)
    t1 = w.topics[ev.topics[0]]
    ev.title = w.rng.choice(
        [
            f"Рішення {on.gen} щодо {t1.gen}",
            f"{on.name} {w.verb(org, 'ухвалює', 'ухвалює', 'ухвалює', 'ухвалюють')} рішення щодо {xn.gen}",
        ]
    )
    lead = w.rng.choice(
        [
            f"{cap(when)} {on.loc} ухвалили рішення щодо {t1.gen}, яке стосується {xn.gen}.",
            f"{cap(when)} {on.loc} затвердили новий пакет заходів щодо {t1.gen} у відносинах з {xn.ins}.",
        ]
    )
    ev.summary = f"{w.link(org)} {w.verb(org, 'ухвалив', 'ухвалила', 'ухвалило', 'ухвалили')} рішення щодо {t1.gen}, яке стосується {xn.gen}."
    ev.headline = f"{cap(on.loc)} ухвалили рішення щодо {t1.gen}"
    if recalled(w, ev, lead, po, X):
        return
    paragraphs = [lead]
    if po:
        explain(
            w,
            ev,
            po,
            X,
            paragraphs,
            lambda said: f"{cap(w.post_name(po))} {w.gendered(po, 'пояснив', 'пояснила')}, що {said}.",
        )
    paragraphs.append(closing(w, "decision"))
    ev.paragraphs = paragraphs


def compose_treaty(w: World, ev: Event, forced: Actor | None, year: int, when: str) -> None:
    A, B, pa, pb, _ = two_sides(w, ev, forced, year, mediator=False)
    w.add(ev, A, "party")
    w.add(ev, B, "party")
    variant = w.weighted(("signed", "inforce", "expired", "ratified"), (4, 3, 1, 2))
    if variant == "signed":
        w.add(ev, pa, "participant")
        w.add(ev, pb, "participant")
    elif pa:
        w.add(ev, pa, "speaker")
    if variant != "signed":
        pb = None
    ev.keys = [w.actor(A).tag, w.actor(B).tag]
    ev.pair = tuple(sorted((A, B)))
    an, bn = w.actor(A), w.actor(B)
    t1 = w.topics[ev.topics[0]]
    between = f"договір між {an.ins} та {bn.ins} щодо {t1.gen}"
    part, status = ev.plan.part, ev.plan.status
    if part == "upcoming":
        ev.title = f"Договір між {an.ins} та {bn.ins} щодо {t1.gen} набуває чинності"
        if status == "scheduled":
            text = f"{cap(when)} має набути чинності {between}."
            ev.summary = f"Очікується, що набуде чинності {between}."
        else:
            done = called_off(status)
            ev.title = f"Підписання договору між {an.ins} та {bn.ins} щодо {t1.gen}"
            text = f"{cap(when)} мало відбутися підписання договору між {an.ins} та {bn.ins} щодо {t1.gen}, однак його {done}."
            ev.summary = f"Підписання договору між {an.ins} та {bn.ins} щодо {t1.gen} {done}."
        ev.paragraphs = [text]
        return
    if variant == "signed" and pa and pb:
        where = placed(w, ev, (A, B), 0.7)
        ev.title = f"Підписання договору між {an.ins} та {bn.ins} щодо {t1.gen}"
        lead = f"{cap(when)} {where}{w.post_name(pa)} та {w.post_name(pb)} підписали {between}."
        ev.summary = f"{w.link(pa)} і {w.link(pb)} підписали {between}."
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
        ev.title = f"{bn.name} {w.verb(B, 'ратифікує', 'ратифікує', 'ратифікує', 'ратифікують')} договір з {an.ins} щодо {t1.gen}"
        lead = f"{cap(when)} {bn.loc} ратифікували договір з {an.ins} щодо {t1.gen}."
        ev.summary = f"{w.link(B)} {w.verb(B, 'ратифікував', 'ратифікувала', 'ратифікувало', 'ратифікували')} договір з {an.ins} щодо {t1.gen}."
        ev.headline = f"{cap(bn.loc)} ратифікували договір з {an.ins}"
    if recalled(w, ev, lead, pa, B):
        return
    paragraphs = [lead, closing(w, "treaty")]
    w.quotes_for(ev, [pa, pb], B, paragraphs)
    ev.paragraphs = paragraphs


def _summit_cast(w: World, ev: Event, forced: Actor | None, year: int) -> tuple:
    """The organization or host state, two participating states, and perhaps a person."""
    org, S1, pa = forced_id(forced, "organization"), forced_id(forced, "state"), forced_id(forced, "person")
    H = None
    if org is None:
        if w.orgs and w.chance(0.8):
            org = w.rng.choice(w.orgs)
        else:
            H = w.state({S1})
    S1 = S1 or w.state({H})
    S2 = w.state({S1, H})
    w.add(ev, org or H, "organizer" if org else "host")
    w.add(ev, S1, "participant")
    w.add(ev, S2, "participant")
    pa = pa or w.person_near(year, home=w.rng.choice([S1, S2]))
    if pa and not w.add(ev, pa, "participant", home_role="participant"):
        pa = None
    host = org or H
    assert host is not None
    ev.keys = [w.actor(host).tag]
    return org, H, S1, S2, pa


def compose_summit(w: World, ev: Event, forced: Actor | None, year: int, when: str) -> None:
    org, H, S1, S2, pa = _summit_cast(w, ev, forced, year)
    ev.place = w.place((H,) if H else ())
    where = w.places[ev.place].loc
    t1 = w.topics[ev.topics[0]]
    s1, s2 = w.actor(S1), w.actor(S2)
    what = f"саміт {w.actor(org).gen}" if org else f"міжнародний саміт щодо {t1.gen}"
    ev.title = f"{cap(what)} {where}"
    part = ev.plan.part
    if part == "upcoming":
        announce(ev, "summit", When=cap(when), where=where, what=what, What=cap(what))
        return
    if ev.plan.precision == "day" and w.chance(0.5):
        ev.end_date = (ev.plan.date + dt.timedelta(days=w.rng.randint(1, 2))).isoformat()
    lead = f"{cap(when)} {where} {w.rng.choice(['розпочався', 'відбувся'])} {what}."
    who = f"У ньому взяли участь делегації {s1.gen}, {s2.gen} та інших держав."
    org_link = f"[{w.actor(org).name}](actor:{org})" if org else ""
    ev.summary = (f"Саміт {org_link} {where}" if org else f"{cap(what)} {where}") + (
        f" зібрав делегації {s1.gen}, {s2.gen} та інших держав; головною темою стало питання {t1.gen}."
    )
    if recalled(w, ev, f"{lead} {who}", pa, None):
        return
    ev.headline = w.rng.choice([f"{cap(where)} стартував {what}", f"{cap(what)}: учасники обговорили питання {t1.gen}"])
    paragraphs = [lead, who]
    if pa:
        paragraphs.append(f"{cap(w.post_name(pa))} {w.gendered(pa, 'виступив', 'виступила')} на пленарному засіданні.")
    w.quotes_for(ev, [pa], None, paragraphs)
    ev.paragraphs = paragraphs


def compose_publication(w: World, ev: Event, forced: Actor | None, year: int, when: str) -> None:
    M, X, px = forced_id(forced, "media"), forced_id(forced, "state"), forced_id(forced, "person")
    if px:
        X = w.actor(px).home
    if M is None:
        if not w.media:
            return compose_statement(w, ev, forced, year, when)
        M = w.rng.choice(w.media)
    X = X or w.side()
    if px is None and w.chance(0.7):
        px = w.person_near(year, home=X)
    w.add(ev, M, "author")
    w.add(ev, X, "subject")
    w.add(ev, px, "subject", home_role="subject")
    mn, xn = w.actor(M), w.actor(X)
    ev.keys = [mn.tag, xn.tag]
    t1 = w.topics[ev.topics[0]]
    titles = (f"{mn.name} публікує матеріал щодо {t1.gen}", f"{mn.name} повідомляє про позицію {xn.gen} щодо {t1.gen}")
    ev.title = w.rng.choice(titles)
    lead = f"{cap(when)} видання {mn.name} опублікувало матеріал щодо {t1.gen}, у якому йдеться про позицію {xn.gen}."
    ev.summary = f"Видання {w.link(M)} опублікувало матеріал щодо {t1.gen} і позиції {xn.gen}."
    ev.headline = f"{mn.name}: позиція {xn.gen} щодо {t1.gen}"
    if recalled(w, ev, lead, px, X):
        return
    paragraphs = [lead, f"За даними видання, {w.clause(ev, X)}."]
    if px:
        q = w.direct(ev)
        ev.quotes.append((q, px))
        paragraphs.append(f"Видання наводить слова {w.post_name_gen(px)}: «{q}».")
    ev.paragraphs = paragraphs


def compose_military_activity(w: World, ev: Event, forced: Actor | None, year: int, when: str) -> None:
    A, pb = forced_id(forced, "state"), forced_id(forced, "person")
    A = A or w.state()
    if pb and w.actor(pb).home == A:
        A = w.state({A})
    B = w.actor(pb).home if pb and w.actor(pb).kind == "person" and w.actor(pb).home in w.states else w.state({A})
    if pb is None:
        pb = w.person_near(year, home=B)
    w.add(ev, A, "party")
    w.add(ev, B, "subject")
    if pb and not w.add(ev, pb, "speaker"):
        pb = None
    assert B is not None  # the person's state, or another state
    an, bn = w.actor(A), w.actor(B)
    ev.keys = [an.tag, bn.tag]
    ev.title = w.rng.choice(
        [
            f"Навчання збройних сил {an.gen} поблизу кордонів {bn.gen}",
            f"Військова активність {an.gen} біля кордонів {bn.gen}",
        ]
    )
    what = w.rng.choice(["масштабні навчання", "перекидання військ"])
    strength = f"за наявними даними, задіяно близько {w.rng.randint(5, 60)} тисяч військових."
    lead = f"{cap(when)} збройні сили {an.gen} розпочали {what} поблизу кордонів {bn.gen}."
    ev.summary = f"Збройні сили {an.gen} розпочали {what} поблизу кордонів {bn.gen}; {strength}"
    ev.headline = f"{an.name} {w.verb(A, 'стягує', 'стягує', 'стягує', 'стягують')} війська до кордонів {bn.gen}"
    if recalled(w, ev, lead, pb, A):
        return
    paragraphs = [lead, cap(strength)]
    if pb:
        paragraphs.append(
            f"{cap(w.post_name(pb))} {w.gendered(pb, 'назвав', 'назвала')} ці дії загрозою для регіональної безпеки."
        )
    w.quotes_for(ev, [pb], A, paragraphs)
    ev.paragraphs = paragraphs


COMPOSERS: dict[str, Callable[[World, Event, Actor | None, int, str], None]] = {
    "talks": compose_talks,
    "meeting": compose_meeting,
    "statement": compose_statement,
    "call": compose_call,
    "visit": compose_visit,
    "summit": compose_summit,
    "proposal": compose_proposal,
    "agreement": compose_agreement,
    "decision": compose_decision,
    "treaty": compose_treaty,
    "publication": compose_publication,
    "military-activity": compose_military_activity,
}
assert set(COMPOSERS) == set(KIND_WEIGHTS)


def _kinds_for(w: World, ev: Event, forced: Actor | None) -> tuple[Actor | None, list[str]]:
    """The kinds the event may be; the forced actor, or None if no such kind can take it."""
    kinds = SCHEDULABLE if ev.plan.part == "upcoming" else tuple(KIND_WEIGHTS)
    if forced is None:
        return None, list(kinds)
    allowed = FORCED_KINDS[forced.kind]
    if forced.kind == "organization" and not w.people_by_home.get(forced.id):
        allowed = ("summit", "statement", "talks")
    options = [k for k in kinds if k in allowed]
    return (forced, options) if options else (None, list(kinds))


def _complete(w: World, ev: Event) -> None:
    """At least three actors, the place a pending place, euphony; what it names is recorded."""
    while len(ev.cast) < 3:  # now and then a side is missing: name one more subject
        x = w.side(set(ev.cast))
        ev.cast[x] = "subject"
        ev.paragraphs[0] += f" Окремо йшлося про відносини з {w.actors[x].ins}."
    if (
        ev.place is None
        and w.pending_places
        and ev.kind in ("talks", "meeting", "summit", "agreement")
        and ev.plan.part == "main"
    ):
        ev.place = w.pending_places.popleft()
        ev.paragraphs.append(f"Зустріч відбулася {w.places[ev.place].loc}.")
    ev.paragraphs = [euphony(p) for p in ev.paragraphs]
    ev.quotes = [(euphony(q), by) for q, by in ev.quotes]
    ev.title, ev.headline, ev.summary = euphony(ev.title), euphony(ev.headline), euphony(ev.summary)
    w.named.update(ev.topics)
    if ev.place:
        w.named.add(ev.place)
    ym = (ev.plan.date.year, ev.plan.date.month)
    for aid in ev.cast:
        a = w.actors[aid]
        a.first = ym if a.first is None or ym < a.first else a.first
        a.last = ym if a.last is None or ym > a.last else a.last


def compose(w: World, ev: Event, forced: str | None, published: dt.date) -> bool:
    """Compose an event; True if the forced actor (one not yet in any event) took part."""
    actor, options = _kinds_for(w, ev, w.actors[forced] if forced else None)
    ev.kind = w.weighted(options, [KIND_WEIGHTS[k] for k in options])
    ev.topics = w.pick_topics()
    when = w.date_phrase(ev, published)
    COMPOSERS[ev.kind](w, ev, actor, ev.plan.date.year, when)
    _complete(w, ev)
    return actor is not None and actor.id in ev.cast
