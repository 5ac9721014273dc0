"""The hand-written pages policy (chronicle/pages.py): what content/pages/ may publish.

Each refusal through `chronicle check` (at path:line:column) and, for a few, a real build that
fails the same way and leaves site/ and build/docs/ as they were; each allowed case through a
real build whose site holds it; and the live preview (incremental.Session) refusing what the
build refuses. The bad-input corpus (tests/corpus/pages-*.md) adds more through check and build.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chronicle.incremental import Session
from chronicle.pipeline import check
from chronicle.problems import ChronicleError
from chronicle.render import load_mkdocs, paths_of
from conftest import run_cli, tree_digest

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
PDF = b"%PDF-1.4\n%%EOF\n"
ABOUT = "content/pages/about/index.md"


def _write(root: Path, files: dict[str, bytes | str]) -> None:
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


# (files to write, the file the error is at, line, column, words of the message)
REFUSED = {
    "an html file": (
        {"content/pages/about/card.html": "<p>hi</p><script>alert(1)</script>"},
        "content/pages/about/card.html",
        1,
        1,
        "a '.html' file is not published",
    ),
    "a script": (
        {"content/pages/about/app.js": "alert(1)"},
        "content/pages/about/app.js",
        1,
        1,
        "a '.js' file is not published",
    ),
    "an svg image": (
        {"content/pages/about/logo.svg": "<svg onload='alert(1)'/>"},
        "content/pages/about/logo.svg",
        1,
        1,
        "a '.svg' file is not published",
    ),
    "a stylesheet": (
        {"content/pages/about/x.css": "body{}"},
        "content/pages/about/x.css",
        1,
        1,
        "a '.css' file is not published",
    ),
    "a png that is not one": (
        {"content/pages/about/photo.png": "<html><script>alert(1)</script>"},
        "content/pages/about/photo.png",
        1,
        1,
        "is not a PNG file",
    ),
    "a theme asset shadowed": (
        {"content/pages/assets/javascripts/search.js": "alert(1)"},
        "content/pages/assets/javascripts/search.js",
        1,
        1,
        "/assets/ belongs to the build or the theme",
    ),
    "a theme partial shadowed": (
        {"content/pages/partials/header/index.md": "# x\n"},
        "content/pages/partials/header/index.md",
        1,
        1,
        "/partials/ belongs to the build or the theme",
    ),
    "a page over the home page": (
        {"content/pages/index.md": "# Моя головна\n"},
        "content/pages/index.md",
        1,
        1,
        "the home page is generated",
    ),
    "a file at the site root": (
        {"content/pages/robots.txt": "User-agent: *\n"},
        "content/pages/robots.txt",
        1,
        1,
        "the site root holds only what the build makes",
    ),
    "a page among the events": (
        {"content/pages/events/mine/index.md": "# x\n"},
        "content/pages/events/mine/index.md",
        1,
        1,
        "/events/ belongs to the build",
    ),
    "a page among the timeline": (
        {"content/pages/timeline/2022/index.md": "# x\n"},
        "content/pages/timeline/2022/index.md",
        1,
        1,
        "/timeline/ belongs to the build",
    ),
    "a file among the open data": (
        {"content/pages/data/chronicle.pdf": PDF},
        "content/pages/data/chronicle.pdf",
        1,
        1,
        "/data/ belongs to the build",
    ),
    "a file among the seeds": (
        {"content/pages/seeds/x.pdf": PDF},
        "content/pages/seeds/x.pdf",
        1,
        1,
        "/seeds/ belongs to the build",
    ),
    "a file among the schemas": (
        {"content/pages/schemas/x.pdf": PDF},
        "content/pages/schemas/x.pdf",
        1,
        1,
        "/schemas/ belongs to the build",
    ),
    "a page in pagefind's folder": (
        {"content/pages/pagefind-ui/index.md": "# x\n"},
        "content/pages/pagefind-ui/index.md",
        1,
        1,
        "belongs to the build",
    ),
    "an unknown front matter key": (
        {ABOUT: '---\ntitle: Про\njsonld: {"@type": "x"}\n---\n# Про\n'},
        ABOUT,
        3,
        1,
        "'jsonld' is not a page setting",
    ),
    "markup in the title": (
        {ABOUT: "---\ntitle: <img src=x onerror=alert(1)>\n---\n# Про\n"},
        ABOUT,
        2,
        1,
        "'title' is plain text",
    ),
    "a script in the page": (
        {ABOUT: "# Про\n\nТекст.\n\n<script>alert(1)</script>\n"},
        ABOUT,
        5,
        1,
        "<script> is not published",
    ),
    "an iframe": (
        {ABOUT: '# Про\n\n<iframe src="https://example.org/"></iframe>\n'},
        ABOUT,
        3,
        1,
        "<iframe> is not published",
    ),
    "an event handler in raw html": (
        {ABOUT: '# Про\n\n<p onclick="alert(1)">x</p>\n'},
        ABOUT,
        3,
        4,
        "the attribute 'onclick' of <p>",
    ),
    "an event handler by attr_list": (
        {ABOUT: '# Про\n\nТекст.\n{: onclick="alert(1)" }\n'},
        ABOUT,
        4,
        4,
        "the attribute 'onclick' of <p>",
    ),
    "a style beyond alignment": (
        {ABOUT: '# Про\n\n<span style="position:fixed">x</span>\n'},
        ABOUT,
        3,
        7,
        "the attribute 'style' of <span>",
    ),
    "a table cell's style beyond alignment": (
        {ABOUT: '# Про\n\n<table><tr><td style="background:url(https://t.example/)">x</td></tr></table>\n'},
        ABOUT,
        3,
        16,
        "a table cell's style is only its alignment",
    ),
    "a javascript link in markdown": (
        {ABOUT: "# Про\n\n[дані](javascript:alert(1))\n"},
        ABOUT,
        3,
        8,
        "not http, https, mailto or a relative path",
    ),
    "a javascript link with an entity": (
        {ABOUT: '# Про\n\n<a href="java&#115;cript:alert(1)">x</a>\n'},
        ABOUT,
        1,
        1,
        "not http, https, mailto or a relative path",
    ),
    "a data link": (
        {ABOUT: '# Про\n\n<a href="data:text/html,<script>alert(1)</script>">x</a>\n'},
        ABOUT,
        3,
        10,
        "not http, https, mailto",
    ),
    "a protocol-relative link": (
        {ABOUT: '# Про\n\n<a href="//evil.example/">x</a>\n'},
        ABOUT,
        3,
        10,
        "not http, https, mailto",
    ),
    "a remote image in markdown": (
        {ABOUT: "# Про\n\n![x](https://tracker.example/p.png)\n"},
        ABOUT,
        3,
        6,
        "is not in the site",
    ),
    "a remote search bundle": (
        {"content/pages/search/index.md": '# Пошук\n\n<div id="search" data-bundle="https://evil.example/"></div>\n'},
        "content/pages/search/index.md",
        3,
        31,
        "is not in the site",
    ),
    "an address in a data attribute": (
        {ABOUT: '# Про\n\n<div data-src="https://evil.example/x.js"></div>\n'},
        ABOUT,
        3,
        6,
        "holds an address",
    ),
    "a broken markdown link": (
        {ABOUT: "# Про\n\n[метод](../metod/index.md)\n"},
        ABOUT,
        3,
        9,
        "is not found among documentation files",
    ),
    "a missing anchor": (
        {ABOUT: "# Про\n\n[метод](../method/index.md#nowhere)\n"},
        ABOUT,
        3,
        9,
        "does not contain an anchor '#nowhere'",
    ),
    "an anchor of a generated page": (
        {ABOUT: "# Про\n\n[хронологія](../timeline/index.md#years)\n"},
        ABOUT,
        3,
        14,
        "an anchor of a generated page",
    ),
    "a raw link to nothing": (
        {ABOUT: '# Про\n\n<a href="../timelines/">x</a>\n'},
        ABOUT,
        3,
        10,
        "goes to nothing the site publishes",
    ),
    "a raw link out of the site": (
        {ABOUT: '# Про\n\n<a href="../../../etc/passwd">x</a>\n'},
        ABOUT,
        3,
        10,
        "leaves the site",
    ),
    "a raw link to a missing anchor": (
        {ABOUT: '# Про\n\n<a href="../method/#nowhere">x</a>\n'},
        ABOUT,
        3,
        10,
        "which method/index.md does not have",
    ),
    "a page outside the nav": (
        {"content/pages/press/index.md": "# Преса\n"},
        "content/pages/press/index.md",
        1,
        1,
        "neither in the nav",
    ),
}


@pytest.mark.parametrize("case", list(REFUSED), ids=list(REFUSED))
def test_check_refuses_a_page_that_must_not_be_published(project, capsys, case):
    files, path, line, column, words = REFUSED[case]
    _write(project, files)
    status, output = run_cli(capsys, "--root", str(project), "check")
    assert status == 1, output
    assert "Traceback" not in output and "internal error" not in output, output
    hits = [row for row in output.splitlines() if row.startswith(f"{path}:{line}:{column}: ") and words in row]
    assert hits, f"expected {path}:{line}:{column}: ...{words}...; got:\n{output}"


def test_a_removed_page_still_in_the_nav_is_refused_at_the_nav_entry(project, capsys):
    shutil.rmtree(project / "content/pages/method")
    _write(project, {ABOUT: "# Про\n"})
    status, output = run_cli(capsys, "--root", str(project), "check")
    assert status == 1, output
    line = next(
        i
        for i, text in enumerate((project / "mkdocs.yml").read_text("utf-8").splitlines(), 1)
        if "method/index.md" in text
    )
    assert f"mkdocs.yml:{line}:9: the nav lists 'method/index.md'" in output, output


@pytest.mark.parametrize(
    "case",
    ["a theme asset shadowed", "a page over the home page", "a broken markdown link", "an event handler by attr_list"],
)
def test_build_refuses_the_same_and_keeps_the_site_and_the_generated_pages(project, capsys, case):
    files, path, line, column, words = REFUSED[case]
    status, output = run_cli(capsys, "--root", str(project), "build")
    assert status == 0, output
    (project / "site" / "marker").write_text("the last good site", encoding="utf-8")
    site_before, docs_before = tree_digest(project / "site"), tree_digest(project / "build" / "docs")
    _write(project, files)
    status, output = run_cli(capsys, "--root", str(project), "build")
    assert status == 1, output
    assert f"{path}:{line}:{column}: " in output and words in output, output
    assert "nothing was published" in output and "Traceback" not in output
    assert tree_digest(project / "site") == site_before
    assert tree_digest(project / "build" / "docs") == docs_before


def test_the_allowed_pages_images_documents_and_links_are_published(project, capsys):
    """Everything the policy allows, in one real build: the strict MkDocs build agrees (no
    warning) and the site holds the files and links as written."""
    _write(
        project,
        {
            "content/pages/about/photo.png": PNG,
            "content/pages/about/statute.pdf": PDF,
            ABOUT: (
                "---\ntitle: Про проєкт\ndescription: Хто ми & що робимо\nhide: [toc]\n---\n"
                '# Про проєкт\n\n![Фото](photo.png){: width="40" }\n\n'
                "[Статут](statute.pdf), [метод](../method/index.md#corrections), [хронологія](../timeline/index.md), "
                "[сайт](https://example.org/), [пошта](mailto:editors@example.org)\n\n"
                "| Ліво | Центр |\n| :--- | :---: |\n| а | б |\n\n"
                '<div class="note" data-kind="x"><a href="../data/chronicle.json">JSON</a> '
                '<a href="../data/events.csv">CSV</a> <a href="../feed.xml">Atom</a> <a href="../timeline/">хронологія</a> '
                '<a href="../method/#dates">дати</a> <a href="../schemas/event.schema.json">схема</a> <img src="photo.png" alt=""></div>\n'
            ),
        },
    )
    status, output = run_cli(capsys, "--root", str(project), "check")
    assert status == 0, output
    status, output = run_cli(capsys, "--root", str(project), "build")
    assert status == 0, output
    site = project / "site"
    assert (site / "about/photo.png").read_bytes() == PNG
    assert (site / "about/statute.pdf").read_bytes() == PDF
    html = (site / "about/index.html").read_text("utf-8")
    for written in (
        'href="../method/#corrections"',
        'href="../timeline/"',
        'href="mailto:editors@example.org"',
        'src="photo.png"',
        'style="text-align: center;"',
        'data-kind="x"',
    ):
        assert written in html, written
    for target in ("data/chronicle.json", "data/events.csv", "feed.xml", "schemas/event.schema.json"):
        assert (site / target).is_file(), target


def test_the_fixture_pages_pass_and_nothing_else_of_content_pages_reaches_the_site(built):
    published = {
        p.relative_to(built / "content/pages").as_posix() for p in (built / "content/pages").rglob("*") if p.is_file()
    }
    assert published == {"about/index.md", "method/index.md", "search/index.md"}
    paths = paths_of(load_mkdocs(built / "mkdocs.yml"))
    _, _, problems = check(paths)
    assert not [p for p in problems if p.path.startswith("content/pages/") or p.path == "mkdocs.yml"]


@pytest.mark.parametrize(
    "case",
    [
        "a page over the home page",
        "a theme asset shadowed",
        "a broken markdown link",
        "a script in the page",
        "a page outside the nav",
    ],
)
def test_serve_refuses_what_build_refuses_and_keeps_the_last_good_pages(project, case):
    """The live preview's session: the same problems as pipeline.check (build and check), and
    the docs directory left as the last good rebuild wrote it (no page over the home page)."""
    paths = paths_of(load_mkdocs(project / "mkdocs.yml"))
    session = Session(paths)
    session.prepare()
    docs_before = tree_digest(paths.docs_dir)
    files, path, line, column, words = REFUSED[case]
    _write(project, files)
    with pytest.raises(ChronicleError) as refused:
        session.prepare()
    _, _, problems = check(paths)
    assert refused.value.problems == [p for p in problems if p.severity == "error"]
    assert any(str(p).startswith(f"{path}:{line}:{column}: ") and words in str(p) for p in refused.value.problems)
    assert tree_digest(paths.docs_dir) == docs_before
