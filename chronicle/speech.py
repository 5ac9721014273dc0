"""How a quote was given: direct speech, reported speech or a translation (issue 18, section 2).

A quote's `kind` in the YAML says how its words stand in the source:

- `direct` (the default when `kind` is absent): the speaker's own words, which the source puts in
  quotation marks ("«Ми готові до діалогу», — заявив…");
- `translation`: the speaker's words too, said in another language and given by the source in
  Ukrainian, in quotation marks as well;
- `reported`: the source's account of what was said, in its own words and without quotation marks
  ("Рябков зазначив, що переговори…"): the pages show it without «» and labelled "переказ".

The default is `direct` so that entries written before `kind` stay valid; the check then warns
where that default (or a written `direct` or `translation`) is not borne out by the source.

The warning (`unmarked-quote`, chronicle.editors.suggest; a warning, never an error): a direct
quote or a translation whose words, where the check finds them in the source's cleaned text
(chronicle.quotes.locate: the first occurrence), do not stand inside a quoted passage of their
paragraph. `quoted()` decides, reading the paragraph's quotation marks left to right:

- « opens and » closes; „ opens and “ or ” closes it (Ukrainian and German style); “ not closing
  a „ opens, and ” closes it (English style); a straight " closes an open " and otherwise opens;
  marks nest (a „…“ inside «…»). Single marks (' ’ ‘) are not read: they are apostrophes in
  Ukrainian (зв’язку, пам'ять). A closing mark closes the innermost passage it can close, and
  any passage left open inside it («… „…»); with nothing it can close, it is ignored.
- a passage left open at the end of the paragraph runs to its end (a quote of several paragraphs
  opens each and closes only the last);
- the quote counts as quoted if a passage holds it: the passage's opening mark at or before the
  quote's first character, its closing mark at or after its last (the editor may have copied the
  marks too), whatever stands between (spaces, punctuation, the rest of a longer quoted passage
  of which the quote is a part).
"""

from __future__ import annotations

import difflib

from chronicle import quotes

KINDS = ("direct", "reported", "translation")
DEFAULT = "direct"
QUOTED_KINDS = ("direct", "translation")  # the speaker's words: the source quotes them in marks
CODE = "unmarked-quote"  # the check's warning (chronicle.editors.suggest)

# What an editor may write for a kind: a wrong value is answered with the kind it means ("indirect"
# is close to "direct" in spelling, and the opposite in meaning).
MEANT = {"indirect": "reported", "paraphrase": "reported", "переказ": "reported", "translated": "translation"}


def unknown_kind(value: object) -> str:
    """The check's message for a quote's `kind` that is none of KINDS."""
    word = str(value).strip().lower()
    meant = MEANT.get(word) or next(iter(difflib.get_close_matches(word, KINDS, n=1, cutoff=0.6)), None)
    hint = f"; did you mean `kind: {meant}`?" if meant else ""
    return (
        f"{value!r} is not a kind of quote{hint} (use one of: direct, the speaker's words in quotation marks, "
        "the default; reported, the source's account of what was said; translation, words said in another "
        "language, given in Ukrainian in quotation marks)"
    )


_CLOSES = {"«": "»", "„": "“”", "“": "”", '"': '"'}  # an opening mark and what may close it


def passages(paragraph: str) -> list[tuple[int, int]]:
    """The quoted passages of one paragraph: (offset of the opening mark, offset of the closing
    mark, or len(paragraph) for a passage left open), in the order they close."""
    found: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # the open marks, innermost last
    for at, ch in enumerate(paragraph):
        if ch not in '«»„“”"':
            continue
        closes = [i for i, (mark, _) in enumerate(stack) if ch in _CLOSES[mark]]
        if closes:  # it closes the innermost passage it can, and any left open inside that one
            while len(stack) > closes[-1]:
                found.append((stack.pop()[1], at))
        elif ch in _CLOSES:  # an opening mark (“ and " that close nothing open)
            stack.append((ch, at))
    found += [(start, len(paragraph)) for _, start in reversed(stack)]
    return found


def quoted(text: str, start: int, end: int) -> bool:
    """Whether the span [start, end) of a text (paragraphs joined by "\\n") stands inside a quoted
    passage of its paragraph (the rules above)."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    paragraph = text[first : len(text) if last < 0 else last]
    start, end = start - first, end - first
    return any(open_at <= start and end - 1 <= close_at for open_at, close_at in passages(paragraph))


def unmarked(paragraphs: tuple[str, ...], text: str) -> bool:
    """Whether a quote found in the cleaned text stands there without quotation marks around it
    (False when it is not found: the check's error says so)."""
    found = quotes.locate(paragraphs, text)
    return found is not None and not quoted(quotes.cleaned_text(paragraphs), found.start, found.end)
