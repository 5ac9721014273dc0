"""Stage 3: escaping of editors' text, and a Markdown tree written only where it changed."""

import html
import posixpath

import markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronicle.text import md_escape, render_markdown
from chronicle.urls import page_path, relative_url, url_of
from chronicle.writes import write_tree


def python_markdown(text: str) -> str:
    return markdown.markdown(text, extensions=["toc", "attr_list", "tables"])


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60))
def test_escaped_text_renders_as_the_characters_typed(text):
    rendered = python_markdown("x " + md_escape(text))
    # Python-Markdown wraps the line in <p>; inside it, the text must be exactly what was typed.
    inner = rendered[len("<p>") : -len("</p>")] if rendered.startswith("<p>") else rendered
    # HTML folds white space, so compare with runs of white space folded on both sides.
    assert " ".join(html.unescape(inner).split()) == " ".join(("x " + text).split())


def test_markup_in_plain_fields_stays_text():
    out = python_markdown(md_escape('<script>alert(1)</script> **bold** [x](javascript:y) <img src=x onerror="z">'))
    assert "<script" not in out and "<img" not in out and "<strong>" not in out and "<a " not in out


def test_editors_markdown_has_no_raw_html_and_resolves_entry_links():
    out = render_markdown(
        "Текст <b>жирний</b> і [Рябков](actor:ryabkov-fx), [x](javascript:alert(1))",
        lambda kind, ref: f"../../{kind}s/{ref}/",
    )
    assert "<b>" not in out and "&lt;b&gt;" in out
    assert '<a href="../../actors/ryabkov-fx/">Рябков</a>' in out
    assert 'href="javascript' not in out


def test_urls_follow_mkdocs_directory_urls():
    assert page_path("") == "index.md" and page_path("events/x") == "events/x/index.md"
    assert (
        url_of("index.md") == ""
        and url_of("actors/index.md") == "actors/"
        and url_of("events/x/index.md") == "events/x/"
    )
    assert url_of("events/x.md") == "events/x/"  # the layout before every page was an index.md
    assert relative_url("events/a/index.md", "actors/b/index.md") == "../../actors/b/"
    assert relative_url("index.md", "events/a/index.md") == "events/a/"
    assert relative_url("actors/index.md", "actors/b/index.md") == "b/"


def test_every_page_is_an_index_md_in_the_directory_of_its_url(built):
    """So that a relative link, Markdown or raw HTML, means the same read from the .md file as from
    the page it becomes (events/x/index.md is served as events/x/index.html)."""
    docs, site = built / "build/docs", built / "site"
    pages = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    assert len(pages) > 60 and all(p == "index.md" or p.endswith("/index.md") for p in pages)
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html")) == sorted(
        p[: -len(".md")] + ".html" for p in pages
    )


def test_generate_prunes_the_pages_of_the_old_layout(built, tmp_path):
    """A docs directory generated before every page was an index.md (events/x.md) holds only the
    new layout after the next `chronicle generate`: each x.md gives way to x/index.md."""
    import shutil

    from conftest import run_chronicle

    project = tmp_path / "project"
    shutil.copytree(built, project)
    docs = project / "build/docs"
    new = {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    old = []
    for path in [p for p in docs.rglob("index.md") if p.parent != docs]:
        stale = path.parent.parent / f"{path.parent.name}.md"  # events/x/index.md was events/x.md
        stale.write_bytes(path.read_bytes())
        old.append(stale)
    shutil.rmtree(docs / "events")
    assert len(old) > 60
    result = run_chronicle("--root", str(project), "generate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not any(p.exists() for p in old)
    assert {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*") if p.is_file()} == new


def test_write_tree_writes_only_what_changed_and_prunes(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / ".gitignore").write_text("*\n")
    assert write_tree(docs, {"a.md": b"A", "sub/b.md": b"B"}) == ["a.md", "sub/b.md"]
    before = (docs / "a.md").stat().st_mtime_ns
    assert write_tree(docs, {"a.md": b"A", "sub/b.md": b"B2"}) == ["sub/b.md"]
    assert (docs / "a.md").stat().st_mtime_ns == before
    assert write_tree(docs, {"a.md": b"A"}) == []
    assert not (docs / "sub").exists() and (docs / ".gitignore").exists()
    assert not [p for p in docs.iterdir() if p.name.startswith(".tmp-")]


def test_write_tree_changes_nothing_when_a_file_cannot_be_written(tmp_path):
    docs = tmp_path / "docs"
    write_tree(docs, {"a.md": b"A", "b.md": b"B"})
    before = {p.name: p.read_bytes() for p in docs.iterdir()}
    # "b.md/c.md" needs b.md to be a directory: the write fails after a.md was staged.
    with pytest.raises(OSError):
        write_tree(docs, {"a.md": b"A2", "b.md/c.md": b"C", "z.md": b"Z"})
    assert {p.name: p.read_bytes() for p in docs.iterdir()} == before


_segment = st.sampled_from(["events", "actors", "timeline", "kinds", "2022", "a", "b"])


@given(
    target=st.lists(_segment, min_size=0, max_size=3),
    name=st.sampled_from(["x.md", "index.md", "s.txt"]),
    start=st.lists(_segment, max_size=3),
)
def test_relpath_agrees_with_posixpath(target, name, start):
    from chronicle.urls import relpath as _relpath

    path, directory = "/".join([*target, name]), "/".join(start) or "."
    assert _relpath(path, directory) == posixpath.relpath(path, directory)
