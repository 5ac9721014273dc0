"""Editors' text on its way into generated Markdown: always data, never markup that runs.

Plain fields (titles, names, quotes) are escaped so that they show as the characters typed.
Markdown fields (summary, description, note) go through markdown-it-py with raw HTML off; their
links may only go to http, https and mailto addresses or to the chronicle's own entries, written
`event:geneva-talks-2022`, `actor:ryabkov`, `topic:…`, `place:…`, `source:…`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from markdown_it import MarkdownIt
from markupsafe import Markup

ENTITY_SCHEMES = ("event", "actor", "topic", "place", "source")
WEB_SCHEMES = ("http", "https", "mailto")

# Characters Python-Markdown (MkDocs', Zensical's) treats as syntax, escaped with a backslash;
# '|' because the tables extension is on. '<', '>' and '&' become entities.
_MD_ESCAPES = str.maketrans(
    {
        **{ch: "\\" + ch for ch in "\\`*_{}[]()#+-.!|"},
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
    }
)
_LINE_BREAK = re.compile(r"\s*\n\s*")


@lru_cache(maxsize=65536)  # names and labels repeat on thousands of lines
def md_escape(text: str) -> str:
    """Escape plain text for inline Markdown: what the editor typed is what the reader sees."""
    text = str(text).translate(_MD_ESCAPES)
    return _LINE_BREAK.sub(" ", text) if "\n" in text else text


def _scheme(href: str) -> str | None:
    match = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", href)
    return match.group(1).lower() if match else None


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable(["image", "html_block", "html_inline"])
    md.validateLink = lambda href: link_problem(href) is None  # type: ignore[method-assign,assignment]
    return md


def link_problem(href: str) -> str | None:
    """Why a link in editors' Markdown is refused, or None if it is allowed."""
    scheme = _scheme(href.strip())
    if scheme in WEB_SCHEMES or scheme in ENTITY_SCHEMES:
        return None
    if scheme is None:
        return (
            f"the link '{href}' points at a file; link to an entry instead, "
            "e.g. [Рябков](actor:ryabkov) or [Женева](place:geneva)"
        )
    return f"the link '{href}' uses '{scheme}:', which is not allowed; use http, https, mailto or an entry (event:…, actor:…)"


_MD = _markdown()
_MD_STRICT = MarkdownIt("commonmark", {"html": True})  # only to find what _MD would not render


def _locate(lines: list[str], first: int, last: int, snippet: str) -> tuple[int, int]:
    """(line, column), 0-based, of snippet within lines[first:last], or the block's start."""
    for n in range(first, max(last, first + 1)):
        if n < len(lines) and (col := lines[n].find(snippet)) >= 0:
            return n, col
    return first, 0


def markup_problems(text: str) -> Iterator[tuple[int, int, str]]:
    """Raw HTML and images in editors' Markdown: (line, column), 0-based within the text, and why.

    The renderer shows them as plain characters; validation refuses them, so the editor learns
    at once instead of finding `<b>` printed on the page.
    """
    if "<" not in text and "![" not in text:  # every HTML block and inline starts with <, an image with ![
        return
    lines = text.split("\n")
    for token in _MD_STRICT.parse(text):
        first, last = token.map if token.map else (0, len(lines))
        if token.type == "html_block":
            snippet = token.content.strip().split("\n")[0]
            yield (
                *_locate(lines, first, last, snippet),
                f"raw HTML ({snippet[:40]!r}) is not allowed in Markdown text; write Markdown, or \\< for a literal <",
            )
        for child in token.children or ():
            if child.type == "html_inline":
                yield (
                    *_locate(lines, first, last, child.content),
                    f"raw HTML ({child.content[:40]!r}) is not allowed in Markdown text; write Markdown (*emphasis*, [text](https://…)), or \\< for a literal <",
                )
            elif child.type == "image":
                yield (
                    *_locate(lines, first, last, "!["),
                    "images are not allowed in Markdown text: the site loads nothing from other hosts; link to the picture instead",
                )


def links(text: str) -> Iterator[tuple[int, int, str]]:
    """Every link destination in Markdown text, with its line and column (0-based) within the text.

    Links markdown-it refuses are found too, by scanning the source for (...) destinations,
    so that validation can report them.
    """
    for n, line in enumerate(text.split("\n")):
        for match in re.finditer(r"\]\(\s*<?([^)\s>]*)", line):
            yield n, match.start(1), match.group(1)
        for match in _AUTOLINK.finditer(line):
            yield n, match.start(1), match.group(1)
    # Reference definitions, `[r]: javascript:…` (the destination may stand on the next line):
    # markdown-it drops a refused one and prints it as text, so the check must find it here.
    if "]:" in text:
        for match in _REFERENCE.finditer(text):
            start = match.start(1)
            if text[start - 1] == "<" and _AUTOLINK.match(text, start - 1):
                continue  # `<scheme:…>`: found above already
            yield text.count("\n", 0, start), start - (text.rfind("\n", 0, start) + 1), match.group(1)


_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>")
_REFERENCE = re.compile(r"^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:[ \t]*\n?[ \t]*<?([^\s>]+)", re.MULTILINE)


@lru_cache(maxsize=32768)
def parse(text: str) -> tuple:
    """Editors' Markdown as markdown-it tokens, parsed once per build: a summary is wanted by its
    page, its description, its JSON-LD, the feed and the tables. Callers must not change them."""
    return tuple(_MD.parse(text))


def render_markdown(text: str, url_for: Callable[[str, str], str]) -> Markup:
    """Render editors' Markdown to HTML; entry links become relative URLs via url_for(kind, id)."""
    tokens = parse(text)
    changed = []  # entry links get the page's URL for the rendering, then their href back
    try:
        for token in tokens:
            for child in token.children or ():
                if child.type == "link_open":
                    href = str(child.attrGet("href"))
                    scheme = _scheme(href)
                    if scheme in ENTITY_SCHEMES:
                        changed.append((child, href))
                        child.attrSet("href", url_for(scheme, href.split(":", 1)[1]))
        return Markup(_MD.renderer.render(list(tokens), _MD.options, {}).strip())
    finally:
        for child, href in changed:
            child.attrSet("href", href)


_UK_ALPHABET = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
_UK_ORDER = {ch: f"{i:02d}" for i, ch in enumerate(_UK_ALPHABET)}


def sort_key(text: str) -> str:
    """Sort names in Ukrainian alphabetical order (і, ї, є, ґ where a reader expects them)."""
    folded = text.casefold().replace("'", "").replace("’", "").replace("ʼ", "")
    return "".join("\x01" + _UK_ORDER[ch] if ch in _UK_ORDER else ch for ch in folded)
