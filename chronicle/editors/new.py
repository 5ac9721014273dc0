"""`chronicle new`: a skeleton entry an editor fills in, valid from the first save.

Each skeleton names its JSON Schema (editors' tools complete and check fields from it), says
in comments what every field means, and leaves the words only an editor can write marked
ЗАПОВНІТЬ (fill in): the skeleton matches its schema, and `chronicle check` reports each
placeholder as an error until it is replaced, so a placeholder is never published. `new source --seed`
fills in what the capture tells (chronicle.editors.propose): its path, its SHA-256, the headline the
cleaner found above the article, the date and time (the capture's dateline, the file name or the
text), the outlet where the capture names it and the language, each with a comment saying where it
was found. `new event --source` proposes the actors and the place the article names.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from chronicle import vocab
from chronicle.clean import DETECT, RuleError, Rules, clean, compile_rule, rules_for
from chronicle.editors import propose
from chronicle.problems import Problem
from chronicle.read import ID_RE, RawProject
from chronicle.urls import FOLDERS

PLACEHOLDER = "ЗАПОВНІТЬ"


class ScaffoldError(Exception):
    """Why a skeleton cannot be written, in the editor's terms."""


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _choices(values) -> str:
    return ", ".join(values)


def _schema_line(kind: str) -> str:
    return f"# yaml-language-server: $schema=../../chronicle/schemas/{kind}.schema.json\n"


def event(raw: RawProject, source_id: str | None) -> str:
    sources = {sid: e.data for sid, e in raw.entries["source"].items() if isinstance(e.data.get("published"), str)}
    if not sources:
        raise ScaffoldError(
            "an event cites a source, and there is none yet: archive the article first with `chronicle new source ID --seed seeds/FILE`"
        )
    if source_id is None:
        source_id = max(sources, key=lambda s: (sources[s]["published"], s))
    elif source_id not in sources:
        raise ScaffoldError(
            f"there is no source '{source_id}' (content/sources/{source_id}.yml); known: {', '.join(sorted(sources))}"
        )
    date = sources[source_id]["published"]
    actors_lines, place_lines = _named(raw, sources[source_id])
    return (
        _schema_line("event")
        + "# One dated happening. Write it from the source; `chronicle check` says what is missing.\n"
        + "# How: CONTRIBUTING.md; house style: content/pages/method/index.md.\n"
        + f"title: {_q(PLACEHOLDER + ': що сталося, одним рядком')}\n"
        + f"date: {date}  # YYYY-MM-DD, or YYYY-MM / YYYY when only that is known\n"
        + "# end_date: YYYY-MM-DD  # last day of a multi-day event\n"
        + "# date_note: how the date was established, where the source does not say it outright\n"
        + f"kind: talks  # {_choices(vocab.EVENT_KINDS)}\n"
        + f"status: held  # {_choices(vocab.EVENT_STATUSES)}\n"
        + place_lines
        + actors_lines
        + "#  - id: sergei-ryabkov  # an actor with a role\n"
        + f"#    role: head-of-delegation  # {_choices(vocab.ROLES)}\n"
        + "topics: []  # topic ids, e.g. [strategic-stability]\n"
        + f"sources: [{source_id}]\n"
        + "# summary: Markdown; links to entries are written [Рябков](actor:sergei-ryabkov), [Женева](place:geneva)\n"
        + "summary: |\n"
        + f"  {PLACEHOLDER}: що сталося, нейтрально, своїми словами.\n"
        + "quotes: []  # verbatim from the source's text, e.g.:\n"
        + "#  - text: переговори зі США були складними, довгими та конкретними\n"
        + "#    by: sergei-ryabkov\n"
        + f"#    source: {source_id}\n"
        + "#    kind: reported  # direct (in quotation marks in the source; the default), reported (переказ), translation\n"
        + "related: []  # ids of events this one follows from or leads to\n"
    )


def _named(raw: RawProject, source: dict) -> tuple[str, str]:
    """The skeleton's `actors:` and `place:` lines: the actors and places already in the chronicle
    that the source's article names (in any case form), proposed for the editor to keep or remove."""
    data = raw.seeds.get(str(source.get("seed")))
    text = ""
    if data is not None:
        try:
            capture = data.decode("utf-8-sig")
            cleaned = clean(capture, _rules(raw, source.get("outlet")), title=source.get("title"))
            text = "\n".join(cleaned.paragraphs)
        except UnicodeDecodeError:
            text = ""

    def names(kind: str) -> dict[str, list[str]]:
        return {
            eid: [n for n in (e.data.get("name"), *(e.data.get("aliases") or ())) if isinstance(n, str)]
            for eid, e in sorted(raw.entries[kind].items())
            if isinstance(e.data, dict)
        }

    actors = propose.named(text, names("actor")) if text else []
    places = propose.named(text, names("place")) if text else []
    if actors:
        actor_lines = (
            "actors:  # proposed: named in the article; keep who took part (add a role), remove the others\n"
            + "".join(f"  - {eid}  # «{said}»\n" for eid, said in actors)
        )
    else:
        actor_lines = "actors: []  # who took part, e.g. [sergei-ryabkov], or:\n"
    if places:
        (first, said), others = places[0], places[1:]
        also = f"; also named: {', '.join(eid for eid, _ in others)}" if others else ""
        place_line = f"place: {first}  # proposed: the article names «{said}»{also}; remove if it happened elsewhere\n"
    else:
        place_line = "# place: geneva  # a place id: content/places/<id>.yml\n"
    return actor_lines, place_line


def actor(raw: RawProject) -> str:
    return (
        _schema_line("actor")
        + "# A person, state or organization. The name follows the house style (content/pages/method/index.md).\n"
        + f"name: {_q(PLACEHOLDER + ': ім’я або назва')}\n"
        + f"kind: person  # {_choices(vocab.ACTOR_KINDS)}\n"
        + "aliases: []  # other spellings and inflected forms readers search for, e.g. [Рябкова, Ryabkov]\n"
        + "description: |\n"
        + f"  {PLACEHOLDER}: хто це, одним-двома реченнями.\n"
        + "roles: []  # posts held, e.g.:\n"
        + "#  - post: заступник міністра закордонних справ Росії\n"
        + "#    organization: russia-mfa  # an actor id\n"
        + "#    from: 2008-08\n"
        + "# wikidata: Q42  # only when sure\n"
    )


def _named_skeleton(kind: str, what: str, name_hint: str, aliases_hint: str, middle: str) -> str:
    """The skeleton of a topic or a place: a name, its other forms, what is particular to the kind, a Wikidata item."""
    lines = [f"# {what}\n", f"name: {_q(PLACEHOLDER + ': ' + name_hint)}\n", f"aliases: []  # {aliases_hint}\n", middle]
    return _schema_line(kind) + "".join(lines) + "# wikidata: Q42  # only when sure\n"


def topic(raw: RawProject) -> str:
    about = f"description: |\n  {PLACEHOLDER}: про що ця тема, одним-двома реченнями.\n"
    return _named_skeleton(
        "topic", "A subject events are grouped under.", "назва теми", "other names readers search for", about
    )


def place(raw: RawProject) -> str:
    where = f"country: {_q(PLACEHOLDER + ': країна')}\n# coordinates: {{lat: 46.2044, lon: 6.1432}}\n"
    forms = "inflected forms and Latin spellings, e.g. [Женеві, Geneva]"
    return _named_skeleton("place", "Where events happen.", "назва місця", forms, where)


def _seed(raw: RawProject, seed: str | None, seeds_dir: str) -> tuple[str, bytes, str]:
    """(the seed as the project names it, its bytes, its text) of the capture a new source
    describes; ScaffoldError saying what to do when it is missing, refused or not UTF-8."""
    if seed is None:
        raise ScaffoldError(
            f"a source is an archived capture: put the file under {seeds_dir}/ and pass it, e.g. --seed {seeds_dir}/2022-01-10-article.txt"
        )
    seed = Path(seed).as_posix().removeprefix("./")
    if seed not in raw.seeds:
        refused = next(
            (p for p in raw.problems if raw.was_refused(p.path) and (p.path == seed or seed.startswith(p.path + "/"))),
            None,
        )
        if refused is not None:
            raise ScaffoldError(str(refused))  # nothing of it was read, so nothing of it is filled in
        if not seed.startswith(seeds_dir + "/"):
            raise ScaffoldError(
                f"'{seed}' is not under {seeds_dir}/: copy the capture there byte for byte first (a seed is never edited)"
            )
        raise ScaffoldError(f"there is no file '{seed}'; the seeds are: {', '.join(sorted(raw.seeds)) or 'none yet'}")
    data = raw.seeds[seed]
    try:
        return seed, data, data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ScaffoldError(f"{seed} is not UTF-8 text; archive the capture as UTF-8 text") from None


def source(raw: RawProject, seed: str | None, seeds_dir: str) -> str:
    seed, data, text = _seed(raw, seed, seeds_dir)
    outlets = sorted({o for e in raw.entries["source"].values() if isinstance(o := e.data.get("outlet"), str)})
    known = next((o for o in outlets if o in text), None)
    cleaned = clean(text, _rules(raw, known))
    guess = propose.from_capture(text, cleaned, Path(seed).name, outlets)

    def said(g: propose.Guess) -> str:
        return f"  # guessed from the capture: {g.how}; check it" if g.value else f"  # not found: {g.how}"

    when = f" (at {guess.time} in the capture)" if guess.time else ""
    guessed = ", ".join(guess.guessed) or "nothing"
    return (
        _schema_line("source")
        + "# An archived article. The seed is evidence and is never edited; cleaning rules drop page\n"
        + "# furniture when the page is built (content/cleaning.yml, or `cleaning:` here);\n"
        + f"# `chronicle clean {seed}` shows what is kept and why.\n"
        + f"# Guessed from the capture (check each): {guessed}.\n"
        + f"seed: {seed}\n"
        + f"sha256: {hashlib.sha256(data).hexdigest()}  # of the file as archived; never change it\n"
        + f"outlet: {_q(guess.outlet.value or PLACEHOLDER + ': видання')}{said(guess.outlet)}\n"
        + f"title: {_q(guess.title.value or PLACEHOLDER + ': заголовок статті')}{said(guess.title)}\n"
        + f"published: {guess.published.value or dt.date.today().isoformat()}{said(guess.published)}{when}\n"
        + f"language: {guess.language.value}  # ISO 639 code; {said(guess.language).strip()[2:]}\n"
        + "# url: https://…  # where it was published, if known\n"
        + "note: |\n"
        + f"  {PLACEHOLDER}: що в знімку бракує (дата, видання) і як це встановлено. Якщо нічого, видаліть note.\n"
    )


def _rules(raw: RawProject, outlet: str | None) -> Rules:
    """The rules the check would clean a source of this outlet with (the method alone if the
    rules cannot be read: the check reports them)."""
    data = raw.cleaning.data if raw.cleaning is not None and isinstance(raw.cleaning.data, dict) else {}
    try:
        default = Rules.from_dict(data.get("default") if isinstance(data.get("default"), dict) else None, "default")
        outlets = {
            k: Rules.from_dict(v, f"outlets.{k}") for k, v in (data.get("outlets") or {}).items() if isinstance(v, dict)
        }
        rules = rules_for(default, outlets, outlet)
        for pattern in rules.drop_patterns:
            compile_rule(pattern)
        return rules
    except (RuleError, TypeError, AttributeError):
        return DETECT


def new_entry(
    raw: RawProject,
    kind: str,
    entry_id: str,
    content_dir: str,
    seeds_dir: str,
    seed: str | None = None,
    source_id: str | None = None,
) -> tuple[str, str]:
    """(path relative to the root, text) of a new skeleton; ScaffoldError when it cannot be written."""
    if not ID_RE.match(entry_id) or len(entry_id) > 80:
        raise ScaffoldError(
            f"'{entry_id}' is not a valid id: use lowercase ASCII letters, digits and single hyphens (at most 80), e.g. geneva-talks-2022"
        )
    rel = f"{content_dir}/{FOLDERS[kind]}/{entry_id}.yml"
    if entry_id in raw.entries[kind] or (raw.root / rel).exists():
        raise ScaffoldError(f"{rel} already exists; edit it, or choose another id")
    if seed is not None and kind != "source":
        raise ScaffoldError("--seed belongs to `chronicle new source`")
    if source_id is not None and kind != "event":
        raise ScaffoldError("--source belongs to `chronicle new event`")
    if kind == "event":
        text = event(raw, source_id)
    elif kind == "source":
        text = source(raw, seed, seeds_dir)
    else:
        text = {"actor": actor, "topic": topic, "place": place}[kind](raw)
    return rel, text


def placeholders(raw: RawProject) -> list[Problem]:
    """Every value still holding the skeleton's placeholder, as an error at its line: never published."""
    found: list[Problem] = []

    def walk(entry, value, path):
        if isinstance(value, dict):
            for key, item in value.items():
                walk(entry, item, path + (key,))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(entry, item, path + (i,))
        elif isinstance(value, str) and PLACEHOLDER in value:
            line, column = entry.doc.position(path)
            if path in entry.doc.blocks:  # `key: |`: the text starts on the next line
                line, column = line + 1, 1
            name = next((p for p in reversed(path) if isinstance(p, str)), "a field")
            found.append(
                Problem(
                    entry.path,
                    line,
                    column,
                    f"'{name}' still holds the placeholder {PLACEHOLDER} from `chronicle new`; write it (nothing is published until it is)",
                )
            )

    for entries in raw.entries.values():
        for entry in entries.values():
            walk(entry, entry.data, ())
    return found
