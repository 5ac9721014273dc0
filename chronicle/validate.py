"""Stage 2, validate: judge the raw entries and build the typed chronicle from them.

Every entry is checked against the JSON Schema of its kind (chronicle/schemas, the same files
editors' tools use for completion), then for what a schema cannot say: real calendar dates,
references that resolve, seeds that are where they should be and unchanged, quotes verbatim in
their source. All problems are collected, each with its file, line and column.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import posixpath
import re
import unicodedata
from functools import lru_cache
from importlib import resources

import jsonschema_rs
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource

from chronicle.clean import Rules, RuleError, clean, compile_rule, rules_for
from chronicle.dates import PartialDate
from chronicle.model import Actor, CaptureSummary, Chronicle, Event, Participation, Place, Quote, Role, Source, Topic
from chronicle.problems import Problem
from chronicle.read import KINDS, Entry, RawProject
from chronicle.text import ENTITY_SCHEMES, link_problem, links, markup_problems

SCHEMA_KINDS = ("event", "actor", "source", "topic", "place", "cleaning")
_PLURAL = {kind: directory for directory, kind in KINDS.items()}
MAX_SUGGESTIONS = 50  # "did you mean" for unknown ids, per check
_TYPE_WORDS = {"string": "text", "array": "list", "object": "map of fields", "number": "number", "integer": "whole number", "boolean": "true or false", "null": "empty"}


def schema_text(name: str) -> str:
    return resources.files("chronicle").joinpath("schemas", f"{name}.schema.json").read_text("utf-8")


def _inline(node, schemas: dict, here: str):
    """The schema with every $ref to a $defs entry replaced by the definition itself.

    Validation then follows no references: at 1,000 entries the lookups were half of the
    time spent checking entries. The published files keep their $refs for editors' tools.
    """
    if isinstance(node, list):
        return [_inline(item, schemas, here) for item in node]
    if not isinstance(node, dict):
        return node
    node = dict(node)
    ref = node.pop("$ref", None)
    inlined = {key: _inline(value, schemas, here) for key, value in node.items() if key != "$defs"}
    if ref is None:
        return inlined
    document, _, pointer = ref.partition("#")
    name = document.removesuffix(".schema.json") if document else here
    target = schemas[name]
    for part in pointer.strip("/").split("/"):
        target = target[part]
    return {**_inline(target, schemas, name), **inlined}  # the reference's own keywords win


@lru_cache(maxsize=None)
def _validators() -> dict[str, Draft202012Validator]:
    schemas = {name: json.loads(schema_text(name)) for name in SCHEMA_KINDS + ("common",)}
    registry = Registry().with_resources(
        (f"{name}.schema.json", Resource.from_contents(schema)) for name, schema in schemas.items()
    )
    return {name: Draft202012Validator(_inline(schemas[name], schemas, name), registry=registry) for name in SCHEMA_KINDS}


def _type_name(value: object) -> str:
    for name, kind in (("text", str), ("true or false", bool), ("number", (int, float)), ("list", list), ("map of fields", dict)):
        if isinstance(value, kind):
            return name
    return "empty" if value is None else type(value).__name__


def _suggest(word: str, choices) -> str:
    close = difflib.get_close_matches(str(word), sorted(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def _field(path) -> str:
    names = [p for p in path if isinstance(p, str)]
    index = path[-1] if path and isinstance(path[-1], int) else None
    name = names[-1] if names else "the entry"
    return f"item {index + 1} of '{name}'" if index is not None else f"'{name}'"


def _leaf(error: ValidationError) -> ValidationError:
    """For oneOf/anyOf, the error of the branch that best fits what the editor wrote."""
    while error.validator in ("oneOf", "anyOf") and error.context:
        branches: dict[int, list[ValidationError]] = {}
        for e in error.context:
            branches.setdefault(e.relative_schema_path[0], []).append(e)
        # A branch whose type fits the value (no type error at the value itself) says what is wrong.
        fitting = [errs for errs in branches.values() if not any(e.validator == "type" and not e.relative_path for e in errs)]
        error = best_match(fitting[0] if fitting else error.context)
    return error


def _schema_problems(entry: Entry, error: ValidationError) -> list[Problem]:
    error = _leaf(error)
    path = tuple(error.absolute_path)
    doc = entry.doc
    line, column = doc.position(path)
    field = _field(path)
    v, value = error.validator, error.instance

    def at(p, message, key=False):
        ln, col = doc.position(p, key=key)
        return Problem(entry.path, ln, col, message)

    if v == "required":
        return [at(path, f"missing required field '{name}'; add `{name}:`") for name in error.validator_value if name not in value]
    if v == "additionalProperties":
        known = error.schema.get("properties", {})
        return [
            at(path + (name,), f"unknown field '{name}'{_suggest(name, known)} (fields here: {', '.join(known)})", key=True)
            for name in value
            if name not in known
        ]
    if v == "enum":
        choices = error.validator_value
        return [Problem(entry.path, line, column, f"{value!r} is not allowed in {field}{_suggest(value, choices)} (use one of: {', '.join(map(str, choices))})")]
    if v == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        hint = ""
        if wanted == ["string"] and isinstance(value, (int, float)) and not isinstance(value, bool):
            hint = "; put it in quotes ('…'), so that it is read as text"
        elif wanted == ["string"] and value is None:
            hint = "; write it, or remove the field if it is optional"
        elif wanted == ["array"]:
            hint = "; write a list: [a, b], or one '- item' per line"
        return [Problem(entry.path, line, column, f"{field} should be {' or '.join(_TYPE_WORDS.get(w, w) for w in wanted)}, not {_type_name(value)}{hint}")]
    if v == "pattern":
        if "[0-9]{4}" in error.validator_value:
            what = "a date: write YYYY-MM-DD, or YYYY-MM / YYYY when only that is known"
        elif error.validator_value.startswith("^[a-z0-9]+"):
            what = "an id: lowercase ASCII letters, digits and single hyphens, e.g. geneva-talks-2022"
        elif "\\u0000" in error.validator_value:
            what = "one line of text: remove line breaks and invisible control characters"
        else:
            description = (error.schema.get("description") or "").rstrip(".")
            what = description[:1].lower() + description[1:] if description else f"text matching {error.validator_value}"
        return [Problem(entry.path, line, column, f"{value!r} in {field} is not {what}")]
    if v == "maxLength":
        return [Problem(entry.path, line, column, f"{field} is {len(value)} characters long, over the limit of {error.validator_value}; shorten it")]
    if v == "minLength":
        return [Problem(entry.path, line, column, f"{field} is empty; write it or remove the field")]
    if v == "maxItems":
        return [Problem(entry.path, line, column, f"{field} has {len(value)} items, over the limit of {error.validator_value}; merge them or keep the ones that matter")]
    if v == "minItems":
        return [Problem(entry.path, line, column, f"{field} needs at least {error.validator_value} item(s)")]
    if v == "uniqueItems":
        return [Problem(entry.path, line, column, f"{field} lists the same value twice; keep one")]
    if v in ("minimum", "maximum"):
        return [Problem(entry.path, line, column, f"{field} is {value}, outside the allowed range ({v} {error.validator_value})")]
    return [Problem(entry.path, line, column, f"{field}: {error.message}")]


@lru_cache(maxsize=None)
def _fast_validators() -> dict:
    """The same schemas compiled by jsonschema-rs, which only says whether an entry is valid.

    Almost every entry is: at 10,000 events jsonschema (Python) took 2.6 s to say so, jsonschema-rs
    0.07 s. jsonschema, whose errors carry what a good message needs, runs on the rest.
    """
    schemas = {name: json.loads(schema_text(name)) for name in SCHEMA_KINDS + ("common",)}
    return {name: jsonschema_rs.validator_for(_inline(schemas[name], schemas, name)) for name in SCHEMA_KINDS}


def check_schema(entry: Entry) -> list[Problem]:
    if _fast_validators()[entry.kind].is_valid(entry.data):
        return _text_problems(entry)
    validator = _validators()[entry.kind]
    problems: list[Problem] = []
    for error in sorted(validator.iter_errors(entry.data), key=lambda e: list(map(str, e.absolute_path))):
        problems.extend(_schema_problems(entry, error))
    return problems + _text_problems(entry)


# Characters that change the direction text is shown in without being seen (bidi controls): in a
# title or a name they can make it read as something else.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Letters that look like nothing (Hangul fillers, the blank Braille pattern).
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def _invisible(ch: str) -> bool:
    """White space (NBSP too), format characters (zero-width ones), private-use or unassigned code points."""
    return ch.isspace() or ch in _FILLERS or unicodedata.category(ch) in ("Cf", "Co", "Cn", "Cs", "Zs")


def _code_points(chars) -> str:
    return ", ".join(f"U+{ord(ch):04X}" for ch in list(dict.fromkeys(chars))[:5])


@lru_cache(maxsize=None)
def _text_paths(kind: str) -> tuple[tuple[tuple, bool], ...]:
    """Where an entry of this kind has one-line text (titles, names: the schemas' `line`), and its
    quotes' text, as paths with "*" for any list item; with True for the one-line fields."""
    schemas = {name: json.loads(schema_text(name)) for name in SCHEMA_KINDS + ("common",)}
    line = schemas["common"]["$defs"]["line"]["pattern"]
    found: list[tuple[tuple, bool]] = []

    def walk(node, path):
        if not isinstance(node, dict):
            return
        if node.get("pattern") == line:
            found.append((path, True))
        elif path[-3:] == ("quotes", "*", "text"):
            found.append((path, False))
        for key, sub in node.get("properties", {}).items():
            walk(sub, path + (key,))
        walk(node.get("items"), path + ("*",))

    walk(_inline(schemas[kind], schemas, kind), ())
    return tuple(found)


def _values_at(data, template: tuple, path: tuple = ()):
    if not template:
        yield path, data
        return
    step, rest = template[0], template[1:]
    if step == "*":
        if isinstance(data, list):
            for i, item in enumerate(data):
                yield from _values_at(item, rest, path + (i,))
    elif isinstance(data, dict) and step in data:
        yield from _values_at(data[step], rest, path + (step,))


def _text_problems(entry: Entry) -> list[Problem]:
    """One-line fields that are blank, invisible only or carry bidi controls; blank quotes."""
    problems = []
    for template, one_line in _text_paths(entry.kind):
        for path, value in _values_at(entry.data, template):
            if not isinstance(value, str) or not value:
                continue  # the schema says what is wrong
            message = None
            bidi = _BIDI.findall(value) if one_line else []
            if bidi:
                message = f"{_field(path)} carries the invisible direction control {_code_points(bidi)}, which can make it read as other text; delete it"
            elif all(map(_invisible, value)):
                what = "the quote" if not one_line else _field(path)
                message = f"{what} is blank or invisible (only {_code_points(value)}); write the text"
            if message:
                line, column = entry.doc.position(path)
                problems.append(Problem(entry.path, line, column, message))
    return problems


def capture_summary(cleaned, title: str) -> CaptureSummary:
    """What `chronicle check` warns about a source's capture (chronicle.suggest): how much of it
    the cleaner kept, and whether the title is the article's (in the headline line, white space
    folded, or in the article text) or an interface phrase ("Поділитися")."""
    from chronicle import boilerplate

    want = _normalise(title).casefold()
    headline_lines = [v.text for v in cleaned.verdicts if not v.kept and v.reason.startswith(("the headline", "the source's title"))]
    places = [cleaned.headline or "", *headline_lines, *cleaned.paragraphs]
    found = bool(want) and any(want in _normalise(boilerplate.strip_credit(text)).casefold() or want in _normalise(text).casefold() for text in places)
    return CaptureSummary(round(cleaned.kept_share, 4), found, boilerplate.signal(title.strip()))


class Memo:
    """What validation computed for entries that have not changed, kept by the live preview.

    The checks of one entry alone (its schema, its seed's cleaned text) are taken from here when
    the entry's parsed document is the very object checked last time (read_project's cache hands
    back the same object for an unchanged file); the checks across entries (references, quotes in
    their sources) run every time, so a reference to a deleted entry is still reported.
    """

    def __init__(self) -> None:
        self._schema: dict[int, tuple[object, list[Problem]]] = {}
        self._cleaned: dict[tuple, object] = {}
        self._live: set[int] = set()

    def start(self) -> None:
        self._live = set()

    def finish(self) -> None:
        """Forget the entries that were not checked in this run (deleted or changed files)."""
        for key in set(self._schema) - self._live:
            del self._schema[key]

    def schema(self, entry: Entry) -> list[Problem]:
        key = id(entry.doc)
        self._live.add(key)
        cached = self._schema.get(key)
        if cached is None or cached[0] is not entry.doc:
            cached = self._schema[key] = (entry.doc, check_schema(entry))
        return list(cached[1])

    def clean(self, text: str, rules: Rules, title: str):
        key = (text, rules, title)
        cleaned = self._cleaned.get(key)
        if cleaned is None:
            if len(self._cleaned) > 100_000:
                self._cleaned.clear()
            cleaned = self._cleaned[key] = clean(text, rules, title=title)
        return cleaned


@lru_cache(maxsize=65536)
def _markup_problems(text: str) -> tuple:
    return tuple(markup_problems(text))


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class _Checker:
    """Holds what validation needs to see across entries, and the problems found."""

    def __init__(self, raw: RawProject, seeds_dir: str, memo: Memo | None = None):
        self.raw = raw
        self.memo = memo
        self.seeds_dir = seeds_dir
        self.problems: list[Problem] = list(raw.problems)
        self.known = {kind: set(ids) for kind, ids in raw.entries.items()}
        # Entries whose file exists but was refused or could not be parsed: reported at their own
        # file already, so a reference to one is not "unknown" a second time.
        self.broken: dict[str, set[str]] = {kind: set() for kind in KINDS.values()}
        for path in raw.refused:
            folder, _, name = path.rpartition("/")
            kind = KINDS.get(folder.rpartition("/")[2])
            if kind and name.endswith(".yml"):
                self.broken[kind].add(name[: -len(".yml")])
        self._bodies: dict[str, str] = {}  # source id -> its cleaned text, white space folded
        self._suggested = 0

    def suggest(self, word: str, choices) -> str:
        """_suggest for the first MAX_SUGGESTIONS unknown names of a run: each compares the name
        with every id of its kind, so a thousand broken references would take minutes."""
        self._suggested += 1
        return _suggest(word, choices) if self._suggested <= MAX_SUGGESTIONS else ""

    def error(self, entry: Entry, path, message: str, key: bool = False) -> None:
        line, column = entry.doc.position(tuple(path), key=key)
        self.problems.append(Problem(entry.path, line, column, message))

    def date(self, entry: Entry, path, text: str | None) -> PartialDate | None:
        if text is None:
            return None
        try:
            return PartialDate.parse(text)
        except ValueError as exc:
            self.error(entry, path, str(exc))
            return None

    def markdown(self, entry: Entry, path) -> str:
        """A Markdown field: every link must be allowed and every entry link must resolve."""
        data = entry.data
        for key in path:
            data = data.get(key) if isinstance(data, dict) else None
        if not isinstance(data, str):
            return ""
        line, column = entry.doc.position(path)
        block = tuple(path) in entry.doc.blocks
        key_column = entry.doc.position(path, key=True)[1]

        def at(n: int, col: int) -> tuple[int, int]:
            """The file position of column col of line n of the text."""
            if block:  # `key: |`: the text starts a line below, indented past the key
                return line + 1 + n, key_column + 2 + col
            return line + n, (column + col if n == 0 else col + 1)

        for n, col, href in links(data):
            problem = link_problem(href)
            kind, _, ref = href.partition(":")
            if problem is None and kind in ENTITY_SCHEMES:
                if "#" in ref or "?" in ref:
                    entry_id = re.split("[#?]", ref)[0]
                    problem = f"the link '{href}' has an anchor (#…) or a query (?…): a link to an entry goes to the top of its page; write {kind}:{entry_id}"
                elif ref not in self.known[kind] and ref not in self.broken[kind]:
                    problem = f"the link '{href}' names an unknown {kind}{self.suggest(ref, self.known[kind])}"
            if problem:
                self.problems.append(Problem(entry.path, *at(n, col), problem))
        for n, col, problem in _markup_problems(data):
            self.problems.append(Problem(entry.path, *at(n, col), problem))
        return data

    def ref(self, entry: Entry, path, kind: str, ref: str | None) -> None:
        if ref is not None and ref not in self.known[kind] and ref not in self.broken[kind]:
            self.error(entry, path, f"unknown {kind} '{ref}': there is no content/{_PLURAL[kind]}/{ref}.yml{self.suggest(ref, self.known[kind])}")

    # ---- kinds ----

    def cleaning_rules(self) -> tuple[Rules, dict[str, Rules]]:
        entry = self.raw.cleaning
        if entry is None:
            return Rules(), {}
        problems = check_schema(entry)
        self.problems += problems
        if problems:
            return Rules(), {}
        data = entry.data
        ok = self._check_patterns(entry, ("default",), data.get("default"))
        for outlet, rules in data.get("outlets", {}).items():
            ok = self._check_patterns(entry, ("outlets", outlet), rules) and ok
        if not ok:  # reported; clean with no rules rather than with a pattern that cannot compile
            return Rules(), {}
        return Rules.from_dict(data.get("default"), "default"), {k: Rules.from_dict(v, f"outlets.{k}") for k, v in data.get("outlets", {}).items()}

    def _check_patterns(self, entry: Entry, path, rules: dict | None) -> bool:
        ok = True
        for i, pattern in enumerate((rules or {}).get("drop_patterns", [])):
            try:
                compile_rule(pattern)
            except RuleError as exc:
                self.error(entry, path + ("drop_patterns", i), f"the rule {pattern!r}: {exc}")
                ok = False
        return ok

    def source(self, entry: Entry, default: Rules, outlets: dict[str, Rules]) -> Source | None:
        d = entry.data
        published = self.date(entry, ("published",), d["published"])
        seed = d["seed"]
        normal = posixpath.normpath(seed) if seed else ""
        if seed.startswith("/") or "\\" in seed or normal.startswith("..") or not normal.startswith(self.seeds_dir + "/") or normal != seed:
            self.error(entry, ("seed",), f"the seed '{seed}' must be a plain path under {self.seeds_dir}/, e.g. {self.seeds_dir}/2022-01-10-article.txt")
            return None
        if self.raw.was_refused(seed):
            return None  # reported at the seed's own path; nothing of it is read or hashed
        raw = self.raw.seeds.get(seed)
        if raw is None:
            self.error(entry, ("seed",), f"the seed '{seed}' does not exist{self.suggest(seed, self.raw.seeds)}; archive the capture there first")
            return None
        digest = hashlib.sha256(raw).hexdigest()
        if digest != d["sha256"]:
            self.error(entry, ("sha256",), f"{seed} does not match this SHA-256: its SHA-256 is {digest}. A new source: write that (`chronicle new source --seed` fills it in). An archived seed that changed: a seed is evidence and is never edited; restore it, or archive the new capture as a new seed")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            self.error(entry, ("seed",), f"{seed} is not UTF-8 text")
            return None
        note = self.markdown(entry, ("note",))
        rules = rules_for(default, outlets, d["outlet"], Rules.from_dict(d.get("cleaning"), f"{entry.path}: cleaning"))
        if not self._check_patterns(entry, ("cleaning",), d.get("cleaning")):
            return None
        cleaned = self.memo.clean(text, rules, d["title"]) if self.memo else clean(text, rules, title=d["title"])
        if published is None:
            return None
        return Source(
            id=entry.id, seed=seed, sha256=d["sha256"], outlet=d["outlet"], title=d["title"],
            published=published, language=d["language"], paragraphs=cleaned.paragraphs,
            url=d.get("url"), note=note, capture=capture_summary(cleaned, d["title"]),
        )

    def actor(self, entry: Entry) -> Actor | None:
        d = entry.data
        roles = []
        for i, role in enumerate(d.get("roles", [])):
            self.ref(entry, ("roles", i, "organization"), "actor", role.get("organization"))
            start = self.date(entry, ("roles", i, "from"), role.get("from"))
            end = self.date(entry, ("roles", i, "to"), role.get("to"))
            if start and end and end < start:
                self.error(entry, ("roles", i, "to"), f"the post ends ({end}) before it begins ({start})")
            roles.append(Role(role["post"], role.get("organization"), start, end))
        return Actor(entry.id, d["name"], d["kind"], tuple(d.get("aliases", ())), self.markdown(entry, ("description",)), tuple(roles), d.get("wikidata"))

    def event(self, entry: Entry, sources: dict[str, Source]) -> Event | None:
        d = entry.data
        date = self.date(entry, ("date",), d["date"])
        end_date = self.date(entry, ("end_date",), d.get("end_date"))
        if date and end_date and end_date.first_day < date.first_day:
            self.error(entry, ("end_date",), f"end_date {end_date} is before date {date}")
        self.ref(entry, ("place",), "place", d.get("place"))
        actors = []
        seen = set()
        for i, item in enumerate(d.get("actors", [])):
            part = Participation(item) if isinstance(item, str) else Participation(item["id"], item.get("role"))
            where = ("actors", i) if isinstance(item, str) else ("actors", i, "id")
            self.ref(entry, where, "actor", part.actor)
            if part.actor in seen:
                self.error(entry, where, f"the actor '{part.actor}' is listed twice; keep one")
            seen.add(part.actor)
            actors.append(part)
        for i, topic in enumerate(d.get("topics", [])):
            self.ref(entry, ("topics", i), "topic", topic)
        for i, source in enumerate(d["sources"]):
            self.ref(entry, ("sources", i), "source", source)
        for i, other in enumerate(d.get("related", [])):
            self.ref(entry, ("related", i), "event", other)
            if other == entry.id:
                self.error(entry, ("related", i), "an event cannot be related to itself")
        quotes = []
        for i, q in enumerate(d.get("quotes", [])):
            self.ref(entry, ("quotes", i, "by"), "actor", q["by"])
            if q["by"] not in seen and q["by"] in self.known["actor"]:
                self.error(entry, ("quotes", i, "by"), f"'{q['by']}' is quoted but not among the event's actors; add it to actors")
            if q["source"] not in d["sources"]:
                self.error(entry, ("quotes", i, "source"), f"the quote's source '{q['source']}' is not among the event's sources; add it there")
            source = sources.get(q["source"])
            if source is not None:
                self._verbatim(entry, ("quotes", i, "text"), q["text"], source)
            quotes.append(Quote(q["text"], q["by"], q["source"]))
        summary = self.markdown(entry, ("summary",))
        if date is None:
            return None
        return Event(
            id=entry.id, title=d["title"], date=date, kind=d["kind"], status=d["status"],
            sources=tuple(d["sources"]), end_date=end_date, date_note=d.get("date_note", ""),
            place=d.get("place"), actors=tuple(actors), topics=tuple(d.get("topics", ())),
            summary=summary, quotes=tuple(quotes), related=tuple(d.get("related", ())),
        )

    def _verbatim(self, entry: Entry, path, text: str, source: Source) -> None:
        quote = _normalise(text)
        body = self._bodies.get(source.id)
        if body is None:
            body = self._bodies[source.id] = "\n".join(_normalise(p) for p in source.paragraphs)
        if quote in body:
            return
        # Say where the quote parts from the source, so the editor can copy the right text.
        matched, unmatched = 0, len(quote)  # the longest beginning found: a binary search, a few passes over the body
        while unmatched - matched > 1:
            middle = (matched + unmatched) // 2
            if quote[:middle] in body:
                matched = middle
            else:
                unmatched = middle
        hint = f"it matches up to {quote[:matched][-40:]!r} and then differs" if matched else "no part of its beginning is in the article"
        self.error(entry, path, f"the quote is not verbatim in the article text of {source.seed}: {hint}; copy it exactly from the source")


def validate(raw: RawProject, seeds_dir: str = "seeds", memo: Memo | None = None) -> tuple[Chronicle, list[Problem]]:
    """Check everything read; return the chronicle (of the entries that passed) and all problems.

    memo (the live preview): reuse the checks of single entries whose files did not change.
    """
    checker = _Checker(raw, seeds_dir, memo)
    if memo is not None:
        memo.start()
    default, outlets = checker.cleaning_rules()
    chronicle = Chronicle()
    passed: dict[str, list[Entry]] = {}
    failed: dict[str, list[Entry]] = {}
    for kind, entries in raw.entries.items():
        passed[kind], failed[kind] = [], []
        for entry in entries.values():
            problems = memo.schema(entry) if memo is not None else check_schema(entry)
            checker.problems += problems
            (failed if problems else passed)[kind].append(entry)
    for entry in passed["source"]:
        if (source := checker.source(entry, default, outlets)) is not None:
            chronicle.sources[source.id] = source
    for entry in passed["actor"]:
        if (actor := checker.actor(entry)) is not None:
            chronicle.actors[actor.id] = actor
    for entry in passed["topic"]:
        d = entry.data
        chronicle.topics[entry.id] = Topic(entry.id, d["name"], tuple(d.get("aliases", ())), checker.markdown(entry, ("description",)), d.get("wikidata"))
    for entry in passed["place"]:
        d = entry.data
        coords = d.get("coordinates") or {}
        chronicle.places[entry.id] = Place(
            entry.id, d["name"], tuple(d.get("aliases", ())), checker.markdown(entry, ("description",)), d.get("country", ""),
            coords.get("lat"), coords.get("lon"), d.get("wikidata"),
        )
    for entry in passed["event"]:
        if (event := checker.event(entry, chronicle.sources)) is not None:
            chronicle.events[event.id] = event
    # An entry that failed its schema stays out of the chronicle, but the checks beyond the schema
    # still run on it as far as its shape allows, so an editor sees every problem in one run.
    salvage = {"source": lambda e: checker.source(e, default, outlets), "actor": checker.actor, "event": lambda e: checker.event(e, chronicle.sources)}
    for kind, check_entry in salvage.items():
        for entry in failed[kind]:
            try:
                check_entry(entry)
            except (KeyError, TypeError, AttributeError, ValueError):
                pass  # the schema problems already say what shape is wrong
    if memo is not None:
        memo.finish()
    return chronicle, _first_at_each_place(checker.problems)


def _first_at_each_place(problems: list[Problem]) -> list[Problem]:
    """One problem per file position (the schema's, found first, wins), sorted."""
    seen: dict[tuple, Problem] = {}
    for problem in problems:
        seen.setdefault((problem.path, problem.line, problem.column, problem.severity), problem)
    return sorted(seen.values())
