"""How a quote was given (issue 18, section 2): `kind: direct | reported | translation`.

On the fixture chronicle, whose quotes are the real articles' words:

- ryabkov-assesses-fx and geoana-rejects-fx are reported speech ("Рябков зазначив, що…",
  "Мірча Джоане заявив, що…"), `kind: reported`;
- drafts-fx quotes the draft treaty's words in "…", given in Ukrainian: `kind: translation`;
- dialogue-restored-fx quotes the statement in «…», direct by default (no `kind`);
- treaty-terms-fx has no `kind` (direct by default), yet the article gives its words without
  quotation marks: the one `unmarked-quote` warning of the fixture.

The rule that reads the marks (chronicle.speech.quoted) is tested on hand-written sentences, edge
by edge; the check, the pages and the export on the fixture. Expected strings are written by hand.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from test_validate import edit

from chronicle import families, speech
from chronicle.config import ProjectPaths
from chronicle.export import as_data
from chronicle.generate import generate
from chronicle.model import Chronicle
from chronicle.pipeline import check
from chronicle.validate import schema_text
from conftest import PROJECT, ROOT, run_chronicle

RYABKOV = "content/events/ryabkov-assesses-fx.yml"
TREATY = "content/events/treaty-terms-fx.yml"
DRAFTS = "content/events/drafts-fx.yml"
WARNING = "(if that is intended, add `silence: [unmarked-quote]`)"


# ---- the rule: is the quote inside a quoted passage of its paragraph? ----


def _quoted(text: str, quote: str) -> bool:
    start = text.index(quote)
    return speech.quoted(text, start, start + len(quote))


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        # Reported speech: no marks at all.
        ("Рябков зазначив, що переговори були складними.", "переговори були складними", False),
        # Direct speech in each style of marks, with punctuation and spaces between.
        ("«Переговори були складними», — заявив Рябков.", "Переговори були складними", True),
        ("«Переговори були складними!» — заявив Рябков.", "Переговори були складними", True),
        ("Рябков сказав: „переговори були складними“.", "переговори були складними", True),
        ("Ryabkov said: “the talks were difficult”.", "the talks were difficult", True),
        ('Рябков сказав: "переговори були складними".', "переговори були складними", True),
        ("Рябков сказав: « переговори були складними ».", "переговори були складними", True),
        # The quote at the very start and end of the text, marked and unmarked.
        ("«Ми готові до діалогу»", "Ми готові до діалогу", True),
        ("Ми готові до діалогу, сказав посол", "Ми готові до діалогу", False),
        ("посол сказав, що ми готові до діалогу", "ми готові до діалогу", False),
        # The editor copied the marks too.
        ("Посол сказав: «Ми готові до діалогу».", "«Ми готові до діалогу»", True),
        # A part of a longer quoted passage counts as quoted, at its start, middle and end.
        ("«Переговори були складними. Ми продовжимо їх у лютому», — сказав він.", "Переговори були складними", True),
        ("«Переговори були складними. Ми продовжимо їх у лютому», — сказав він.", "Ми продовжимо", True),
        ("«Переговори були складними. Ми продовжимо їх у лютому», — сказав він.", "у лютому", True),
        # Nested marks: inside the inner passage, and in the outer one after the inner closed.
        ("«Ми назвали це „гарантіями безпеки“, і ми чекаємо відповіді», — сказав він.", "гарантіями безпеки", True),
        ("«Ми назвали це „гарантіями безпеки“, і ми чекаємо відповіді», — сказав він.", "ми чекаємо", True),
        ('«Він сказав "ні" і пішов», — розповів посол.', "і пішов", True),
        # A mark that could close either of two open passages closes the inner one.
        ("Посол: “Ми назвали це „гарантіями” і чекаємо відповіді”.", "і чекаємо", True),
        # A passage left open at the end of its paragraph runs to that end (a quote of several paragraphs).
        ("«Ми готові до діалогу, і ми чекаємо", "ми чекаємо", True),
        # …but not into the next paragraph.
        ("«Ми готові до діалогу\nПосол зазначив, що ми чекаємо відповіді", "ми чекаємо", False),
        # Marks around other words of the sentence do not make the quote quoted.
        ('Про "гарантії безпеки" говорили довго, і сторони домовилися про нову зустріч.', "сторони домовилися", False),
        ("Сторони домовилися, пише «Reuters».", "Сторони домовилися", False),
        # A quote that runs out of the passage is not inside it.
        ("«Ми готові», — сказав він журналістам.", "Ми готові», — сказав він", False),
        # A closing mark with nothing open, and apostrophes, open nothing.
        ("Він сказав» що лінія зв’язку працює.", "лінія зв’язку працює", False),
        ("Лінія зв'язку працює, а 'канал' — ні.", "канал", False),
    ],
)
def test_a_quote_is_quoted_when_a_passage_of_its_paragraph_holds_it(text, quote, expected):
    assert _quoted(text, quote) is expected


def test_a_closing_mark_closes_the_passages_left_open_inside_it():
    text = "«Він сказав „ні», — і лише потім додав: так."
    assert speech.passages(text) == [(12, 15), (0, 15)]
    assert not _quoted(text, "так")


def test_the_kinds_are_the_schemas():
    quote = json.loads(schema_text("event"))["properties"]["quotes"]["items"]["properties"]["kind"]
    assert tuple(quote["enum"]) == speech.KINDS == ("direct", "reported", "translation")
    assert quote["default"] == speech.DEFAULT == "direct"


# ---- chronicle check on the fixture ----


def _check(root: Path) -> tuple[int, list[str]]:
    result = run_chronicle("--root", str(root), "check")
    return result.returncode, [line for line in result.stdout.splitlines() if "unmarked-quote" in line]


def test_check_warns_once_at_the_direct_quote_without_marks_and_passes():
    status, lines = _check(PROJECT)
    assert status == 0
    assert lines == [
        f"{TREATY}:20:11: warning: a direct quote, but seeds/2026-02-05-dialogue-fx.txt gives these words without "
        "quotation marks around them; if it is the source's account of what was said (переказ), write "
        f"`kind: reported`; if not, quote the words the source puts in «…» {WARNING}"
    ]


def test_reported_speech_written_as_direct_warns_at_each_quote(project):
    edit(project, RYABKOV, "    kind: reported\n", "    kind: direct\n")  # the first quote
    edit(project, RYABKOV, "    kind: reported\n", "")  # the second: direct by default
    edit(project, TREATY, "    source: dialogue-source-fx\n", "    source: dialogue-source-fx\n    kind: reported\n")
    status, lines = _check(project)
    assert status == 0
    assert [line.split(": warning: ")[0] for line in lines] == [f"{RYABKOV}:19:11", f"{RYABKOV}:23:11"]
    assert all("seeds/2022-01-10-gva-talks-fx.txt" in line for line in lines)


def test_a_translation_needs_marks_too_and_silence_ends_the_warning(project):
    # The words before the quoted ones in the same sentence: "Зокрема, Росія пропонує НАТО…, а також "від…"".
    edit(project, DRAFTS, "від будь-якої військової діяльності на території України", "Росія пропонує НАТО відмовитися")
    _, lines = _check(project)
    assert [line.split(": warning: a ")[1][:22] for line in lines if line.startswith(DRAFTS)] == [
        "translation quote, but"
    ]
    edit(project, DRAFTS, "related: [gva-talks-fx]\n", "related: [gva-talks-fx]\nsilence: [unmarked-quote]\n")
    edit(project, TREATY, "related:", "silence: [unmarked-quote]\nrelated:")
    assert _check(project) == (0, [])


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("indirect", "; did you mean `kind: reported`?"),  # not 'direct', the closest spelling
        ("переказ", "; did you mean `kind: reported`?"),
        ("reportd", "; did you mean `kind: reported`?"),
        ("quote", ""),
    ],
)
def test_an_unknown_kind_is_an_error_at_its_line_saying_what_each_kind_means(project, value, hint):
    edit(project, RYABKOV, "    kind: reported\n", f"    kind: {value}\n")
    result = run_chronicle("--root", str(project), "check")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{RYABKOV}:22:11: '{value}' is not a kind of quote{hint} (use one of: direct, the speaker's words in "
        "quotation marks, the default; reported, the source's account of what was said; translation, words said "
        "in another language, given in Ukrainian in quotation marks)"
    ]
    assert "Traceback" not in result.stderr


# ---- the model, the export and the pages ----


@pytest.fixture(scope="module")
def fixture_chronicle():
    chronicle, raw, problems = check(ProjectPaths(root=PROJECT, docs_dir=PROJECT / "build/docs"))
    assert [p for p in problems if p.severity == "error"] == []
    return chronicle, raw


def test_each_quote_has_its_kind_and_the_export_says_it(fixture_chronicle):
    chronicle, _ = fixture_chronicle
    kinds = {e.id: [q.kind for q in e.quotes] for e in chronicle.events.values() if e.quotes}
    assert kinds == {
        "ryabkov-assesses-fx": ["reported", "reported"],
        "geoana-rejects-fx": ["reported"],
        "drafts-fx": ["translation"],
        "dialogue-restored-fx": ["direct"],  # no `kind` written
        "treaty-terms-fx": ["direct"],  # no `kind` written
    }
    data = as_data(chronicle)
    exported = {e["id"]: [q["kind"] for q in e["quotes"]] for e in data["events"] if e["quotes"]}
    assert exported == kinds and data["format"] == "chronicle/3"


@pytest.fixture(scope="module")
def pages(fixture_chronicle) -> dict[str, str]:
    chronicle, raw = fixture_chronicle
    return {p: b.decode("utf-8") for p, b in generate(chronicle, raw, ROOT / "templates" / "pages").items()}


def _quotes_section(page: str) -> str:
    section = page[page.index("## Цитати {#quotes}") :]
    return section[: section.index("\n## ", 1)]


def test_the_event_page_shows_reported_speech_unquoted_and_labelled(pages):
    section = _quotes_section(pages["events/ryabkov-assesses-fx/index.md"])
    assert (
        "\n*Переказ (непряма мова):* "
        "переговори зі США були складними, довгими та конкретними\n\n"
        "— [Сергій Рябков](../../actors/ryabkov-fx/index.md), за джерелом" in section
    )
    assert "«" not in section and "\n>" not in section


def test_the_event_page_shows_a_translation_as_a_quote_labelled_переклад(pages):
    section = _quotes_section(pages["events/drafts-fx/index.md"])
    assert "\n> від будь\\-якої військової діяльності на території України\n\n" in section
    assert (
        "— [МЗС Росії](../../actors/mfa-ru-fx/index.md), за джерелом [У Женеві завершилися переговори США та Росії]"
        "(../../sources/gva-source-fx/index.md), у перекладі українською · [цитата в тексті статті]" in section
    )


def test_the_event_page_shows_direct_speech_as_before(pages):
    section = _quotes_section(pages["events/dialogue-restored-fx/index.md"])
    assert "\n> Підтримка діалогу між військовими" in section
    assert "переказ" not in section.lower() and "переклад" not in section
    assert "— [Збройні сили США](../../actors/us-forces-fx/index.md), за джерелом" in section


def test_the_lists_of_quotes_label_the_kind(pages):
    line = next(x for x in pages["quotes/2021/index.md"].splitlines() if x.startswith("- **"))
    assert line.startswith(
        "- **17 грудня 2021 р\\.** — [МЗС Росії](../../actors/mfa-ru-fx/index.md) (переклад): "
        "«від будь\\-якої військової діяльності на території України» · подія: "
    )
    actor = _quotes_section(pages["actors/geoana-fx/index.md"])
    assert (
        "- **10 січня 2022 р\\.** — Мірча Джоане (переказ): в НАТО вважають неприйнятними низку пропозицій РФ щодо "
        "гарантій безпеки · подія: " in actor
    )
    assert "«" not in actor
    index = pages["quotes/index.md"]
    assert "з позначкою «переказ»" in index and "](../method/index.md#speech)" in index


def test_the_method_pages_explain_the_kinds():
    for root in (ROOT, ROOT / "tests/fixtures/chronicle"):
        text = (root / "content/pages/method/index.md").read_text("utf-8")
        assert "{#speech}" in text and "переказ" in text and "переклад" in text, root


def test_a_changed_kind_regenerates_every_page_that_shows_the_quote_in_the_live_preview(fixture_chronicle):
    old, _ = fixture_chronicle
    event = old.events["geoana-rejects-fx"]
    new = Chronicle(old.events | {}, old.actors, old.sources, old.topics, old.places)
    new.events["geoana-rejects-fx"] = dataclasses.replace(
        event, quotes=tuple(dataclasses.replace(q, kind="direct") for q in event.quotes)
    )
    wanted = families.affected(old, new, {"geoana-rejects-fx"})
    for page in (
        "events/geoana-rejects-fx/index.md",
        "quotes/2022/index.md",
        "actors/geoana-fx/index.md",
        "sources/gva-source-fx/index.md",
    ):
        assert wanted(page), page
    assert not wanted("quotes/2026/index.md") and not wanted("actors/ryabkov-fx/index.md")
