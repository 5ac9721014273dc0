"""Fewer bytes per page (issue 19 §3): every page the theme wrote, made smaller without changing
what a browser shows or what a script reads.

Two steps, both measured on an event page of a synthetic chronicle (docs/performance.md):

- Whitespace: a run of whitespace that holds a line break, in the text between tags, becomes one
  line break. HTML renders any run of whitespace outside <pre> as one space, so the page looks
  the same; Material's templates indent every line, which is 18% of an event page. <pre>,
  <textarea>, <script>, <style> and inline <svg> are kept byte for byte, and so is every tag with
  its attributes (an attribute's value is data: its whitespace is not collapsed).
- JSON in a page (Material's `__config`, the JSON-LD of event and actor pages) is written by
  Jinja's `tojson`, which spells every Cyrillic letter as `\\uXXXX` (6 bytes against UTF-8's 2):
  such escapes of characters from U+0080 on become the characters themselves. Escapes of ASCII
  (`\\u003c` for `<`, which keeps the JSON from closing its script), of U+2028 and U+2029 and of
  surrogates stay as they are. The JSON parses to the same value.

Why not minify-html (a well-kept minifier): it also drops attributes' quotes and optional tags,
which saved only 7% more of an event page, and the search staging (chronicle/pagefind.py),
`chronicle linkcheck` and the theme's own scripts read the pages' markup as MkDocs writes it.
The step is pure and deterministic (the same page in, the same bytes out), so rebuilds and the
parallel render stay byte-identical.
"""

from __future__ import annotations

import re

# Elements whose content is kept as written: the whitespace of <pre> and <textarea> shows, a
# script's or style's is code, and an inline SVG is kept whole (its text may keep spaces).
_KEPT = re.compile(r"<(pre|textarea|script|style|svg)\b[^>]*>.*?</\1\s*>", re.S | re.I)
# A tag with its attributes (quoted values may hold ">"), a comment, or text between them.
_TAG = re.compile(r"(<!--.*?-->|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>)", re.S)
_BREAK_RUN = re.compile(r"[ \t\r\f]*\n[ \t\r\n\f]*")
_JSON_SCRIPT = re.compile(r"(<script\b[^>]*\btype=\"application/(?:ld\+)?json\"[^>]*>)(.*?)(</script\s*>)", re.S | re.I)
# A run of \uXXXX escapes, the first not itself escaped (an even number of backslashes before it).
_ESCAPES = re.compile(r"(?<!\\)((?:\\\\)*)((?:\\u[0-9a-fA-F]{4})+)")


def _text(text: str) -> str:
    """Text and tags outside the kept elements: whitespace runs with a line break in the text only."""
    parts = _TAG.split(text)  # text, tag, text, tag, …, text
    parts[::2] = [_BREAK_RUN.sub("\n", part) if "\n" in part else part for part in parts[::2]]
    return "".join(parts)


def _shown(code: int) -> bool:
    return code >= 0x80 and not 0xD800 <= code <= 0xDFFF and code not in (0x2028, 0x2029)


def _unescape(match: re.Match) -> str:
    run = match.group(2)
    escapes = [run[i : i + 6] for i in range(0, len(run), 6)]
    return match.group(1) + "".join(chr(int(e[2:], 16)) if _shown(int(e[2:], 16)) else e for e in escapes)


def _json(match: re.Match) -> str:
    return match.group(1) + _ESCAPES.sub(_unescape, match.group(2)) + match.group(3)


def compact_html(page: str) -> str:
    """The page with its whitespace runs and its JSON's escapes of non-ASCII characters made short."""
    out, last = [], 0
    for kept in _KEPT.finditer(page):
        out.append(_text(page[last : kept.start()]))
        out.append(_JSON_SCRIPT.sub(_json, kept.group()) if kept.group(1).lower() == "script" else kept.group())
        last = kept.end()
    out.append(_text(page[last:]))
    return "".join(out)
