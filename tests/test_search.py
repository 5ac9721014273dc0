"""Search: Ukrainian word forms in a Pagefind index, and the readers' query set in a browser."""

from __future__ import annotations

import json
import re
import statistics
import sys
from pathlib import Path

import pytest
import yaml

from chronicle import pagefind
from chronicle.search import ENDINGS, SEPARATOR, STEM_MIN, STOP_WORDS, _tokens, forms, page_forms, stem
from conftest import FIXTURE, FIXTURE_QUERIES, ROOT, copy_project, pagefind_records, run_chronicle, tree_digest

sys.path.insert(0, str(ROOT / "benchmarks"))
import search_recall  # noqa: E402  (the benchmark's own browser driver: one way to search)

EVENT = "events/gva-talks-fx/"


# ---- the word forms ----


def test_forms_cover_the_cases_readers_type():
    assert {"женева", "женеві", "женевою"} <= set(forms("Женеві"))
    assert {"переговори", "переговорів", "переговорами"} <= set(forms("переговорів"))
    assert {"рябков", "рябкова", "рябковим"} <= set(forms("Рябкова", content_only=False))
    assert forms("НАТО") == () and forms("США") == ()  # abbreviations are not read as rare nouns
    assert forms("Geneva") == ()  # Latin spellings come from the aliases


def test_the_separator_folds_apostrophes_and_drops_function_words():
    assert _tokens("зв’язку") == _tokens("зв'язку") == _tokens("звʼязку") == ["звязку"]  # as Pagefind joins them
    assert _tokens("Переговори у Женеві та в Абу-Дабі") == ["переговори", "женеві", "абу", "дабі"]
    assert _tokens("Україна вУкраїні") == ["україна", "вукраїні"]  # only whole words are dropped
    assert all(_tokens(word) == [] for word in STOP_WORDS)
    assert "(?<!" in SEPARATOR


def test_stems_take_off_case_endings_only():
    assert stem("Женеві") == stem("Женевою") == "женев" and stem("переговорів") == "переговор"
    assert stem("Рябковим") == stem("Рябкову") == "рябков" and stem("договору") == "договор"
    assert stem("НАТО") == "нато" and stem("ОБСЄ") == "обсє"  # capitals are abbreviations
    assert stem("Рада") == "рада" and stem("Geneva") == "geneva"  # short and Latin words stay
    assert stem("стабільності") == stem("стабільність") == "стабільн"


def test_page_forms_hold_the_stems_a_prefix_search_would_miss():
    names = page_forms(
        "Договір про скорочення наступальних озброєнь", "<p>Договір СНВ-3 діяв до 2026 року.</p>", ["ДСНВ", "СНВ-3"]
    )
    assert "договор" in names.split()  # "договору" searched as "договор" must find "Договір"
    assert {"дснв", "снв", "3"} <= set(names.split())  # the page's own names as typed
    assert "скороч" not in names.split()  # "скорочення" already begins with it
    names = page_forms("Женева", "<p>Місто у Швейцарії.</p>", ["Женева", "Geneva"])
    assert {"женева", "geneva"} <= set(names.split()) and "женев" not in names.split()


def test_the_search_page_stems_as_the_index_does():
    """search.js takes the endings off query words as chronicle.search.stem makes the index:
    the same function, run by Node on every word of the fixture chronicle and its seeds."""
    import json
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    for base in (ROOT, FIXTURE):  # the site's own search page and the fixture's copy of it
        page = (base / "content/pages/search/index.md").read_text("utf-8")
        assert re.search(r'data-endings="([^"]*)"', page).group(1).split() == ENDINGS, base
        assert re.search(r'data-stem-min="(\d+)"', page).group(1) == str(STEM_MIN), base
    script = (ROOT / "templates/overrides/assets/javascripts/search.js").read_text("utf-8")
    function = re.search(r"  function stem\(word\) \{.*?\n  \}\n", script, re.S).group(0)
    files = [*(FIXTURE / "content").rglob("*.yml"), *(FIXTURE / "seeds").iterdir()]
    words = sorted({w for p in files for w in re.findall(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*", p.read_text("utf-8"))})
    program = (
        f"var ENDINGS = {json.dumps(ENDINGS)}, STEM_MIN = {STEM_MIN};\n{function}\n"
        f"process.stdout.write(JSON.stringify({json.dumps(words, ensure_ascii=False)}.map(stem)));"
    )
    result = subprocess.run([node, "-e", program], capture_output=True, text=True, check=True)
    # Every distinct word of the fixture, counted apart from this code by GNU grep's PCRE (a word
    # regex that splits at apostrophes counts more words than grep does, and fails here).
    grep = subprocess.run(
        ["grep", "-ohP", "(*UCP)[^\\W\\d_]+(?:['’ʼ][^\\W\\d_]+)*", *map(str, files)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(words) == len(set(grep.stdout.split())) > 900
    assert json.loads(result.stdout) == [stem(w) for w in words]


@pytest.mark.parametrize("base", [ROOT, FIXTURE], ids=["site", "fixture"])
def test_the_search_page_drops_the_same_stop_words(base):
    page = (base / "content/pages/search/index.md").read_text("utf-8")
    stop = re.search(r'data-stop="([^"]*)"', page).group(1).split()
    assert stop == STOP_WORDS
    assert re.search(r'data-bundle="\.\./pagefind/"', page) and "<noscript>" in page


def test_mark_up_adds_the_body_and_the_hidden_forms():
    page = f'<html><body><nav>меню</nav>{pagefind.ARTICLE}<h1 id="x">Сергій Рябков<a class="headerlink" href="#x">¶</a></h1><p>Текст &amp; "лапки"</p></article></body></html>'
    marked = pagefind.mark_up(page, ["Сергій Рябков", 'Ryabkov"><script>'])
    assert marked.count("data-pagefind-body") == 1 and "<nav>меню</nav>" in marked
    meta = re.search(
        r'<div hidden data-pagefind-meta="names\[data-names\]" data-names="([^"]*)"></div></article>', marked
    )
    assert meta, marked
    assert {"рябков", "ryabkov"} <= set(meta.group(1).split()) and "¶" not in meta.group(1)
    assert "<script" not in marked  # an alias cannot leave its attribute
    assert pagefind.mark_up("<html><body><p>без статті</p></body></html>", []) is None


def test_event_lines_are_left_out_of_the_index_on_every_page(built):
    """A list line that names an event (its year, actors, topics, place, source, related events)
    is not indexed: a search for an event finds its own page, and the index stays small."""
    site = built / "site"
    actor = (site / "actors/ryabkov-fx/index.html").read_text("utf-8")
    marked = pagefind.mark_up(actor, [])
    listed = "Сергій Рябков називає переговори зі США складними"
    assert listed in actor and listed not in marked  # the actor's events are listed, not indexed
    assert "Сергій Рябков" in marked and "заступник міністра закордонних справ" in marked  # his own text is
    year = pagefind.mark_up((site / "timeline/2022/index.html").read_text("utf-8"), [])
    assert "events/" not in year.split("data-pagefind-body", 1)[1].split("</article>")[0]
    event = (site / "events/gva-talks-fx/index.html").read_text("utf-8")
    marked = pagefind.mark_up(event, [])
    assert "Венді Шерман" in marked and "глава делегації" in marked  # participants stay
    assert "The Washington Post повідомляє про нарощування" in event  # a related event: listed...
    assert "The Washington Post повідомляє про нарощування" not in marked  # ...not indexed here


def test_the_listings_of_one_year_are_not_indexed():
    """Issue 19 §3: one Pagefind fragment file per indexed page; the listings of one year hold
    little besides their lines, which the index leaves out, so they are not indexed at all."""
    for rel in (
        "actors/ru-fx/2020/index.html",
        "topics/arms-fx/1999/index.html",
        "timeline/kinds/call/2024/index.html",
        "sources/years/2021/index.html",
        "quotes/2022/index.html",
        "topics/arms-fx/oldest/index.html",
        "404.html",
        "search/index.html",
    ):
        assert not pagefind._indexed(rel), rel
    for rel in (
        "events/gva-talks-fx/index.html",
        "actors/ru-fx/index.html",
        "topics/arms-fx/index.html",
        "places/gva-fx/index.html",
        "sources/afp-report-2001-12-24/index.html",
        "timeline/2022/index.html",  # a search for a year finds its page
        "timeline/kinds/call/index.html",
        "timeline/index.html",
        "quotes/index.html",
        "about/index.html",
        "index.html",
    ):
        assert pagefind._indexed(rel), rel


# ---- the built index ----


def test_the_index_holds_every_page_with_its_forms_and_the_pages_hold_none(built):
    site = built / "site"
    records = pagefind_records(site)
    pages = {"/" + p.relative_to(site).as_posix().removesuffix("index.html") for p in site.rglob("*.html")}
    oldest = {f"/topics/{t.stem}/oldest/" for t in (FIXTURE / "content/topics").glob("*.yml")}
    assert oldest & pages  # a topic's events oldest first: its page in another order, not indexed
    # The listings of one year (an actor's, a topic's, a kind's events, the sources, the quotes):
    # their lines are left out of the index, so a search finds the actor's, topic's or event's page.
    by_year = {
        p
        for p in pages
        if re.fullmatch(r"/(actors/[^/]+|topics/[^/]+|timeline/kinds/[^/]+|sources/years|quotes)/\d{4}/", p)
    }
    assert "/quotes/2022/" in by_year  # the fixture's only listings by year (too few events for the others)
    # Still indexed: a year's page (a search for a year finds it), a kind's page, all quotes.
    assert {"/timeline/2022/", "/timeline/kinds/talks/", "/quotes/"} <= set(records)
    assert set(records) == pages - {"/404.html", "/search/"} - oldest - by_year  # every page but these
    ryabkov = records["/actors/ryabkov-fx/"]
    assert ryabkov["meta"]["title"] == "Сергій Рябков"
    assert {"рябков", "ryabkov"} <= set(ryabkov["meta"]["names"].split())  # "Рябковим" is searched as "рябков"
    event = records["/" + EVENT]
    assert {"10", "січня", "2022", "01"} <= set(event["meta"]["names"].split())
    assert "terms" not in event["meta"]  # the stems find the forms of the names a page shows
    assert "Рябков" in event["content"] and "¶" not in event["content"]  # the article's text, no permalinks
    assert "Хронологія" not in ryabkov["content"]  # the article only: not the navigation
    # A source's file name and SHA-256 are left out (unique words nobody types; Pagefind memory).
    for path in (FIXTURE / "content/sources").glob("*.yml"):
        entry = yaml.safe_load(path.read_text("utf-8"))
        record = records[f"/sources/{path.stem}/"]
        assert entry["title"].split()[0] in record["content"] and "Видання" in record["content"]
        assert entry["sha256"] not in record["content"] and Path(entry["seed"]).name not in record["content"]
        assert entry["sha256"] in (site / f"sources/{path.stem}/index.html").read_text("utf-8")  # shown all the same
    # The forms live in the index only: the pages readers download carry none.
    for page in site.rglob("*.html"):
        assert "data-pagefind" not in page.read_text("utf-8"), page
    assert "рябковим" not in (site / "actors/ryabkov-fx/index.html").read_text("utf-8")
    assert not (site / "search" / "search_index.json").exists()  # Material's search is gone
    assert (site / "pagefind/pagefind.js").is_file() and not list(
        (site / "pagefind").glob("pagefind-*ui*")
    )  # no unused UI


def test_the_index_is_byte_identical_across_builds(built, tmp_path):
    other = copy_project(tmp_path / "again")
    result = run_chronicle("--root", str(other), "build")
    assert result.returncode == 0, result.stderr
    first, second = tree_digest(built / "site" / "pagefind"), tree_digest(other / "site" / "pagefind")
    # One record per indexed page: every HTML page but the 404 and search pages.
    html = [
        p
        for p in (built / "site").rglob("*.html")
        if p.name != "404.html"
        and p.parent.name not in ("search", "oldest")
        and not (p.parent.name.isdigit() and p.parent.parent.name != "timeline")  # the listings of a year
    ]
    assert sum(path.startswith("fragment/") for path in first) == len(html)
    assert {"pagefind.js", "pagefind-entry.json", "pagefind-worker.js", "wasm.unknown.pagefind"} <= set(first)
    assert first == second


def test_a_pagefind_failure_is_one_line_and_keeps_the_last_good_site(built, tmp_path, monkeypatch):
    """Pagefind failing (here: a binary that exits 1) stops the build with one line, and site/ stays."""
    import shutil

    project = tmp_path / "fails"
    shutil.copytree(built, project)
    before = tree_digest(project / "site")
    fake = tmp_path / "bin"
    (fake / "pagefind").mkdir(parents=True)
    (fake / "pagefind" / "__init__.py").write_text("", "utf-8")
    (fake / "pagefind" / "__main__.py").write_text(
        "import sys\nprint('Error: could not read the site')\nsys.exit(1)\n", "utf-8"
    )
    result = run_chronicle("--root", str(project), "build", env={"PYTHONPATH": str(fake)})
    assert result.returncode == 1
    out = result.stdout + result.stderr
    assert "Traceback" not in out
    assert "search index: Pagefind failed (exit status 1): Error: could not read the site" in result.stderr, out
    assert tree_digest(project / "site") == before
    assert not list(project.glob(".site-*")) and not list(project.glob(".pagefind-*"))


def test_search_false_builds_no_index(project, capsys):
    from chronicle import cli

    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("      search: true", "      search: false"), "utf-8")
    assert cli.main(["--root", str(project), "build"]) == 0
    assert (project / "site/search/index.html").is_file() and not (project / "site/pagefind").exists()
    capsys.readouterr()


# ---- in the browser ----


def test_readers_queries_find_their_pages_in_the_top_five(site_url, browser):
    """The acceptance figure: recall@5 of the query set typed into the search page."""
    queries = search_recall.load_queries(FIXTURE_QUERIES)
    assert len(queries) == 66  # tests/fixtures/search_queries.yml: 66 `query:` lines
    results = search_recall.run(browser, site_url, queries)
    assert _missed(results) == KNOWN_MISS, [(r["query"], r["found"]) for r in results if r["rank"] is None]


# The one query of the set no page answers in its first five, as the README says (recall 54/55):
# Pagefind requires every word, and the event says "припинили воєнні комунікації".
KNOWN_MISS = [("припинення військових комунікацій", "events/comms-suspended-fx/")]


def _missed(results: list[dict]) -> list[tuple[str, str]]:
    return [(r["query"], r["expect"]) for r in results if r["rank"] is None]


def test_pages_are_split_into_runs_of_about_equal_bytes():
    sizes = [18_000] * 50 + [40_000] * 10 + [5_000] * 40
    for parts in (1, 2, 3, 7):
        split = pagefind.split(sizes, parts)
        assert split == sorted(split) and set(split) == set(range(parts))  # consecutive runs, none empty
        bytes_per_part = [sum(s for s, p in zip(sizes, split) if p == k) for k in range(parts)]
        assert max(bytes_per_part) - sum(sizes) / parts <= max(sizes), bytes_per_part


def test_a_large_site_is_indexed_in_parts_and_searched_as_one(tmp_path, browser, monkeypatch, capsys):
    """Over PART_BYTES of pages, the site is indexed in parts (Pagefind's memory grows with the
    index): one bundle per part, listed in pagefind/parts.json, merged by the search page. Here
    with parts of 400 KB, the fixture chronicle's pages make several: the query set finds its pages
    as with one index."""
    from chronicle import cli
    from chronicle.linkcheck import check_site

    monkeypatch.setattr(pagefind, "PART_BYTES", 400_000)
    root = copy_project(tmp_path / "project")
    assert cli.main(["--root", str(root), "build"]) == 0, capsys.readouterr()
    site = root / "site"
    parts = json.loads((site / "pagefind/parts.json").read_text("utf-8"))
    indexed = sum(p.stat().st_size for p in site.rglob("*.html") if pagefind._indexed(p.relative_to(site).as_posix()))
    count = -(-indexed // 400_000)
    assert count >= 3 and parts == [f"../pagefind-{k}/" for k in range(2, count + 1)]
    assert all((site / "pagefind" / part / "pagefind.js").is_file() for part in parts)
    assert check_site(site).problems == []
    with search_recall.serve(site) as base:
        results = search_recall.run(browser, base, search_recall.load_queries(FIXTURE_QUERIES))
    # Measured 2026-12-03: in parts the known miss is found, or missed as in one index; and a bare
    # year may rank its year page under that year's events (each bundle ranks its own pages, and
    # event pages carry their date as metadata, issue 18 §4): nothing else may be missed.
    year_page = ("2026", "timeline/2026/")
    missed = [m for m in _missed(results) if m != year_page]
    assert missed in ([], KNOWN_MISS), [(r["query"], r["found"]) for r in results if r["rank"] is None]
    capsys.readouterr()


QUERIES = ["Рябкова", "переговори в Женеві", "10 січня 2022", "New START"]


@pytest.mark.parametrize("query", QUERIES)
def test_a_search_downloads_little_and_only_from_the_site(built, browser, query):
    """From opening the search page to the first results, counted by the server: the page, the
    theme, Pagefind's script and only the index chunks and result records it needs; nothing from
    another host, nothing of Material's old search and none of Pagefind's UI files."""
    d = search_recall.download(browser, built / "site", query)
    paths = [p for p, _ in d["files"]]
    assert d["results"], d
    assert d["foreign"] == []
    assert not any(
        "search_index.json" in p or "/workers/search" in p or "pagefind-ui" in p or "playground" in p for p in paths
    ), paths
    chunks = [p for p in paths if p.endswith(".pf_index")]
    records = [p for p in paths if p.endswith(".pf_fragment")]
    assert 1 <= len(chunks) <= len(query.split()) and len(records) <= 10, paths
    # Measured on the fixture (2026-12-03): Pagefind's files 177-182 KiB, of which its script,
    # worker and WebAssembly 151 KiB and the fixture's one index chunk 20.2 KiB (20.8 KiB with
    # hotline-kept-fx; all 455-460 KiB with the compounds' search.js); all 453-459 KiB
    # (the README's figures for the chronicle the fixture was copied from). An index twice as
    # large adds a chunk's size (20 KiB) and fails here.
    chunk_bytes = sum(n for p, n in d["files"] if p.endswith(".pf_index"))
    assert chunk_bytes < 24 * 1024, chunk_bytes
    # 2026-12-03 (typos, issue 18 §4): all 466.3-471.9 KiB, search.js 4.6 KB more (short words, the
    # check of Pagefind's fallback, loading suggestions), Pagefind's records 0.3 KB (kind, date).
    assert d["pagefind_bytes"] < 190 * 1024 and d["bytes"] < 473 * 1024, (d["pagefind_bytes"], d["bytes"])
    # Not the whole index: the real chronicle's index has only two word chunks, but of the page
    # records (one per page) only those of the results shown are fetched.
    all_records = sum(p.stat().st_size for p in (built / "site/pagefind/fragment").iterdir())
    fetched = sum(n for p, n in d["files"] if p.endswith(".pf_fragment"))
    assert fetched < all_records / 3, (fetched, all_records)


def test_the_downloads_of_the_query_set_stay_small(built, browser):
    """Every query of the set: the median and largest download from page load to first results."""
    sizes = sorted(
        search_recall.download(browser, built / "site", q["query"])["bytes"]
        for q in search_recall.load_queries(FIXTURE_QUERIES)[:12]
    )
    # Measured on the fixture (2026-12-03): median 456.8 KiB, largest 457.7 KiB (the README: 453 and
    # 459 KiB), the same bytes on every build. Every form of the pages' words in the index (the
    # design before this one) adds 6 KiB to each search and goes over; so does a doubled index.
    # Then (2026-12-03, compounds and apostrophes: docs/search.md) median 458.6 KiB, largest
    # 459.5 KiB: search.js's queryWords and joinedWords 1.2 KiB, the fixture's event with a
    # compound title (hotline-kept-fx) 0.6 KiB of index chunk, `names` for compounds 54 bytes.
    # Then (2026-12-03, issue 17 merged) median 464.8 KiB, largest 465.7 KiB: the theme's CSS for
    # the quotes' highlight, the focus ring and the citation box 1.5 KiB and the map's 1.7 KiB, the
    # search page's navigation (quotes, corrections) 0.6 KiB, the index chunk 1.9 KiB (the source
    # pages' quotes, the corrections), measured file by file against the build before.
    # Then (2026-12-03, typos: docs/search.md) median 470.0 KiB, largest 470.7 KiB (471.1 and 471.7
    # merged with main at 581ec55, whose theme CSS grew): search.js 4.6 KB
    # (short words, the check of Pagefind's fallback onto them, loading suggest.js and words.txt),
    # the theme's CSS for a result's kind 0.2 KB, the records' kind and date 0.3 KB; what a query
    # with one or two results loads for its suggestions is counted too (download waits for them).
    median = statistics.median(sizes)
    assert median < 472 * 1024 and sizes[-1] < 473 * 1024, (sizes, median / 1024, sizes[-1] / 1024)


def test_the_excerpts_are_pagefinds_as_text(browser, site_url):
    """search.js builds each excerpt from the page's plain text with Pagefind's own window: on the
    real chronicle (no < > & in it) its text equals Pagefind's excerpt string read as HTML, and
    its <mark>s are Pagefind's."""
    context = browser.new_context(locale="uk-UA")
    page = context.new_page()
    search_recall.open_search(page, site_url)
    compared = 0
    for query in ["Рябкова", "переговори в Женеві", "10 січня 2022", "Женева", "військових", "NATO", "ОБСЄ"]:
        search_recall.search(page, query)
        ours = page.evaluate("""() => [...document.querySelectorAll('#search ol li')].map(li => ({
            url: li.querySelector('a').getAttribute('href'),
            text: li.querySelector('p.chronicle-search__excerpt').textContent,
            marks: [...li.querySelectorAll('p mark')].map(m => m.textContent)}))""")
        theirs = page.evaluate(
            """async q => {
            const pf = await import('/pagefind/pagefind.js');
            const s = await pf.search(q);
            const data = await Promise.all(s.results.slice(0, 10).map(r => r.data()));
            return data.map(d => {
                const t = document.createElement('template');
                t.innerHTML = d.excerpt;  // the real chronicle's text: safe to read as HTML here
                return {url: d.url, text: t.content.textContent, marks: [...t.content.querySelectorAll('mark')].map(m => m.textContent)};
            });
        }""",
            " ".join(stem(w) for w in query.split() if w.lower() not in STOP_WORDS),
        )  # as search.js asks
        by_url = {r["url"]: r for r in theirs}
        for r in ours:
            if r["url"] in by_url:
                assert r["text"] == by_url[r["url"]]["text"] and r["marks"] == by_url[r["url"]]["marks"], (
                    query,
                    r,
                    by_url[r["url"]],
                )
                compared += 1
    context.close()
    assert compared >= 20


def test_without_the_index_the_search_page_says_how_to_build_it(built, browser, tmp_path):
    """A site without pagefind/ (the live preview builds none): the search page says so in its
    live region instead of failing silently."""
    import os
    import shutil

    site = tmp_path / "no-index"
    shutil.copytree(built / "site", site, copy_function=os.link, ignore=shutil.ignore_patterns("pagefind"))
    with search_recall.serve(site) as base:
        context = browser.new_context(locale="uk-UA")
        page = context.new_page()
        page.goto(base + "search/?q=" + "Женева")
        status = page.get_by_role("status")
        status.wait_for()
        page.wait_for_function(
            "() => document.querySelector('#search [role=status]').textContent.includes('chronicle build')"
        )
        assert "Пошук недоступний" in status.inner_text()
        context.close()
