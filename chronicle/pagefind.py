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

import hashlib
import html
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from chronicle import parallel, search, suggest, timing
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


def _article(text: str) -> tuple[int, int, str, str] | None:
    """Where the page's article starts and ends, the article without its event lines, and the
    page's title (its first heading, else its <title>); None: no article, not indexed."""
    start = text.find(ARTICLE)
    end = text.rfind("</article>")
    if start < 0 or end < start:
        return None
    article = _EVENT_LINE.sub("", text[start + len(ARTICLE) : end])
    heading = _H1.search(article) or _TITLE.search(text)
    return start, end, article, _HEADERLINK.sub("", heading.group(1)) if heading else ""


def names_key(title: str, article: str, own: list[str]) -> str:
    """What a page's `names` are made of (search.page_forms' arguments), as a digest: the key
    under which Names keeps them."""
    return hashlib.sha256(json.dumps([title, article, own], ensure_ascii=False).encode()).hexdigest()


class Names:
    """The `names` of the pages of the last build (old) and of this one (new), by names_key:
    search.page_forms (pymorphy3's word forms of every title and name; nine tenths of the
    staging) runs only for pages whose title, article or own names changed. The render cache
    (chronicle.buildcache) keeps them between builds; a page's `names` depend on nothing else
    (the code and the dictionary's version are in that cache's key)."""

    def __init__(self, old: dict[str, str] | None = None) -> None:
        self.old = old or {}
        self.new: dict[str, str] = {}
        self.reused = 0


def _kind_block(kind: tuple[str, str]) -> str:
    """The hidden element carrying a page's kind and date as Pagefind metadata (search.py's
    page_kinds), which the search page shows with each result: "подія · 10 січня 2022 р."."""
    label, date = kind
    if not label:
        return ""
    keys = "kind[data-kind], date[data-date]" if date else "kind[data-kind]"
    dated = f' data-date="{html.escape(date)}"' if date else ""
    return f'<div hidden data-pagefind-meta="{keys}" data-kind="{html.escape(label)}"{dated}></div>'


def mark_up(text: str, own: list[str], kind: tuple[str, str] = ("", ""), names: Names | None = None) -> str | None:
    """The page's head and its article marked for Pagefind, with its word forms (and its kind and
    date) added; None: not indexed.
    names: the `names` computed before, taken from there when the page's are among them."""
    found = _article(text)
    if found is None:
        return None
    start, end, article, title = found
    key = names_key(title, article, own) if names is not None else ""
    forms = names.old.get(key) if names is not None else None
    if forms is None:
        forms = search.page_forms(title, article, own)
    elif names is not None:
        names.reused += 1
    if names is not None:
        names.new[key] = forms
    block = _kind_block(kind)
    block += f'<div hidden data-pagefind-meta="names[data-names]" data-names="{html.escape(forms)}"></div>'
    # Only the page's <head> (its language, title) and its article: what Pagefind reads of a page
    # marked with data-pagefind-body. A fifth of the page's bytes to write, read and parse again;
    # the bundle is byte for byte the one of the whole page (measured on 1,000 synthetic events).
    head = text.find("</head>", 0, start)
    before = text[:head] + "</head><body>" if head >= 0 else text[:start]
    after = "</article></body></html>" if head >= 0 else text[end:]
    return before + ARTICLE[:-1] + " data-pagefind-body>" + article + block + after


def split(sizes: list[int], parts: int) -> list[int]:
    """The part of each page (sizes in path order): `parts` runs of consecutive pages, each about
    as many bytes as the others."""
    total = sum(sizes) or 1
    result, before = [], 0
    for size in sizes:
        result.append(min(parts - 1, (before + size // 2) * parts // total))
        before += size
    return result


def stage_pages(
    chronicle,
    site: Path,
    staging: Path,
    pages: list[Path],
    parts: list[int] | None = None,
    names: Names | None = None,
    workers: int = 1,
) -> int:
    """Write the marked-up copy of pages (the site's pages to index, in path order) into staging
    (into staging/<part>, parts[i] the part of pages[i]; all in staging/0 without parts);
    the number written. names: the `names` known from the last build, and those of this one
    (Names.new) when it returns. workers: processes forked to share the pages (each every
    workers-th page), which write their pages and send back only the `names` they made."""
    global _STAGING
    own = search.page_names(chronicle)
    kinds = search.page_kinds(chronicle)
    if workers <= 1 or len(pages) < 2:
        return _stage_part(own, kinds, site, staging, pages, parts, names, 0, 1)[0]
    search.forms("договір")  # pymorphy3 and its dictionary loaded once, before the fork
    _STAGING = (own, kinds, site, staging, pages, parts, names)
    try:
        with ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("fork"), initializer=die_with_parent
        ) as pool:
            done = [f.result() for f in [pool.submit(_staged_part, k, workers) for k in range(workers)]]
    finally:
        _STAGING = None
    for _, made, reused in done:
        if names is not None:
            names.new.update(made)
            names.reused += reused
    return sum(count for count, _, _ in done)


# What the forked staging workers inherit: own names, kinds, site, staging, pages, parts, names.
_STAGING: (
    tuple[dict[str, list[str]], dict[str, tuple[str, str]], Path, Path, list[Path], list[int] | None, Names | None]
    | None
) = None


def _staged_part(part: int, every: int) -> tuple[int, dict[str, str], int]:
    assert _STAGING is not None
    return _stage_part(*_STAGING, part, every)


def _stage_part(
    own: dict[str, list[str]],
    kinds: dict[str, tuple[str, str]],
    site: Path,
    staging: Path,
    pages: list[Path],
    parts: list[int] | None,
    names: Names | None,
    first: int,
    every: int,
) -> tuple[int, dict[str, str], int]:
    """Stage pages[first::every]: how many were written, the `names` made, how many were reused."""
    mine = Names(names.old) if names is not None and every > 1 else names
    count = 0
    for i in range(first, len(pages), every):
        page = pages[i]
        rel = page.relative_to(site).as_posix()
        where = _location(rel)
        marked = mark_up(page.read_text("utf-8"), own.get(where, []), kinds.get(where, ("", "")), mine)
        if marked is None:
            continue
        target = staging / str(parts[i] if parts else 0) / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        with named(target):
            target.write_text(marked, "utf-8")
        count += 1
    return count, (mine.new if mine is not None else {}), (mine.reused if mine is not None else 0)


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


def index_site(chronicle, site: Path, names: Names | None = None, workers: int | None = None) -> int:
    """Index the built site with Pagefind into site/pagefind/ (and pagefind-2/, … when the site
    has more than PART_BYTES of pages); the number of pages indexed.

    Pagefind holds its whole index in memory until it writes it: one run over the 10,000 events
    of benchmarks/scale.py (420 MB of pages) peaked at 1.4 GiB, beside the build's own process.
    A large site is indexed in parts, runs of consecutive pages of about equal bytes (split),
    one Pagefind run and one bundle each: at 10,000 events four, each run at most 451 MiB.
    pagefind/parts.json names the other bundles, which the search page merges into the first
    (Pagefind's mergeIndex) and searches as one; each part adds a little to a reader's
    download (docs/performance.md).

    names: the pages' `names` kept from the last build (Names; the render cache keeps them),
    reused for the pages whose title, article and own names are the same. workers: processes
    that stage the pages (None: as for the render, chronicle.parallel.workers_for).
    """
    site = Path(site).resolve()
    staging = site.with_name(f".pagefind-{site.name}-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    pages = [p for p in sorted(site.rglob("*.html")) if _indexed(p.relative_to(site).as_posix())]
    sizes = [p.stat().st_size for p in pages]
    parts = max(1, -(-sum(sizes) // PART_BYTES))
    if workers is None:
        workers = parallel.workers_for(len(pages))
    try:
        staging.mkdir(parents=True)
        with timing.stage("search_staging"):  # for --timings: the staging, apart from Pagefind's runs
            count = stage_pages(chronicle, site, staging, pages, split(sizes, parts), names, workers) if pages else 0
        if count == 0:
            raise SearchIndexError("no page to index: no <article> in the built pages")
        if names is not None:  # for --timings: how many pages' names came from the last build
            timing.TIMES["search_names_reused"] = names.reused
        dirs = bundles(parts)
        for part, name in enumerate(dirs):
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
            (site / BUNDLE / PARTS_FILE).write_text(json.dumps([f"../{name}/" for name in dirs[1:]]) + "\n", "utf-8")
        # The chronicle's own words, for "Можливо, ви мали на увазі …" (chronicle/suggest.py).
        with named(site / BUNDLE / suggest.WORDS_FILE):
            (site / BUNDLE / suggest.WORDS_FILE).write_bytes(suggest.words_file(chronicle))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return count
