"""Property-based: whatever entries an editor writes, check and build answer, and never crash.

Hypothesis writes events and actors into a copy of the fixture project, some valid and some not:
any text in any field, real and made-up ids, real and impossible dates, verbatim and invented
quotes. `chronicle check` must exit 0 or 1 with no internal error; when it passes, `chronicle
build` must pass too and the new event's page must show its title as typed.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
from pathlib import Path

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from chronicle import cli, vocab
from chronicle.read import KINDS
from conftest import FIXTURE, copy_project

ACTORS = sorted(p.stem for p in (FIXTURE / "content/actors").glob("*.yml"))
SOURCES = sorted(p.stem for p in (FIXTURE / "content/sources").glob("*.yml"))
SEED = (FIXTURE / "seeds/2022-01-10-gva-talks-fx.txt").read_text("utf-8")
SPECIAL = [
    "<script>",
    "</title>",
    "*",
    "_",
    "`",
    "[",
    "](",
    "javascript:",
    "{:",
    "#",
    "|",
    "&amp;",
    "\\",
    "---",
    "{{",
    "%}",
    "’",
    "\u200b",
    "\t",
]

words = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
    st.lists(st.sampled_from(SPECIAL + ["Женева", "Рябков", "New START", " ", "2022"]), max_size=8).map("".join),
)
line = words.map(lambda s: s.replace("\n", " ").replace("\r", " ").strip() or "Подія")
ids = st.one_of(
    *[st.sampled_from(ACTORS)] * 4, st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True), words
)
dates = st.one_of(
    *[st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)] * 4,
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)).map(lambda d: d.isoformat()[:7]),
    st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True),
    words,
)


def _quote(start: int, length: int) -> str:
    return SEED[start : start + length].strip() or "Женеві"


quotes = st.lists(
    st.fixed_dictionaries(
        {
            "text": st.one_of(st.builds(_quote, st.integers(0, len(SEED) - 50), st.integers(3, 40)), words),
            "by": st.sampled_from(ACTORS),
            "source": st.sampled_from(SOURCES),
        }
    ),
    max_size=2,
)
events = st.fixed_dictionaries(
    {
        "title": line,
        "date": dates,
        "kind": st.one_of(*[st.sampled_from(list(vocab.EVENT_KINDS))] * 4, words),
        "status": st.sampled_from(list(vocab.EVENT_STATUSES)),
        "sources": st.lists(st.one_of(*[st.sampled_from(SOURCES)] * 6, ids), min_size=1, max_size=2, unique=True),
    },
    optional={
        "actors": st.lists(ids, max_size=3, unique=True),
        "summary": st.lists(words, max_size=4).map("\n\n".join),
        "date_note": line,
        "quotes": quotes,
        "silence": st.just(["no-quotes"]),
    },
)
# Events that check accepts whatever their plain text: every example reaches the build.
valid_events = st.fixed_dictionaries(
    {
        "title": line,
        "date": st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat),
        "kind": st.sampled_from(list(vocab.EVENT_KINDS)),
        "status": st.sampled_from(list(vocab.EVENT_STATUSES)),
        "sources": st.lists(st.sampled_from(SOURCES), min_size=1, max_size=2, unique=True),
        "silence": st.just(["no-quotes"]),
    },
    optional={"actors": st.lists(st.sampled_from(ACTORS), max_size=3, unique=True), "date_note": line},
)
actors = st.fixed_dictionaries(
    {"name": line, "kind": st.sampled_from(list(vocab.ACTOR_KIND))},
    optional={"aliases": st.lists(line, max_size=3, unique=True), "description": words},
)


def _run(capsys, root: Path, command: str) -> tuple[int, str]:
    status = cli.main(["--root", str(root), command])
    out = capsys.readouterr()
    return status, out.out + out.err


def _base(tmp_path_factory) -> Path:
    base = tmp_path_factory.getbasetemp() / "property-base"
    if not base.exists():
        copy_project(base)
    return base


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(entry=st.one_of(events, valid_events), actor=st.one_of(st.none(), actors), counter=st.integers(0, 10**9))
def test_generated_entries_never_crash_check_or_build(tmp_path_factory, capsys, entry, actor, counter):
    root = tmp_path_factory.getbasetemp() / f"property-{counter}"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(_base(tmp_path_factory), root)
    if actor is not None:
        (root / "content/actors/generated-actor.yml").write_text(
            yaml.safe_dump(actor, allow_unicode=True), encoding="utf-8"
        )
        entry.setdefault("actors", []).append("generated-actor")
    (root / "content/events/generated-event.yml").write_text(
        yaml.safe_dump(entry, allow_unicode=True), encoding="utf-8"
    )
    try:
        status, output = _run(capsys, root, "check")
        assert status in (0, 1), output
        assert "internal error" not in output and "Traceback" not in output, output
        event("refused by check" if status else "built")
        if status == 1:
            # Every error names a file and a line in it.
            errors = [
                row for row in output.splitlines() if re.match(r"^[^:]+:\d+:\d+: ", row) and ": warning: " not in row
            ]
            assert errors, output
            assert all(row.startswith(tuple(f"content/{d}/" for d in KINDS)) for row in errors), output
            return
        status, output = _run(capsys, root, "build")
        assert status == 0, output
        page = (root / "site/events/generated-event/index.html").read_text("utf-8")
        heading = re.search(r"<h1[^>]*>(.*?)<a class=\"headerlink\"", page, re.S)
        assert heading, page[:2000]
        shown = html.unescape(re.sub(r"<[^>]+>", "", heading.group(1)))
        assert " ".join(shown.split()) == " ".join(entry["title"].split())
    finally:
        shutil.rmtree(root, ignore_errors=True)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    raw=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(str.encode),
        st.lists(
            st.sampled_from(
                [
                    "a: ",
                    "- ",
                    "&x ",
                    "*x",
                    "!!python/object ",
                    "? ",
                    ": ",
                    "[",
                    "]",
                    "{",
                    "}",
                    "\n",
                    "  ",
                    "\t",
                    "'",
                    '"',
                    "|",
                    ">",
                    "#",
                    "---",
                    "title",
                    "\ufeff",
                    "\r\n",
                ]
            ),
            max_size=40,
        ).map(lambda parts: "".join(parts).encode()),
    )
)
def test_any_bytes_as_an_entry_get_an_answer_not_a_crash(tmp_path_factory, capsys, raw):
    root = _base(tmp_path_factory)
    target = root / "content/events/fuzzed.yml"
    target.write_bytes(raw)
    try:
        status, output = _run(capsys, root, "check")
    finally:
        target.unlink()
    assert status in (0, 1) and "internal error" not in output and "Traceback" not in output, output
    if status == 1:
        assert re.search(r"^content/events/fuzzed\.yml:\d+:\d+: ", output, re.M), output
