"""Search recall benchmark: the readers' query set typed into the built site's own search box.

    .venv/bin/python benchmarks/search_recall.py            # both searches, side by side
    .venv/bin/python benchmarks/search_recall.py --site site  # one built site only

Builds the real project twice into temporary directories: with chronicle's Ukrainian search
(word forms and aliases in the index, chronicle.search) and with Material's search as it comes
(`ukrainian_search: false`), serves each on localhost, types every query of
benchmarks/search_queries.yml into the search box in headless Chromium and reads the first five
results. Prints each query's rank in both, and recall@5 (the share of queries whose page is
among the first five results) for both, measured in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
QUERIES = Path(__file__).with_name("search_queries.yml")
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TOP = 5


def load_queries(path: Path = QUERIES) -> list[dict]:
    return [{**q, "query": str(q["query"])} for q in yaml.safe_load(path.read_text("utf-8"))]


@contextlib.contextmanager
def serve(site: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


_META = "document.querySelector('.md-search-result__meta')"
_EMPTY = f"() => /Розпочніть/.test({_META}.textContent)"
_ANSWERED = f"""q => document.querySelector('input.md-search__input').value === q && !/Розпочніть/.test({_META}.textContent)"""


def open_search(page, base: str) -> None:
    """Load the home page and wait until its search answers (the worker loads the index late)."""
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


def search(page, query: str) -> list[str]:
    """Type query into the open search box; the pages of the first results, site-relative.

    Cyrillic is typed as text input and Material searches on key-up, so every change ends
    with the End key (which changes nothing). The box is emptied first and the answer awaited
    after, so that no result of the previous query is read.
    """
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press("End")
    page.wait_for_function(_EMPTY, timeout=10_000)
    box.press_sequentially(query, delay=2)
    box.press("End")
    page.wait_for_function(_ANSWERED, arg=query, timeout=10_000)
    page.wait_for_timeout(100)
    hrefs = page.eval_on_selector_all(
        ".md-search-result__item > a.md-search-result__link", "els => els.map(e => e.getAttribute('href'))"
    )
    pages: list[str] = []
    for href in hrefs:
        path = urlsplit(href).path.lstrip("/")
        if path not in pages:
            pages.append(path)
    return pages[:TOP]


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


def recall(results: list[dict]) -> float:
    return sum(r["rank"] is not None for r in results) / len(results)


def _build(target: Path, ukrainian: bool) -> Path:
    for part in ("mkdocs.yml", "content", "seeds", "templates", "build/docs/.gitignore"):
        source = ROOT / part
        (target / part).parent.mkdir(parents=True, exist_ok=True)
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, target / part)
    if not ukrainian:
        config = target / "mkdocs.yml"
        text = config.read_text("utf-8")
        assert "ukrainian_search: true" in text
        config.write_text(text.replace("ukrainian_search: true", "ukrainian_search: false"), "utf-8")
    subprocess.run([sys.executable, "-m", "chronicle", "--root", str(target), "build"], check=True, capture_output=True)
    return target / "site"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="measure this built site only")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    queries = load_queries()
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=FLAGS)
        sites = {"site": args.site} if args.site else {
            "chronicle": _build(Path(tmp) / "chronicle", ukrainian=True),
            "material": _build(Path(tmp) / "material", ukrainian=False),
        }
        report = {}
        for name, site in sites.items():
            started = time.perf_counter()
            with serve(site) as base:
                results = run(browser, base, queries)
            index = (site / "search/search_index.json").stat().st_size
            report[name] = {"recall@5": recall(results), "results": results, "index_bytes": index, "seconds": time.perf_counter() - started}
        browser.close()

    names = list(report)
    print(f"{'query':42} " + " ".join(f"{n:>10}" for n in names) + "   expected page")
    for i, q in enumerate(queries):
        ranks = [report[n]["results"][i]["rank"] for n in names]
        print(f"{q['query'][:42]:42} " + " ".join(f"{(r or '—')!s:>10}" for r in ranks) + f"   {q['expect']}")
    print()
    for n in names:
        r = report[n]
        print(f"{n}: recall@{TOP} {r['recall@5']:.3f} ({sum(x['rank'] is not None for x in r['results'])}/{len(queries)} queries), "
              f"search index {r['index_bytes'] / 1024:.0f} KiB, {r['seconds']:.1f} s")
    for kind in sorted({q["kind"] for q in queries}):
        picked = [i for i, q in enumerate(queries) if q["kind"] == kind]
        print(f"  {kind:10} " + "  ".join(f"{n} {sum(report[n]['results'][i]['rank'] is not None for i in picked)}/{len(picked)}" for n in names))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
