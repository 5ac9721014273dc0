"""Stage 1: YAML is read as plain data, with the line and column of every value."""

import pytest

from chronicle.read import KINDS, YamlProblem, parse_yaml, read_project
from conftest import PROJECT


def test_positions_point_at_values_and_keys():
    doc = parse_yaml(
        "title: Переговори\ndate: 2022-01-10\nactors:\n  - us-fx\n  - id: ru-fx\n    role: party\n".encode()
    )
    assert doc.data["date"] == "2022-01-10"  # a date stays the string typed, not a date object
    assert doc.position(("title",)) == (1, 8)
    assert doc.position(("actors", 1, "role")) == (6, 11)
    assert doc.position(("actors", 1, "role"), key=True) == (6, 5)
    assert doc.position(("missing", "deeper")) == (1, 1)


def test_bom_and_crlf_are_valid_input():
    doc = parse_yaml("\ufefftitle: Женева\r\nkind: talks\r\n".encode("utf-8"))
    assert doc.data == {"title": "Женева", "kind": "talks"}
    assert doc.position(("kind",)) == (2, 7)


@pytest.mark.parametrize(
    "text, line, words",
    [
        (b"title: a\ntitle: b\n", 2, "duplicate key 'title'"),
        (b"a: &x [1]\nb: *x\n", 1, "aliases"),
        (b"a: !!python/object:os.system x\n", 1, "tag"),
        (b"a:\n\t- b\n", 2, "tab"),
        (b"", 1, "empty"),
        (b"# only a comment\n", 1, "no data"),
        (b"title: caf\xe9\n", 1, "UTF-8"),
        (b"title: [unclosed\n", 2, "YAML syntax error"),
    ],
)
def test_bad_yaml_is_reported_with_its_line(text, line, words):
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(text)
    assert caught.value.line == line
    assert words.lower() in caught.value.message.lower()


def test_reads_the_fixture_project():
    raw = read_project(PROJECT)
    assert raw.problems == []
    assert set(raw.entries) == set(KINDS.values())
    assert len(raw.seeds) == 2 and all(path.startswith("seeds/") for path in raw.seeds)
    assert {"about/index.md", "method/index.md"} <= set(raw.pages)
    event = raw.entries["event"]["gva-talks-fx"]
    assert event.path == "content/events/gva-talks-fx.yml"
    assert event.data["place"] == "gva-fx"


def test_a_hand_written_page_is_an_index_md_in_its_own_directory(tmp_path):
    """content/pages/faq.md would be served at /faq/ from a file one level above it, where a
    relative raw-HTML link means something else to MkDocs than to Zensical: it must be faq/index.md."""
    pages = tmp_path / "content/pages"
    (pages / "about").mkdir(parents=True)
    (pages / "about/index.md").write_text("# Про проєкт\n", "utf-8")
    (pages / "faq.md").write_text("# Питання\n", "utf-8")
    (pages / "help").mkdir()
    (pages / "help/contact.md").write_text("# Контакти\n", "utf-8")
    (pages / "about/logo.svg").write_text("<svg/>", "utf-8")
    problems = [str(p) for p in read_project(tmp_path).problems]
    assert problems == [
        "content/pages/faq.md:1:1: a hand-written page is an index.md in the directory of its address: move it to content/pages/faq/index.md (it is served at /faq/) and write its relative links from there",
        "content/pages/help/contact.md:1:1: a hand-written page is an index.md in the directory of its address: move it to content/pages/help/contact/index.md (it is served at /help/contact/) and write its relative links from there",
    ]
