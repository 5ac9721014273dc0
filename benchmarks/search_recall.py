"""Search recall benchmark: the readers' query set typed into the built site's search page.

    .venv/bin/python benchmarks/search_recall.py            # chronicle's search and Material's, side by side
    .venv/bin/python benchmarks/search_recall.py --site site  # one built site (chronicle's search) only
    .venv/bin/python benchmarks/search_recall.py --no-material

Builds the real project into temporary directories: as it is (Pagefind with chronicle's word
forms as hidden metadata, chronicle/pagefind.py) and, for comparison, with Material's own search
as it comes (mkdocs.yml with Material's `search` plugin put back and the chronicle plugin's
`search: false`). Serves each on localhost, types every query of benchmarks/search_queries.yml
into the search page's box (Material's search dialog for Material) in headless Chromium and
reads the first five results. Prints each query's rank in both, recall@5 (the share of queries
whose page is among the first five results) for both, measured in the same run, and for
chronicle's search the bytes a reader downloads from opening the search page to the first
results, per query (median and largest), counted by the server.

The queries of kind `typo` (a letter wrong, missing, doubled or swapped) are measured apart
(run_typos): one is reached when its page is in the first five results or in the first five of
the search page's first suggestion ("Можливо, ви мали на увазі …"; docs/search.md, typos).

The browser helpers (open_search, search, suggestions, download) are shared with
tests/test_search.py, tests/test_browser_search_typos.py and benchmarks/scale.py: one way to search.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
QUERIES = Path(__file__).with_name("search_queries.yml")
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TOP = 5


def load_queries(path: Path = QUERIES, typos: bool = False) -> list[dict]:
    """The readers' queries of a query set; typos=True: only its queries with a typo (kind: typo),
    which the search page answers by its results or by its suggestion (run_typos)."""
    return [
        {**q, "query": str(q["query"])}
        for q in yaml.safe_load(path.read_text("utf-8"))
        if (q.get("kind") == "typo") == typos
    ]


@contextlib.contextmanager
def serve(site: Path, log: list | None = None):
    """The site over HTTP on 127.0.0.1; with log, every response's path and body bytes go into it."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
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
            if log is not None:
                log.append((unquote(urlsplit(self.path).path), sent))

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


# ---- chronicle's search page (search/, assets/javascripts/search.js) ----

_BOX = "#search input[name=q]"
_ANSWERED_PAGE = "q => document.getElementById('search').getAttribute('data-answered') === q"
# The search page has settled its suggestions too ("Можливо, ви мали на увазі …", for a query that
# finds fewer than three pages; at once otherwise).
_SUGGESTED = "q => document.getElementById('search').getAttribute('data-suggested') === q"


def _pages(hrefs: list[str]) -> list[str]:
    pages: list[str] = []
    for href in hrefs:
        path = urlsplit(href).path.lstrip("/")
        if path not in pages:
            pages.append(path)
    return pages[:TOP]


def open_search(page, base: str) -> None:
    """Open the search page and wait for its box."""
    page.goto(base + "search/", wait_until="load")
    page.locator(_BOX).wait_for(state="visible")


def search(page, query: str, timeout: float = 20.0) -> list[str]:
    """Type query into the search page's box; the pages of the first results, site-relative.

    The box is emptied first (and the empty answer awaited), then the query typed as a reader
    does (the page searches 300 ms after the last keystroke); the search element's
    data-answered names the query its list shows."""
    box = page.locator(_BOX)
    if box.input_value():
        box.fill("")
        page.wait_for_function(_ANSWERED_PAGE, arg="", timeout=timeout * 1000)
    box.press_sequentially(query, delay=2)
    page.wait_for_function(_ANSWERED_PAGE, arg=query, timeout=timeout * 1000)
    return _pages(page.eval_on_selector_all("#search li > a", "els => els.map(e => e.getAttribute('href'))"))


def run(browser, base: str, queries: list[dict]) -> list[dict]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="uk-UA")
    page = context.new_page()
    open_search(page, base)
    results = []
    for q in queries:
        found = search(page, q["query"])
        rank = found.index(q["expect"]) + 1 if q["expect"] in found else None
        results.append({**q, "found": found, "rank": rank})
    context.close()
    return results


def suggestions(page, query: str, timeout: float = 20.0) -> list[str]:
    """The search page's suggestions for the query it shows ("Можливо, ви мали на увазі …"), once
    settled: the corrected queries, best first."""
    page.wait_for_function(_SUGGESTED, arg=query, timeout=timeout * 1000)
    return page.eval_on_selector_all("#search [role=status] a", "els => els.map(e => e.textContent)")


def run_typos(browser, base: str, queries: list[dict]) -> list[dict]:
    """Each query with a typo: its expected page's rank in the first results or, when it is not
    there, in the first results of the page's first suggestion (`via`: "results", "suggestion",
    or None when neither reaches it)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="uk-UA")
    page = context.new_page()
    open_search(page, base)
    results = []
    for q in queries:
        found, via, offered = search(page, q["query"]), "results", suggestions(page, q["query"])
        if q["expect"] not in found and offered:
            found, via = search(page, offered[0]), "suggestion"
        rank = found.index(q["expect"]) + 1 if q["expect"] in found else None
        results.append({**q, "found": found, "suggested": offered, "rank": rank, "via": via if rank else None})
    context.close()
    return results


def download(browser, site: Path, query: str, timeout: float = 60.0) -> dict:
    """What a reader downloads to search: a fresh browser (no cache) opens the search page, types
    query, and every response from the page load to the first results (and, for a query that finds
    fewer than three pages, what its suggestions load) is counted by the server.
    Returns the bytes (all, and Pagefind's), the files, and the requests to other hosts."""
    log: list[tuple[str, int]] = []
    foreign: list[str] = []
    with serve(site, log) as base:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="uk-UA", service_workers="block")
        host = urlsplit(base).netloc
        context.on(
            "request",
            lambda r: (
                foreign.append(r.url)
                if urlsplit(r.url).scheme in ("http", "https") and urlsplit(r.url).netloc != host
                else None
            ),
        )
        page = context.new_page()
        started = time.perf_counter()
        page.goto(base + "search/", wait_until="load")
        box = page.locator(_BOX)
        box.press_sequentially(query, delay=2)
        page.wait_for_function(_ANSWERED_PAGE, arg=query, timeout=timeout * 1000)
        seconds = time.perf_counter() - started
        page.wait_for_function(_SUGGESTED, arg=query, timeout=timeout * 1000)  # and what a suggestion loads
        results = _pages(page.eval_on_selector_all("#search li > a", "els => els.map(e => e.getAttribute('href'))"))
        context.close()
    files = list(log)
    pagefind = [(p, n) for p, n in files if p.startswith("/pagefind")]  # /pagefind/ and its parts, /pagefind-2/, …
    return {
        "query": query,
        "bytes": sum(n for _, n in files),
        "pagefind_bytes": sum(n for _, n in pagefind),
        "files": files,
        "foreign": foreign,
        "seconds": seconds,
        "results": results,
    }


# ---- Material's search dialog, for comparison (a site built with Material's search plugin) ----

_META = "document.querySelector('.md-search-result__meta')"
_EMPTY = f"() => /Розпочніть/.test({_META}.textContent)"
_ANSWERED = (
    f"""q => document.querySelector('input.md-search__input').value === q && !/Розпочніть/.test({_META}.textContent)"""
)


def material_open(page, base: str) -> None:
    """Load the home page and wait until Material's search answers (the worker loads the index late)."""
    page.goto(base, wait_until="load")
    box = page.locator("input.md-search__input")
    if not box.is_visible():
        page.click("label[for='__search']")
    for _ in range(40):
        box.fill("")
        box.press_sequentially("2022")
        box.press("End")
        try:
            page.wait_for_function(_ANSWERED, arg="2022", timeout=250)
            return
        except Exception:
            continue
    raise TimeoutError("the site's search never answered")


def material_search(page, query: str) -> list[str]:
    """Type query into Material's open search box (it searches on key-up: every change ends with
    the End key, which changes nothing); the pages of the first results."""
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press("End")
    page.wait_for_function(_EMPTY, timeout=10_000)
    box.press_sequentially(query, delay=2)
    box.press("End")
    page.wait_for_function(_ANSWERED, arg=query, timeout=10_000)
    page.wait_for_timeout(100)
    return _pages(
        page.eval_on_selector_all(
            ".md-search-result__item > a.md-search-result__link", "els => els.map(e => e.getAttribute('href'))"
        )
    )


def material_run(browser, base: str, queries: list[dict]) -> list[dict]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="uk-UA")
    page = context.new_page()
    material_open(page, base)
    results = []
    for q in queries:
        found = material_search(page, q["query"])
        results.append({**q, "found": found, "rank": found.index(q["expect"]) + 1 if q["expect"] in found else None})
    context.close()
    return results


def recall(results: list[dict]) -> float:
    return sum(r["rank"] is not None for r in results) / len(results)


MATERIAL_PLUGIN = "plugins:\n  - search\n"


def _build(target: Path, material: bool) -> Path:
    for part in ("mkdocs.yml", "content", "seeds", "templates", "build/docs/.gitignore"):
        source = ROOT / part
        (target / part).parent.mkdir(parents=True, exist_ok=True)
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, target / part)
    if material:  # Material's search plugin back, chronicle's index off
        config = target / "mkdocs.yml"
        text = config.read_text("utf-8")
        assert "plugins:\n" in text and "      search: true" in text
        config.write_text(
            text.replace("plugins:\n", MATERIAL_PLUGIN, 1).replace("      search: true", "      search: false", 1),
            "utf-8",
        )
    subprocess.run([sys.executable, "-m", "chronicle", "--root", str(target), "build"], check=True, capture_output=True)
    return target / "site"


def _dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="measure this built site (chronicle's search) only")
    parser.add_argument("--no-material", action="store_true", help="skip Material's search")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    queries, typos = load_queries(), load_queries(typos=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=FLAGS)
        sites = {"chronicle": args.site.resolve() if args.site else _build(Path(tmp) / "chronicle", material=False)}
        if not (args.site or args.no_material):
            sites["material"] = _build(Path(tmp) / "material", material=True)
        report = {}
        for name, site in sites.items():
            started = time.perf_counter()
            with serve(site) as base:
                results = (material_run if name == "material" else run)(browser, base, queries)
                typo_results = (material_run if name == "material" else run_typos)(browser, base, typos)
            entry = {"recall@5": recall(results), "results": results, "seconds": time.perf_counter() - started}
            entry["typos"] = typo_results
            if name == "material":
                entry["index_bytes"] = (site / "search/search_index.json").stat().st_size
            else:
                entry["index_bytes"] = _dir_bytes(site / "pagefind")
                downloads = [download(browser, site, q["query"]) for q in queries]
                entry["typo_download"] = [download(browser, site, q["query"])["bytes"] for q in typos]
                sizes = sorted(d["bytes"] for d in downloads)
                pagefind = sorted(d["pagefind_bytes"] for d in downloads)
                entry["download"] = {
                    "median_bytes": statistics.median(sizes),
                    "max_bytes": sizes[-1],
                    "pagefind_median_bytes": statistics.median(pagefind),
                    "pagefind_max_bytes": pagefind[-1],
                    "foreign": sum(len(d["foreign"]) for d in downloads),
                }
            report[name] = entry
        browser.close()

    names = list(report)
    print(f"{'query':42} " + " ".join(f"{n:>10}" for n in names) + "   expected page")
    for i, q in enumerate(queries):
        ranks = [report[n]["results"][i]["rank"] for n in names]
        print(f"{q['query'][:42]:42} " + " ".join(f"{(r or '—')!s:>10}" for r in ranks) + f"   {q['expect']}")
    print()
    for n in names:
        r = report[n]
        print(
            f"{n}: recall@{TOP} {r['recall@5']:.3f} ({sum(x['rank'] is not None for x in r['results'])}/{len(queries)} queries), "
            f"index {r['index_bytes'] / 1024:.0f} KiB, {r['seconds']:.1f} s"
        )
        if "download" in r:
            d = r["download"]
            print(
                f"  a reader's download per query, page load to first results: median {d['median_bytes'] / 1024:.0f} KiB, "
                f"largest {d['max_bytes'] / 1024:.0f} KiB (Pagefind's files: median {d['pagefind_median_bytes'] / 1024:.0f} KiB, "
                f"largest {d['pagefind_max_bytes'] / 1024:.0f} KiB); requests to other hosts: {d['foreign']}"
            )
    print(
        f"\n{'query with a typo':42} " + " ".join(f"{n:>10}" for n in names) + "   expected page (chronicle: suggested)"
    )
    for i, q in enumerate(typos):
        cells = [report[n]["typos"][i] for n in names]
        marks = [f"{c['rank'] or '—'}{'s' if c.get('via') == 'suggestion' else ''}" for c in cells]
        print(
            f"{q['query'][:42]:42} "
            + " ".join(f"{m:>10}" for m in marks)
            + f"   {q['expect']} ({', '.join(cells[0]['suggested'])})"
        )
    for n in names:
        t = report[n]["typos"]
        reached = sum(r["rank"] is not None for r in t)
        by_suggestion = sum(r.get("via") == "suggestion" for r in t)
        extra = ""
        if "typo_download" in report[n] and t:
            sizes = sorted(report[n]["typo_download"])
            extra = f"; download median {statistics.median(sizes) / 1024:.0f} KiB, largest {sizes[-1] / 1024:.0f} KiB"
        print(
            f"{n}: typos reached {reached}/{len(t)} in the first {TOP} "
            f"({reached - by_suggestion} by the results, {by_suggestion} by the first suggestion){extra}"
        )
    for kind in sorted({q["kind"] for q in queries}):
        picked = [i for i, q in enumerate(queries) if q["kind"] == kind]
        print(
            f"  {kind:10} "
            + "  ".join(
                f"{n} {sum(report[n]['results'][i]['rank'] is not None for i in picked)}/{len(picked)}" for n in names
            )
        )
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
