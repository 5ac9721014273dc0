"""The cast: states, international organizations, government bodies, media, and the people who
hold posts in them, each with the Ukrainian forms of the name, aliases and the years it is active."""

from __future__ import annotations

from chronicle.synth.data import (
    FAMILY_FIRST,
    GOV_BODIES,
    GOV_OVERRIDES,
    HEADS,
    MEDIA,
    ORG_GROUPS,
    ORG_INS,
    ORGANIZATIONS,
    STATE_POSTS,
    STATES,
)
from chronicle.synth.entities import Actor
from chronicle.synth.words import (
    ORG_BY_ID,
    PARSED_NAMES,
    STATES_BY_ID,
    cap,
    decline,
    slug,
)
from chronicle.synth.world import FIRST_DAY, LAST_DAY, World

MIN_ACTORS = 12
BODY_SLUG = {"mfa": "foreign-ministry", "mod": "defence-ministry", "parliament": "parliament"}


def make_cast(w: World) -> None:
    """N/5 actors (at least MIN_ACTORS): states, organizations, government bodies, media, people."""
    total = max(w.events // 5, MIN_ACTORS)
    n_states = min(len(STATES), max(3, total // 6))
    n_orgs = min(len(ORGANIZATIONS), max(2, total // 16))
    n_media = min(len(MEDIA), max(1, total // 30))
    n_gov = min(n_states * len(GOV_BODIES), max(1, total // 12))
    n_people = total - n_states - n_orgs - n_media - n_gov
    _add_states_and_organizations(w, n_states, n_orgs)
    _add_government_bodies(w, n_gov)
    for mid, name, aliases, description in MEDIA[:n_media]:
        _add(w, Actor(mid, "media", name, name, name, name, "", "n", name, aliases.split("; "), description, tag=mid))
    homes = [a for a in w.actors.values() if a.kind == "state"] + [
        a
        for a in w.actors.values()
        if a.kind == "organization" and ORG_BY_ID[a.id][9]  # organizations with officials
    ]
    home_weights = [h.weight if h.kind == "state" else 1.5 for h in homes]
    names: set[str] = {a.name for a in w.actors.values()}
    post_counts: dict[tuple, int] = {}
    for _ in range(n_people):
        home = w.weighted(homes, home_weights)
        _add(w, make_person(w, home, names, post_counts))
    _eras(w)


def _add_states_and_organizations(w: World, n_states: int, n_orgs: int) -> None:
    for sid, name, gen, dat, ins, loc, gender, latin, _group, _govt, weight, extra in STATES[:n_states]:
        word = loc.split(" ", 1)[1]
        aliases = [gen, dat, ins, word, latin] + [a for a in extra.split("; ") if a]
        _add(w, Actor(sid, "state", name, gen, dat, ins, loc, gender, latin, aliases, weight=weight, tag=sid))
    for oid, name, gen, dat, loc, gender, latin, extra, description, _posts in ORGANIZATIONS[:n_orgs]:
        ins = ORG_INS.get(oid, name)
        aliases = [gen, dat, loc.split(" ", 1)[1], latin] + [a for a in extra.split("; ") if a]
        _add(w, Actor(oid, "organization", name, gen, dat, ins, loc, gender, latin, aliases, description, tag=oid))


def _add_government_bodies(w: World, n_gov: int) -> None:
    states = [a for a in w.actors.values() if a.kind == "state"]
    made = 0
    for body, generic in GOV_BODIES.items():
        for state in states:
            if made == n_gov:
                break
            name, gen, loc, gender, aliases = GOV_OVERRIDES.get((state.id, body), generic)
            forms = [t.format(g=state.gen, l=state.latin) for t in (name, gen, loc)]
            _add(
                w,
                Actor(
                    f"{state.id}-{BODY_SLUG[body]}",
                    "government-body",
                    forms[0],
                    forms[1],
                    forms[1],
                    forms[1],
                    forms[2],
                    gender,
                    "",
                    [a.format(g=state.gen, l=state.latin) for a in aliases.split("; ") if a],
                    home=state.id,
                    tag=state.id,
                    weight=1,
                ),
            )
            made += 1


def _add(w: World, actor: Actor) -> None:
    base, n = actor.id, 2
    while actor.id in w.actors:
        actor.id = f"{base}-{n}"
        n += 1
    w.actors[actor.id] = actor


# ---- a person ----


def _draw_name(w: World, home: Actor, names: set[str]) -> tuple:
    """A name not yet taken, in the naming tradition of the person's state (or any, for an
    organization's official, or after 40 tries): (group, female, first name entry, surname entry,
    Ukrainian name, Latin name)."""
    org = home.kind == "organization"
    for attempt in range(60):
        group = w.rng.choice(ORG_GROUPS) if org or attempt > 40 else STATES_BY_ID[home.id][8]
        male, female_names, surnames = PARSED_NAMES[group]
        female = w.chance(0.3)
        first = w.rng.choice(female_names if female else male)
        surname = w.rng.choice(surnames)
        last, last_latin = (surname[1], surname[3]) if female else (surname[0], surname[2])
        if group in FAMILY_FIRST:
            name, latin = f"{last} {first[0]}", f"{last_latin} {first[1]}"
        else:
            name, latin = f"{first[0]} {last}", f"{first[1]} {last_latin}"
        if name not in names:
            break
    names.add(name)
    return group, female, first, surname, name, latin


def _name_forms(group: str, female: bool, first: tuple, surname: tuple, name: str, latin: str) -> tuple:
    """(genitive, dative, instrumental of the full name, the surname's forms, aliases)."""
    if group in FAMILY_FIRST:
        return name, name, name, (name, name, name), [name, latin]
    first_name, _, first_declines = first
    last_m, last_f, latin_m, latin_f, last_declines = surname
    last, last_latin = (last_f, latin_f) if female else (last_m, latin_m)
    first_forms = decline(first_name, female, group, True) if first_declines else None
    last_forms = decline(last, female, group, False) if last_declines else None
    if female and last_m.endswith("ий"):  # Швидкий / Швидка: an adjective
        last_forms = (last[:-1] + "ої", last[:-1] + "ій", last[:-1] + "ою")
    first_forms = first_forms or (first_name, first_name, first_name)
    last_forms = last_forms or (last, last, last)
    gen, dat, ins = (f"{first_forms[k]} {last_forms[k]}" for k in range(3))
    short = (last, last_forms[0], last_forms[2])
    return gen, dat, ins, short, [last, short[1], last_forms[1], short[2], gen, latin, last_latin]


def _organization_posts(home: Actor) -> list[tuple]:
    options = [p.split("|") for p in ORG_BY_ID[home.id][9].split("; ")]
    heads = {head for head, _ in options}
    generic = [
        ("речник", home.gen),
        ("спеціальний представник", home.gen),
        ("заступник", f"{HEADS[options[0][0]][1]} {options[0][1]}"),
    ]
    options += [(head, rest) for head, rest in generic if head not in heads]
    return [(head, rest, 5 if n == 0 else 0, 3 if n == 0 else 1, None) for n, (head, rest) in enumerate(options)]


def _state_post(home: Actor, govt: str, head: str, rest: str) -> tuple[str, str] | None:
    """A state's post as that state calls it (a monarchy's government, the US secretary of
    state); None when it has no such post."""
    if head == "президент" and govt == "mon" or head == "прем’єр-міністр" and govt == "pres":
        return None
    if head == "прем’єр-міністр" and govt == "chanc":
        head = "канцлер"
    if home.id == "usa" and rest == "закордонних справ {}":
        head, rest = "державний секретар", "{}"
    if home.id == "usa" and rest == "міністра закордонних справ {}":
        rest = "державного секретаря {}"
    if govt == "mon" and rest.startswith("президента"):
        rest = rest.replace("президента", "прем’єр-міністра")
    return head, rest


def _state_posts(home: Actor) -> list[tuple]:
    govt = STATES_BY_ID[home.id][9]
    posts = []
    for head, rest, limit, weight, body in STATE_POSTS:
        named = _state_post(home, govt, head, rest)
        if named:
            posts.append((*named, limit, weight, body))
    return posts


def _draw_post(w: World, home: Actor, female: bool, post_counts: dict) -> tuple:
    """(post's forms, the government body it belongs to, an earlier post or "")."""
    posts = _organization_posts(home) if home.kind == "organization" else _state_posts(home)
    free = [p for p in posts if not p[2] or post_counts.get((home.id, p[0], p[1]), 0) < p[2]]
    head, rest, _, _, body = w.weighted(free, [p[3] for p in free])
    post_counts[(home.id, head, rest)] = post_counts.get((home.id, head, rest), 0) + 1
    forms = HEADS[head][3:] if female else HEADS[head][:3]
    tail = rest.format(home.gen) if "{}" in rest else rest
    post = tuple(f"{form} {tail}" for form in forms)
    body_id = None
    if body:
        candidate = f"{home.id}-{BODY_SLUG[body]}"
        body_id = candidate if candidate in w.actors else None
    earlier = ""
    if w.chance(0.25):
        others = [p for p in posts if not p[2] and (p[0], p[1]) != (head, rest)]
        if others:
            h, r = w.rng.choice(others)[:2]
            earlier = f"{(HEADS[h][3] if female else HEADS[h][0])} {r.format(home.gen)}"
    return post, body_id, earlier


def make_person(w: World, home: Actor, names: set[str], post_counts: dict) -> Actor:
    """A person of a state or organization: a name not yet taken, declined, and a post there."""
    group, female, first, surname, name, latin = _draw_name(w, home, names)
    gen, dat, ins, short, aliases = _name_forms(group, female, first, surname, name, latin)
    post, body_id, earlier = _draw_post(w, home, female, post_counts)
    last_latin = surname[3] if female else surname[2]
    return Actor(
        slug(latin),
        "person",
        name,
        gen,
        dat,
        ins,
        "",
        "f" if female else "m",
        latin,
        aliases,
        cap(post[0]) + ".",
        home=home.id,
        tag=slug(latin if group in FAMILY_FIRST else last_latin),
        short=short,
        post=post,
        post_body=body_id,
        earlier_post=earlier,
    )


def _eras(w: World) -> None:
    """When each person is active: around the event that first names them (their debut)."""
    rng = w.rng
    people = [a for a in w.actors.values() if a.kind == "person"]
    others = [a for a in w.actors.values() if a.kind != "person"]
    order = people + others
    rng.shuffle(order)
    slots = rng.sample(range(w.events), min(len(order), w.events))
    w.debut = {}
    for actor, slot in zip(order, slots):
        w.debut[slot] = actor.id
    debut_year = {aid: w.plans[slot].date.year for slot, aid in w.debut.items()}
    for p in people:
        year = debut_year.get(p.id) or rng.randint(FIRST_DAY.year, LAST_DAY.year)
        start = max(FIRST_DAY.year - 3, year - rng.randint(0, 6))
        end = max(year, start + rng.randint(3, 10))
        p.era = (start, end)
        for y in range(start, end + 1):
            w.people_by_year.setdefault(y, []).append(p.id)
            w.people_by_home_year.setdefault((p.home, y), []).append(p.id)
        w.people_by_home.setdefault(p.home, []).append(p.id)
    w.all_people = [p.id for p in people]
    w.states = [a.id for a in w.actors.values() if a.kind == "state"]
    w.state_weights = [w.actors[s].weight for s in w.states]
    w.orgs = [a.id for a in w.actors.values() if a.kind == "organization"]
    w.gov = [a.id for a in w.actors.values() if a.kind == "government-body"]
    w.media = [a.id for a in w.actors.values() if a.kind == "media"]
