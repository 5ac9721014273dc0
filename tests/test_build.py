"""A real build of the real chronicle with MkDocs and Material, checked page by page."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from chronicle.linkcheck import check_site
from conftest import FIXTURE, copy_project, pagefind_records, run_chronicle, tree_digest

KINDS = ["events", "actors", "sources", "topics", "places"]


def yaml_entries(kind: str) -> dict:
    return {p.stem: yaml.safe_load(p.read_text("utf-8")) for p in sorted((FIXTURE / "content" / kind).glob("*.yml"))}


def test_every_entry_has_its_page(built):
    site = built / "site"
    for kind in KINDS:
        entries = yaml_entries(kind)
        assert entries, kind
        for entry_id, data in entries.items():
            page = site / kind / entry_id / "index.html"
            assert page.is_file(), page
            heading = data.get("title") or data.get("name")
            assert f">{heading}<" in page.read_text("utf-8").replace("&#39;", "'").replace("&quot;", '"'), page
    for page in [
        "index.html",
        "timeline/index.html",
        "timeline/2022/index.html",
        "timeline/2026/index.html",
        "about/index.html",
        "method/index.html",
        "actors/index.html",
        "sources/index.html",
    ]:
        assert (site / page).is_file(), page


def test_pages_are_ukrainian(built):
    page = (built / "site/events/gva-talks-fx/index.html").read_text("utf-8")
    assert '<html lang="uk"' in page
    assert "10 січня 2022 р." in page and "глава делегації" in page
    actor = (built / "site/actors/ryabkov-fx/index.html").read_text("utf-8")
    assert actor.index("Події") < actor.index("gva-talks-fx")
    assert "Венді Шерман" in actor  # the actors he met


def section(page: str, anchor: str) -> str:
    """The HTML of one section of a page: from its heading to the next h2."""
    start = page.index(f'id="{anchor}"')
    end = page.find("<h2", start)
    return page[start : end if end != -1 else None]


def test_related_events_are_linked_both_ways_in_time_order(built):
    gva = (built / "site/events/gva-talks-fx/index.html").read_text("utf-8")
    # The Washington Post report names Geneva as related; Geneva shows it as what came before.
    assert "wapo-report-fx" in section(gva, "before")
    assert "comms-suspended-fx" in section(gva, "after")
    suspended = (built / "site/events/comms-suspended-fx/index.html").read_text("utf-8")
    assert "gva-talks-fx" in section(suspended, "before")
    assert "dialogue-restored-fx" in section(suspended, "after")
    restored = (built / "site/events/dialogue-restored-fx/index.html").read_text("utf-8")
    assert "comms-suspended-fx" in section(restored, "before")


def test_scheduled_events_long_past_show_as_such(built):
    # 12 January 2022, before the newest source (5 February 2026): tests/test_stale.py.
    council = (built / "site/events/council-meeting-fx/index.html").read_text("utf-8")
    assert "<strong>Статус:</strong> заплановано; про результат джерел немає" in council
    home = (built / "site/index.html").read_text("utf-8")
    assert 'id="scheduled"' not in home and "council-meeting-fx" in section(home, "latest")


def test_every_link_resolves_and_nothing_loads_from_other_hosts(built):
    report = check_site(built / "site")
    assert report.pages > 40 and report.links > 1000
    assert report.problems == []
    result = run_chronicle("--root", str(built), "linkcheck")
    assert result.returncode == 0 and "chronicle linkcheck: OK" in result.stderr


def test_the_link_check_finds_what_is_broken(built, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built / "site", site)
    page = site / "events/gva-talks-fx/index.html"
    html = page.read_text("utf-8")
    html = html.replace('href="../../actors/ryabkov-fx/"', 'href="../../actors/ryabkof-fx/"', 1)
    html = html.replace(
        "</body>",
        '<a href="#nowhere">x</a><img src="https://tracker.example/p.gif"><script src="//cdn.example/x.js"></script>'
        '<svg><image href="https://tiles.example/0/0/0.png"/></svg></body>',
    )
    page.write_text(html, encoding="utf-8")
    problems = check_site(site).problems
    where = "events/gva-talks-fx/index.html"
    assert problems == [
        f"{where}: broken link ../../actors/ryabkof-fx/",
        f"{where}: link #nowhere: no such anchor on the page",
        f"{where}: <img> loads https://tracker.example/p.gif from another host; keep it in the site",
        f"{where}: <script> loads //cdn.example/x.js from another host; keep it in the site",
        f"{where}: <image> loads https://tiles.example/0/0/0.png from another host; keep it in the site",
    ]
    result = run_chronicle("--root", str(built), "linkcheck", str(site))
    assert result.returncode == 1 and f"{where}: broken link" in result.stdout


def test_search_index_holds_the_ukrainian_text(built):
    records = pagefind_records(built / "site")
    text = " ".join(r["meta"]["title"] + " " + r["content"] for r in records.values())
    for words in [
        "Рябков",
        "Женева",
        "переговорів",
        "Діалогу зі стратегічної стабільності",
        "Підтримка діалогу між військовими",
    ]:
        assert words in text, words
    assert "/events/gva-talks-fx/" in records


def test_export_matches_the_yaml(built):
    data = json.loads((built / "site/data/chronicle.json").read_text("utf-8"))
    for kind in KINDS:
        entries = yaml_entries(kind)
        exported = {item["id"]: item for item in data[kind]}
        assert set(exported) == set(entries), kind
        for entry_id, item in exported.items():
            assert (built / "site" / item["page"] / "index.html").is_file()
            source = entries[entry_id]
            for field in ("title", "name", "kind", "status", "outlet", "published", "sha256", "summary", "description"):
                if field in source:
                    expected = source[field].isoformat() if hasattr(source[field], "isoformat") else source[field]
                    assert item[field] == expected, (kind, entry_id, field)
    events = {e["id"]: e for e in data["events"]}
    for entry_id, source in yaml_entries("events").items():
        assert events[entry_id]["date"] == str(source["date"])
        assert events[entry_id]["sources"] == source["sources"]
        assert [q["text"] for q in events[entry_id]["quotes"]] == [q["text"] for q in source.get("quotes", [])]
        assert [a["id"] for a in events[entry_id]["actors"]] == [
            a if isinstance(a, str) else a["id"] for a in source.get("actors", [])
        ]


def test_source_pages_show_the_cleaned_text_and_link_the_raw_seed(built):
    page = (built / "site/sources/gva-source-fx/index.html").read_text("utf-8")
    text = page[page.index('id="text"') :]
    assert "Як повідомили у Державному департаменті США" in text
    assert "Відео дня" not in text and "Посол України погрозив" not in text
    assert "Як повідомили у Державному департаменті США" in page
    seed = "seeds/2022-01-10-gva-talks-fx.txt"
    assert f'href="../../{seed}"' in page
    # The seed byte for byte after a UTF-8 byte-order mark (chronicle.origin.served_capture).
    assert (built / "site" / seed).read_bytes() == b"\xef\xbb\xbf" + (FIXTURE / seed).read_bytes()


def test_two_builds_are_byte_identical(built, tmp_path):
    other = copy_project(tmp_path / "again")
    result = run_chronicle("--root", str(other), "build")
    assert result.returncode == 0, result.stderr
    first, second = tree_digest(built / "site"), tree_digest(other / "site")
    assert first.keys() == second.keys()
    assert first == second


def test_mkdocs_build_from_the_root_gives_the_same_site(built, tmp_path):
    other = copy_project(tmp_path / "plain")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "out"],
        cwd=other,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert tree_digest(other / "out") == tree_digest(built / "site")


def test_a_broken_entry_fails_the_build_and_keeps_the_last_good_site(built, tmp_path):
    project = tmp_path / "broken"
    shutil.copytree(built, project)
    before = tree_digest(project / "site")
    event = project / "content/events/gva-talks-fx.yml"
    event.write_text(event.read_text("utf-8").replace("place: gva-fx", "place: gva-fz"), "utf-8")
    bad = project / "content/actors/bad-yaml.yml"
    bad.write_text("name: [unclosed\n", "utf-8")
    for command in ("check", "build"):
        result = run_chronicle("--root", str(project), command)
        assert result.returncode == 1, command
        out = result.stdout + result.stderr
        assert "Traceback" not in out
        assert re.search(r"^content/events/gva-talks-fx\.yml:\d+:8: unknown place 'gva-fz'", result.stdout, re.M), out
        assert re.search(r"^content/actors/bad-yaml\.yml:2:1: YAML syntax error", result.stdout, re.M), out
    assert tree_digest(project / "site") == before
    assert not list(project.glob(".site-*"))


def test_a_broken_link_in_a_page_keeps_the_last_good_site(built, tmp_path):
    project = tmp_path / "render-fails"
    shutil.copytree(built, project)
    before = tree_digest(project / "site")
    page = project / "content/pages/about/index.md"
    page.write_text(page.read_text("utf-8") + "\n[зламане посилання](nowhere.md)\n", "utf-8")
    result = run_chronicle("--root", str(project), "build")
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    # chronicle.pages finds the broken link before MkDocs renders, at the page's line and column.
    assert "content/pages/about/index.md:" in result.stdout and "nowhere.md" in result.stdout
    assert tree_digest(project / "site") == before
    assert not list(project.glob(".site-*"))


@pytest.mark.parametrize(
    "broken, expected",
    [
        (
            "{% block extrahead %}{{ super() }}{% if %}{% endblock %}",
            r"templates/overrides/main\.html:\d+: the template failed: ",
        ),
        ("{% block announce %}{{ page.nothing.at_all }}{% endblock %}", r"the template failed: .*nothing"),
    ],
)
def test_a_failed_render_keeps_the_last_good_site(built, tmp_path, broken, expected):
    """MkDocs itself fails (a theme override that does not compile or render): the check cannot
    see it, the render does. One line naming the template, exit 1, site/ and build/docs/ as they were."""
    project = tmp_path / "render-fails"
    shutil.copytree(built, project)
    site, docs = tree_digest(project / "site"), tree_digest(project / "build/docs")
    main = project / "templates/overrides/main.html"
    main.write_text(main.read_text("utf-8") + "\n" + broken + "\n", "utf-8")
    assert run_chronicle("--root", str(project), "check").returncode == 0
    result = run_chronicle("--root", str(project), "build")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert "internal error" not in result.stderr
    assert re.search(expected, result.stderr), result.stderr
    assert tree_digest(project / "site") == site
    assert tree_digest(project / "build/docs") == docs
    assert not list(project.glob(".site-*"))


def test_check_passes_on_the_real_chronicle():
    result = run_chronicle("check")
    assert result.returncode == 0, result.stdout + result.stderr
    # Suggestions (warnings) may come with an editor's pull request; errors may not.
    assert all(": warning: " in line for line in result.stdout.splitlines())
    assert "chronicle check: OK (" in result.stderr


@pytest.mark.parametrize(
    "file, old, new, expected",
    [
        (
            "content/events/council-meeting-fx.yml",
            "date: 2022-01-12",
            "date: 2022-01-32",
            r"council-meeting-fx\.yml:3:7: '2022-01-32' is not a real calendar date",
        ),
        (
            "content/events/council-meeting-fx.yml",
            "status: scheduled\n",
            "",
            r"council-meeting-fx\.yml:2:1: missing required field 'status'",
        ),
        (
            "content/places/gva-fx.yml",
            "country:",
            "contry:",
            r"places/gva-fx\.yml:\d+:1: unknown field 'contry'; did you mean 'country'\?",
        ),
        (
            "content/topics/arms-fx.yml",
            "name: ",
            "name:\n  - ",
            r"topics/arms-fx\.yml:\d+:3: 'name' should be text, not list",
        ),
        (
            "content/sources/gva-source-fx.yml",
            "published: 2022-01-10",
            "published: 2022-01-10T10:00",
            r"gva-source-fx\.yml:\d+:12: '2022-01-10T10:00' in 'published' is not a date",
        ),
    ],
)
def test_the_command_line_names_each_broken_entry(project, file, old, new, expected):
    path = project / file
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")
    result = run_chronicle("--root", str(project), "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert re.search("^content/" + expected, result.stdout, re.M) or re.search(expected, result.stdout), result.stdout
    assert all(re.match(r"^[^:\n]+:\d+:\d+: ", line) for line in result.stdout.splitlines()), result.stdout


def _gzip_time(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[4:8], "little")


def test_source_date_epoch_fixes_every_date_in_the_output(built, tmp_path):
    # Unset, the build is dated by the newest source (5 February 2026).
    assert _gzip_time(built / "site/sitemap.xml.gz") == 1770249600
    # Set, it wins; two builds in different places with it are byte-identical.
    trees = []
    for name in ("one", "two"):
        root = copy_project(tmp_path / name)
        result = run_chronicle("--root", str(root), "build", env={"SOURCE_DATE_EPOCH": "1700000000"})
        assert result.returncode == 0, result.stderr
        assert _gzip_time(root / "site/sitemap.xml.gz") == 1700000000 // 86400 * 86400  # MkDocs keeps the day
        trees.append(tree_digest(root / "site"))
    assert trees[0] == trees[1]
    changed = {path for path in trees[0] if trees[0][path] != tree_digest(built / "site").get(path)}
    # The build date is in these files only (and in calendar.ics's events, DTSTAMP: the fixture's
    # scheduled events are long past, so it has none; tests/test_stale.py), and in the access date
    # ("дата звернення") of each event's and source's references (chronicle.cite), on its page and
    # in its downloads (data: URIs in that page).
    cited = [("events", f.stem) for f in (FIXTURE / "content/events").glob("*.yml")]
    cited += [("sources", f.stem) for f in (FIXTURE / "content/sources").glob("*.yml")]
    assert changed == {"sitemap.xml.gz", "feed.xml"} | {
        path for folder, i in cited for path in (f"{folder}/{i}/index.html",)
    }
