"""Stage 3: escaping of editors' text, and a Markdown tree written only where it changed."""

import html
import posixpath

import markdown
import pytest
from hypothesis import given, strategies as st

from chronicle.generate import relative_url, url_of, write_tree
from chronicle.text import md_escape, render_markdown


def python_markdown(text: str) -> str:
    return markdown.markdown(text, extensions=["toc", "attr_list", "tables"])


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60))
def test_escaped_text_renders_as_the_characters_typed(text):
    rendered = python_markdown("x " + md_escape(text))
    # Python-Markdown wraps the line in <p>; inside it, the text must be exactly what was typed.
    inner = rendered[len("<p>"): -len("</p>")] if rendered.startswith("<p>") else rendered
    # HTML folds white space, so compare with runs of white space folded on both sides.
    assert " ".join(html.unescape(inner).split()) == " ".join(("x " + text).split())


def test_markup_in_plain_fields_stays_text():
    out = python_markdown(md_escape('<script>alert(1)</script> **bold** [x](javascript:y) <img src=x onerror="z">'))
    assert "<script" not in out and "<img" not in out and "<strong>" not in out and "<a " not in out


def test_editors_markdown_has_no_raw_html_and_resolves_entry_links():
    out = render_markdown("Текст <b>жирний</b> і [Рябков](actor:sergei-ryabkov), [x](javascript:alert(1))", lambda kind, ref: f"../../{kind}s/{ref}/")
    assert "<b>" not in out and "&lt;b&gt;" in out
    assert '<a href="../../actors/sergei-ryabkov/">Рябков</a>' in out
    assert 'href="javascript' not in out


def test_urls_follow_mkdocs_directory_urls():
    assert url_of("index.md") == "" and url_of("actors/index.md") == "actors/" and url_of("events/x.md") == "events/x/"
    assert relative_url("events/a.md", "actors/b.md") == "../../actors/b/"
    assert relative_url("index.md", "events/a.md") == "events/a/"
    assert relative_url("actors/index.md", "actors/b.md") == "b/"


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


@given(target=st.lists(_segment, min_size=0, max_size=3), name=st.sampled_from(["x.md", "index.md", "s.txt"]), start=st.lists(_segment, max_size=3))
def test_relpath_agrees_with_posixpath(target, name, start):
    from chronicle.generate import _relpath

    path, directory = "/".join([*target, name]), "/".join(start) or "."
    assert _relpath(path, directory) == posixpath.relpath(path, directory)
