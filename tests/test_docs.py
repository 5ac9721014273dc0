"""The developers' documentation: README.md stays short, and every relative link in it and in
docs/*.md reaches a file that exists and, with a #fragment into a Markdown file, a heading there."""

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
README_LIMIT = 10 * 1024  # issue 16: what it is, the two commands, the commands, the layout, links


def _tokens(text: str):
    for token in MarkdownIt("commonmark").enable("table").parse(text):
        yield token
        yield from token.children or ()


def github_anchor(heading: str) -> str:
    """The id GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    found: dict[str, int] = {}
    tokens = list(_tokens(path.read_text("utf-8")))
    for opening, inline in zip(tokens, tokens[1:]):
        if opening.type == "heading_open":
            slug = github_anchor(inline.content)
            n = found.get(slug, 0)
            found[slug] = n + 1
            if n:
                found[f"{slug}-{n}"] = 1
    return set(found)


def links(path: Path) -> list[str]:
    tokens = _tokens(path.read_text("utf-8"))
    return [t.attrGet("href") or t.attrGet("src") for t in tokens if t.type in ("link_open", "image")]


def test_github_anchor_matches_githubs_ids():
    # Written from GitHub's rendering of these headings, not from the function.
    assert github_anchor("Dependencies, and why (in full)") == "dependencies-and-why-in-full"
    figures = "figures-at-1000-and-10000-events-2026-12-02"
    assert github_anchor("Figures at 1,000 and 10,000 events (2026-12-02)") == figures
    assert github_anchor("Peak memory: how it was counted") == "peak-memory-how-it-was-counted"
    assert github_anchor("Пошук українською") == "пошук-українською"


def test_readme_is_under_10_kb():
    size = (ROOT / "README.md").stat().st_size
    assert size < README_LIMIT, f"README.md is {size} bytes; move detail to docs/"


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_relative_link_resolves(path):
    broken = []
    for href in links(path):
        url = urlsplit(href)
        if url.scheme or url.netloc:
            continue
        target = (path.parent / unquote(url.path)).resolve() if url.path else path
        if not target.exists():
            broken.append(f"{href}: no such file")
        elif url.fragment and target.suffix == ".md" and url.fragment not in anchors(target):
            broken.append(f"{href}: no heading #{url.fragment} in {target.relative_to(ROOT)}")
    assert not broken, f"{path.relative_to(ROOT)}: " + "; ".join(broken)


def test_readme_links_every_doc():
    readme = set(links(ROOT / "README.md"))
    assert {f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md")} <= readme
