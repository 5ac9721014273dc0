"""The corpus of bad input: every case fails `check` and `build` with a clear error, loses nothing.

Each file in tests/corpus/ is one case. Its first two lines say where it goes in a copy of the
fixture project (tests/fixtures/chronicle) and what `chronicle check` must answer:

    # target: content/events/corpus-case.yml
    # expect: 7: duplicate key 'title'

(`expect: ok` for input that is valid, such as a byte-order mark or CRLF line ends). The file,
header included, is copied to the target byte for byte, so line numbers count the header.
Some cases are too big to keep as files; they are made below.
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from chronicle.read import MAX_FILE_BYTES, MAX_PAGE_BYTES, MAX_SEED_BYTES, YamlProblem, parse_yaml
from conftest import copy_project, run_chronicle, run_cli, tree_digest

CORPUS = Path(__file__).parent / "corpus"
EVENT = "content/events/corpus-case.yml"
GOOD_EVENT = """title: Корпусна подія
date: 2022-01-10
kind: talks
status: held
actors: [ryabkov-fx]
sources: [gva-source-fx]
silence: [no-quotes]
"""


def _header(raw: bytes) -> tuple[str, int | None, str]:
    first, second = (line.decode("utf-8") for line in raw.removeprefix(b"\xef\xbb\xbf").splitlines()[:2])
    target = first.removeprefix("# target: ").strip()
    expect = second.removeprefix("# expect: ").strip()
    if expect == "ok":
        return target, None, ""
    line, _, words = expect.partition(": ")
    return target, int(line), words


def _generated() -> dict[str, tuple[str, int | None, str, bytes]]:
    """Cases too large to keep in the repository."""
    summary = "Дуже довгий підсумок. " * 1000  # 22,000 characters: over the 20,000 limit
    padding = "# " + "x" * 1000 + "\n"
    return {
        "size-field-too-long": (EVENT, 8, "over the limit of 20000", (GOOD_EVENT + f"summary: {summary}\n").encode()),
        "size-title-too-long": (
            EVENT,
            1,
            "over the limit of 300",
            GOOD_EVENT.replace("Корпусна подія", "Подія " * 100, 1).encode(),
        ),
        "size-file-too-large": (EVENT, 1, f"over the limit of {MAX_FILE_BYTES}", (GOOD_EVENT + padding * 300).encode()),
        "yaml-empty-file": (EVENT, 1, "the file is empty", b""),
        "size-seed-too-large": (
            "seeds/2022-01-10-huge.txt",
            1,
            f"over the limit of {MAX_SEED_BYTES}",
            "Рядок статті.\n".encode() * (MAX_SEED_BYTES // 20),
        ),
        "size-page-too-large": (
            "content/pages/huge/index.md",
            1,
            f"over the limit of {MAX_PAGE_BYTES}",
            b"# Page\n" + b"text " * (MAX_PAGE_BYTES // 5),
        ),
        "cleaning-too-many-rules": (
            "content/cleaning.yml",
            3,
            "has 101 items, over the limit of 100",
            ("default:\n  drop_lines:\n" + "".join(f"    - line {n}\n" for n in range(101))).encode(),
        ),
    }


def _cases() -> list:
    cases = []
    for path in sorted([*CORPUS.glob("*.yml"), *CORPUS.glob("*.md")]):  # .md: hand-written pages (chronicle.pages)
        raw = path.read_bytes()
        cases.append(pytest.param(*_header(raw), raw, id=path.stem))
    for name, case in _generated().items():
        cases.append(pytest.param(*case, id=name))
    return cases


@pytest.mark.parametrize(("target", "line", "words", "raw"), _cases())
def test_bad_input_fails_with_a_clear_error_and_loses_nothing(project: Path, capsys, target, line, words, raw):
    root = project
    (root / target).parent.mkdir(parents=True, exist_ok=True)
    (root / target).write_bytes(raw)

    status, output = run_cli(capsys, "--root", str(root), "check")
    assert "Traceback" not in output and "internal error" not in output, output
    if line is None:  # valid input
        assert status == 0, output
        assert "chronicle check: OK" in output
        return
    assert status == 1, output
    wanted = f"{target}:{line}:"
    hits = [
        row
        for row in output.splitlines()
        if row.startswith(wanted) and not row.startswith(wanted + "0") and words in row
    ]
    assert hits, f"expected a line starting {wanted!r} that says {words!r}; got:\n{output}"
    assert "warning:" not in hits[0]

    # The same input fails the build, and the previous site and generated pages stay as they were.
    (root / "site").mkdir()
    (root / "site" / "index.html").write_text("the last good site", encoding="utf-8")
    (root / "site" / ".chronicle-site").write_text("", encoding="utf-8")  # marked as chronicle's own (chronicle.guard)
    docs_before, site_before = tree_digest(root / "build" / "docs"), tree_digest(root / "site")
    status, output = run_cli(capsys, "--root", str(root), "build")
    assert status == 1, output
    assert "Traceback" not in output and "internal error" not in output, output
    assert any(row.startswith(wanted) and words in row for row in output.splitlines()), output
    assert "nothing was published" in output
    assert tree_digest(root / "site") == site_before
    assert tree_digest(root / "build" / "docs") == docs_before
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".site")) == []


def test_the_corpus_covers_what_issue_4_lists():
    names = {p.stem for p in CORPUS.glob("*.yml")} | set(_generated())
    for needed in (
        "yaml-syntax-unclosed-list",
        "yaml-tab-indent",
        "yaml-duplicate-key",
        "yaml-empty-file",
        "yaml-list-not-map",
        "yaml-billion-laughs",
        "yaml-python-object-tag",
        "yaml-non-utf8",
        "valid-bom",
        "valid-crlf",
        "schema-missing-field",
        "schema-unknown-field-typo",
        "schema-list-where-text",
        "schema-impossible-date",
        "schema-kind-outside-vocabulary",
        "schema-file-name-not-slug",
        "schema-reference-not-a-slug",
        "schema-reference-to-missing-entry",
        "schema-reference-looks-like-a-path",
        "seed-path-outside-seeds",
        "seed-hash-mismatch",
        "seed-quote-not-verbatim",
        "size-field-too-long",
        "size-file-too-large",
        "markup-script-in-summary",
        "markup-javascript-link",
        "markup-data-link",
    ):
        assert needed in names


def test_the_corpus_covers_what_issue_13_lists():
    names = {p.stem for p in CORPUS.glob("*.yml")} | set(_generated())
    for needed in (
        "yaml-control-character-raw",
        "values-latitude-nan",
        "values-longitude-infinity",
        "values-date-9999-12-31-scheduled",
        "valid-date-0001-01-01",
        "values-date-year-0000",
        "values-title-invisible",
        "values-title-bidi-override",
        "values-name-nbsp-only",
        "values-quote-blank",
        "markup-entity-link-with-anchor",
        "cleaning-backreference",
        "cleaning-lookbehind",
        "cleaning-rule-too-big",
        "cleaning-too-many-rules",
        "size-seed-too-large",
        "size-page-too-large",
    ):
        assert needed in names


def test_billion_laughs_fails_fast_with_little_memory():
    raw = (CORPUS / "yaml-billion-laughs.yml").read_bytes()
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(raw)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # Expanded, the document would hold 9**10 (3.5 billion) strings; refused at the first alias.
    assert caught.value.line == 3 and "aliases" in caught.value.message
    assert peak < 2_000_000, f"peak {peak} bytes"
    assert elapsed < 1.0


@pytest.mark.parametrize(
    "case", ["yaml-billion-laughs", "yaml-python-object-tag", "yaml-non-utf8", "yaml-deep-nesting"]
)
def test_the_real_command_prints_no_traceback(tmp_path, case):
    """Through the installed command line, in its own process, as CI runs it."""
    root = copy_project(tmp_path / "project")
    raw = (CORPUS / f"{case}.yml").read_bytes()
    target, line, words = _header(raw)
    (root / target).write_bytes(raw)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = run_chronicle("--root", str(root), "check")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    assert f"{target}:{line}:" in output and words in output
    if sys.platform.startswith("linux"):  # ru_maxrss is in KiB on Linux
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        assert max(peak, before) < 400_000, f"{peak} KiB"
