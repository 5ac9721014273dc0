"""What `chronicle new` proposes from a capture, and the check's warnings when a guess is wrong
(issue 15, sections 2 and 3). Captures: tests/data/captures/ (made up); expectations written out."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from test_boilerplate import CAPTURES, HEADLINES, NAMES

from chronicle import cli


def _run(capsys, root: Path, *args: str) -> tuple[int, str, str]:
    status = cli.main(["--root", str(root), *args])
    out = capsys.readouterr()
    return status, out.out, out.err


def _new_source(capsys, project: Path, name: str, seed_name: str | None = None) -> tuple[dict, str]:
    seed = f"seeds/{seed_name or name + '.txt'}"
    shutil.copyfile(CAPTURES / f"{name}.txt", project / seed)
    status, _, err = _run(capsys, project, "new", "source", "proposed", "--seed", seed)
    assert status == 0, err
    text = (project / "content/sources/proposed.yml").read_text("utf-8")
    return yaml.safe_load(text), text


def _warnings(out: str, path: str) -> list[str]:
    return [
        line.split(": warning: ")[1]
        for line in out.splitlines()
        if line.startswith(path + ":") and ": warning: " in line
    ]


# ---- section 2: new source --seed ----


@pytest.mark.parametrize("name", NAMES)
def test_new_source_proposes_the_headline_as_the_title(project, capsys, name):
    data, text = _new_source(capsys, project, name)
    assert data["title"] == HEADLINES[name]
    assert "# guessed from the capture: the headline above the article" in text


@pytest.mark.parametrize(
    ("name", "published", "time", "language"),
    [
        ("uk-share-bar-popular", "2026-04-03", "10:42", "uk"),
        ("uk-cookie-menu-footer", "2026-05-14", "09:30", "uk"),
        ("ru-tags-comments", "2026-05-21", "16:20", "ru"),
        ("en-wire-related", "2026-05-30", "14:05", "en"),
        ("uk-gov-press-release", "2026-06-12", "15:40", "uk"),
    ],
)
def test_new_source_proposes_the_dateline_and_the_language(project, capsys, name, published, time, language):
    data, text = _new_source(capsys, project, name, "2020-01-01-other-date.txt")  # the capture's dateline wins
    assert str(data["published"]) == published and f"(at {time} in the capture)" in text
    assert data["language"] == language


def test_new_source_says_what_it_guessed_and_what_it_did_not_find(project, capsys):
    data, text = _new_source(capsys, project, "uk-byline-author-box", "2026-06-02-capture.txt")
    assert "# Guessed from the capture (check each): title, published, language." in text
    assert str(data["published"]) == "2026-06-02" and "the seed's file name" in text  # no dateline: the file name
    assert data["outlet"] == "ЗАПОВНІТЬ: видання" and "# not found: no outlet named in the capture" in text


def test_new_source_finds_the_outlet_in_a_copyright_line_or_among_known_outlets(project, capsys):
    data, text = _new_source(capsys, project, "uk-cookie-menu-footer")
    assert data["outlet"] == "Вісті Сходу" and "the copyright line «© 2026 Вісті Сходу. Усі права захищено.»" in text
    (project / "content/sources/proposed.yml").unlink()
    capture = (CAPTURES / "uk-read-also-glued.txt").read_text("utf-8") + "Джерело: УНІАН\n"
    (project / "seeds/named.txt").write_text(capture, "utf-8")
    assert _run(capsys, project, "new", "source", "proposed", "--seed", "seeds/named.txt")[0] == 0
    assert yaml.safe_load((project / "content/sources/proposed.yml").read_text("utf-8"))["outlet"] == "УНІАН"


def test_the_issue_s_capture_gets_its_headline_not_the_share_button(project, capsys):
    """Issue 15's report: `new source --seed` proposed "Поділитися" as the title."""
    capture = "\ufeffПоділитися\r\nНова зустріч міністрів у Варшаві\r\n" + (
        "Міністри закордонних справ двох країн провели у Варшаві переговори про безпеку на кордоні.\r\n"
    )
    (project / "seeds/share.txt").write_bytes(capture.encode("utf-8"))
    assert _run(capsys, project, "new", "source", "proposed", "--seed", "seeds/share.txt")[0] == 0
    assert (
        yaml.safe_load((project / "content/sources/proposed.yml").read_text("utf-8"))["title"]
        == "Нова зустріч міністрів у Варшаві"
    )


# ---- section 2: new event --source ----


def test_new_event_proposes_the_actors_and_the_place_named_in_any_case_form(project, capsys):
    seed = "seeds/2026-06-10-bxl-capture.txt"
    (project / seed).write_text(
        "Секретар РНБО зустрівся з дипломатами в Брюсселі\n"
        "Олексій Данілов обговорив з Олексієм Даніловим нічого, а з Венді Шерман — безпеку; зустріч відбулася між Брюсселем і кордоном.\n"
        "Про Абу-Дабі сторони не говорили, повідомили в апараті ради після завершення зустрічі.\n",
        "utf-8",
    )
    assert _run(capsys, project, "new", "source", "bxl-capture-source", "--seed", seed)[0] == 0
    status, _, err = _run(capsys, project, "new", "event", "bxl-capture-meeting", "--source", "bxl-capture-source")
    assert status == 0, err
    text = (project / "content/events/bxl-capture-meeting.yml").read_text("utf-8")
    data = yaml.safe_load(text)
    assert data["actors"] == ["danilov-fx", "sherman-fx"]  # in the order the article names them
    assert data["place"] == "bxl-fx" and "also named: dhabi-fx" in text
    assert "«Олексій Данілов»" in text and "proposed: named in the article" in text


def test_new_event_proposes_nothing_when_the_article_names_no_one(project, capsys):
    (project / "seeds/none.txt").write_text(
        "Зустріч без імен у місті\nСторони поговорили про погоду й розійшлися, нічого не вирішивши.\n", "utf-8"
    )
    assert _run(capsys, project, "new", "source", "none-source", "--seed", "seeds/none.txt")[0] == 0
    assert _run(capsys, project, "new", "event", "none-event", "--source", "none-source")[0] == 0
    text = (project / "content/events/none-event.yml").read_text("utf-8")
    assert yaml.safe_load(text)["actors"] == [] and "place" not in yaml.safe_load(text)


# ---- section 3: the check catches a wrong guess ----


def _source(project: Path, seed: str, title: str, extra: str = "") -> str:
    import hashlib

    path = "content/sources/guessed.yml"
    digest = hashlib.sha256((project / seed).read_bytes()).hexdigest()
    (project / path).write_text(
        f"seed: {seed}\nsha256: {digest}\noutlet: Вісник\ntitle: {title}\npublished: 2026-04-03\nlanguage: uk\n"
        f"silence: [unlinked{extra}]\n",
        "utf-8",
    )
    return path


def test_a_title_that_is_an_interface_phrase_or_not_in_the_article_is_a_warning(project, capsys):
    shutil.copyfile(CAPTURES / "uk-share-bar-popular.txt", project / "seeds/capture.txt")
    path = _source(project, "seeds/capture.txt", "Поділитися")
    status, out, _ = _run(capsys, project, "check")
    assert status == 0  # a warning, never an error
    assert _warnings(out, path) == [
        "the title is an interface line of the page, not the article's headline; write the headline "
        "(`chronicle clean seeds/capture.txt` shows it) (if that is intended, add `silence: [title-is-interface]`)"
    ]
    assert any(line.startswith(f"{path}:4:8: warning:") for line in out.splitlines())
    _source(project, "seeds/capture.txt", "Польща і Литва будують газогін")
    _, out, _ = _run(capsys, project, "check")
    assert [w.split(" (if")[0] for w in _warnings(out, path)] == [
        "the title is not in the article of seeds/capture.txt (its headline or text); check it against `chronicle clean seeds/capture.txt`"
    ]
    _source(project, "seeds/capture.txt", "Польща і Литва будують газогін", ", title-not-in-article")
    _, out, _ = _run(capsys, project, "check")
    assert _warnings(out, path) == []
    _source(project, "seeds/capture.txt", HEADLINES["uk-share-bar-popular"])
    _, out, _ = _run(capsys, project, "check")
    assert _warnings(out, path) == []


def test_a_capture_kept_almost_whole_or_almost_not_at_all_is_a_warning(project, capsys):
    body = "Міністри закордонних справ двох країн провели у Варшаві переговори про безпеку на кордоні."
    (project / "seeds/bare.txt").write_text(
        f"{body}\nЗа словами сторін, розмова тривала понад чотири години й була відвертою.\n", "utf-8"
    )
    path = _source(
        project,
        "seeds/bare.txt",
        "Міністри закордонних справ двох країн провели у Варшаві переговори",
        ", title-not-in-article",
    )
    _, out, _ = _run(capsys, project, "check")
    assert [w.split(":")[0] for w in _warnings(out, path)] == ["the cleaner kept 100% of seeds/bare.txt"]
    furniture = "\n".join(
        ["Поділитися", "Facebook Telegram Viber", "Популярне"]
        + [f"Заголовок іншої новини номер {n} про щось зовсім інше" for n in range(12)]
    )
    (project / "seeds/bare.txt").write_text(f"Переговори міністрів у Варшаві\n{body}\n{furniture}\n", "utf-8")
    path = _source(project, "seeds/bare.txt", "Переговори міністрів у Варшаві")
    _, out, _ = _run(capsys, project, "check")
    warnings = _warnings(out, path)
    assert len(warnings) == 1 and warnings[0].startswith(
        "the cleaner kept only 12% of seeds/bare.txt as the article"
    )  # 90 of 776 characters


def test_the_fixture_sources_raise_no_capture_warning(project, capsys):
    _, out, _ = _run(capsys, project, "check")
    codes = ("title-not-in-article", "title-is-interface", "kept-little", "kept-almost-all")
    assert not [line for line in out.splitlines() if any(c in line for c in codes)]


@pytest.mark.parametrize(
    ("dateline", "time"),
    [
        ("March 5, 2024 12:05 am", "00:05"),  # midnight is 00, not 12
        ("March 5, 2024 12:30 PM", "12:30"),  # noon stays 12
        ("March 5, 2024 3:45 pm", "15:45"),
        ("5 березня 2024, 09:07", "09:07"),  # a 24-hour clock is kept as written
    ],
)
def test_a_12_hour_dateline_gives_the_24_hour_time(dateline, time):
    from chronicle.clean import DETECT, clean
    from chronicle.editors.propose import from_capture

    text = (
        f"{dateline}\n"
        + "Переговори у Женеві тривали довго і закінчилися нічим, сказав речник міністерства закордонних справ.\n" * 2
    )
    proposal = from_capture(text, clean(text, DETECT), "capture.txt", [])
    assert (proposal.published.value, proposal.time) == ("2024-03-05", time)
