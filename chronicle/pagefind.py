"""The search index: Pagefind run on a marked-up staging copy of the built site.

Pagefind (https://pagefind.app) writes a static index in chunks under site/pagefind/: a reader's
browser downloads only the chunks of the words typed, so the download stays small however large
the chronicle grows. Each page is copied into a staging directory beside the site with:

- `data-pagefind-body` on Material's <article>, so that only the page's own text is indexed
  (not the navigation, the header or the footer), and
- a hidden empty element at the end of the article carrying what the search page's stems
  cannot find (chronicle.search: `names`) as Pagefind metadata, which the search page weights
  (ranking.metaWeights) and never shows;
- without the list lines that name other events (_EVENT_LINE).

Pagefind indexes the staging copy (in parts, for a large site: see index_site) and writes its bundle into the site (`--output-path`); the
staging copy is removed, and so are Pagefind's ready-made interfaces, which the search page does
not use. The pages served carry no word forms: only the index does. The 404 page and the
search page itself are not indexed, nor the listings of one year (_BY_YEAR) and a topic's oldest-first page.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from chronicle import search, suggest
from chronicle.swap import die_with_parent
from chronicle.writes import named

BUNDLE = "pagefind"
PARTS_FILE = "parts.json"  # in the first bundle: the other bundles, relative to it
PART_BYTES = 110_000_000  # bytes of built pages per Pagefind run, at most (see index_site)
ARTICLE = '<article class="md-content__inner md-typeset">'
SKIP = {"404.html", "search/index.html"}
# Not indexed inside the article: the permalink signs (¶) Material adds to every heading.
# And a year page's facet links, and what the templates mark `unindexed` (a source's file name
# and SHA-256: unique words no reader types, 13% of Pagefind's memory for source pages).
EXCLUDE_SELECTORS = [".headerlink", "[data-facet]", '[data-search="skip"]']
# Pagefind's ready-made interfaces, which the site does not use (assets/javascripts/search.js
# calls pagefind.js directly): removed from the bundle, so the site ships only what readers load.
UNUSED = [
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
]
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
# An event's line in a list (templates/pages/_event_line.md.j2: date, link, kind, status), left
# out of the index on every page: the event's own page is what a search for it must find, not
# the dozen lists that name it (its year, kind, actors, topics, place, source, related events).
# Without them the index of 1,000 events holds a third fewer words, and Pagefind, which keeps
# the whole index in memory, needs that much less.
# MkDocs writes the link relative to the page (../x/ from another event), so the line is known by
# its shape: a date in bold, then a dash. A quote's line in a list (templates/pages/_quote_line.md.j2,
# actor pages and quotes/<year>/) has that shape too and is left out as well: the event's page
# holds the quote; on an actor's own page the speaker's name is not a link.
_EVENT_LINE = re.compile(r"<li(?: [^>]*)?>\s*(?:<p>)?<strong>[^<]*</strong> — .*?</li>", re.S)


class SearchIndexError(Exception):
    """Pagefind could not index the site; the message is one line."""


def _location(rel: str) -> str:
    return rel.removesuffix("index.html")


def _kind_block(kind: tuple[str, str]) -> str:
    """The hidden element carrying a page's kind and date as Pagefind metadata (search.py's
    page_kinds), which the search page shows with each result: "подія · 10 січня 2022 р."."""
    label, date = kind
    if not label:
        return ""
    keys = "kind[data-kind], date[data-date]" if date else "kind[data-kind]"
    dated = f' data-date="{html.escape(date)}"' if date else ""
    return f'<div hidden data-pagefind-meta="{keys}" data-kind="{html.escape(label)}"{dated}></div>'


def mark_up(text: str, own: list[str], kind: tuple[str, str] = ("", "")) -> str | None:
    """The page with its article marked for Pagefind and its word forms (and kind and date) added;
    None: not indexed."""
    start = text.find(ARTICLE)
    end = text.rfind("</article>")
    if start < 0 or end < start:
        return None
    article = _EVENT_LINE.sub("", text[start + len(ARTICLE) : end])
    heading = _H1.search(article) or _TITLE.search(text)
    title = _HEADERLINK.sub("", heading.group(1)) if heading else ""
    names = search.page_forms(title, article, own)
    block = _kind_block(kind)
    block += f'<div hidden data-pagefind-meta="names[data-names]" data-names="{html.escape(names)}"></div>'
    return text[:start] + ARTICLE[:-1] + " data-pagefind-body>" + article + block + text[end:]


def split(sizes: list[int], parts: int) -> list[int]:
    """The part of each page (sizes in path order): `parts` runs of consecutive pages, each about
    as many bytes as the others."""
    total = sum(sizes) or 1
    result, before = [], 0
    for size in sizes:
        result.append(min(parts - 1, (before + size // 2) * parts // total))
        before += size
    return result


def stage_pages(chronicle, site: Path, staging: Path, pages: list[Path], parts: list[int] | None = None) -> int:
    """Write the marked-up copy of pages (the site's pages to index, in path order) into staging
    (into staging/<part>, parts[i] the part of pages[i]; all in staging/0 without parts);
    the number written."""
    own = search.page_names(chronicle)
    kinds = search.page_kinds(chronicle)
    count = 0
    for i, page in enumerate(pages):
        rel = page.relative_to(site).as_posix()
        marked = mark_up(page.read_text("utf-8"), own.get(_location(rel), []), kinds.get(_location(rel), ("", "")))
        if marked is None:
            continue
        target = staging / str(parts[i] if parts else 0) / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        with named(target):
            target.write_text(marked, "utf-8")
        count += 1
    return count


# A topic's events oldest first (topics/<id>/oldest/): the topic's own page in another order; a
# search for the topic finds the topic's page, not both.
_REORDERED = re.compile(r"topics/[^/]+/oldest/index\.html")


# The listings by year (issue 19 §3): an actor's, a topic's or a kind's events of one year
# (actors/<id>/<year>/, topics/<id>/<year>/, timeline/kinds/<kind>/<year>/), the sources and the
# quotes of one year (sources/years/<year>/, quotes/<year>/). They hold little besides their event
# and quote lines, which the index leaves out anyway (_EVENT_LINE): a search finds the actor's,
# topic's, kind's or event's own page. Each indexed page is one Pagefind fragment file, and these
# are a third of the pages (a fixed share as the chronicle grows). The year pages timeline/<year>/
# stay: a search for a year finds its page.
_BY_YEAR = re.compile(r"(?:actors/[^/]+|topics/[^/]+|timeline/kinds/[^/]+|sources/years|quotes)/\d{4}/index\.html")


def _indexed(rel: str) -> bool:
    return (
        rel not in SKIP and not rel.startswith(BUNDLE) and not _REORDERED.fullmatch(rel) and not _BY_YEAR.fullmatch(rel)
    )


def bundles(parts: int) -> list[str]:
    """The bundles' directories in the site: pagefind/, then pagefind-2/, pagefind-3/, …"""
    return [BUNDLE] + [f"{BUNDLE}-{k}" for k in range(2, parts + 1)]


def _one_line(output: str) -> str:
    """The last line of Pagefind's output that says something, without its colour codes."""
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", line).strip() for line in output.splitlines()]
    lines = [line for line in lines if line]
    errors = [line for line in lines if "error" in line.lower()]
    return (errors or lines or ["no output"])[-1][:300]


def index_site(chronicle, site: Path) -> int:
    """Index the built site with Pagefind into site/pagefind/ (and pagefind-2/, … when the site
    has more than PART_BYTES of pages); the number of pages indexed.

    Pagefind holds its whole index in memory until it writes it: one run over the 10,000 events
    of benchmarks/scale.py (420 MB of pages) peaked at 1.4 GiB, beside the build's own process.
    A large site is indexed in parts, runs of consecutive pages of about equal bytes (split),
    one Pagefind run and one bundle each: at 10,000 events four, each run at most 451 MiB.
    pagefind/parts.json names the other bundles, which the search page merges into the first
    (Pagefind's mergeIndex) and searches as one; each part adds a little to a reader's
    download (docs/performance.md).
    """
    site = Path(site).resolve()
    staging = site.with_name(f".pagefind-{site.name}-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    pages = [p for p in sorted(site.rglob("*.html")) if _indexed(p.relative_to(site).as_posix())]
    sizes = [p.stat().st_size for p in pages]
    parts = max(1, -(-sum(sizes) // PART_BYTES))
    try:
        staging.mkdir(parents=True)
        count = stage_pages(chronicle, site, staging, pages, split(sizes, parts)) if pages else 0
        if count == 0:
            raise SearchIndexError("no page to index: no <article> in the built pages")
        names = bundles(parts)
        for part, name in enumerate(names):
            bundle = site / name
            command = [
                sys.executable,
                "-m",
                "pagefind",
                "--site",
                str(staging / str(part)),
                "--output-path",
                str(bundle),
                "--exclude-selectors",
                ", ".join(EXCLUDE_SELECTORS),
                "--quiet",
            ]
            try:
                # die_with_parent: a killed build takes its Pagefind with it.
                result = subprocess.run(
                    command, capture_output=True, text=True, check=False, preexec_fn=die_with_parent
                )
            except OSError as exc:
                raise SearchIndexError(f"could not run Pagefind: {exc}") from None
            if result.returncode != 0 or not (bundle / "pagefind.js").is_file():
                raise SearchIndexError(
                    f"Pagefind failed (exit status {result.returncode}): {_one_line(result.stderr + result.stdout)}"
                )
            for unused in UNUSED:
                (bundle / unused).unlink(missing_ok=True)
            shutil.rmtree(staging / str(part), ignore_errors=True)
        with named(site / BUNDLE / PARTS_FILE):
            (site / BUNDLE / PARTS_FILE).write_text(json.dumps([f"../{name}/" for name in names[1:]]) + "\n", "utf-8")
        # The chronicle's own words, for "Можливо, ви мали на увазі …" (chronicle/suggest.py).
        with named(site / BUNDLE / suggest.WORDS_FILE):
            (site / BUNDLE / suggest.WORDS_FILE).write_bytes(suggest.words_file(chronicle))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return count
