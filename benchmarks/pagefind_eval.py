"""Pagefind against Material's search: index size and time, what a reader downloads, recall@5.

The evaluation that chose the site's search (kept as it ran): it reads the word forms from
Material's search/search_index.json as chronicle enriched it before the move to Pagefind, so it
needs a site built by that version (commit 502b42e or earlier). The search as built now is
measured by benchmarks/search_recall.py and benchmarks/scale.py.

    .venv/bin/pip install 'pagefind[bin]'     # pagefind 1.5.2 + pagefind_bin 1.5.2 from PyPI
    # the real chronicle: recall of every variant, downloads of three typical queries
    .venv/bin/python benchmarks/pagefind_eval.py REAL/site --recall --fallback --stop-words \
        --type-delay 120 --variants as-is,article,article+ru,body-forms,meta-forms
    # synthetic chronicles (`chronicle synth DIR --events N`, then `chronicle --root DIR build`)
    .venv/bin/python benchmarks/pagefind_eval.py S1000/site S10000/site --stop-words --type-delay 120 \
        --variants article,meta-forms --query Аббасом --query "переговори в Женеві" --query "21 лютого 2000"
    .venv/bin/python benchmarks/pagefind_eval.py S10000/site --all-queries --stop-words --type-delay 120 \
        --no-material --variants meta-forms             # the 55 queries' downloads, summarised
    .venv/bin/python benchmarks/pagefind_eval.py S1000/site --embed REAL/site --recall \
        --material-recall --no-material --no-ui --variants meta-forms   # recall among 1,000 events

Each SITE is a site built by `chronicle build` (with chronicle's Ukrainian search, so that
its search/search_index.json holds the `names` and `terms` word forms of every page). For each
site and each Pagefind variant, the site is copied (hard links; only rewritten pages are new
files) into --work, the pages are marked up for Pagefind, and the Pagefind CLI indexes the copy:

- `as-is`: the pages as MkDocs writes them (Pagefind indexes <body> less nav, footer, forms);
- `article`: `data-pagefind-body` on Material's <article>, so only the page's own text counts;
- `body-forms`: `article`, and at the end of the article two hidden elements with chronicle's
  word forms as indexed text, `names` weighted like a heading and `terms` like body text;
- `meta-forms`: `article`, and the forms as two hidden Pagefind metadata fields instead
  (`data-pagefind-meta` on an empty hidden element; Pagefind 1.5 searches metadata), boosted
  with `ranking.metaWeights`, so that they never reach the result excerpts. (Not with
  `data-pagefind-ignore="all"` on that element: Pagefind then drops its metadata too.)

The bundle is then put beside the pages as built (hard links again), so that the pages a reader
downloads carry no word forms: only the index does (in the site, `pagefind --site STAGING
--output-path SITE/pagefind`). Then, in headless Chromium against that copy served on
127.0.0.1, for each query of --query:
every response from the page load through the first results is counted on the server side
(path and bytes; and what gzip would make of text files on a host that compresses), for
Material's own search box (the unchanged site), for Pagefind's JS API (`pagefind.search(q)`,
then `data()` of the first five results, as a results list would show them), for Pagefind's
own UI (pagefind-ui.js, injected into the home page, the query typed into it) and, for the
meta-forms variants, for the small search script proposed for chronicle (OWN_UI below: the JS
API, searching after a pause in typing, without Pagefind UI's preloading of every prefix).
Material's search requests are blocked in the Pagefind runs, as they would be absent from a
site that ships Pagefind instead. Any request to another host is reported (and could not
succeed: the browser resolves no other name).

With --recall, the 55 queries of benchmarks/search_queries.yml run through Pagefind's JS API
on every variant (recall@5, as benchmarks/search_recall.py measures Material's search); with
--fallback also with a fallback for queries of three words or more that leave fewer than five
pages (pages with most of the words follow). With --embed REAL_SITE, the real site's pages are
indexed together with SITE's (under embedded/), and the queries must find them among all.
Prints a table and, with --json, writes everything.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import html
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

from playwright.sync_api import TimeoutError as PlaywrightTimeout

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_recall import _ANSWERED, _EMPTY, FLAGS, load_queries

VARIANTS = ["as-is", "article", "body-forms", "meta-forms"]
# Also possible: any variant with "+ru" (e.g. article+ru): indexed with --force-language ru, so
# that Pagefind's Russian Snowball stemmer is applied to the Ukrainian text and the queries.
ARTICLE = '<article class="md-content__inner md-typeset">'
TOP = 5
# Weights: names like a page title (Material: title 1000, names 500, terms 2, text 1).
NAMES_WEIGHT = 7.0  # data-pagefind-weight (h1 is 7; quadratic: 49x body text)
TERMS_WEIGHT = 1.0
META_WEIGHTS = {"title": 5.0, "names": 5.0, "terms": 1.0}  # ranking.metaWeights for meta-forms
TEXT_TYPES = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")
# Nothing but the local server can be reached.
BROWSER_FLAGS = [*FLAGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]


# --- preparing and indexing -------------------------------------------------------------------


def load_forms(site: Path) -> dict[str, tuple[str, str]]:
    """Page location ('' for the home page, 'actors/x/') -> (names, terms) from the site's index."""
    path = site / "search" / "search_index.json"
    index = json.loads(path.read_text("utf-8"))
    out = {}
    for doc in index["docs"]:
        if "#" not in doc["location"] and ("names" in doc or "terms" in doc):
            out[doc["location"]] = (doc.get("names", ""), doc.get("terms", ""))
    if not out:
        raise SystemExit(f"{path} has no `names`/`terms` fields: build with ukrainian_search: true")
    return out


def _location(rel: str) -> str:
    return rel.removesuffix("index.html")


def prepare(site: Path, out: Path, variant: str, forms: dict | None = None) -> dict:
    """Copy site to out (hard links) and mark its pages up for Pagefind; counts of what was done."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(site, out, copy_function=os.link, ignore=shutil.ignore_patterns("pagefind"))
    marked = with_forms = added = 0
    if variant == "as-is":
        return {"marked": 0, "with_forms": 0, "html_bytes_added": 0}
    for page in sorted(out.rglob("*.html")):
        rel = page.relative_to(out).as_posix()
        if rel == "404.html":
            continue
        text = page.read_text("utf-8")
        if ARTICLE not in text:
            continue
        text = text.replace(ARTICLE, ARTICLE[:-1] + " data-pagefind-body>", 1)
        marked += 1
        names, terms = (forms or {}).get(_location(rel), ("", ""))
        block = ""
        if variant == "body-forms" and (names or terms):
            block = (
                f'<div hidden data-pagefind-weight="{NAMES_WEIGHT}">{html.escape(names)}</div>'
                f'<div hidden data-pagefind-weight="{TERMS_WEIGHT}">{html.escape(terms)}</div>'
            )
        elif variant == "meta-forms" and (names or terms):
            block = (
                f'<div hidden data-pagefind-meta="names[data-names], terms[data-terms]"'
                f' data-names="{html.escape(names)}" data-terms="{html.escape(terms)}"></div>'
            )
        if block:
            end = text.rindex("</article>")
            text = text[:end] + block + text[end:]
            with_forms += 1
            added += len(block.encode())
        page.unlink()  # a hard link: never write through to the built site
        page.write_text(text, "utf-8")
    return {"marked": marked, "with_forms": with_forms, "html_bytes_added": added}


def served_copy(site: Path, out: Path) -> Path:
    """The site as built, with the bundle Pagefind made from the marked-up copy: the pages a
    reader downloads carry no forms (Pagefind is run on a staging copy, `--output-path`)."""
    served = out.with_name(out.name + "-served")
    if served.exists():
        shutil.rmtree(served)
    shutil.copytree(site, served, copy_function=os.link, ignore=shutil.ignore_patterns("pagefind"))
    shutil.copytree(out / "pagefind", served / "pagefind", copy_function=os.link)
    return served


def index(out: Path, extra: list[str] = ()) -> dict:
    """Run the Pagefind CLI on out; wall time, and the bundle's files and bytes."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(out), *extra], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(result.stdout[-3000:] + result.stderr[-3000:])
    bundle = out / "pagefind"
    files = [p for p in bundle.rglob("*") if p.is_file()]
    kinds: dict[str, list[int]] = {}
    for p in files:
        kind = p.parent.name if p.parent != bundle else ("meta" if p.suffix == ".pf_meta" else "scripts+wasm")
        kinds.setdefault(kind, [0, 0])
        kinds[kind][0] += 1
        kinds[kind][1] += p.stat().st_size
    words = next((line.split()[1] for line in result.stdout.splitlines() if "Indexed" in line and "words" in line), "?")
    pages = next((line.split()[1] for line in result.stdout.splitlines() if "Indexed" in line and "pages" in line), "?")
    return {
        "seconds": seconds,
        "files": len(files),
        "bytes": sum(p.stat().st_size for p in files),
        "by_kind": kinds,
        "pages": pages,
        "words": words,
        "stemming": "doesn't support stemming" not in result.stdout + result.stderr,
    }


# --- serving, with every response counted -----------------------------------------------------


class Log:
    def __init__(self):
        self.lock = threading.Lock()
        self.entries: list[dict] = []
        self.gz_cache: dict[str, int] = {}

    def mark(self) -> int:
        with self.lock:
            return len(self.entries)

    def since(self, mark: int) -> list[dict]:
        with self.lock:
            return list(self.entries[mark:])


@contextlib.contextmanager
def serve(site: Path, log: Log):
    class Counting(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def end_headers(self):
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def copyfile(self, source, outputfile):
            sent = 0
            while chunk := source.read(1 << 20):
                outputfile.write(chunk)
                sent += len(chunk)
            path = unquote(urlsplit(self.path).path)
            with log.lock:
                log.entries.append({"path": path, "bytes": sent, "t": time.perf_counter()})

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Counting, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _gzip_size(site: Path, path: str, raw: int, cache: dict) -> int:
    """What a host that gzips text (GitHub Pages does) would send; Pagefind's own files are gzip already."""
    if not path.endswith(TEXT_TYPES) and not path.endswith("/"):
        return raw
    if path not in cache:
        file = site / path.lstrip("/")
        if file.is_dir():
            file = file / "index.html"
        cache[path] = len(gzip.compress(file.read_bytes(), 6)) if file.is_file() else raw
    return cache[path]


def _kind(path: str) -> str:
    if path.startswith("/pagefind/"):
        return "pagefind"
    if path.endswith("/search/search_index.json") or "/workers/search." in path:
        return "material-search"
    return "page"


def summarize(site: Path, entries: list[dict], log: Log) -> dict:
    out: dict = {"requests": len(entries), "files": []}
    for kind in ("page", "material-search", "pagefind"):
        picked = [e for e in entries if _kind(e["path"]) == kind]
        out[kind] = {
            "requests": len(picked),
            "bytes": sum(e["bytes"] for e in picked),
            "gzip_bytes": sum(_gzip_size(site, e["path"], e["bytes"], log.gz_cache) for e in picked),
        }
    for e in entries:
        out["files"].append([e["path"], e["bytes"]])
    return out


# --- the browser runs ---------------------------------------------------------------------------


def _new_context(browser, block_material: bool, foreign: list[str], base: str):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="uk-UA", service_workers="block")
    host = urlsplit(base).netloc

    def note(request):
        url = urlsplit(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.netloc != host:
            foreign.append(request.url)

    context.on("request", note)
    if block_material:
        context.route("**/search/search_index.json", lambda route: route.abort())
        context.route("**/assets/javascripts/workers/search.*", lambda route: route.abort())
    return context


def material_download(browser, site: Path, query: str, timeout: float) -> dict:
    """Material's search box on the unchanged site: every byte from page load to first results."""
    log, foreign = Log(), []
    with serve(site, log) as base:
        context = _new_context(browser, False, foreign, base)
        page = context.new_page()
        mark, started = log.mark(), time.perf_counter()
        page.goto(base, wait_until="load")
        box = page.locator("input.md-search__input")
        if not box.is_visible():
            page.click("label[for='__search']")
        box.click()
        box.press_sequentially(query, delay=2)
        box.press("End")
        answered = True
        try:
            page.wait_for_function(
                """q => document.querySelector('input.md-search__input').value === q &&
                       document.querySelectorAll('.md-search-result__item').length > 0""",
                arg=query,
                timeout=timeout * 1000,
                polling=200,
            )
        except PlaywrightTimeout:
            answered = False
        seconds = time.perf_counter() - started
        page.wait_for_timeout(300)
        results = page.eval_on_selector_all(
            ".md-search-result__item > a.md-search-result__link",
            "els => els.slice(0, 5).map(e => e.getAttribute('href'))",
        )
        context.close()
        time.sleep(0.2)
        return {
            "answered": answered,
            "seconds": seconds,
            "results": results,
            "foreign": foreign,
            **summarize(site, log.since(mark), log),
        }


_API = """async ([q, opts, fallback, stop]) => {
  const pf = await import('/pagefind/pagefind.js');
  if (opts) await pf.options(opts);
  // Function words dropped from the query (chronicle.search.STOP_WORDS): each word costs an index chunk.
  if (stop) q = q.split(/\\s+/).filter(w => !stop.includes(w.toLowerCase())).join(' ') || q;
  const search = await pf.search(q);
  let results = search.results.slice();
  // Pagefind requires every word of the query. With `fallback`, when that leaves fewer than
  // TOP pages, the pages that have most of the words (two at least) follow, as lunr's OR would.
  const words = q.split(/\\s+/).filter(w => w.length > 1);
  if (fallback && results.length < TOP && words.length > 2) {
    const seen = new Set(results.map(r => r.id)), tally = new Map();
    for (const w of words) {
      for (const r of (await pf.search(w)).results) {
        if (seen.has(r.id)) continue;
        const t = tally.get(r.id) || {r, n: 0, score: 0};
        t.n += 1; t.score += r.score; tally.set(r.id, t);
      }
    }
    results = results.concat([...tally.values()].filter(t => t.n >= 2)
      .sort((a, b) => b.n - a.n || b.score - a.score).map(t => t.r));
  }
  const data = await Promise.all(results.slice(0, TOP).map(r => r.data()));
  return {count: results.length, results: data.map(d => ({url: d.url, title: d.meta.title, excerpt: d.excerpt}))};
}""".replace("TOP", str(TOP))


# The search page's script proposed for chronicle (assets/javascripts/search.js): Pagefind's JS
# API under a plain form and list, searching 300 ms after the last keystroke with the function
# words dropped, and never preloading (Pagefind's own UI preloads the index chunks of every
# prefix typed). Titles go in as text; Pagefind's excerpts are HTML-escaped page text with <mark>.
OWN_UI = r"""(() => {
  const root = document.getElementById("search");
  if (!root) return;
  const stop = new Set((root.dataset.stop || "").split(" "));
  const bundle = new URL(root.dataset.bundle || "pagefind/", document.baseURI);
  const form = document.createElement("form");
  form.setAttribute("role", "search");
  const input = document.createElement("input");
  Object.assign(input, {type: "search", name: "q", placeholder: "Пошук", autocomplete: "off"});
  input.setAttribute("aria-label", "Пошук");
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  const list = document.createElement("ol");
  list.className = "chronicle-search__results";
  form.append(input);
  root.append(form, status, list);
  let pagefind = null, timer = 0, current = 0;
  const load = () => pagefind ??= import(new URL("pagefind.js", bundle).href).then(async pf => {
    await pf.options({ranking: {metaWeights: {title: 5, names: 5, terms: 1}}});
    return pf;
  });
  async function run(query) {
    const n = ++current;
    const words = query.split(/\s+/).filter(w => w && !stop.has(w.toLowerCase()));
    if (!words.length) { list.replaceChildren(); status.textContent = ""; return; }
    const pf = await load();
    const search = await pf.search(words.join(" "));
    const data = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
    if (n !== current) return;
    status.textContent = search.results.length ? `Знайдено сторінок: ${search.results.length}` : "Нічого не знайдено";
    list.replaceChildren(...data.map(d => {
      const item = document.createElement("li"), link = document.createElement("a"), excerpt = document.createElement("p");
      link.href = d.url;
      link.textContent = d.meta.title;
      excerpt.innerHTML = d.excerpt;
      item.append(link, excerpt);
      return item;
    }));
  }
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => run(input.value), 300); });
  form.addEventListener("submit", event => {
    event.preventDefault();
    clearTimeout(timer);
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    run(input.value);
  });
  const q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; run(q); }
})();"""


def pagefind_download(
    browser,
    site: Path,
    query: str,
    options: dict | None,
    mode: str,
    fallback: bool = False,
    stop: list[str] | None = None,
    delay: float = 2,
) -> dict:
    """Pagefind on the copy (Material's search blocked): every byte from page load to first results."""
    log, foreign = Log(), []
    with serve(site, log) as base:
        context = _new_context(browser, True, foreign, base)
        page = context.new_page()
        mark, started = log.mark(), time.perf_counter()
        page.goto(base, wait_until="load")
        if mode == "own":
            page.evaluate(
                """stop => {
                const div = document.createElement('div');
                Object.assign(div.dataset, {stop: stop.join(' '), bundle: '/pagefind/'});
                div.id = 'search';
                document.querySelector('article').prepend(div);
            }""",
                stop or [],
            )
            page.add_script_tag(content=OWN_UI)
            box = page.locator("#search input")
            box.press_sequentially(query, delay=delay)
            box.press("End")
            page.wait_for_function(
                """() => document.querySelector('#search [role=status]').textContent.trim()""",
                timeout=60_000,
                polling=50,
            )
            seconds = time.perf_counter() - started
            page.wait_for_timeout(300)
            results = page.eval_on_selector_all("#search li > a", "els => els.map(e => e.getAttribute('href'))")
            answer = {"results": results[:TOP]}
        elif mode == "ui":
            page.add_style_tag(url="/pagefind/pagefind-ui.css")
            page.add_script_tag(url="/pagefind/pagefind-ui.js")
            page.evaluate(
                """opts => {
                const div = document.createElement('div'); div.id = 'pfsearch';
                document.querySelector('article').prepend(div);
                new PagefindUI({element: '#pfsearch', showSubResults: false, showImages: false,
                                ...(opts ? {ranking: opts.ranking} : {})});
            }""",
                options,
            )
            box = page.locator("#pfsearch input")
            box.press_sequentially(query, delay=delay)
            box.press("End")
            # Answered: the count (or "no results") is shown and no result is still a placeholder.
            page.wait_for_function(
                """() => {
                const message = document.querySelector('.pagefind-ui__message');
                return message && message.textContent.trim() && !document.querySelector('.pagefind-ui__loading');
            }""",
                timeout=60_000,
                polling=50,
            )
            seconds = time.perf_counter() - started
            page.wait_for_timeout(300)
            results = page.eval_on_selector_all(
                ".pagefind-ui__result-link", "els => els.map(e => e.getAttribute('href'))"
            )
            answer = {"results": results[:TOP]}
        else:
            answer = page.evaluate(_API, [query, options, fallback, stop])
            seconds = time.perf_counter() - started
            answer["results"] = [r["url"] for r in answer["results"]]
        context.close()
        time.sleep(0.2)
        return {
            "answered": bool(answer["results"]),
            "seconds": seconds,
            "foreign": foreign,
            **answer,
            **summarize(site, log.since(mark), log),
        }


def recall(
    browser,
    site: Path,
    queries: list[dict],
    options: dict | None,
    fallback: bool = False,
    prefix: str = "",
    stop: list[str] | None = None,
) -> dict:
    """The query set through pagefind.search() in the browser; recall@5 and every query's rank."""
    log, foreign = Log(), []
    with serve(site, log) as base:
        context = _new_context(browser, True, foreign, base)
        page = context.new_page()
        page.goto(base, wait_until="load")
        results = []
        for q in queries:
            answer = page.evaluate(_API, [q["query"], options, fallback, stop])
            found = []
            for r in answer["results"]:
                path = urlsplit(r["url"]).path.lstrip("/")
                if path not in found:
                    found.append(path)
            expect = prefix + q["expect"]
            rank = found.index(expect) + 1 if expect in found else None
            results.append(
                {
                    **q,
                    "expect": expect,
                    "found": found,
                    "rank": rank,
                    "excerpt": answer["results"][0]["excerpt"] if answer["results"] else "",
                }
            )
        context.close()
    hits = sum(r["rank"] is not None for r in results)
    return {"recall@5": hits / len(results), "hits": hits, "results": results, "foreign": foreign}


def material_search(page, query: str, timeout: float = 120.0) -> list[str]:
    """search_recall.search with a longer wait: on a large index every keystroke's search is slow."""
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press("End")
    page.wait_for_function(_EMPTY, timeout=timeout * 1000)
    box.press_sequentially(query, delay=2)
    box.press("End")
    page.wait_for_function(_ANSWERED, arg=query, timeout=timeout * 1000)
    page.wait_for_timeout(100)
    hrefs = page.eval_on_selector_all(
        ".md-search-result__item > a.md-search-result__link", "els => els.map(e => e.getAttribute('href'))"
    )
    found: list[str] = []
    for href in hrefs:
        path = urlsplit(href).path.lstrip("/")
        if path not in found:
            found.append(path)
    return found[:TOP]


def material_recall(browser, site: Path, work: Path, embed: Path | None) -> dict:
    """The query set typed into Material's search box (benchmarks/search_recall.py), on site or,
    with embed, on site with embed's pages and index entries added under embedded/."""
    served, prefix = site, ""
    if embed:
        served, prefix = work / f"{site.parent.name}-{site.name}-material-embedded", "embedded/"
        if served.exists():
            shutil.rmtree(served)
        shutil.copytree(site, served, copy_function=os.link, ignore=shutil.ignore_patterns("pagefind"))
        shutil.copytree(embed, served / "embedded", copy_function=os.link, ignore=shutil.ignore_patterns("pagefind"))
        ours = json.loads((site / "search/search_index.json").read_text("utf-8"))
        theirs = json.loads((embed / "search/search_index.json").read_text("utf-8"))
        ours["docs"] += [{**d, "location": prefix + d["location"]} for d in theirs["docs"]]
        (served / "search/search_index.json").unlink()
        (served / "search/search_index.json").write_text(
            json.dumps(ours, ensure_ascii=False, separators=(",", ":")), "utf-8"
        )
    queries = [{**q, "expect": prefix + q["expect"]} for q in load_queries()]
    with serve(served, Log()) as base:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="uk-UA")
        page = context.new_page()
        page.goto(base, wait_until="load")
        box = page.locator("input.md-search__input")
        box.click()
        for _ in range(120):  # a large index loads late: type again until the search answers
            box.fill("")
            box.press_sequentially("2022")
            box.press("End")
            try:
                page.wait_for_function(_ANSWERED, arg="2022", timeout=5000, polling=500)
                break
            except PlaywrightTimeout:
                continue  # not loaded yet
        results = []
        for q in queries:
            found = material_search(page, q["query"])
            results.append(
                {**q, "found": found, "rank": found.index(q["expect"]) + 1 if q["expect"] in found else None}
            )
        context.close()
    hits = sum(r["rank"] is not None for r in results)
    return {"recall@5": hits / len(results), "hits": hits, "results": results}


def twin_hits(results: list[dict], site: Path) -> int:
    """Hits when the expected embedded page's namesake in the large site counts too (both have a
    places/geneva/ or topics/arms-control/ page: the same entity to a reader)."""
    hits = 0
    for r in results:
        expect = r["expect"].removeprefix("embedded/")
        twin = expect if (site / expect / "index.html").is_file() else None
        hits += r["expect"] in r["found"][:TOP] or (twin is not None and twin in r["found"][:TOP])
    return hits


def _options(variant: str) -> dict | None:
    return {"ranking": {"metaWeights": META_WEIGHTS}} if variant.startswith("meta-forms") else None


def _kib(n: int) -> str:
    return f"{n / 1024:,.0f} KiB" if n < 10 * 1024 * 1024 else f"{n / 1048576:,.1f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sites", nargs="+", type=Path, help="sites built by chronicle build")
    parser.add_argument("--work", type=Path, default=Path("/tmp/pagefind-eval"), help="where the marked-up copies go")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--query", action="append", help="typical queries for the download (default: three)")
    parser.add_argument("--recall", action="store_true", help="run the 55 queries on every variant (the real site)")
    parser.add_argument(
        "--fallback",
        action="store_true",
        help="with --recall, also with the fallback to pages that have most of the query's words",
    )
    parser.add_argument(
        "--material-timeout", type=float, default=300.0, help="seconds to wait for Material's first results"
    )
    parser.add_argument("--no-material", action="store_true", help="skip Material's download")
    parser.add_argument("--no-ui", action="store_true", help="skip the Pagefind UI download")
    parser.add_argument(
        "--embed",
        type=Path,
        metavar="REAL_SITE",
        help="index REAL_SITE's pages too, under embedded/, and run the query set against them "
        "(recall among the pages of a large site)",
    )
    parser.add_argument(
        "--stop-words",
        action="store_true",
        help="drop chronicle's Ukrainian function words from queries sent to pagefind.search()",
    )
    parser.add_argument("--type-delay", type=float, default=2, help="ms between keystrokes in the UI runs")
    parser.add_argument(
        "--all-queries",
        action="store_true",
        help="measure the download for every query of the query set (summarised), not --query",
    )
    parser.add_argument(
        "--material-recall", action="store_true", help="run the query set through Material's search box too"
    )
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    queries = args.query or ["Рябкова", "переговори в Женеві", "10 січня 2022"]
    if args.all_queries:
        queries = [q["query"] for q in load_queries()]
    stop = None
    if args.stop_words:
        from chronicle.search import STOP_WORDS

        stop = list(STOP_WORDS)
    variants = [v for v in args.variants.split(",") if v]
    report: dict = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=BROWSER_FLAGS)
        for site in args.sites:
            site = site.resolve()
            entry: dict = {
                "site": str(site),
                "pages": sum(1 for _ in site.rglob("*.html")),
                "material_index_bytes": (site / "search/search_index.json").stat().st_size,
                "variants": {},
            }
            report[site.name if site.name != "site" else site.parent.name] = entry
            forms = load_forms(site) if any(v.removesuffix("+ru").endswith("forms") for v in variants) else None
            if not args.no_material:
                entry["material"] = {q: material_download(browser, site, q, args.material_timeout) for q in queries}
            if args.material_recall:
                entry["material_recall"] = material_recall(
                    browser, site, args.work, args.embed.resolve() if args.embed else None
                )
            for variant in variants:
                out = args.work / f"{site.parent.name}-{site.name}-{variant}"
                base_variant = variant.removesuffix("+ru")
                v = {"prepare": prepare(site, out, base_variant, forms)}
                if args.embed:
                    embed_forms = load_forms(args.embed) if base_variant.endswith("forms") else None
                    v["prepare_embedded"] = prepare(args.embed.resolve(), out / "embedded", base_variant, embed_forms)
                v["index"] = index(out, ["--force-language", "ru"] if variant.endswith("+ru") else [])
                out = served_copy(site, out)
                v["api"] = {q: pagefind_download(browser, out, q, _options(variant), "api", stop=stop) for q in queries}
                if not args.no_ui:
                    v["ui"] = {
                        q: pagefind_download(browser, out, q, _options(variant), "ui", delay=args.type_delay)
                        for q in queries
                    }
                    if variant.startswith("meta-forms"):
                        v["own"] = {
                            q: pagefind_download(
                                browser, out, q, _options(variant), "own", stop=stop, delay=args.type_delay
                            )
                            for q in queries
                        }
                if args.recall:
                    prefix = "embedded/" if args.embed else ""
                    v["recall"] = recall(browser, out, load_queries(), _options(variant), prefix=prefix, stop=stop)
                    if args.fallback:
                        v["recall+fallback"] = recall(
                            browser, out, load_queries(), _options(variant), fallback=True, prefix=prefix, stop=stop
                        )
                entry["variants"][variant] = v
                print(f"done: {site} {variant}", file=sys.stderr, flush=True)
        browser.close()

    for name, entry in report.items():
        print(
            f"\n== {name}: {entry['pages']} HTML pages; Material's search_index.json {_kib(entry['material_index_bytes'])}"
        )
        for q, m in entry.get("material", {}).items():
            print(
                f"  Material  {q!r:24} search {_kib(m['material-search']['bytes'])} (gzip {_kib(m['material-search']['gzip_bytes'])}),"
                f" page {_kib(m['page']['bytes'])} (gzip {_kib(m['page']['gzip_bytes'])}),"
                f" {'results' if m['answered'] else 'NO RESULTS'} after {m['seconds']:.1f} s, other hosts: {len(m['foreign'])}"
            )
        if "material_recall" in entry:
            r = entry["material_recall"]
            print(
                f"  Material recall@{TOP} {r['recall@5']:.3f} ({r['hits']}/{len(r['results'])})"
                + (
                    f", counting namesakes in the large site: {twin_hits(r['results'], Path(entry['site']))}/{len(r['results'])}"
                    if args.embed
                    else ""
                )
            )
            for x in r["results"]:
                if x["rank"] is None:
                    print(f"      miss {x['query']!r} -> {x['found'][:3]}")
        for variant, v in entry["variants"].items():
            ix = v["index"]
            print(
                f"  Pagefind {variant:10} index {ix['seconds']:.1f} s, {ix['files']} files, {_kib(ix['bytes'])}, {ix['words']} words,"
                f" forms in {v['prepare']['with_forms']} pages' HTML {_kib(v['prepare']['html_bytes_added'])} (staging copy only)"
                f" ({', '.join(f'{k} {n} / {_kib(b)}' for k, (n, b) in sorted(ix['by_kind'].items()))})"
            )
            for mode in ("api", "ui", "own"):
                if len(v.get(mode, {})) > 5:  # the whole query set: a summary
                    runs = sorted(v[mode].values(), key=lambda d: d["pagefind"]["bytes"])
                    worst = max(v[mode], key=lambda q: v[mode][q]["pagefind"]["bytes"])
                    print(
                        f"    {mode:3} {len(runs)} queries: pagefind median {_kib(runs[len(runs) // 2]['pagefind']['bytes'])},"
                        f" max {_kib(runs[-1]['pagefind']['bytes'])} (gzip {_kib(runs[-1]['pagefind']['gzip_bytes'])}) for {worst!r};"
                        f" over 1 MiB: {sum(d['pagefind']['bytes'] > 1048576 for d in runs)};"
                        f" other hosts: {sum(len(d['foreign']) for d in runs)}"
                    )
                    continue
                for q, d in v.get(mode, {}).items():
                    print(
                        f"    {mode:3} {q!r:24} pagefind {_kib(d['pagefind']['bytes'])} (gzip {_kib(d['pagefind']['gzip_bytes'])}) in"
                        f" {d['pagefind']['requests']} requests, page {_kib(d['page']['bytes'])}, material-search {d['material-search']['requests']} requests,"
                        f" {d['seconds']:.2f} s, other hosts: {len(d['foreign'])}; first: {(d['results'] or ['—'])[0]}"
                    )
            for key in ("recall", "recall+fallback"):
                if key not in v:
                    continue
                r = v[key]
                print(
                    f"    {key}:"
                    + (
                        f" (counting namesakes in the large site: {twin_hits(r['results'], Path(entry['site']))}/{len(r['results'])})"
                        if args.embed
                        else ""
                    )
                )
                kinds = sorted({x["kind"] for x in r["results"]})
                print(
                    f"      recall@{TOP} {r['recall@5']:.3f} ({r['hits']}/{len(r['results'])}); "
                    + ", ".join(
                        f"{k} {sum(x['rank'] is not None for x in r['results'] if x['kind'] == k)}/{sum(x['kind'] == k for x in r['results'])}"
                        for k in kinds
                    )
                )
                for x in r["results"]:
                    if x["rank"] is None:
                        print(f"      miss {x['query']!r} -> {x['found'][:3]}")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
