"""Joint statements (issue 15 §4): a quote's `by` names one actor or a list of them, and every
output shows every speaker. The fixture's treaty-terms-fx quotes both sides of the New START
agreement together, verbatim from seeds/2026-02-05-dialogue-fx.txt. Expectations are written by
hand from the fixture's YAML (names: us-fx "США", ru-fx "Росія", witkoff-fx "Стів Віткофф")."""

from __future__ import annotations

import json
import re
from pathlib import Path

from test_open_data import ld_of, read_table
from test_validate import edit, line_of, problems_of

from chronicle.config import ProjectPaths
from chronicle.generate import generate, together
from chronicle.pipeline import check
from conftest import ROOT

EVENT = "content/events/treaty-terms-fx.yml"
JOINT = "сторони домовилися дотримуватися його умов та вести переговори щодо нового договору"
SOURCE_TITLE = "США та росія домовилися відновити діалог на високому рівні між військовими — Reuters"


def test_names_are_joined_the_ukrainian_way():
    assert together(["А"]) == "А"
    assert together(["А", "Б"]) == "А і Б"
    assert together(["А", "Б", "В"]) == "А, Б і В"
    assert together(["А", "Б", "В", "Г"]) == "А, Б, В і Г"


def test_the_event_page_names_both_speakers_with_links_to_their_pages(built):
    page = (built / "site/events/treaty-terms-fx/index.html").read_text("utf-8")
    said = page[page.index('id="quotes"') :]
    said = said[: said.index("</p>", said.index("за джерелом"))]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", said))
    assert JOINT in text
    assert f"— США і Росія, за джерелом {SOURCE_TITLE}" in text
    assert [h for h in re.findall(r'href="([^"]+)"', said) if not h.startswith("#")] == [
        "../../actors/us-fx/",
        "../../actors/ru-fx/",
        "../../sources/dialogue-source-fx/",
        "../../sources/dialogue-source-fx/#q-6cb24c0a63",  # the quote in the source's text (issue 17)
    ]


def test_the_json_export_gives_by_as_a_list_always(built):
    data = json.loads((built / "site/data/chronicle.json").read_text("utf-8"))
    assert data["format"] == "chronicle/3"
    events = {e["id"]: e for e in data["events"]}
    assert [{k: q[k] for k in ("text", "by", "source")} for q in events["treaty-terms-fx"]["quotes"]] == [
        {"text": JOINT, "by": ["us-fx", "ru-fx"], "source": "dialogue-source-fx"}
    ]  # with its anchor and selector (issue 17: tests/test_provenance.py)
    assert [q["by"] for q in events["dialogue-restored-fx"]["quotes"]] == [
        ["us-forces-fx"]
    ]  # one speaker: a list of one


def test_the_quotes_table_gives_every_speaker_in_one_cell(built):
    rows = [r for r in read_table(built / "site", "quotes") if r["event"] == "treaty-terms-fx"]
    expected = {"event": "treaty-terms-fx", "text": JOINT, "by": "us-fx; ru-fx", "source": "dialogue-source-fx"}
    assert rows == [{**expected, "kind": "direct"}]  # no `kind` written: direct (issue 18 §2)
    one = [r["by"] for r in read_table(built / "site", "quotes") if r["event"] == "dialogue-restored-fx"]
    assert one == ["us-forces-fx"]


def test_the_json_ld_gives_every_speaker_as_the_quotations_creator(built):
    ld = ld_of(built / "site", "events/treaty-terms-fx")
    [article] = ld["subjectOf"]
    assert article["hasPart"] == [
        {
            "@type": "Quotation",
            "text": JOINT,
            "creator": [
                {"@type": "GovernmentOrganization", "name": "США", "sameAs": "https://www.wikidata.org/wiki/Q30"},
                {"@type": "GovernmentOrganization", "name": "Росія", "sameAs": "https://www.wikidata.org/wiki/Q159"},
            ],
        }
    ]
    # An event without quotes has no hasPart.
    assert all("hasPart" not in a for a in ld_of(built / "site", "events/gva-talks-fx")["subjectOf"])


def test_three_speakers_read_a_b_and_c(project):
    edit(project, EVENT, "  - id: ru-fx\n    role: party\n", "  - id: ru-fx\n    role: party\n  - witkoff-fx\n")
    edit(project, EVENT, "by: [us-fx, ru-fx]", "by: [witkoff-fx, us-fx, ru-fx]")
    chronicle, raw, problems = check(ProjectPaths(root=project, docs_dir=project / "build/docs"))
    assert [p for p in problems if p.severity == "error"] == []
    pages = generate(chronicle, raw, ROOT / "templates" / "pages")
    page = pages["events/treaty-terms-fx/index.md"].decode("utf-8")
    assert (
        "— [Стів Віткофф](../../actors/witkoff-fx/index.md), [США](../../actors/us-fx/index.md) і "
        "[Росія](../../actors/ru-fx/index.md), за джерелом"
    ) in page
    # Each speaker's page lists the event (a speaker is among the event's actors).
    for actor in ("witkoff-fx", "us-fx", "ru-fx"):
        assert "events/treaty-terms-fx/index.md" in pages[f"actors/{actor}/index.md"].decode("utf-8"), actor


# ---- validation of `by` -------------------------------------------------------------------------


def test_each_speaker_of_a_joint_quote_is_checked_where_it_is_written(project):
    edit(project, EVENT, "by: [us-fx, ru-fx]", "by: [us-fx, ru-fz, kushner-fx]")
    line = line_of(project, EVENT, "by: [us-fx")
    problems = problems_of(project)
    #            "    by: [us-fx, ru-fz, kushner-fx]": ru-fz at column 17, kushner-fx at 24
    assert (
        f"{EVENT}:{line}:17: unknown actor 'ru-fz': there is no content/actors/ru-fz.yml; did you mean 'ru-fx'?"
        in problems
    )
    assert f"{EVENT}:{line}:24: 'kushner-fx' is quoted but not among the event's actors; add it to actors" in problems
    assert len([p for p in problems if p.startswith(EVENT)]) == 2, problems


def test_an_empty_or_repeated_list_of_speakers_is_refused(project):
    edit(project, EVENT, "by: [us-fx, ru-fx]", "by: []")
    line = line_of(project, EVENT, "by: []")
    assert f"{EVENT}:{line}:9: 'by' needs at least 1 item(s)" in problems_of(project)
    edit(project, EVENT, "by: []", "by: [us-fx, us-fx]")
    assert f"{EVENT}:{line}:9: 'by' lists the same value twice; keep one" in problems_of(project)


# ---- §5: one run, every problem ----------------------------------------------------------------


def test_a_wrong_by_shape_and_a_non_verbatim_text_are_both_reported_in_one_run(project):
    edit(project, EVENT, "by: [us-fx, ru-fx]", "by: {id: us-fx}")
    edit(project, EVENT, "вести переговори щодо нового договору\n", "вести переговори про новий договір\n")
    text_line = line_of(project, EVENT, "  - text: сторони")
    problems = [p for p in problems_of(project) if p.startswith(EVENT)]
    assert problems == [
        f"{EVENT}:{text_line}:11: the quote is not verbatim in the article text of seeds/2026-02-05-dialogue-fx.txt: "
        "it matches up to 'имуватися його умов та вести переговори ' and then differs; copy it exactly from the source",
        f"{EVENT}:{text_line + 1}:9: 'by' must be an actor id or a list of actor ids, not a map of fields, "
        "e.g. `by: [joe-biden, vladimir-putin]`",
    ]


def test_a_malformed_field_hides_no_check_of_the_other_fields(project):
    # actors of the wrong shape, a misspelt topic, a quote's source outside the sources: one run.
    edit(project, EVENT, "topics: [treaty-fx, arms-fx]", "topics: [treaty-fx, arms-fz]")
    edit(project, EVENT, "  - id: ru-fx\n    role: party\n", "  - [ru-fx]\n")
    edit(project, EVENT, "    source: dialogue-source-fx\n", "    source: gva-source-fx\n")
    problems = [p for p in problems_of(project) if p.startswith(EVENT)]
    actors_line = line_of(project, EVENT, "  - [ru-fx]")
    assert (
        f"{EVENT}:{actors_line}:5: item 2 of 'actors' must be an actor id, or a map of the actor's id and role, not a list, e.g. `- {{id: sergei-ryabkov, role: head-of-delegation}}`"
        in problems
    )
    assert any(
        p.startswith(f"{EVENT}:{line_of(project, EVENT, 'topics:')}:21: unknown topic 'arms-fz'") for p in problems
    ), problems
    source_line = line_of(project, EVENT, "    source: gva-source-fx")
    assert (
        f"{EVENT}:{source_line}:13: the quote's source 'gva-source-fx' is not among the event's sources; add it there"
        in problems
    )
    # The quote is checked against the source it names, and it is not in that article.
    assert any("not verbatim in the article text of seeds/2022-01-10-gva-talks-fx.txt" in p for p in problems), problems
    # ru-fx is no longer among the actors (its item is malformed), so the quote's ru-fx is reported too.
    assert any("'ru-fx' is quoted but not among the event's actors" in p for p in problems), problems


CLEANING = "content/cleaning.yml"


def _cleaning_problems(project: Path, tail: str) -> list[str]:
    path = project / CLEANING
    path.write_text(path.read_text("utf-8").rstrip("\n") + "\n" + tail, "utf-8")
    return [p for p in problems_of(project) if p.startswith(CLEANING)]


def test_outlets_with_a_rule_for_a_key_says_its_keys_are_outlet_names(project):
    problems = _cleaning_problems(project, "outlets:\n  drop_lines: [Реклама]\n")
    line = line_of(project, CLEANING, "  drop_lines: [Реклама]")
    assert problems == [
        f"{CLEANING}:{line}:3: 'drop_lines' is a rule, not an outlet name: the keys of 'outlets' are outlet names, "
        "as sources write `outlet:`, each with its rules, e.g. `outlets: {УНІАН: {drop_lines: [Відео дня]}}`"
    ]


def test_outlets_as_a_list_shows_the_expected_shape(project):
    problems = _cleaning_problems(project, "outlets: [УНІАН]\n")
    line = line_of(project, CLEANING, "outlets: [УНІАН]")
    assert problems == [
        f"{CLEANING}:{line}:10: 'outlets' must be a map from outlet names (as sources write `outlet:`) to their rules, "
        "not a list, e.g. `outlets: {УНІАН: {drop_lines: [Відео дня]}}`"
    ]


def test_a_malformed_outlet_leaves_the_default_rules_working(project):
    # Only the malformed outlet is left out: the default rules still drop "Відео дня".
    problems = _cleaning_problems(project, "outlets:\n  УНІАН: [Реклама]\n")
    line = line_of(project, CLEANING, "  УНІАН: [Реклама]")
    assert problems == [
        f"{CLEANING}:{line}:3: the rules of outlet 'УНІАН' should be a map of fields, not a list: the keys of 'outlets' "
        "are outlet names, as sources write `outlet:`, each with its rules, e.g. `outlets: {УНІАН: {drop_lines: [Відео дня]}}`"
    ]
    assert [p for p in problems_of(project) if not p.startswith(CLEANING)] == []
    chronicle, _, _ = check(ProjectPaths(root=project, docs_dir=project / "build/docs"))
    paragraphs = chronicle.sources["gva-source-fx"].paragraphs if "gva-source-fx" in chronicle.sources else ()
    assert paragraphs and "Відео дня" not in paragraphs


def test_an_outlet_key_close_to_a_sources_outlet_is_a_warning(project):
    # "УНIАН" with a Latin I: its rules would apply to no source.
    problems = _cleaning_problems(project, "outlets:\n  УНIАН:\n    drop_lines: [Реклама]\n")
    line = line_of(project, CLEANING, "  УНIАН:")
    assert problems == [
        f"{CLEANING}:{line}:3: warning: no source has the outlet 'УНIАН'; did you mean 'УНІАН'? "
        "The keys of 'outlets' are outlet names exactly as sources write `outlet:`"
    ]
