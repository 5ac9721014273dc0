"""Tests that catch plausible one-line bugs (issue 14, sections 5 and 6).

Each test here failed with a bug put in by hand (listed in docs/mutation.md). Expectations are
written out as literal values, never taken from the implementation's own tables, and the
inputs are made here (a `chronicle synth` project plus entries and a seed written by the test),
so no test depends on the real content/.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from chronicle import synth
from chronicle.clean import Rules, clean
from chronicle.config import ProjectPaths
from chronicle.pipeline import check
from chronicle.search import page_forms, stem
from chronicle.text import render_markdown
from chronicle.writes import write_tree

# ---- a tiny project: `chronicle synth` plus entries written here -----------------------------

SEED_TEXT = (
    "Перший абзац статті закінчується тут.\n\nДругий абзац починається там і каже: «Ми домовилися про нову зустріч».\n"
)


def tiny_project(target, seed: int = 0, events: int = 5):
    """A synthetic project with a source of two known paragraphs and three related events:
    alpha names beta; beta and gamma name each other."""
    synth.synthesize(target, events, seed=seed)
    content = target / "content"
    template = yaml.safe_load(sorted((content / "events").glob("*.yml"))[0].read_text("utf-8"))
    (target / "seeds" / "zz-two-paragraphs.txt").write_bytes(SEED_TEXT.encode("utf-8"))
    (content / "sources" / "zz-two-paragraphs-2001-01-05.yml").write_text(
        yaml.safe_dump(
            {
                "seed": "seeds/zz-two-paragraphs.txt",
                "sha256": hashlib.sha256(SEED_TEXT.encode("utf-8")).hexdigest(),
                "outlet": "Тестове видання",
                "title": "Два абзаци",
                "published": "2001-01-05",
                "language": "uk",
            },
            allow_unicode=True,
        ),
        "utf-8",
    )
    actors = [a["id"] if isinstance(a, dict) else a for a in template["actors"]][:1]
    for eid, day, related in [
        ("zz-alpha-2001-01-01", 1, ["zz-beta-2001-01-02"]),
        ("zz-beta-2001-01-02", 2, ["zz-gamma-2001-01-03"]),
        ("zz-gamma-2001-01-03", 3, ["zz-beta-2001-01-02"]),
    ]:
        write_event(
            target,
            eid,
            {
                "title": f"Подія {eid}",
                "date": f"2001-01-0{day}",
                "kind": "meeting",
                "status": "held",
                "actors": actors,
                "sources": ["zz-two-paragraphs-2001-01-05"],
                "summary": "Коротко про подію.",
                "related": related,
            },
        )
    return target


def write_event(root, eid: str, data: dict) -> None:
    (root / "content" / "events" / f"{eid}.yml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8"
    )


def problems_of(root) -> list[str]:
    _, _, problems = check(ProjectPaths(root=root, docs_dir=root / "build/docs"), suggestions=False)
    return [str(p) for p in problems if p.severity == "error"]


def run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "chronicle", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=600,
    )


@pytest.fixture(scope="module")
def tiny_built(tmp_path_factory):
    root = tiny_project(tmp_path_factory.mktemp("tiny") / "project")
    result = run("--root", str(root), "build")
    assert result.returncode == 0, result.stderr
    return root


# ---- section 5: related events both ways in data/chronicle.json ------------------------------


def test_open_data_gives_related_events_both_ways_with_the_way_the_yaml_wrote_it(tiny_built):
    data = json.loads((tiny_built / "site/data/chronicle.json").read_text("utf-8"))
    assert data["format"] == "chronicle/3"  # 3: a quote's by is a list; related as in 2
    related = {e["id"]: e["related"] for e in data["events"] if e["id"].startswith("zz-")}
    assert related == {
        "zz-alpha-2001-01-01": [{"id": "zz-beta-2001-01-02", "direction": "names"}],
        "zz-beta-2001-01-02": [
            {"id": "zz-alpha-2001-01-01", "direction": "named-by"},
            {"id": "zz-gamma-2001-01-03", "direction": "both"},
        ],
        "zz-gamma-2001-01-03": [{"id": "zz-beta-2001-01-02", "direction": "both"}],
    }
    # The pages show the same events: beta's page links alpha, which only alpha's YAML names.
    beta = (tiny_built / "site/events/zz-beta-2001-01-02/index.html").read_text("utf-8")
    assert "../zz-alpha-2001-01-01/" in beta and "../zz-gamma-2001-01-03/" in beta


def test_home_page_title_is_the_site_name_and_other_pages_name_themselves(tiny_built):
    site_name = yaml.safe_load((tiny_built / "mkdocs.yml").read_text("utf-8").split("\nplugins:")[0])["site_name"]
    home = (tiny_built / "site/index.html").read_text("utf-8")
    assert re.findall(r"<title>(.*?)</title>", home) == [site_name]
    event = (tiny_built / "site/events/zz-alpha-2001-01-01/index.html").read_text("utf-8")
    assert re.findall(r"<title>(.*?)</title>", event) == [f"Подія zz-alpha-2001-01-01 - {site_name}"]


def test_serve_does_not_print_mkdocs_dirty_build_warning(tmp_path):
    sys.path.insert(0, str(os.path.join(os.path.dirname(__file__), "..", "benchmarks")))
    from serve_latency import fetch, free_port, wait

    root = tiny_project(tmp_path / "project")
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "w", encoding="utf-8") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "chronicle", "--root", str(root), "serve", "--dev-addr", f"127.0.0.1:{port}"],
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            url = f"http://127.0.0.1:{port}/events/zz-alpha-2001-01-01/"
            assert wait(lambda: fetch(url), 90) is not None, "the preview did not start"
            event = root / "content/events/zz-alpha-2001-01-01.yml"
            event.write_text(event.read_text("utf-8").replace("Коротко про подію.", "Змінено."), "utf-8")
            assert wait(lambda: "Змінено." in (fetch(url) or "") or None, 60), "the page was not regenerated"
        finally:
            server.terminate()
            server.wait(timeout=10)
    text = log.read_text("utf-8")
    assert "Serving on" in text or "chronicle serve: http://" in text
    assert "dirty" not in text.lower(), text


# ---- section 6: quotes verbatim -------------------------------------------------------------


def with_quote(root, text: str) -> list[str]:
    path = root / "content/events/zz-alpha-2001-01-01.yml"
    original = path.read_bytes()
    data = yaml.safe_load(original)
    data["quotes"] = [{"text": text, "by": data["actors"][0], "source": "zz-two-paragraphs-2001-01-05"}]
    write_event(root, "zz-alpha-2001-01-01", data)
    try:
        return [p for p in problems_of(root) if "not verbatim" in p]
    finally:
        path.write_bytes(original)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return tiny_project(tmp_path_factory.mktemp("tiny-check") / "project")


def test_a_quote_inside_one_paragraph_passes(tiny):
    assert with_quote(tiny, "Ми домовилися про нову зустріч") == []
    assert with_quote(tiny, "Перший абзац статті") == []


def test_a_quote_spanning_two_paragraphs_is_refused(tiny):
    refused = with_quote(tiny, "закінчується тут. Другий абзац")
    assert len(refused) == 1 and refused[0].startswith("content/events/zz-alpha-2001-01-01.yml:")


def test_a_quote_in_another_case_is_refused(tiny):
    assert len(with_quote(tiny, "перший абзац статті")) == 1
    assert len(with_quote(tiny, "МИ ДОМОВИЛИСЯ")) == 1


# ---- section 6: links in editors' Markdown --------------------------------------------------


@pytest.mark.parametrize(
    "href", ["//evil.example/", "../secret.html", "page.html", "/etc/passwd", "javascript:void", "data:text/html,x"]
)
@pytest.mark.parametrize("form", ["inline", "reference", "reference-next-line"])
def test_a_link_without_an_allowed_scheme_is_reported_by_check(tiny, href, form):
    summary = {
        "inline": f"Див. [тут]({href}).",
        "reference": f"Див. [тут][r].\n\n[r]: {href}",
        "reference-next-line": f"Див. [тут][r].\n\n[r]:\n  {href}",
    }[form]
    data = yaml.safe_load((tiny / "content/events/zz-beta-2001-01-02.yml").read_text("utf-8"))
    original = dict(data)
    data["summary"] = summary
    write_event(tiny, "zz-beta-2001-01-02", data)
    try:
        problems = [p for p in problems_of(tiny) if href in p]
        assert len(problems) == 1 and problems[0].startswith("content/events/zz-beta-2001-01-02.yml:"), problems_of(
            tiny
        )
    finally:
        write_event(tiny, "zz-beta-2001-01-02", original)


@pytest.mark.parametrize("href", ["//evil.example/", "../x.html", "x.html", "javascript:alert(1)"])
def test_a_refused_link_is_never_rendered_as_a_link(href):
    for text in (f"[тут]({href})", f"[тут][r]\n\n[r]: {href}"):
        html = render_markdown(text, lambda kind, ident: f"../{kind}/{ident}/")
        assert "<a " not in html, html


def test_allowed_links_are_rendered():
    html = render_markdown(
        "[a](https://example.org/x) [b][r] [c](event:zz-alpha)\n\n[r]: mailto:a@example.org",
        lambda kind, ident: f"../{kind}s/{ident}/",
    )
    assert (
        'href="https://example.org/x"' in html
        and 'href="mailto:a@example.org"' in html
        and 'href="../events/zz-alpha/"' in html
    )


# ---- section 6: write-if-changed compares bytes -----------------------------------------------


def test_a_same_length_edit_rewrites_the_page(tmp_path):
    docs = tmp_path / "docs"
    assert write_tree(docs, {"events/x.md": b"date: 2022-01-12\n", "index.md": b"home\n"}) == [
        "events/x.md",
        "index.md",
    ]
    assert write_tree(docs, {"events/x.md": b"date: 2022-01-13\n", "index.md": b"home\n"}) == ["events/x.md"]
    assert (docs / "events/x.md").read_bytes() == b"date: 2022-01-13\n"
    assert write_tree(docs, {"events/x.md": b"date: 2022-01-13\n", "index.md": b"home\n"}) == []


def test_a_same_length_date_edit_reaches_the_built_page(tmp_path):
    root = tiny_project(tmp_path / "project")
    event = root / "content/events/zz-alpha-2001-01-01.yml"
    assert run("--root", str(root), "generate").returncode == 0
    page = next((root / "build/docs/events").glob("zz-alpha-2001-01-01*"))
    page = page / "index.md" if page.is_dir() else page
    before = page.read_text("utf-8")
    assert "2001" in before and "1 січня" in before
    event.write_text(
        re.sub(r"^date: .*$", "date: 2001-01-04", event.read_text("utf-8"), flags=re.M), "utf-8"
    )  # same length
    assert run("--root", str(root), "generate").returncode == 0
    after = page.read_text("utf-8")
    assert "4 січня" in after and "1 січня" not in after


# ---- section 6: search forms of adjectives, not only nouns ----------------------------------


def finds(title: str, query: str) -> bool:
    """Whether a page with this title is found by query, as the search page searches: the
    query's stem matched as the beginning of a word of the page or of its `names`."""
    words = re.split(r"[\s\-–—«»,.:;!?]+", title.lower()) + page_forms(title, "").split()
    return any(w.startswith(stem(query)) for w in words if w)


@pytest.mark.parametrize("query", ["нового", "новому", "новою", "нової", "новим"])
def test_an_adjective_in_the_title_is_found_in_its_other_forms(query):
    assert finds("Новий договір про скорочення озброєнь", query)


def test_an_adjectives_stem_change_is_in_the_names():
    names = set(page_forms("Новий договір", "").split())
    assert {"новог", "новом", "ново"} <= names  # нового, новому, новою: stems that "новий" does not begin with
    assert "договор" in names  # договору: the noun's too


# ---- section 6: SOURCE_DATE_EPOCH does not leak from one build into the next ------------------


def newest_source(root) -> dt.date:
    return max(
        dt.date.fromisoformat(str(yaml.safe_load(p.read_text("utf-8"))["published"]))
        for p in (root / "content/sources").glob("*.yml")
    )


def test_source_date_epoch_is_taken_back_after_a_build(tmp_path, monkeypatch):
    from chronicle.cli import main

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = tiny_project(tmp_path / "first", seed=1)
    second = tiny_project(tmp_path / "second", seed=2)
    assert newest_source(first) != newest_source(second)
    assert main(["--root", str(first), "build"]) == 0
    assert "SOURCE_DATE_EPOCH" not in os.environ
    assert main(["--root", str(second), "build"]) == 0
    assert "SOURCE_DATE_EPOCH" not in os.environ
    for root in (first, second):
        feed = (root / "site/feed.xml").read_text("utf-8")
        updated = re.search(r"<updated>([^<]+)</updated>", feed).group(1)
        assert updated.startswith(newest_source(root).isoformat()), (root, updated)


# ---- section 6: the cleaner keeps whole lines, exactly -----------------------------------------

RULES = Rules.from_dict({"drop_lines": ["Відео дня"], "end_markers": ["Читайте також"]})
TOKENS = st.sampled_from(
    ["зв’язку", "пам'ять", "м'яко", "Переговори", "тривали", "«цитата»", "12:30", "Відео", "дня", "також", "США."]
)
SPACES = st.sampled_from([" ", "  ", "\u00a0", "\t", " \u2003"])


@st.composite
def capture_lines(draw):
    lines = []
    for _ in range(draw(st.integers(0, 10))):
        kind = draw(st.sampled_from(["text", "text", "text", "drop", "end", "blank"]))
        if kind == "drop":
            line = "Відео дня"
        elif kind == "end":
            line = "Читайте також"
        elif kind == "blank":
            line = ""
        else:
            words = draw(st.lists(TOKENS, min_size=1, max_size=6))
            line = "".join(w + draw(SPACES) for w in words[:-1]) + words[-1]
        lines.append(
            draw(SPACES.map(lambda s: s if s.strip() == "" else "")) * draw(st.integers(0, 1))
            + line
            + " " * draw(st.integers(0, 2))
        )
    return lines


@given(capture_lines())
def test_the_cleaner_keeps_each_article_line_whole_and_drops_exactly_the_furniture(lines):
    # Independent model: each line stripped of the spaces around it; blank lines and "Відео дня"
    # dropped; "Читайте також" ends the article. Spaces inside a line, apostrophes and all, stay.
    expected = []
    for line in lines:
        line = line.strip()
        if line == "Читайте також":
            break
        if line and line != "Відео дня":
            expected.append(line)
    assert list(clean("\n".join(lines), RULES).paragraphs) == expected


# ---- feed ids and JSON-LD types, as literal values ------------------------------------------


def test_feed_and_calendar_ids_are_the_same_literal_uuids_in_every_version(tiny_built):
    # Feed readers and calendars key on these: a change would show every event again as new.
    feed = (tiny_built / "site/feed.xml").read_text("utf-8")
    assert "<id>urn:uuid:e96f0bf8-2d4e-5206-a65c-d1150aa762ed</id>" in feed  # zz-alpha-2001-01-01
    assert "<id>urn:uuid:e32fffcb-82fc-586f-a9ec-c14a79ad89d8</id>" in feed  # zz-beta-2001-01-02


def test_actor_pages_json_ld_type_by_kind(tiny_built):
    expected = {
        "person": "Person",
        "state": "GovernmentOrganization",
        "government-body": "GovernmentOrganization",
        "media": "NewsMediaOrganization",
        "organization": "Organization",
        "delegation": "Organization",
    }
    seen = set()
    for path in (tiny_built / "content/actors").glob("*.yml"):
        kind = yaml.safe_load(path.read_text("utf-8"))["kind"]
        page = (tiny_built / "site/actors" / path.stem / "index.html").read_text("utf-8")
        ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
        assert ld["@type"] == expected[kind], (path.stem, kind)
        seen.add(kind)
    assert {"person", "state"} <= seen


# ---- the mutation score does not fall (benchmarks/mutation.py writes it; nothing runs here) ----


def test_the_mutation_score_in_docs_is_not_below_its_floor():
    result = subprocess.run(
        [sys.executable, os.path.join(os.path.dirname(__file__), "..", "benchmarks", "mutation.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
