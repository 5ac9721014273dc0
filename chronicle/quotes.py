"""Where each quote is in its source's cleaned text: anchors, highlighted spans and selectors.

Every quote is verbatim in its source's article text (chronicle.validate checks it); this module
finds it there the same way, so that an event page links to the quoted words and the source page
highlights them:

- anchor(text): the quote's anchor on its source page, "q-" and the first ANCHOR_HEX hex digits of
  the SHA-256 of the whitespace-normalised quote text (UTF-8), lowercase ASCII. It depends on the
  words alone: reordering an event's quotes, renaming the event or quoting the same words from a
  second event keeps it (identical words share one highlighted span); correcting the quote's words
  changes it, as it changes the span.
- locate(paragraphs, text): the quote's first occurrence in the cleaned text, as validate finds
  it: each paragraph whitespace-normalised (runs of whitespace one space), the paragraphs joined
  by "\\n" (`cleaned_text`). A quote across a paragraph break (which the check refuses today,
  CONTRIBUTING.md: "within one paragraph") is found with the break read as a space, and its span
  is marked piece by piece, paragraph by paragraph.
- marked(paragraphs, texts): the paragraphs as Markdown, every located quote wrapped in
  <mark class="chronicle-quote">, its first piece carrying id="<anchor>" (the site's CSS
  highlights it more strongly when it is the URL's #fragment, :target, with no JavaScript).
  Quotes that overlap nest, or are split where they cross. The text is escaped (md_escape).
- selector(paragraphs, text): the W3C Web Annotation TextQuoteSelector of the quote in the cleaned
  text: exact, and up to CONTEXT characters of prefix and suffix (data/chronicle.json).
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup

from chronicle.text import md_escape

ANCHOR_HEX = 10  # 40 bits: two different quotes of one source share an anchor with odds ~n²/2**41
CONTEXT = 32  # characters of prefix and suffix in a TextQuoteSelector
MARK_CLASS = "chronicle-quote"
_WORD = re.compile(r"\S+")


def normalise(text: str) -> str:
    """Runs of whitespace as one space, none at either end (as chronicle.validate compares quotes)."""
    return re.sub(r"\s+", " ", text).strip()


def anchor(text: str) -> str:
    """The quote's anchor (an HTML id) on its source page: "q-" and 10 lowercase hex digits."""
    return "q-" + hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:ANCHOR_HEX]


@lru_cache(maxsize=4096)
def _word_starts(paragraph: str) -> tuple[list[int], list[int]]:
    """Where each word (a run of non-whitespace) begins in normalise(paragraph), and in the
    paragraph as written: a character of a word maps back by its offset from the word's start."""
    normalised, written = [], []
    at = 0
    for word in _WORD.finditer(paragraph):
        normalised.append(at)
        written.append(word.start())
        at += word.end() - word.start() + 1
    return normalised, written


@dataclass(frozen=True)
class Located:
    """A quote found in the cleaned text: its span there, [start, end), and its pieces in the
    paragraphs as written, (paragraph index, start, end) in that paragraph's own offsets."""

    start: int
    end: int
    pieces: tuple[tuple[int, int, int], ...]


class _Text:
    """A source's cleaned text (normalised paragraphs joined by "\\n") and the way back to the
    paragraphs as written."""

    def __init__(self, paragraphs: tuple[str, ...]):
        self.paragraphs = paragraphs
        # " ".join(p.split()) is normalise(p): str.split and re's \s take the same characters for
        # whitespace (str.isspace), and this is the fast way.
        parts = [" ".join(p.split()) for p in paragraphs]
        self.starts: list[int] = []  # where each paragraph begins in the cleaned text
        at = 0
        for part in parts:
            self.starts.append(at)
            at += len(part) + 1
        self.lengths = [len(part) for part in parts]
        self.text = "\n".join(parts)
        self._spaced: str | None = None

    def written(self, i: int, offset: int) -> int:
        """The offset in paragraph i as written of the character at `offset` of its normalised
        form, a character of a word (not a space)."""
        normalised, written = _word_starts(self.paragraphs[i])
        k = bisect.bisect_right(normalised, offset) - 1
        return written[k] + offset - normalised[k]

    def find(self, quote: str) -> int:
        at = self.text.find(quote)
        if at < 0:  # across a paragraph break, read as a space ("\n" and " " have one length)
            if self._spaced is None:
                self._spaced = self.text.replace("\n", " ")
            at = self._spaced.find(quote)
        return at

    def locate(self, text: str) -> Located | None:
        quote = normalise(text)
        at = self.find(quote) if quote else -1
        if at < 0:
            return None
        end = at + len(quote)
        pieces = []
        for i, (first, length) in enumerate(zip(self.starts, self.lengths)):
            lo, hi = max(at, first), min(end, first + length)
            if lo < hi:  # a piece begins and ends on a word's character (quote and paragraph are trimmed)
                pieces.append((i, self.written(i, lo - first), self.written(i, hi - 1 - first) + 1))
        return Located(at, end, tuple(pieces))


@lru_cache(maxsize=256)
def _text_of(paragraphs: tuple[str, ...]) -> _Text:
    return _Text(paragraphs)


def cleaned_text(paragraphs: tuple[str, ...]) -> str:
    """The cleaned text selectors refer to: each paragraph whitespace-normalised, joined by "\\n"."""
    return _text_of(paragraphs).text


def locate(paragraphs: tuple[str, ...], text: str) -> Located | None:
    """The quote's first occurrence in the cleaned text, or None if it is not there."""
    return _text_of(paragraphs).locate(text)


def selector(paragraphs: tuple[str, ...], text: str) -> dict | None:
    """The quote's W3C Web Annotation TextQuoteSelector in the cleaned text, or None if it is not
    there: exact, and up to CONTEXT characters before (prefix) and after (suffix) it; "" at an end."""
    found = locate(paragraphs, text)
    if found is None:
        return None
    whole = cleaned_text(paragraphs)
    return {
        "type": "TextQuoteSelector",
        "exact": whole[found.start : found.end],
        "prefix": whole[max(0, found.start - CONTEXT) : found.start],
        "suffix": whole[found.end : found.end + CONTEXT],
    }


def _spans(paragraphs: tuple[str, ...], texts: Iterable[str]) -> list[list[tuple[int, int, str | None]]]:
    """For each paragraph, the pieces of quotes in it: (start, end, anchor of a first piece or None)."""
    spans: list[list[tuple[int, int, str | None]]] = [[] for _ in paragraphs]
    seen = set()
    for text in texts:
        name = anchor(text)
        if name in seen:
            continue  # the same words quoted again: one span, one anchor
        seen.add(name)
        found = locate(paragraphs, text)
        if found is None:
            continue
        for n, (i, start, end) in enumerate(found.pieces):
            spans[i].append((start, end, name if n == 0 else None))
    return spans


def _mark_open(name: str | None) -> str:
    return f'<mark id="{name}" class="{MARK_CLASS}">' if name else f'<mark class="{MARK_CLASS}">'


def _marked_paragraph(paragraph: str, spans: list[tuple[int, int, str | None]]) -> Markup:
    """The paragraph as Markdown (escaped), each span in a <mark>: spans inside spans nest; a span
    that crosses the end of the one it starts in is split there, its rest a mark without an id."""
    queue = [(start, -end, n, name) for n, (start, end, name) in enumerate(spans)]
    heapq.heapify(queue)
    count = len(queue)
    out: list[str] = []
    at = 0
    open_ends: list[int] = []

    def close_to(limit: int) -> None:
        nonlocal at
        while open_ends and open_ends[-1] <= limit:
            end = open_ends.pop()
            out.append(md_escape(paragraph[at:end]) + "</mark>")
            at = end

    while queue:
        start, neg_end, _, name = heapq.heappop(queue)
        end = -neg_end
        close_to(start)
        if open_ends and end > open_ends[-1]:  # crosses the end of the span it is in: split there
            heapq.heappush(queue, (open_ends[-1], -end, count, None))
            count += 1
            end = open_ends[-1]
        out.append(md_escape(paragraph[at:start]) + _mark_open(name))
        at = start
        open_ends.append(end)
    close_to(len(paragraph))
    out.append(md_escape(paragraph[at:]))
    return Markup("".join(out))


def marked(paragraphs: tuple[str, ...], texts: Iterable[str]) -> list[Markup]:
    """The paragraphs as Markdown, the quotes (texts) in them marked, each with its anchor."""
    spans = _spans(paragraphs, texts)
    return [_marked_paragraph(p, s) if s else Markup(md_escape(p)) for p, s in zip(paragraphs, spans)]
