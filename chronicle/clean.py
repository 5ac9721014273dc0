"""Finding the article in a raw page capture.

A seed is a capture of a news page: the article plus page furniture (an SVG title line,
"Відео дня", "Читайте також" teasers glued into a paragraph, related-headline lists). The
cleaner keeps the article's paragraphs whole and unchanged and drops the furniture, by rules
an editor extends in content/cleaning.yml (per outlet) or in a source entry's `cleaning`.

The cleaner never rewrites text: every paragraph it keeps is a contiguous piece of one line
of the seed, so a quote checked against the cleaned text is verbatim in the seed too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Where a headline is glued to what follows it with no space: "озброєнняЯк повідомили".
_GLUE = re.compile(r"(?<=[a-zа-яґєії0-9’'ʼ»\")])(?=[A-ZА-ЯҐЄІЇ«])")
_SENTENCE_END = (".", "!", "?", "…", ".»", "!»", "?»", '."', '!"', '?"', ".)")


@dataclass(frozen=True)
class Rules:
    drop_lines: tuple[str, ...] = ()
    drop_patterns: tuple[str, ...] = ()
    end_markers: tuple[str, ...] = ()
    teaser_markers: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict | None) -> "Rules":
        data = data or {}
        return cls(**{name: tuple(data.get(name, ())) for name in cls.__dataclass_fields__})

    def __add__(self, other: "Rules") -> "Rules":
        return Rules(
            **{
                name: tuple(dict.fromkeys(getattr(self, name) + getattr(other, name)))
                for name in self.__dataclass_fields__
            }
        )

    @property
    def _compiled(self) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p) for p in self.drop_patterns)


@dataclass(frozen=True)
class Cleaned:
    paragraphs: tuple[str, ...]
    dropped: tuple[str, ...] = field(default=())  # what was cut, for editors to review


def _cut_teasers(line: str, marker: str) -> tuple[list[str], list[str]]:
    """Split a line at a teaser marker: (kept pieces, dropped pieces).

    What precedes the marker is kept. After it come one or more headlines, glued to each other
    and to the article text that follows; headlines do not end a sentence, so leading pieces
    without sentence-final punctuation are dropped and the rest of the line is kept whole.
    """
    at = line.find(marker)
    before, after = line[:at], line[at + len(marker):]
    kept = [before.strip()] if before.strip() else []
    dropped = [marker]
    cuts = [0] + [m.start() for m in _GLUE.finditer(after)] + [len(after)]
    start = 0
    for a, b in zip(cuts, cuts[1:]):
        piece = after[a:b].strip()
        if piece.endswith(_SENTENCE_END):
            start = a
            break
        if piece:
            dropped.append(piece)
        start = b
    rest = after[start:].strip()
    if rest:
        if marker in rest:
            more_kept, more_dropped = _cut_teasers(rest, marker)
            kept += more_kept
            dropped += more_dropped
        else:
            kept.append(rest)
    return kept, dropped


def clean(text: str, rules: Rules, title: str | None = None) -> Cleaned:
    """Keep the article's paragraphs (one a non-blank line), drop the furniture."""
    patterns = rules._compiled
    kept: list[str] = []
    dropped: list[str] = []
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    for n, line in enumerate(lines):
        if not line:
            continue
        if line in rules.end_markers:
            dropped.extend(rest for rest in lines[n:] if rest)
            break
        if line in rules.drop_lines or (title and line == title.strip()) or any(p.fullmatch(line) for p in patterns):
            dropped.append(line)
            continue
        marker = next((m for m in rules.teaser_markers if m in line), None)
        if marker:
            pieces, cut = _cut_teasers(line, marker)
            kept += pieces
            dropped += cut
            continue
        kept.append(line)
    return Cleaned(tuple(kept), tuple(dropped))
