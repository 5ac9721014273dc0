"""The cleaner keeps the article whole and unchanged and drops the page furniture."""

from pathlib import Path

from hypothesis import given, strategies as st

from chronicle.clean import Rules, clean
from chronicle.read import parse_yaml

ROOT = Path(__file__).resolve().parent.parent
GENEVA = ROOT / "seeds/2022-01-10-geneva-strategic-stability-talks.txt"
ABU_DHABI = ROOT / "seeds/2026-02-05-us-russia-military-dialogue-reuters.txt"


def rules() -> Rules:
    return Rules.from_dict(parse_yaml((ROOT / "content/cleaning.yml").read_bytes()).data["default"])


def seed_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_geneva_seed_keeps_the_article_and_drops_the_furniture():
    cleaned = clean(GENEVA.read_text("utf-8"), rules())
    text = "\n".join(cleaned.paragraphs)
    assert cleaned.paragraphs[0].startswith("Американські і російські посадовці у Женеві")
    assert cleaned.paragraphs[-1].startswith("12 січня відбудеться засідання Ради НАТО-Росія")
    for furniture in ["Відео дня", "Читайте також", "Посол України погрозив", "У США назвали два шляхи", "Вас також можуть зацікавити", "/фото REUTERS"]:
        assert furniture not in text
    # The sentence glued to a teaser ("...озброєнняЯк повідомили") is kept, from its first word.
    assert any(p.startswith("Як повідомили у Державному департаменті США") for p in cleaned.paragraphs)
    assert "Переговори США та РФ щодо \"гарантій безпеки\" - що відомо" in cleaned.dropped


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

WORDS = st.sampled_from(["Читайте також", "Відео дня", "Переговори", "тривали", "годин.", "США", "«цитата»", "Як", "повідомили", "Created with Sketch.", "12:30", "Рябков."])


@given(st.lists(st.lists(WORDS, min_size=1, max_size=8).map(lambda ws: "".join(w + (" " if i % 2 else "") for i, w in enumerate(ws))), max_size=12))
def test_every_kept_paragraph_is_a_piece_of_one_seed_line(lines):
    capture = "\n".join(lines)
    for paragraph in clean(capture, rules()).paragraphs:
        assert paragraph and any(paragraph in line for line in lines)


def test_editors_extend_the_rules_per_outlet_and_per_source(project):
    from chronicle.config import ProjectPaths
    from chronicle.pipeline import check

    paths = ProjectPaths(root=project, docs_dir=project / "build/docs")
    lead = "Про це повідомляє американське видання The New York Times."
    chronicle, _, problems = check(paths)
    assert lead in chronicle.sources["geneva-talks-ended-2022-01-10"].paragraphs and not problems

    cleaning = project / "content/cleaning.yml"
    cleaning.write_text(cleaning.read_text("utf-8") + f"outlets:\n  УНІАН:\n    drop_lines: ['{lead}']\n", "utf-8")
    chronicle, _, problems = check(paths)
    assert not problems
    assert lead not in chronicle.sources["geneva-talks-ended-2022-01-10"].paragraphs
    assert "Сторони домовляються про військову прозорість." in chronicle.sources["us-russia-military-dialogue-2026-02-05"].paragraphs

    source = project / "content/sources/us-russia-military-dialogue-2026-02-05.yml"
    source.write_text(source.read_text("utf-8") + "cleaning:\n  drop_patterns: ['Сторони домовляються .*']\n", "utf-8")
    chronicle, _, problems = check(paths)
    assert not problems
    assert "Сторони домовляються про військову прозорість." not in chronicle.sources["us-russia-military-dialogue-2026-02-05"].paragraphs

    source.write_text(source.read_text("utf-8").replace("'Сторони домовляються .*'", "'(unclosed'"), "utf-8")
    _, _, problems = check(paths)
    assert any(str(p).startswith("content/sources/us-russia-military-dialogue-2026-02-05.yml:") and "not a valid regular expression" in str(p) for p in problems)
