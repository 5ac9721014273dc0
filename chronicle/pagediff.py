"""What a change does to the site: pages added, removed and changed, from two generated trees.

Compares the generated Markdown (docs_dir) of a base and a head, so that a reviewer of a pull
request sees which pages it touches, with their titles and URLs, as a Markdown summary. Pages are
matched by URL, not by file: x.md (the layout before every page was an index.md) and x/index.md are
both the page at x/.
"""

from __future__ import annotations

import difflib
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from chronicle.generate import url_of

_TITLE = re.compile(r'\A---\ntitle: (".*")\n', re.M)


@dataclass(frozen=True)
class Change:
    path: str  # Markdown path relative to the docs directory
    title: str
    url: str  # relative to the site root
    lines_added: int = 0
    lines_removed: int = 0


@dataclass
class PageDiff:
    added: list[Change]
    removed: list[Change]
    changed: list[Change]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def _pages(docs: Path) -> dict[str, tuple[str, bytes]]:
    """URL -> (Markdown path, content) of every page in a docs directory."""
    pages = {}
    for p in sorted(docs.rglob("*.md")):
        if p.is_file():
            path = p.relative_to(docs).as_posix()
            pages[url_of(path)] = (path, p.read_bytes())
    return pages


def _title(path: str, data: bytes) -> str:
    text = data.decode("utf-8", errors="replace")
    if match := _TITLE.match(text):
        try:
            return html.unescape(json.loads(match.group(1)))
        except ValueError:
            pass
    heading = re.search(r"^# (.+)$", text, re.M)
    return heading.group(1).strip() if heading else path


def compare(base_docs: Path, head_docs: Path) -> PageDiff:
    base, head = _pages(Path(base_docs)), _pages(Path(head_docs))

    def change(page: tuple[str, bytes], old_page: tuple[str, bytes] | None = None) -> Change:
        (path, data), old = page, old_page[1] if old_page else None
        added = removed = 0
        if old is not None:
            for line in difflib.unified_diff(old.decode("utf-8", "replace").splitlines(), data.decode("utf-8", "replace").splitlines(), lineterm="", n=0):
                if line.startswith("+") and not line.startswith("+++"):
                    added += 1
                elif line.startswith("-") and not line.startswith("---"):
                    removed += 1
        return Change(path, _title(path, data), url_of(path), added, removed)

    return PageDiff(
        added=[change(head[u]) for u in sorted(head.keys() - base.keys())],
        removed=[change(base[u]) for u in sorted(base.keys() - head.keys())],
        changed=[change(head[u], base[u]) for u in sorted(head.keys() & base.keys()) if head[u][1] != base[u][1]],
    )


def _cell(text: str) -> str:
    """Text for a Markdown table cell, shown as typed (a job summary renders HTML and Markdown)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_{}\[\]()#+!|~])", r"\\\1", text)


def summary(diff: PageDiff, site_url: str = "") -> str:
    """The diff as Markdown, for a pull request's job summary."""
    lines = ["## Pages this change touches", ""]
    if not diff:
        return "\n".join(lines + ["No page of the site changes.", ""])
    counts = f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed"
    lines += [counts, ""]
    for heading, changes in (("Added", diff.added), ("Removed", diff.removed), ("Changed", diff.changed)):
        if not changes:
            continue
        lines += [f"### {heading}", "", "| page | title | lines |", "| --- | --- | --- |"]
        for c in changes:
            where = f"[`{c.url or '/'}`]({site_url.rstrip('/')}/{c.url})" if site_url else f"`{c.url or '/'}`"
            delta = f"+{c.lines_added} −{c.lines_removed}" if heading == "Changed" else ""
            lines.append(f"| {where} | {_cell(c.title)} | {delta} |")
        lines.append("")
    return "\n".join(lines)
