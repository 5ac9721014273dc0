"""Where a report came from (issue 18 §1): whom a source relays, its addresses on the web, its
language's name, and the served copy of its capture.

- `via:` names whom the article relays: an outlet (`via: {outlet: The New York Times}`) or another
  source entry (`via: {source: id}`). Validation checks a named source exists (chronicle.validate)
  and, here, that no sources relay one another in a circle.
- `url` (the article) and `archive_url` (an archived copy elsewhere) are editors' text and so
  hostile: only http(s) becomes a link, escaped, rel="nofollow noopener noreferrer"; a link loads
  nothing until it is followed.
- The served capture starts with a UTF-8 byte-order mark, so that a browser shows its Cyrillic
  right when the server sends `text/plain` without a charset (docs/security.md#captures-and-addresses-of-sources).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache

from babel import Locale
from markupsafe import Markup

from chronicle.model import Chronicle, Source
from chronicle.problems import Problem
from chronicle.read import Entry
from chronicle.text import md_escape

# An attribute's value, escaped in one pass: HTML's characters, and as character references what
# Python-Markdown reads before it sets raw HTML aside, even inside a value (links "[a](b)", code
# spans "`", escapes "\\", attribute lists "{: }", emphasis).
_ATTRIBUTE = str.maketrans({ch: f"&#{ord(ch)};" for ch in "&<>\"'[]()`\\{}*_!#"})
BOM = b"\xef\xbb\xbf"  # UTF-8's byte-order mark: a browser decodes what follows as UTF-8
_WEB = re.compile(r"^https?://\S+$")


def served_capture(seed: bytes) -> bytes:
    """The copy of a seed the site serves: the capture's bytes after a UTF-8 byte-order mark (a
    seed that has one keeps it, and gets no second). The seed in seeds/ is never changed."""
    return seed if seed.startswith(BOM) else BOM + seed


@cache
def _language_names() -> Mapping[str, str]:
    return Locale("uk").languages  # CLDR's names of languages, in Ukrainian (Babel's data, offline)


def language_name(code: str) -> str:
    """A language's name in Ukrainian ("uk" -> "українська"), or the code itself when CLDR has no
    name for it."""
    return _language_names().get(code) or code


def web_link(url: str | None) -> Markup:
    """An external link to an http(s) address, escaped; "" for anything else. The address is the
    text too (Markdown syntax in it escaped), so the reader sees where it goes."""
    if not url or not _WEB.match(url):
        return Markup("")
    href = Markup(url.translate(_ATTRIBUTE))
    return Markup('<a class="chronicle-external" href="{}" rel="nofollow noopener noreferrer">{}</a>').format(
        href, Markup(md_escape(url))
    )


def outlet_line(chronicle: Chronicle, source: Source, link: Callable) -> Markup:
    """The source's outlet and whom it relays: "УНІАН, за The New York Times"; a relayed source
    entry is linked, named by its outlet."""
    parts = [Markup(md_escape(source.outlet))]
    for name, relayed in chronicle.relays(source):
        parts.append(Markup("за ") + (link(relayed, name) if relayed is not None else Markup(md_escape(name))))
    return Markup(", ").join(parts)


def relay_circles(sources: Mapping[str, Entry]) -> list[Problem]:
    """An error at the `via: {source: …}` of every source in a circle of sources relaying one
    another (a -> b -> a): who first reported it would have no answer."""
    target: dict[str, str] = {}
    for entry_id, entry in sources.items():
        via = entry.data.get("via") if isinstance(entry.data, dict) else None
        if isinstance(via, dict) and isinstance(via.get("source"), str) and via["source"] in sources:
            target[entry_id] = via["source"]
    problems: list[Problem] = []
    done: set[str] = set()
    for start in sorted(target):
        path: list[str] = []
        here: str | None = start
        while here is not None and here not in done and here not in path:
            path.append(here)
            here = target.get(here)
        done.update(path)
        if here is None or here not in path:
            continue  # the chain ends at an outlet, or joins one already followed
        circle = path[path.index(here) :]
        shown = " -> ".join([*circle, here])
        for member in circle:
            entry = sources[member]
            line, column = entry.doc.position(("via", "source"))
            problems.append(
                Problem(
                    entry.path,
                    line,
                    column,
                    f"the sources relay one another in a circle ({shown}); one of them must name the outlet it relays: `via: {{outlet: …}}`",
                )
            )
    return problems


GLOBALS = {"language_name": language_name, "web_link": web_link, "outlet_line": outlet_line}
