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
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource

from chronicle import speech
from chronicle.clean import RuleError, Rules, clean, compile_rule, rules_for
from chronicle.dates import PartialDate
from chronicle.model import (
    Actor,
    CaptureSummary,
    Chronicle,
    Correction,
    Event,
    Participation,
    Place,
    Quote,
    Role,
    Source,
    Topic,
    Via,
)
from chronicle.origin import relay_circles
from chronicle.problems import Problem
from chronicle.read import KINDS, Entry, RawProject
from chronicle.text import ENTITY_SCHEMES, link_problem, links, markup_problems
from chronicle.urls import FOLDERS

SCHEMA_KINDS = ("event", "actor", "source", "topic", "place", "cleaning")
MAX_SUGGESTIONS = 50  # "did you mean" for unknown ids, per check
_TYPE_WORDS = {
    "string": "text",
    "array": "list",
    "object": "map of fields",
    "number": "number",
    "integer": "whole number",
    "boolean": "true or false",
    "null": "empty",
}


def schema_text(name: str) -> str:
    return resources.files("chronicle").joinpath("schemas").joinpath(f"{name}.schema.json").read_text("utf-8")


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


@cache
def _validators() -> dict[str, Draft202012Validator]:
    schemas = {name: json.loads(schema_text(name)) for name in SCHEMA_KINDS + ("common",)}
    registry = Registry().with_resources(
        (f"{name}.schema.json", Resource.from_contents(schema)) for name, schema in schemas.items()
    )
    return {
        name: Draft202012Validator(_inline(schemas[name], schemas, name), registry=registry) for name in SCHEMA_KINDS
    }


def _type_name(value: object) -> str:
    for name, kind in (
        ("text", str),
        ("true or false", bool),
        ("number", (int, float)),
        ("list", list),
        ("map of fields", dict),
    ):
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
        fitting = [
            errs for errs in branches.values() if not any(e.validator == "type" and not e.relative_path for e in errs)
        ]
        error = best_match(fitting[0] if fitting else error.context)
    return error


def _flow(value) -> str:
    """A value as one line of YAML flow style, for an example in a message."""
    if isinstance(value, list):
        return "[" + ", ".join(map(_flow, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    return str(value)


def _example(path, schema: dict) -> str:
    """ ", e.g. `by: [a, b]`": the schema's last example, written where the value goes."""
    examples = schema.get("examples")
    if not examples:
        return ""
    key = f"{path[-1]}: " if path and isinstance(path[-1], str) else "- "
    return f", e.g. `{key}{_flow(examples[-1])}`"


_RULE_NAMES = (
    "drop_lines",
    "drop_patterns",
    "end_markers",
    "teaser_markers",
    "keep_lines",
)  # lists of text; and "detect", true or false


def _shape_problem(entry: Entry, error: ValidationError) -> Problem | None:
    """A value of the wrong shape (a map for a list, a list for text, …) where the schema names
    the shape it wants (`title`): that shape, with a one-line example (`examples`)."""
    path = tuple(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    if entry.kind == "cleaning" and len(path) == 2 and path[0] == "outlets" and error.validator == "type":
        outlets = _validators()["cleaning"].schema["properties"]["outlets"]
        line, column = entry.doc.position(path, key=True)
        what = (
            f"'{path[1]}' is a rule, not an outlet name"
            if path[1] in _RULE_NAMES
            else f"the rules of outlet '{path[1]}' should be a map of fields, not {_a(_type_name(error.instance))}"
        )
        return Problem(
            entry.path,
            line,
            column,
            f"{what}: the keys of 'outlets' are outlet names, as sources write `outlet:`, each with its rules{_example(('outlets',), outlets)}",
        )
    title = schema.get("title")
    if not title:
        return None
    if error.validator in ("oneOf", "anyOf"):
        if not error.context or not all(
            any(e.validator == "type" and not e.relative_path for e in error.context if e.relative_schema_path[0] == i)
            for i in {e.relative_schema_path[0] for e in error.context}
        ):
            return None  # a branch fits the value's type: what is wrong is inside it
    elif error.validator != "type":
        return None
    line, column = entry.doc.position(path)
    return Problem(
        entry.path,
        line,
        column,
        f"{_field(path)} must be {title}, not {_a(_type_name(error.instance))}{_example(path, schema)}",
    )


def _a(type_name: str) -> str:
    return f"a {type_name}" if type_name in ("list", "map of fields", "number") else type_name


def _schema_problems(entry: Entry, error: ValidationError) -> list[Problem]:
    if (shape := _shape_problem(entry, error)) is not None:
        return [shape]
    error = _leaf(error)
    path = tuple(error.absolute_path)
    doc = entry.doc
    v, value = error.validator, error.instance

    def at(p, message, key=False):
        ln, col = doc.position(p, key=key)
        return Problem(entry.path, ln, col, message)

    if v == "required":
        return [
            at(path, f"missing required field '{name}'; add `{name}:`")
            for name in error.validator_value
            if name not in value
        ]
    if v == "additionalProperties":
        known = error.schema.get("properties", {})
        return [
            at(
                path + (name,),
                f"unknown field '{name}'{_suggest(name, known)} (fields here: {', '.join(known)})",
                key=True,
            )
            for name in value
            if name not in known
        ]
    message = _MESSAGES.get(v, _plain_message)(_field(path), value, error)
    return [at(path, message)]


def _enum_message(field: str, value, error: ValidationError) -> str:
    choices = error.validator_value
    if tuple(choices) == speech.KINDS:  # a quote's kind: what each means (chronicle.speech)
        return speech.unknown_kind(value)
    return f"{value!r} is not allowed in {field}{_suggest(value, choices)} (use one of: {', '.join(map(str, choices))})"


def _type_message(field: str, value, error: ValidationError) -> str:
    wanted: list[str] = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
    hint = ""
    if wanted == ["string"] and isinstance(value, (int, float)) and not isinstance(value, bool):
        hint = "; put it in quotes ('…'), so that it is read as text"
    elif wanted == ["string"] and value is None:
        hint = "; write it, or remove the field if it is optional"
    elif wanted == ["array"]:
        hint = "; write a list: [a, b], or one '- item' per line"
    return f"{field} should be {' or '.join(_TYPE_WORDS.get(w, w) for w in wanted)}, not {_type_name(value)}{hint}"


def _pattern_message(field: str, value, error: ValidationError) -> str:
    pattern = error.validator_value
    if pattern.endswith("-[0-9]{2}-[0-9]{2}$"):  # common.schema.json's `day`: a correction's date
        what = "a day: write YYYY-MM-DD (a correction is dated to the day it was made)"
    elif "[0-9]{4}" in pattern:
        what = "a date: write YYYY-MM-DD, or YYYY-MM / YYYY when only that is known"
    elif pattern.startswith("^[a-z0-9]+"):
        what = "an id: lowercase ASCII letters, digits and single hyphens, e.g. geneva-talks-2022"
    elif "\\u0000" in pattern:
        what = "one line of text: remove line breaks and invisible control characters"
    else:
        description = (error.schema.get("description") or "").rstrip(".")
        what = _lower_first(description) if description else f"text matching {pattern}"
    return f"{value!r} in {field} is not {what}"


def _plain_message(field: str, value, error: ValidationError) -> str:
    return f"{field}: {error.message}"


# What each JSON Schema keyword's failure says, beyond required and additionalProperties.
_MESSAGES = {
    "enum": _enum_message,
    "type": _type_message,
    "pattern": _pattern_message,
    "maxLength": lambda field, value, error: (
        f"{field} is {len(value)} characters long, over the limit of {error.validator_value}; shorten it"
    ),
    "minLength": lambda field, value, error: f"{field} is empty; write it or remove the field",
    "maxItems": lambda field, value, error: (
        f"{field} has {len(value)} items, over the limit of {error.validator_value}; merge them or keep the ones that matter"
    ),
    "minItems": lambda field, value, error: f"{field} needs at least {error.validator_value} item(s)",
    "uniqueItems": lambda field, value, error: f"{field} lists the same value twice; keep one",
    "minProperties": lambda field, value, error: (
        f"{field} is empty; write one of its fields: {', '.join(error.schema.get('properties', {}))}"
    ),
    "maxProperties": lambda field, value, error: (
        f"{field} takes only {error.validator_value} of its fields ({', '.join(error.schema.get('properties', {}))}), not {len(value)}; keep one"
    ),
    "minimum": lambda field, value, error: (
        f"{field} is {value}, outside the allowed range (minimum {error.validator_value})"
    ),
    "maximum": lambda field, value, error: (
        f"{field} is {value}, outside the allowed range (maximum {error.validator_value})"
    ),
}


@cache
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


@cache
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
    """What `chronicle check` warns about a source's capture (chronicle.editors.suggest): how much of it
    the cleaner kept, and whether the title is the article's (in the headline line, white space
    folded, or in the article text) or an interface phrase ("Поділитися")."""
    from chronicle import boilerplate

    want = _normalise(title).casefold()
    headline_lines = [
        v.text for v in cleaned.verdicts if not v.kept and v.reason.startswith(("the headline", "the source's title"))
    ]
    places = [cleaned.headline or "", *headline_lines, *cleaned.paragraphs]
    found = bool(want) and any(
        want in _normalise(boilerplate.strip_credit(text)).casefold() or want in _normalise(text).casefold()
        for text in places
    )
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
        self.articles: dict[str, tuple[str, tuple[str, ...]]] = {}  # source id -> (seed, cleaned paragraphs)
        self._suggested = 0
        self.published: dict[str, PartialDate] = {}  # source id -> its date, for the events' corrections

    def suggest(self, word: str, choices) -> str:
        """_suggest for the first MAX_SUGGESTIONS unknown names of a run: each compares the name
        with every id of its kind, so a thousand broken references would take minutes."""
        self._suggested += 1
        return _suggest(word, choices) if self._suggested <= MAX_SUGGESTIONS else ""

    def error(self, entry: Entry, path, message: str, key: bool = False) -> None:
        line, column = entry.doc.position(tuple(path), key=key)
        self.problems.append(Problem(entry.path, line, column, message))

    def date(self, entry: Entry, path, text: str | None) -> PartialDate | None:
        if not isinstance(text, str):
            return None  # absent, or of the wrong shape (the schema says so)
        try:
            return PartialDate.parse(text)
        except ValueError as exc:
            self.error(entry, path, str(exc))
            return None

    def markdown(self, entry: Entry, path) -> str:
        """A Markdown field: every link must be allowed and every entry link must resolve."""
        data: Any = entry.data
        for key in path:  # names of fields, and indexes of list items (a correction's note)
            if isinstance(data, list) and isinstance(key, int):
                data = data[key] if key < len(data) else None
            else:
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
        if isinstance(ref, str) and ref not in self.known[kind] and ref not in self.broken[kind]:
            self.error(
                entry,
                path,
                f"unknown {kind} '{ref}': there is no content/{FOLDERS[kind]}/{ref}.yml{self.suggest(ref, self.known[kind])}",
            )

    # ---- kinds ----

    def cleaning_rules(self) -> tuple[Rules, dict[str, Rules]]:
        entry = self.raw.cleaning
        if entry is None:
            return Rules(), {}
        self.problems += check_schema(entry)
        data = entry.data if isinstance(entry.data, dict) else {}
        # A malformed part (reported by the schema) is left out; the well-formed rest still applies.
        default = data.get("default") if _rules_ok(data.get("default")) else None
        outlets = (
            {k: v for k, v in data.get("outlets", {}).items() if _rules_ok(v)}
            if isinstance(data.get("outlets"), dict)
            else {}
        )
        ok = self._check_patterns(entry, ("default",), default)
        for outlet, rules in outlets.items():
            ok = self._check_patterns(entry, ("outlets", outlet), rules) and ok
        if not ok:  # reported; clean with no rules rather than with a pattern that cannot compile
            return Rules(), {}
        return Rules.from_dict(default, "default"), {k: Rules.from_dict(v, f"outlets.{k}") for k, v in outlets.items()}

    def outlet_names(self, outlets: dict) -> None:
        """A key of `outlets` that no source writes as its `outlet`, but close to one that does, is
        most likely a misspelling: its rules would apply to nothing. A warning, since rules may be
        written for an outlet before its first source."""
        entry = self.raw.cleaning
        if entry is None:
            return
        used = {
            e.data["outlet"]
            for e in self.raw.entries.get("source", {}).values()
            if isinstance(e.data, dict) and isinstance(e.data.get("outlet"), str)
        }
        for name in outlets:
            if name not in used and (close := _suggest(name, used)):
                line, column = entry.doc.position(("outlets", name), key=True)
                self.problems.append(
                    Problem(
                        entry.path,
                        line,
                        column,
                        f"no source has the outlet '{name}'{close} The keys of 'outlets' are outlet names exactly as sources write `outlet:`",
                        "warning",
                    )
                )

    def _check_patterns(self, entry: Entry, path, rules: dict | None) -> bool:
        ok = True
        patterns = (rules or {}).get("drop_patterns", []) if isinstance(rules, dict) else []
        for i, pattern in enumerate(patterns if isinstance(patterns, list) else []):
            if not isinstance(pattern, str):
                continue
            try:
                compile_rule(pattern)
            except RuleError as exc:
                self.error(entry, path + ("drop_patterns", i), f"the rule {pattern!r}: {exc}")
                ok = False
        return ok

    def source(self, entry: Entry, default: Rules, outlets: dict[str, Rules]) -> Source | None:
        d = entry.data
        published = self.date(entry, ("published",), d.get("published"))
        corrections = self.corrections(entry, [(entry.id, published)] if published else [])
        if published is not None:
            self.published[entry.id] = published
        via = self.via(entry)
        seed = d.get("seed")
        if not isinstance(seed, str):
            return None  # the schema says what is wrong; without a seed nothing more can be checked
        text = self._seed_text(entry, seed)
        if text is None:
            return None
        note = self.markdown(entry, ("note",))
        outlet = d.get("outlet") if isinstance(d.get("outlet"), str) else ""
        title = d["title"] if isinstance(d.get("title"), str) else ""
        extra = d.get("cleaning") if _rules_ok(d.get("cleaning")) else None
        if not self._check_patterns(entry, ("cleaning",), extra):
            return None
        rules = rules_for(default, outlets, outlet, Rules.from_dict(extra, f"{entry.path}: cleaning"))
        cleaned = self.memo.clean(text, rules, title) if self.memo else clean(text, rules, title=title)
        # The article's text, for the quotes of the events citing it, even if this entry failed.
        self.articles[entry.id] = (seed, cleaned.paragraphs)
        if published is None or not isinstance(d.get("sha256"), str) or not outlet or not title:
            return None
        return Source(
            id=entry.id,
            seed=seed,
            sha256=d["sha256"],
            outlet=d["outlet"],
            title=d["title"],
            published=published,
            language=d.get("language") or "",
            paragraphs=cleaned.paragraphs,
            url=d.get("url"),
            note=note,
            corrections=corrections,
            capture=capture_summary(cleaned, title),
            via=via,
            archive_url=d.get("archive_url"),
        )

    def via(self, entry: Entry) -> Via | None:
        """A source's `via:` (whom it relays): a source it names must exist and be another one."""
        via = entry.data.get("via")
        if not isinstance(via, dict) or len(via) != 1:
            return None  # absent, or the schema says what is wrong
        relayed = via.get("source")
        if isinstance(relayed, str):
            self.ref(entry, ("via", "source"), "source", relayed)
            if relayed == entry.id:
                self.error(
                    entry, ("via", "source"), "a source cannot relay itself; name the outlet: `via: {outlet: …}`"
                )
            return Via(source=relayed)
        return Via(outlet=via["outlet"]) if isinstance(via.get("outlet"), str) else None

    def _seed_text(self, entry: Entry, seed: str) -> str | None:
        """A source's seed, checked (a plain path under seeds/, there, its SHA-256, UTF-8): its
        text, or None when it cannot be read."""
        d = entry.data
        normal = posixpath.normpath(seed) if seed else ""
        if (
            seed.startswith("/")
            or "\\" in seed
            or normal.startswith("..")
            or not normal.startswith(self.seeds_dir + "/")
            or normal != seed
        ):
            self.error(
                entry,
                ("seed",),
                f"the seed '{seed}' must be a plain path under {self.seeds_dir}/, e.g. {self.seeds_dir}/2022-01-10-article.txt",
            )
            return None
        if self.raw.was_refused(seed):
            return None  # reported at the seed's own path; nothing of it is read or hashed
        raw = self.raw.seeds.get(seed)
        if raw is None:
            self.error(
                entry,
                ("seed",),
                f"the seed '{seed}' does not exist{self.suggest(seed, self.raw.seeds)}; archive the capture there first",
            )
            return None
        digest = hashlib.sha256(raw).hexdigest()
        if isinstance(d.get("sha256"), str) and digest != d["sha256"]:
            self.error(
                entry,
                ("sha256",),
                f"{seed} does not match this SHA-256: its SHA-256 is {digest}. A new source: write that (`chronicle new source --seed` fills it in). An archived seed that changed: a seed is evidence and is never edited; restore it, or archive the new capture as a new seed",
            )
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            self.error(entry, ("seed",), f"{seed} is not UTF-8 text")
            return None
        return text

    def actor(self, entry: Entry, make: bool = True) -> Actor | None:
        """Check an actor beyond its schema; make: build the Actor (only for an entry that passed the schema)."""
        d = entry.data
        roles = []
        for i, role in enumerate(_list(d.get("roles"))):
            if not isinstance(role, dict):
                continue  # the schema says what is wrong
            self.ref(entry, ("roles", i, "organization"), "actor", role.get("organization"))
            start = self.date(entry, ("roles", i, "from"), role.get("from"))
            end = self.date(entry, ("roles", i, "to"), role.get("to"))
            if start and end and end < start:
                self.error(entry, ("roles", i, "to"), f"the post ends ({end}) before it begins ({start})")
            roles.append(Role(role.get("post") or "", role.get("organization"), start, end))
        corrections = self.corrections(entry)
        if not make:
            return None
        return Actor(
            entry.id,
            d["name"],
            d["kind"],
            tuple(d.get("aliases", ())),
            self.markdown(entry, ("description",)),
            tuple(roles),
            d.get("wikidata"),
            corrections,
        )

    def event(self, entry: Entry, make: bool = True) -> Event | None:
        """Check an event beyond its schema. Each field is checked as far as its own shape allows,
        so a malformed field (reported by the schema) hides no check of the others. make: build
        the Event (only for an entry that passed the schema)."""
        d = entry.data
        date = self.date(entry, ("date",), d.get("date"))
        end_date = self.date(entry, ("end_date",), d.get("end_date"))
        if date and end_date and end_date.first_day < date.first_day:
            self.error(entry, ("end_date",), f"end_date {end_date} is before date {date}")
        self.ref(entry, ("place",), "place", d.get("place"))
        actors = self._participants(entry)
        for i, topic in enumerate(_list(d.get("topics"))):
            self.ref(entry, ("topics", i), "topic", topic)
        sources = _list(d.get("sources"))
        for i, source in enumerate(sources):
            self.ref(entry, ("sources", i), "source", source)
        for i, other in enumerate(_list(d.get("related"))):
            self.ref(entry, ("related", i), "event", other)
            if other == entry.id:
                self.error(entry, ("related", i), "an event cannot be related to itself")
        quotes = self._quotes(entry, {p.actor for p in actors}, sources)
        summary = self.markdown(entry, ("summary",))
        corrections = self.corrections(entry, [(s, self.published[s]) for s in sources if s in self.published])
        if date is None or not make:
            return None
        return Event(
            id=entry.id,
            title=d["title"],
            date=date,
            kind=d["kind"],
            status=d["status"],
            sources=tuple(sources),
            end_date=end_date,
            date_note=d.get("date_note", ""),
            place=d.get("place"),
            actors=tuple(actors),
            topics=tuple(d.get("topics", ())),
            summary=summary,
            quotes=tuple(quotes),
            related=tuple(d.get("related", ())),
            corrections=corrections,
        )

    def corrections(self, entry: Entry, sources: Sequence[tuple[str, PartialDate]] = ()) -> tuple[Correction, ...]:
        """An entry's corrections, each checked where it is written: a real day, its note's links,
        not written twice, and not before the entry could exist (before its earliest source,
        `sources`: (source id, published) of an event's sources or of the source itself)."""
        found: list[Correction] = []
        earliest = min(sources, key=lambda item: item[1].first_day, default=None)
        for i, item in enumerate(_list(entry.data.get("corrections"))):
            if not isinstance(item, dict):
                continue  # the schema says what is wrong
            date = self.date(entry, ("corrections", i, "date"), item.get("date"))
            note = self.markdown(entry, ("corrections", i, "note"))
            change = item.get("change")
            if date is None or not isinstance(change, str):
                continue
            if earliest is not None and date.first_day < earliest[1].first_day:
                source, published = earliest
                which = "this source was" if source == entry.id else f"its earliest source, {source}, was"
                self.error(
                    entry,
                    ("corrections", i, "date"),
                    f"the correction is dated {date}, before {which} published ({published}); a correction is made after the entry: check its date",
                )
            correction = Correction(date, change, note)
            if correction in found:
                self.error(entry, ("corrections", i), "this correction is written twice; keep one")
            found.append(correction)
        return tuple(found)

    def _participants(self, entry: Entry) -> list[Participation]:
        """An event's actors, each checked where it is written (a malformed item is the schema's)."""
        actors: list[Participation] = []
        seen: set[str] = set()
        for i, item in enumerate(_list(entry.data.get("actors"))):
            if isinstance(item, str):
                part, where = Participation(item), ("actors", i)  # type: tuple[Participation, tuple]
            elif isinstance(item, dict) and isinstance(item.get("id"), str):
                part, where = Participation(item["id"], item.get("role")), ("actors", i, "id")
            else:
                continue  # the schema says what is wrong
            self.ref(entry, where, "actor", part.actor)
            if part.actor in seen:
                self.error(entry, where, f"the actor '{part.actor}' is listed twice; keep one")
            seen.add(part.actor)
            actors.append(part)
        return actors

    def _quotes(self, entry: Entry, seen: set[str], sources: list) -> list[Quote]:
        """An event's quotes: speakers among its actors, sources among its sources, text verbatim."""
        quotes = []
        for i, q in enumerate(_list(entry.data.get("quotes"))):
            if not isinstance(q, dict):
                continue
            by = q.get("by")
            # One speaker, or several (a joint statement); each checked where it is written.
            speakers = (
                [(by, ("quotes", i, "by"))]
                if isinstance(by, str)
                else [(a, ("quotes", i, "by", j)) for j, a in enumerate(_list(by)) if isinstance(a, str)]
            )
            for actor, where in speakers:
                self.ref(entry, where, "actor", actor)
                if actor not in seen and actor in self.known["actor"]:
                    self.error(entry, where, f"'{actor}' is quoted but not among the event's actors; add it to actors")
            source = q.get("source")
            if isinstance(source, str):
                self._quote_source(entry, i, q, source, sources)
            kind = q.get("kind", speech.DEFAULT)  # the schema allows only speech.KINDS
            quotes.append(Quote(q.get("text") or "", tuple(a for a, _ in speakers), source or "", kind))
        return quotes

    def _quote_source(self, entry: Entry, i: int, q: dict, source: str, sources: list) -> None:
        if source not in sources:
            self.error(
                entry,
                ("quotes", i, "source"),
                f"the quote's source '{source}' is not among the event's sources; add it there",
            )
        if source in self.articles and isinstance(q.get("text"), str) and q["text"]:
            self._verbatim(entry, ("quotes", i, "text"), q["text"], *self.articles[source])

    def _verbatim(self, entry: Entry, path, text: str, seed: str, paragraphs: tuple[str, ...]) -> None:
        quote = _normalise(text)
        body = self._bodies.get(seed)
        if body is None:
            body = self._bodies[seed] = "\n".join(_normalise(p) for p in paragraphs)
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
        hint = (
            f"it matches up to {quote[:matched][-40:]!r} and then differs"
            if matched
            else "no part of its beginning is in the article"
        )
        self.error(
            entry,
            path,
            f"the quote is not verbatim in the article text of {seed}: {hint}; copy it exactly from the source",
        )


def validate(raw: RawProject, seeds_dir: str = "seeds", memo: Memo | None = None) -> tuple[Chronicle, list[Problem]]:
    """Check everything read; return the chronicle (of the entries that passed) and all problems.

    memo (the live preview): reuse the checks of single entries whose files did not change.
    """
    checker = _Checker(raw, seeds_dir, memo)
    if memo is not None:
        memo.start()
    default, outlets = checker.cleaning_rules()
    checker.outlet_names(outlets)
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
        chronicle.topics[entry.id] = Topic(**_named(checker, entry))
    for entry in passed["place"]:
        coords = entry.data.get("coordinates") or {}
        chronicle.places[entry.id] = Place(
            **_named(checker, entry),
            country=entry.data.get("country", ""),
            lat=coords.get("lat"),
            lon=coords.get("lon"),
        )
    # An entry that failed its schema stays out of the chronicle, but the checks beyond the schema
    # still run on it as far as its shape allows (each check skips only the malformed fields), so
    # an editor sees every problem in one run.
    salvage = {
        "source": lambda e: checker.source(e, default, outlets),
        "actor": lambda e: checker.actor(e, make=False),
        "topic": lambda e: (checker.markdown(e, ("description",)), checker.corrections(e)),
        "place": lambda e: (checker.markdown(e, ("description",)), checker.corrections(e)),
    }
    for kind in ("source", "actor", "topic", "place"):
        for entry in failed[kind]:
            _salvage(salvage[kind], entry)
    checker.problems += relay_circles(raw.entries.get("source", {}))
    for entry in passed["event"]:
        if (event := checker.event(entry)) is not None:
            chronicle.events[event.id] = event
    for entry in failed["event"]:
        _salvage(lambda e: checker.event(e, make=False), entry)
    if memo is not None:
        memo.finish()
    return chronicle, _first_at_each_place(checker.problems)


def _named(checker: _Checker, entry: Entry) -> dict[str, Any]:
    """The fields of a topic or a place (model.Named) from an entry that passed its schema."""
    d = entry.data
    return {
        "id": entry.id,
        "name": d["name"],
        "aliases": tuple(d.get("aliases", ())),
        "description": checker.markdown(entry, ("description",)),
        "wikidata": d.get("wikidata"),
        "corrections": checker.corrections(entry),
    }


def _salvage(check_entry, entry: Entry) -> None:
    if not isinstance(entry.data, dict):
        return  # the schema says the file is not a map of fields
    check_entry(entry)  # each check guards the fields it reads: a crash here is a bug, not swallowed


def _lower_first(text: str) -> str:
    """A description inside a sentence: "An ISO 639 code" -> "an ISO 639 code", but an acronym
    stays as written ("ISO 639 code", "SHA-256 of the seed")."""
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def _list(value) -> list:
    """A field that should be a list, or nothing when it is not (the schema says so)."""
    return value if isinstance(value, list) else []


def _rules_ok(rules) -> bool:
    """Cleaning rules of the schema's shape (a map of lists of text, and `detect`: true or false), or absent."""
    return (
        rules is None
        or isinstance(rules, dict)
        and all(
            isinstance(value, bool)
            if key == "detect"
            else key in _RULE_NAMES and isinstance(value, list) and all(isinstance(x, str) and x for x in value)
            for key, value in rules.items()
        )
    )


def _first_at_each_place(problems: list[Problem]) -> list[Problem]:
    """One problem per file position (the schema's, found first, wins), sorted."""
    seen: dict[tuple, Problem] = {}
    for problem in problems:
        seen.setdefault((problem.path, problem.line, problem.column, problem.severity), problem)
    return sorted(seen.values())
