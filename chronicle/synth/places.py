"""Topics and places: about N/50 topics (domains, alone and by region) and N/40 places (cities,
then venues in them)."""

from __future__ import annotations

from chronicle.synth.data import CITIES, TOPIC_DOMAINS, TOPIC_REGIONS, VENUES
from chronicle.synth.entities import Place, Topic
from chronicle.synth.words import STATES_BY_ID, lc
from chronicle.synth.world import World


def make_topics_and_places(w: World) -> None:
    _make_topics(w)
    _make_places(w)
    w.topic_ids = list(w.topics)
    w.topic_weights = [t.weight for t in w.topics.values()]
    w.place_ids = list(w.places)
    w.place_weights = [p.weight for p in w.places.values()]
    for p in w.places.values():
        if p.state:
            w.places_by_state.setdefault(p.state, []).append(p.id)
    w.topic_debut = dict(zip(w.rng.sample(range(w.events), min(len(w.topics), w.events)), w.topics))
    w.place_debut = dict(zip(w.rng.sample(range(w.events), min(len(w.places), w.events)), w.places))


def _make_topics(w: World) -> None:
    n_topics = max(10, w.events // 50)
    combos = [(d, None) for d in TOPIC_DOMAINS] + [(d, r) for r in TOPIC_REGIONS for d in TOPIC_DOMAINS]
    for n in range(n_topics):
        (tid, name, gen, english, description), region = combos[n % len(combos)]
        suffix = f"-{n // len(combos) + 1}" if n >= len(combos) else ""
        if region:
            rid, where, where_en = region
            topic = Topic(
                f"{tid}-{rid}{suffix}",
                f"{name} {where}",
                f"{gen} {where}",
                [f"{lc(name)} {where}", f"{gen} {where}", f"{english} {where_en}"],
                description,
            )
        else:
            topic = Topic(tid + suffix, name, gen, [lc(name), gen, english], description, weight=3.0)
        topic.aliases = list(dict.fromkeys(a for a in topic.aliases if a != topic.name))
        w.topics[topic.id] = topic


def _state_and_country(where: str) -> tuple[str | None, str]:
    """A city's state (when it is one of the cast's possible states) and its country's name."""
    state = where if where in STATES_BY_ID else None
    return state, (STATES_BY_ID[where][1] if state else where)


def _make_places(w: World) -> None:
    n_places = max(10, w.events // 40)
    for cid, name, gen, loc, where, lat, lon, latin in CITIES[:n_places]:
        word = loc.split(" ", 1)[1]
        state, country = _state_and_country(where)
        aliases = list(dict.fromkeys(a for a in (word, gen, latin) if a != name))
        w.places[cid] = Place(
            cid, name, loc, state, country, lat, lon, aliases, weight=3.0 if len(w.places) < 25 else 1.0
        )
    n = 0
    while len(w.places) < n_places and n < len(VENUES) * len(CITIES):
        vid, vname, vloc = VENUES[n // len(CITIES)]
        cid, name, gen, loc, where, lat, lon, latin = CITIES[n % len(CITIES)]
        n += 1
        state, country = _state_and_country(where)
        prep, word = loc.split(" ", 1)
        w.places[f"{cid}-{vid}"] = Place(
            f"{cid}-{vid}",
            f"{vname} {loc}",
            f"{vloc} {'в' if prep in ('у', 'в') else prep} {word}",
            state,
            country,
            round(lat + w.rng.uniform(-0.03, 0.03), 4),
            round(lon + w.rng.uniform(-0.03, 0.03), 4),
            [f"{lc(vname)} {loc}"],
        )
