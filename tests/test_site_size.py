"""Bytes and files per event (issue 19 §3): pages made smaller without changing what they show
(chronicle/compact.py), the site counted by kind, and the warning when it nears its host's
limits (chronicle/sitesize.py). Expected strings and figures are written by hand."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest

from chronicle import sitesize
from chronicle.compact import compact_html
from conftest import copy_project, run_chronicle

# ---- compact_html on hand-written pages ----


def test_whitespace_runs_with_a_line_break_become_one_line_break():
    page = '<div class="a">\n    <p>Один\n      два</p>\n\n  <span>три</span>  <b>x</b>\n</div>\n'
    assert compact_html(page) == '<div class="a">\n<p>Один\nдва</p>\n<span>три</span>  <b>x</b>\n</div>\n'


def test_pre_textarea_script_style_and_svg_are_kept_byte_for_byte():
    kept = [
        "<pre><code>a\n    b\n\n  c</code></pre>",
        '<textarea name="t">x\n   y</textarea>',
        "<script>\n  var a = 1;\n    var b = 2;\n</script>",
        "<style>\n  .a { color: red }\n</style>",
        '<svg viewBox="0 0 1 1">\n  <text xml:space="preserve">a\n   b</text>\n</svg>',
    ]
    for element in kept:
        page = f"<div>\n   {element}\n   </div>"
        assert compact_html(page) == f"<div>\n{element}\n</div>", element


def test_attribute_values_keep_their_whitespace():
    page = '<a title="рядок один\n     рядок два" href="x">\n   текст\n  </a>'
    assert compact_html(page) == '<a title="рядок один\n     рядок два" href="x">\nтекст\n</a>'


def test_json_in_a_page_spells_cyrillic_as_itself_and_keeps_the_escapes_that_matter():
    script = (
        '<script type="application/ld+json">{"name": "\\u0417\\u0443\\u0441\\u0442\\u0440\\u0456\\u0447", '
        '"x": "\\u003c/script\\u003e \\u0026 \\\\u0410 \\ud83d\\ude00 \\u2028"}</script>'
    )
    out = compact_html(script)
    assert out == (
        '<script type="application/ld+json">{"name": "Зустріч", '
        '"x": "\\u003c/script\\u003e \\u0026 \\\\u0410 \\ud83d\\ude00 \\u2028"}</script>'
    )
    body = re.search(r">(.*)</script>", out).group(1)
    assert json.loads(body) == json.loads(re.search(r">(.*)</script>", script).group(1))
    other = '<script>var s = "\\u0417";</script>'  # a script that is not JSON: code, kept
    assert compact_html(other) == other


def test_compacting_twice_changes_nothing():
    page = '<ul>\n  <li>\n    <a href="#a">А</a>\n  </li>\n</ul>\n<script type="application/json">{"a": "\\u0430"}</script>'
    once = compact_html(page)
    assert compact_html(once) == once


# ---- the built fixture ----

KEPT_OR_TAG = re.compile(r"<(pre|textarea|script|style|svg)\b.*?</\1>|<[^>]*>", re.S)


def test_built_pages_are_compact_and_still_valid(built):
    site = built / "site"
    pages = sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)
    assert len(pages) > 20
    for path in pages:
        text = path.read_text("utf-8")
        rel = path.relative_to(site).as_posix()
        if rel != "404.html":  # MkDocs writes 404.html through no page event: left as the theme wrote it
            assert compact_html(text) == text, f"{rel}: not compacted"
            outside = KEPT_OR_TAG.sub("", text)
            assert not re.search(r"\n[ \t]+\S", outside), f"{rel}: an indented line in its text"
        tree = lxml.html.document_fromstring(text)
        assert tree.find("head/title") is not None and tree.find("head/title").text, rel
        config = tree.xpath('//script[@id="__config"]')
        assert config and "Скопійовано в буфер" in json.loads(config[0].text)["translations"]["clipboard.copied"], rel
        if rel.startswith(("events/", "sources/")) and rel.count("/") == 2:
            assert tree.xpath("//article//h1"), rel
            assert tree.xpath('//nav[contains(@class, "md-nav--primary")]//a'), rel
            assert tree.xpath('//dl[@class="chronicle-cite"]'), rel


def test_an_event_pages_json_ld_and_text_are_the_same_as_written(built):
    text = (built / "site/events/gva-talks-fx/index.html").read_text("utf-8")
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)
    assert ld is not None and "\\u04" not in ld.group(1)  # Cyrillic as itself
    data = json.loads(ld.group(1))
    assert data["@type"] == "Event"
    assert data["name"] == "Переговори США та Росії в Женеві в межах Діалогу зі стратегічної стабільності"


# ---- the site counted, and its host's limits ----


def _tree(root: Path, files: dict[str, int]) -> Path:
    for rel, size in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"x" * size)
    return root


def test_the_site_is_counted_by_kind(tmp_path):
    site = _tree(
        tmp_path / "site",
        {
            "index.html": 100,
            "events/a/index.html": 200,
            "pagefind/pagefind.js": 30,
            "pagefind-2/fragment/x.pf_fragment": 7,
            "data/chronicle.json": 50,
            "seeds/a.html": 11,  # a capture: a seed, not a page
            "assets/stylesheets/main.css": 40,
            "feed.xml": 5,
        },
    )
    counted = sitesize.tally(site)
    assert counted.files == {
        "pages": 2,
        "search index": 2,
        "cite": 0,
        "data": 1,
        "seeds": 1,
        "assets": 1,
        "other": 1,
    }
    assert counted.bytes["pages"] == 300 and counted.bytes["search index"] == 37 and counted.bytes["seeds"] == 11
    assert (counted.total_files, counted.total_bytes) == (8, 443)


def test_the_host_comes_from_the_setting_or_the_site_url():
    assert sitesize.limits_for("auto", "https://someone.github.io/chronicle/") == sitesize.Limits(
        "GitHub Pages", 1_000_000_000, None
    )
    assert sitesize.limits_for("auto", "https://group.gitlab.io/x/") == sitesize.Limits(
        "GitLab Pages", 1_000_000_000, 200_000
    )
    assert sitesize.limits_for("auto", "https://chronicle.example.org/") is None
    assert sitesize.limits_for("auto", "") is None
    assert sitesize.limits_for("none", "https://someone.github.io/") is None
    assert sitesize.limits_for("gitlab-pages", "", max_files=10) == sitesize.Limits("GitLab Pages", 1_000_000_000, 10)
    assert sitesize.limits_for("none", "", max_bytes=5) == sitesize.Limits("the host", 5, None)


def test_the_warning_starts_at_80_percent_and_names_the_figures():
    limits = sitesize.Limits("GitLab Pages", 1_000_000_000, 200_000)
    counted = sitesize.Tally(
        files={"pages": 100_000, "search index": 59_999, "cite": 0, "data": 0, "seeds": 0, "assets": 0, "other": 0},
        bytes={"pages": 500_000_000, "search index": 1, "cite": 0, "data": 0, "seeds": 0, "assets": 0, "other": 0},
    )
    assert sitesize.warnings(counted, limits) == []  # 159,999 files: under 80%
    counted.files["other"] = 1  # 160,000 files: 80%
    (line,) = sitesize.warnings(counted, limits)
    assert line.startswith("warning: the site is 160,000 files, 80% of the limit of GitLab Pages (200,000 files)")
    assert "most of it pages: 100,000 files" in line
    counted.bytes["pages"] = 1_200_000_000
    lines = sitesize.warnings(counted, limits)
    assert lines[0].startswith("warning: the site is 1,200.0 MB, over the limit of GitLab Pages (1,000.0 MB)")


@pytest.fixture(scope="module")
def tiny_limit_build(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("size") / "project")
    config = root / "mkdocs.yml"
    text = config.read_text("utf-8")
    marker = "      search: true"
    assert marker in text
    config.write_text(text.replace(marker, marker + "\n      max_site_files: 100", 1), "utf-8")
    return root, run_chronicle("--root", str(root), "build")


def test_a_build_past_a_tiny_limit_warns_and_succeeds(tiny_limit_build):
    root, result = tiny_limit_build
    assert result.returncode == 0, result.stderr
    files = sum(1 for p in (root / "site").rglob("*") if p.is_file())
    lines = [line for line in result.stderr.splitlines() if "limit of" in line]
    assert lines == [
        line
        for line in lines
        if line.startswith(
            f"chronicle build: warning: the site is {files:,} files, over the limit of the host (100 files)"
        )
    ]
    assert len(lines) == 1
    assert "Traceback" not in result.stderr
