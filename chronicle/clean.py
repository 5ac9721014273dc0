r"""Finding the article in a raw page capture.

A seed is a capture of a news page: the article plus page furniture (an SVG title line,
"Відео дня", "Читайте також" teasers glued into a paragraph, related-headline lists). The
cleaner keeps the article's paragraphs whole and unchanged and drops the furniture, by rules
an editor extends in content/cleaning.yml (per outlet) or in a source entry's `cleaning`.

The cleaner never rewrites text: every paragraph it keeps is a contiguous piece of one line
of the seed, so a quote checked against the cleaned text is verbatim in the seed too; only
invisible characters are taken out of it (control characters and bidi controls, which would
otherwise reach a page).

Editors' regular expressions run on RE2 (google-re2), whose matching time grows with the text
only, never exponentially: a rule such as `(\S+\s?)+Ж` cannot hang a build. Python's syntax is
kept where RE2 can keep it (\d, \s, \w match Unicode as in Python's re); what RE2 cannot do in
linear time (backreferences, lookahead and lookbehind) is refused with advice by compile_rule.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

import re2

MAX_RULES = 100  # rules per list (drop_patterns, drop_lines, ...): cleaning.schema.json's maxItems
MAX_PROGRAM = 10_000  # RE2 instructions one compiled rule may take

# Invisible characters a kept paragraph loses: C0 and C1 controls (a tab stays), DEL, and the
# bidi controls and line separators, which would change how the page around them reads.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

# Python's \d, \s, \w match any script; RE2's only ASCII. Written out for RE2 (in a class, and as
# a class of their own).
_WHITE = "\\t\\n\\x{0B}\\f\\r\\x{1C}-\\x{1F} \\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}"
_IN_CLASS = {"d": "\\p{Nd}", "s": _WHITE, "w": "\\p{L}\\p{N}_"}
_OPTIONS = re2.Options()
_OPTIONS.log_errors = False


_TOO_BIG = (
    "the regular expression is too big ({size}, over the limit of %d); split it into simpler rules or lower its counts {{m,n}} (\\w and \\s stand for many letters each)"
    % MAX_PROGRAM
)


class RuleError(ValueError):
    """An editor's regular expression the cleaner cannot run; the message says what to write."""


_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!", "(?P=")


def _escape_for_re2(nxt: str, in_class: bool) -> str:
    """The escape \\nxt in RE2's syntax, inside [...] or outside; RuleError for what RE2 cannot do."""
    if nxt in "dsw":
        return _IN_CLASS[nxt] if in_class else f"[{_IN_CLASS[nxt]}]"
    if nxt in "DSW":
        if in_class:
            raise RuleError(
                f"\\{nxt} inside [...] is not supported; write [^...] with what the text must not be, or put \\{nxt} outside the brackets"
            )
        return f"[^{_IN_CLASS[nxt.lower()]}]"
    if nxt in "bB" and not in_class:
        raise RuleError(
            f"\\{nxt} (a word boundary) is not supported: RE2 counts only ASCII letters as a word; a rule matches a whole line, so write the spaces or punctuation around the word, e.g. (^|\\s)слово($|\\s)"
        )
    if nxt.isdigit() and nxt != "0" and not in_class:
        raise RuleError(
            f"\\{nxt} refers back to a group (a backreference), which is not supported: rules run in linear time (RE2); match the repeated text itself"
        )
    return "\\z" if nxt == "Z" else "\\" + nxt


def _refuse_lookaround(pattern: str, i: int) -> None:
    """RuleError if a group opening at i is a lookaround or a named backreference."""
    if pattern.startswith(_LOOKAROUND, i):
        what = (
            "a backreference (?P=name)"
            if pattern.startswith("(?P=", i)
            else "lookahead and lookbehind ((?=…), (?!…), (?<=…), (?<!…))"
        )
        raise RuleError(
            f"{what} is not supported: rules run in linear time (RE2); a rule matches a whole line, so write what the line holds instead"
        )


def _for_re2(pattern: str) -> str:
    """The pattern in RE2's syntax with Python's meaning; RuleError for what RE2 cannot do."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        step = 1
        if ch == "\\" and i + 1 < len(pattern):
            out.append(_escape_for_re2(pattern[i + 1], in_class))
            step = 2
        elif in_class:
            in_class = not (ch == "]" and not (out and out[-1] in ("[", "[^")))
            out.append(ch)
        elif ch == "[":
            in_class = True
            step = 2 if pattern.startswith("[^", i) else 1
            out.append(pattern[i : i + step])
        else:
            if ch == "(":
                _refuse_lookaround(pattern, i)
            out.append(ch)
        i += step
    return "".join(out)


@lru_cache(maxsize=4096)
def compile_rule(pattern: str):
    """An editor's pattern compiled by RE2; RuleError (its message for the editor) if it cannot be."""
    translated = _for_re2(pattern)
    try:
        compiled = re2.compile(translated, _OPTIONS)
    except re2.error as exc:
        why = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        if "too large" in why:
            raise RuleError(_TOO_BIG.format(size="more than RE2's memory for one rule")) from None
        raise RuleError(f"not a valid regular expression: {why}") from None
    if compiled.programsize > MAX_PROGRAM:
        raise RuleError(_TOO_BIG.format(size=f"{compiled.programsize} steps compiled"))
    return compiled


_LINES = re2.Options()
_LINES.log_errors = False
_LINES.never_nl = True  # no match crosses a line end: each one is one whole line


@lru_cache(maxsize=1024)
def _matcher(patterns: tuple[str, ...]):
    """lines -> the indices of the lines some pattern matches whole; None without patterns.

    All the patterns of a source are one RE2 program, run once over the seed's lines joined
    (the wrapper's cost per call was most of the time), each match anchored to a whole line;
    each alone, line by line, if together they are too big for RE2.
    """
    if not patterns:
        return None
    for p in patterns:
        compile_rule(p)  # each must be valid alone
    try:
        together = re2.compile("(?m)^(?:" + "|".join(f"(?:{_for_re2(p)})" for p in patterns) + ")$", _LINES)
    except re2.error:
        compiled = [compile_rule(p) for p in patterns]
        return lambda lines: {n for n, line in enumerate(lines) if line and any(c.fullmatch(line) for c in compiled)}

    def matched(lines: list[str]) -> set[int]:
        starts, at = {}, 0
        for n, line in enumerate(lines):
            starts[at] = n
            at += len(line) + 1
        return {starts[m.start()] for m in together.finditer("\n".join(lines)) if m.end() > m.start()}

    return matched


def glued(text: str) -> bool:
    """Whether text has a place where one line was glued to the next with no space
    ("озброєнняЯк повідомили"), where the cleaner may cut a headline or teaser off.
    (chronicle.synth puts its glued teasers only into paragraphs without one.)"""
    return _GLUE.search(text) is not None


# Where a headline is glued to what follows it with no space: "озброєнняЯк повідомили".
_GLUE = re.compile(r"(?<=[a-zа-яґєії0-9’'ʼ»\")])(?=[A-ZА-ЯҐЄІЇ«])")
_SENTENCE_END = (".", "!", "?", "…", ".»", "!»", "?»", '."', '!"', '?"', ".)")


_LISTS = ("drop_lines", "drop_patterns", "end_markers", "teaser_markers", "keep_lines")


@dataclass(frozen=True)
class Rules:
    drop_lines: tuple[str, ...] = ()
    drop_patterns: tuple[str, ...] = ()
    end_markers: tuple[str, ...] = ()
    teaser_markers: tuple[str, ...] = ()
    keep_lines: tuple[str, ...] = ()  # lines the method would drop that are article text
    # Whether the method (chronicle.boilerplate) finds the furniture the rules do not name; None:
    # as the rules added before say (the check starts from DETECT: on), else off.
    detect: bool | None = None
    # (list, value, where it was written), e.g. ("drop_lines", "Відео дня", "default.drop_lines[1]")
    labels: tuple[tuple[str, str, str], ...] = field(default=(), compare=False)

    @classmethod
    def from_dict(cls, data: dict | None, origin: str = "") -> Rules:
        data = data or {}
        labels = tuple(
            (name, value, f"{origin}.{name}[{i}]" if origin else f"{name}[{i}]")
            for name in _LISTS
            for i, value in enumerate(data.get(name, ()))
        )
        return cls(**{name: tuple(data.get(name, ())) for name in _LISTS}, detect=data.get("detect"), labels=labels)

    def __add__(self, other: Rules) -> Rules:
        return Rules(
            **{name: tuple(dict.fromkeys(getattr(self, name) + getattr(other, name))) for name in _LISTS},
            detect=self.detect if other.detect is None else other.detect,
            labels=self.labels + other.labels,
        )

    def label(self, name: str, value: str) -> str:
        """Where a rule was written ("outlets.УНІАН.drop_lines[2]"), for `chronicle clean`."""
        return next((where for n, v, where in self.labels if n == name and v == value), name)


DETECT = Rules(detect=True)  # what the check starts from: the method on, no rules


def rules_for(default: Rules, outlets: dict, outlet: str | None, own: Rules | None = None) -> Rules:
    """The rules a source is cleaned with: the method, the default rules, its outlet's, its own."""
    return DETECT + default + outlets.get(outlet, Rules()) + (own or Rules())


@dataclass(frozen=True)
class Verdict:
    """One line of a capture, or a piece of one, and what the cleaner did with it and why."""

    line: int  # 1-based line of the capture
    text: str
    kept: bool
    reason: str


@dataclass(frozen=True)
class Cleaned:
    paragraphs: tuple[str, ...]
    dropped: tuple[str, ...] = field(default=())  # what was cut, for editors to review
    verdicts: tuple[Verdict, ...] = field(default=(), compare=False)
    headline: str | None = None  # the headline the method found above the article

    @property
    def kept_share(self) -> float:
        """The share of the capture's characters (of non-blank lines) that the article kept."""
        kept = sum(len(v.text) for v in self.verdicts if v.kept)
        total = sum(len(v.text) for v in self.verdicts)
        return kept / total if total else 0.0


def _cut_teasers(line: str, marker: str) -> tuple[list[str], list[str]]:
    """Split a line at a teaser marker: (kept pieces, dropped pieces).

    What precedes the marker is kept. After it come one or more headlines, glued to each other
    and to the article text that follows; headlines do not end a sentence, so leading pieces
    without sentence-final punctuation are dropped and the rest of the line is kept whole (and
    cut again at the next marker). One pass over the line, by positions: no copy of its rest.
    """
    kept: list[str] = []
    dropped: list[str] = []
    pos, end = 0, len(line)
    at = line.find(marker)
    while at >= 0:
        before = line[pos:at].strip()
        if before:
            kept.append(before)
        dropped.append(marker)
        a = start = at + len(marker)
        for b in itertools.chain((m.start() for m in _GLUE.finditer(line, start)), (end,)):
            piece = line[a:b].strip()
            if piece.endswith(_SENTENCE_END):
                start = a
                break
            if piece:
                dropped.append(piece)
            a = start = b
        pos, at = start, line.find(marker, start)
    rest = line[pos:].strip()
    if rest:
        kept.append(rest)
    return kept, dropped


def _glued(line: str, marker: str) -> bool:
    """A built-in "read also" marker counts at the start of a line or glued after text."""
    at = line.find(marker)
    while at >= 0:
        after = line[at + len(marker) : at + len(marker) + 1]
        if (at == 0 or not line[at - 1].isspace() or line[at - 1 - 1 : at - 1] in ".!?…»") and (
            not after or not after.islower()
        ):
            return True
        at = line.find(marker, at + 1)
    return False


_Item = tuple[int, str, "tuple[bool, str] | None"]  # (line, text, fixed verdict or None: the method decides)


def _split_lines(text: str) -> list[str]:
    """The capture's lines, stripped: no BOM, any line end."""
    return [line.strip() for line in text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _after_end_marker(lines: list[str], n: int, rules: Rules) -> list[_Item]:
    """The end marker on line n and every non-blank line after it, dropped."""
    where = rules.label("end_markers", lines[n])
    return [
        (m + 1, rest, (False, f"rule {where}" if m == n else f"after the end marker (rule {where})"))
        for m, rest in enumerate(lines[n:], n)
        if rest
    ]


def _teaser_marker(line: str, rules: Rules, markers: tuple[str, ...]) -> str | None:
    """The teaser marker the line is cut at: an editor's anywhere, a built-in one only glued."""
    return next((m for m in rules.teaser_markers if m in line), None) or next(
        (m for m in markers if m in line and _glued(line, m)), None
    )


def _teaser_items(n: int, line: str, marker: str, rules: Rules, detect: bool) -> list[_Item]:
    """A line cut at a teaser marker: the marker and the headlines after it dropped, the rest kept
    (or left to the method)."""
    ruled = marker in rules.teaser_markers
    how = f"rule {rules.label('teaser_markers', marker)}" if ruled else "a «read also» marker glued into a paragraph"
    if not ruled and line == marker:  # a built-in marker alone on its line: the method judges it
        return [(n + 1, line, None)]
    pieces, cut = _cut_teasers(line, marker)
    parts: list[tuple[str, tuple[bool, str] | None]] = [
        (piece, (False, how if piece == marker else f"a headline glued after {marker!r} ({how})")) for piece in cut
    ]
    parts += [(piece, None if detect else (True, "no rule drops it")) for piece in pieces]
    # Shown in the order of the line, as long as the kept pieces keep theirs.
    order = sorted(parts, key=lambda part: line.find(part[0]))
    if [piece for piece, verdict in order if verdict is None or verdict[0]] == pieces:
        parts = order
    return [(n + 1, piece, verdict) for piece, verdict in parts]


def _ruled(n: int, line: str, rules: Rules, title: str | None, by_pattern) -> tuple[bool, str] | None:
    """The verdict of a rule naming the whole line (keep, drop, the title, a pattern), or None."""
    if line in rules.keep_lines:
        return True, f"rule {rules.label('keep_lines', line)}"
    if line in rules.drop_lines:
        return False, f"rule {rules.label('drop_lines', line)}"
    if title and line == title.strip():
        return False, "the source's title"
    if n in by_pattern:
        pattern = next((p for p in rules.drop_patterns if compile_rule(p).fullmatch(line)), "")
        return False, f"rule {rules.label('drop_patterns', pattern)}"
    return None


def _items(lines: list[str], rules: Rules, title: str | None, detect: bool) -> list[_Item]:
    """Every non-blank line or piece of one, with the verdict the rules give it (None: the method's)."""
    from chronicle import boilerplate

    matcher = _matcher(rules.drop_patterns)
    by_pattern = matcher(lines) if matcher is not None else ()
    markers = rules.teaser_markers + (
        tuple(m for m in boilerplate.READ_ALSO if m not in rules.teaser_markers) if detect else ()
    )
    items: list[_Item] = []
    for n, line in enumerate(lines):
        if not line:
            continue
        if line in rules.end_markers:
            items.extend(_after_end_marker(lines, n, rules))
            break
        ruled = _ruled(n, line, rules, title, by_pattern)
        if ruled is not None:
            items.append((n + 1, line, ruled))
        elif marker := _teaser_marker(line, rules, markers):
            items.extend(_teaser_items(n, line, marker, rules, detect))
        else:
            items.append((n + 1, line, None if detect else (True, "no rule drops it")))
    return items


def clean(text: str, rules: Rules, title: str | None = None) -> Cleaned:
    """Keep the article's paragraphs (one a non-blank line), drop the furniture.

    The rules drop what they name; with rules.detect, chronicle.boilerplate classifies the rest.
    Rules() alone: the rules only (what the rules' own tests check).
    """
    from chronicle import boilerplate

    detect = bool(rules.detect)
    items = _items(_split_lines(text), rules, title, detect)
    if detect:
        found, at = boilerplate.classify([t for _, t, _ in items], fixed=[f for _, _, f in items])
    else:
        found, at = [cast(tuple[bool, str], f) for _, _, f in items], None  # without the method every item is fixed
    verdicts = tuple(Verdict(n, t, kept, reason) for (n, t, _), (kept, reason) in zip(items, found))
    kept = tuple(_INVISIBLE.sub("", v.text) if _INVISIBLE.search(v.text) else v.text for v in verdicts if v.kept)
    headline = boilerplate.strip_credit(items[at][1]) if at is not None else None
    return Cleaned(kept, tuple(v.text for v in verdicts if not v.kept), verdicts, headline)
