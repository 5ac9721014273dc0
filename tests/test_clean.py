"""The cleaner keeps the article whole and unchanged and drops the page furniture."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronicle.clean import Rules, clean
from chronicle.read import parse_yaml
from conftest import FIXTURE

GENEVA = FIXTURE / "seeds/2022-01-10-gva-talks-fx.txt"
ABU_DHABI = FIXTURE / "seeds/2026-02-05-dialogue-fx.txt"


def rules() -> Rules:
    return Rules.from_dict(parse_yaml((FIXTURE / "content/cleaning.yml").read_bytes()).data["default"])


def seed_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_geneva_seed_keeps_the_article_and_drops_the_furniture():
    cleaned = clean(GENEVA.read_text("utf-8"), rules())
    text = "\n".join(cleaned.paragraphs)
    assert cleaned.paragraphs[0].startswith("Американські і російські посадовці у Женеві")
    assert cleaned.paragraphs[-1].startswith("12 січня відбудеться засідання Ради НАТО-Росія")
    for furniture in [
        "Відео дня",
        "Читайте також",
        "Посол України погрозив",
        "У США назвали два шляхи",
        "Вас також можуть зацікавити",
        "/фото REUTERS",
    ]:
        assert furniture not in text
    # The sentence glued to a teaser ("...озброєнняЯк повідомили") is kept, from its first word.
    assert any(p.startswith("Як повідомили у Державному департаменті США") for p in cleaned.paragraphs)
    assert 'Переговори США та РФ щодо "гарантій безпеки" - що відомо' in cleaned.dropped


def test_abu_dhabi_seed_drops_the_headline_list_after_read_also():
    cleaned = clean(ABU_DHABI.read_text("utf-8"), rules())
    text = "\n".join(cleaned.paragraphs)
    assert "Created with Sketch." not in text and "29 січня, 19:50" not in text
    assert "Bloomberg: Кремль пропонує" not in text and "Економіка" not in cleaned.paragraphs
    assert cleaned.paragraphs[-1].endswith("вести переговори щодо нового договору.")
    assert any(p.startswith("«Підтримка діалогу між військовими") for p in cleaned.paragraphs)


def test_the_cleaner_never_rewrites_a_sentence():
    for seed in (GENEVA, ABU_DHABI):
        lines = seed_lines(seed)
        for paragraph in clean(seed.read_text("utf-8"), rules()).paragraphs:
            assert any(paragraph in line for line in lines), paragraph
            # Every sentence of the seed's article lines survives whole, or was furniture.
        kept = "\n".join(clean(seed.read_text("utf-8"), rules()).paragraphs)
        for line in lines:
            if line.endswith(".") and "Читайте також" not in line and len(line) > 80:
                assert line in kept, line


def test_made_up_capture_with_other_furniture():
    capture = (
        "Головна › Світ\n"
        "Поділитися\n"
        "Сторони підписали угоду.Реклама\n"
        "Перший абзац статті.\n"
        "Дивіться такожЯк змінилися ціни на газВідповідно до угоди, постачання відновиться в березні.\n"
        "Другий абзац: «цитата дослівно».\n"
        "Новини партнерів\n"
        "Якийсь заголовок\n"
    )
    custom = Rules.from_dict(
        {
            "drop_lines": ["Поділитися"],
            "drop_patterns": ["Головна › .*"],
            "end_markers": ["Новини партнерів"],
            "teaser_markers": ["Дивіться також"],
        }
    )
    cleaned = clean(capture, custom)
    assert cleaned.paragraphs == (
        "Сторони підписали угоду.Реклама",  # not a marker: kept as it stands, never rewritten
        "Перший абзац статті.",
        "Відповідно до угоди, постачання відновиться в березні.",
        "Другий абзац: «цитата дослівно».",
    )
    assert "Як змінилися ціни на газ" in cleaned.dropped and "Якийсь заголовок" in cleaned.dropped


def test_rules_add_up_per_outlet():
    combined = rules() + Rules.from_dict({"drop_lines": ["Реклама"]})
    assert "Реклама" in combined.drop_lines and "Відео дня" in combined.drop_lines


WORDS = st.sampled_from(
    [
        "Читайте також",
        "Відео дня",
        "Переговори",
        "тривали",
        "годин.",
        "США",
        "«цитата»",
        "Як",
        "повідомили",
        "Created with Sketch.",
        "12:30",
        "Рябков.",
        "зв’язку",
        "пам'ять",
        "\u00a0",
        "\t ",
    ]
)


@given(
    st.lists(
        st.lists(WORDS, min_size=1, max_size=8).map(
            lambda ws: "".join(w + (" " if i % 2 else "") for i, w in enumerate(ws))
        ),
        max_size=12,
    )
)
def test_every_kept_paragraph_is_a_piece_of_one_seed_line(lines):
    capture = "\n".join(lines)
    for paragraph in clean(capture, rules()).paragraphs:
        # Whole (stripped) lines; only a line cut at a teaser marker gives pieces of itself.
        # Exact expectations: tests/test_catches.py (the cleaner's property on its own rules).
        assert paragraph and paragraph == paragraph.strip()
        assert any(paragraph == line.strip() or ("Читайте також" in line and paragraph in line) for line in lines)


def errors(problems: list) -> list:
    """The problems that fail a check (the fixture's stale scheduled events are warnings)."""
    return [p for p in problems if p.severity == "error"]


def test_editors_extend_the_rules_per_outlet_and_per_source(project):
    from chronicle.config import ProjectPaths
    from chronicle.pipeline import check

    paths = ProjectPaths(root=project, docs_dir=project / "build/docs")
    lead = "Про це повідомляє американське видання The New York Times."
    chronicle, _, problems = check(paths)
    assert lead in chronicle.sources["gva-source-fx"].paragraphs and not errors(problems)

    cleaning = project / "content/cleaning.yml"
    cleaning.write_text(cleaning.read_text("utf-8") + f"outlets:\n  УНІАН:\n    drop_lines: ['{lead}']\n", "utf-8")
    chronicle, _, problems = check(paths)
    assert not errors(problems)
    assert lead not in chronicle.sources["gva-source-fx"].paragraphs
    assert "Сторони домовляються про військову прозорість." in chronicle.sources["dialogue-source-fx"].paragraphs

    source = project / "content/sources/dialogue-source-fx.yml"
    source.write_text(source.read_text("utf-8") + "cleaning:\n  drop_patterns: ['Сторони домовляються .*']\n", "utf-8")
    chronicle, _, problems = check(paths)
    assert not errors(problems)
    assert "Сторони домовляються про військову прозорість." not in chronicle.sources["dialogue-source-fx"].paragraphs

    source.write_text(source.read_text("utf-8").replace("'Сторони домовляються .*'", "'(unclosed'"), "utf-8")
    _, _, problems = check(paths)
    assert any(
        str(p).startswith("content/sources/dialogue-source-fx.yml:") and "not a valid regular expression" in str(p)
        for p in problems
    )


# ---- bounded work (issue 13, section 3): rules run on RE2, in time linear in the text ----

HOSTILE = r"(\S+\s?)+Ж"  # exponential for a backtracking engine on a long line without Ж


def test_a_catastrophic_rule_finishes_at_once(tmp_path):
    """In a process of its own with a time limit: under Python's re this ran until killed."""
    import subprocess
    import sys

    script = (
        "import time\n"
        "from chronicle.clean import Rules, clean\n"
        "line = 'Переговори тривали вісім годин, сторони обмінялися позиціями ' * 200\n"
        f"rules = Rules.from_dict({{'drop_patterns': [{HOSTILE!r}]}})\n"
        "started = time.perf_counter()\n"
        "kept = clean((line + '\\n') * 50, rules).paragraphs\n"
        "print(len(kept), time.perf_counter() - started)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    kept, seconds = result.stdout.split()
    assert kept == "50" and float(seconds) < 1.0


def test_the_check_with_a_catastrophic_rule_finishes(tmp_path):
    from conftest import copy_project, run_chronicle

    root = copy_project(tmp_path / "project")
    cleaning = root / "content/cleaning.yml"
    cleaning.write_text(
        cleaning.read_text("utf-8").replace("  drop_patterns:\n", f"  drop_patterns:\n    - '{HOSTILE}'\n"), "utf-8"
    )
    result = run_chronicle("--root", str(root), "check")  # run_chronicle has a time limit
    assert result.returncode == 0, result.stdout + result.stderr


@given(st.text(alphabet="abЖж1٣ \u00a0\u2003\t_-.,«»Ї", max_size=12))
def test_unicode_classes_mean_what_they_mean_in_python(text):
    import re

    from chronicle.clean import compile_rule

    for pattern in (
        r"\d+",
        r"\w+",
        r"\s*\S+\s*",
        r"[\w\s]+",
        r"[^\d]*",
        r"\D+\W?",
        r"(?i)ж.*",
        r"[\d,.]+\s\w+",
        r"\w+\Z",
    ):
        assert bool(compile_rule(pattern).fullmatch(text)) == bool(re.fullmatch(pattern, text)), (pattern, text)


@given(st.lists(st.text(alphabet="ab1 Ж", max_size=6), max_size=6))
def test_rules_matched_together_drop_what_each_drops_alone(lines):
    patterns = ("a+", r"\d\s\w*", "Ж.*", "(ab)+ ?")
    together = clean("\n".join(lines), Rules(drop_patterns=patterns))
    alone = clean("\n".join(lines), Rules())
    kept = [p for p in alone.paragraphs if not any(__import__("re").fullmatch(x, p) for x in patterns)]
    assert list(together.paragraphs) == kept


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(\w+) \1", "backreference"),
        (r"(?P<w>\w+) (?P=w)", "backreference"),
        (r"(?=Читайте).*", "lookahead and lookbehind"),
        (r"(?<!не )фото.*", "lookahead and lookbehind"),
        (r"\bфото\b", "word boundary"),
        (r"(\w+\s){100}", "too big"),
        (r"\w{1000}", "too big"),
        ("(unclosed", "not a valid regular expression"),
    ],
)
def test_rules_re2_cannot_run_are_refused_with_advice(pattern, words):
    from chronicle.clean import RuleError, compile_rule

    with pytest.raises(RuleError, match=words):
        compile_rule(pattern)


def test_the_fixture_rules_compile_for_re2():
    from chronicle.clean import MAX_PROGRAM, compile_rule

    for pattern in rules().drop_patterns:
        assert compile_rule(pattern).programsize <= MAX_PROGRAM


def test_teaser_cutting_is_linear_in_the_line():
    import time

    line = "Перше речення статті. " + "Читайте такожЗаголовок новиниІнший заголовок" * 50_000 + "Кінець статті."
    started = time.perf_counter()
    cleaned = clean(line, Rules(teaser_markers=("Читайте також",)))
    assert time.perf_counter() - started < 3.0  # was recursion per marker, copying the rest of the line each time
    assert cleaned.paragraphs == ("Перше речення статті.", "Кінець статті.")
    assert cleaned.dropped.count("Читайте також") == 50_000


def test_control_and_bidi_characters_never_reach_a_page():
    capture = "Перший\x07 абзац\u202e статті.\nДругий\x1b[31m абзац\u2066.\n\tТретій\tабзац."
    assert clean(capture, Rules()).paragraphs == ("Перший абзац статті.", "Другий[31m абзац.", "Третій\tабзац.")
