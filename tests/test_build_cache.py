"""Issue 19 §2: `chronicle build` renders again only what changed (chronicle.buildcache), and the
site is byte for byte the one a clean build makes.

Each test builds the fixture chronicle, changes it as an editor or a developer would, builds again
with the cache, and compares the site with a clean build of the same project (CHRONICLE_CACHE=0,
into another folder). `--timings` says how many pages each of MkDocs' loops rendered and how many
came from the cache, so a test knows the cache was used (or not).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from chronicle import buildcache
from conftest import copy_project, run_chronicle, tree_digest

STATE = Path("build") / ".render-cache" / "state.json"


def build(root: Path, site: str = "site", workers: int = 2, cache: bool = True):
    timings = root / f"timings-{site}.json"
    timings.unlink(missing_ok=True)
    result = run_chronicle(
        "--root",
        str(root),
        "build",
        "--site-dir",
        site,
        "--timings",
        str(timings),
        env={"CHRONICLE_WORKERS": str(workers), "CHRONICLE_CACHE": "1" if cache else "0"},
    )
    return result, (json.loads(timings.read_text()) if timings.exists() else {})


def same_as_clean(root: Path) -> None:
    """The site equals a clean build's (no cache, one process) of the project as it is now."""
    shutil.rmtree(root / "site-clean", ignore_errors=True)
    result, timings = build(root, "site-clean", workers=1, cache=False)
    assert result.returncode == 0, result.stderr
    assert timings["pages_populated_reused"] == timings["pages_built_reused"] == 0
    assert tree_digest(root / "site") == tree_digest(root / "site-clean")
    shutil.rmtree(root / "site-clean")


def docs_pages(root: Path) -> set[str]:
    docs = root / "build" / "docs"
    return {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")}


@pytest.fixture
def built_once(tmp_path) -> tuple[Path, dict]:
    """A private fixture project built once (no cache yet: every page rendered); its timings."""
    root = copy_project(tmp_path / "project")
    result, timings = build(root)
    assert result.returncode == 0, result.stderr
    assert timings["pages_populated_reused"] == timings["pages_built_reused"] == 0
    assert (root / STATE).is_file()
    return root, timings


def test_a_build_with_nothing_changed_renders_no_page(built_once):
    root, first = built_once
    result, timings = build(root)
    assert result.returncode == 0, result.stderr
    assert timings["pages_populated"] == timings["pages_built"] == 0
    assert timings["pages_populated_reused"] == timings["pages_built_reused"] == first["pages_built"]
    same_as_clean(root)


def test_an_edited_event_renders_its_page_and_the_pages_that_show_it(built_once):
    root, first = built_once
    event = root / "content" / "events" / "osce-council-fx.yml"
    text = event.read_text("utf-8")
    assert "title: Засідання Постійної ради ОБСЄ щодо вимог Росії" in text
    event.write_text(text.replace("щодо вимог Росії", "щодо вимог Москви"), "utf-8")
    result, timings = build(root)
    assert result.returncode == 0, result.stderr
    # Its page, and its year, month, actors', topic's, source's and listing pages: a few, not all.
    assert 1 < timings["pages_populated"] < first["pages_populated"] / 2
    assert timings["pages_built"] == timings["pages_populated"]
    assert "щодо вимог Москви" in (root / "site" / "events" / "osce-council-fx" / "index.html").read_text("utf-8")
    same_as_clean(root)


def test_an_added_and_a_removed_event_give_the_clean_site_and_the_cache_holds_only_todays_pages(built_once):
    root, first = built_once
    events = root / "content" / "events"
    text = (events / "osce-council-fx.yml").read_text("utf-8")
    (events / "osce-council-again-fx.yml").write_text(
        text.replace("Засідання Постійної ради ОБСЄ щодо вимог Росії", "Друге засідання Постійної ради ОБСЄ"),
        "utf-8",
    )
    result, timings = build(root)
    assert result.returncode == 0, result.stderr
    assert (root / "site" / "events" / "osce-council-again-fx" / "index.html").is_file()
    assert 0 < timings["pages_populated"] < first["pages_populated"] / 2
    same_as_clean(root)
    (events / "osce-council-again-fx.yml").unlink()
    result, timings = build(root)
    assert result.returncode == 0, result.stderr
    assert not (root / "site" / "events" / "osce-council-again-fx").exists()
    assert 0 < timings["pages_populated"] < first["pages_populated"] / 2
    same_as_clean(root)
    state = json.loads((root / STATE).read_text("utf-8"))
    assert set(state["pages"]) == docs_pages(root)


def test_a_nav_title_changed_renders_every_page_around_its_own_render(built_once):
    """A nav page's title is in every page's navigation: every page's HTML is made again, but
    only that page's Markdown is rendered again."""
    root, first = built_once
    page = root / "content" / "pages" / "about" / "index.md"
    text = page.read_text("utf-8")
    assert "title: Про проєкт" in text
    page.write_text(text.replace("title: Про проєкт", "title: Про цей проєкт"), "utf-8")
    result, timings = build(root)
    assert result.returncode == 0, result.stderr
    assert timings["pages_populated"] == 1
    assert timings["pages_built"] == first["pages_built"] and timings["pages_built_reused"] == 0
    same_as_clean(root)


@pytest.mark.parametrize("template", ["templates/pages/event.md.j2", "templates/overrides/main.html", "mkdocs.yml"])
def test_a_changed_template_or_config_starts_clean(built_once, template):
    root, first = built_once
    path = root / template
    path.write_text(path.read_text("utf-8") + "\n", "utf-8")
    result, timings = build(root)
    assert result.returncode == 0, result.stderr
    assert timings["pages_populated_reused"] == timings["pages_built_reused"] == 0
    assert timings["pages_built"] == first["pages_built"]
    same_as_clean(root)


def test_the_key_changes_with_mkdocs_material_and_the_code(monkeypatch, built_once):
    from chronicle.render import load_mkdocs, paths_of

    root, _ = built_once
    config = load_mkdocs(root / "mkdocs.yml")
    templates = paths_of(config).templates
    key = buildcache.cache_key(config, root / "mkdocs.yml", templates)
    assert buildcache.cache_key(config, root / "mkdocs.yml", templates) == key
    for package in ("mkdocs", "mkdocs-material"):
        real = buildcache._version
        monkeypatch.setattr(
            buildcache, "_version", lambda name, p=package, real=real: "99" if name == p else real(name)
        )
        assert buildcache.cache_key(config, root / "mkdocs.yml", templates) != key, package
        monkeypatch.setattr(buildcache, "_version", real)
    monkeypatch.setattr(buildcache, "_tree_digest", lambda folder, suffixes=None: str(folder))
    assert buildcache.cache_key(config, root / "mkdocs.yml", templates) != key


def test_a_failed_build_leaves_the_site_and_the_cache_as_they_were(built_once):
    root, _ = built_once
    site, state = tree_digest(root / "site"), (root / STATE).read_bytes()
    event = root / "content" / "events" / "osce-council-fx.yml"
    event.write_text(event.read_text("utf-8").replace("kind: meeting", "kind: picnic"), "utf-8")
    result, _ = build(root)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert tree_digest(root / "site") == site
    assert (root / STATE).read_bytes() == state


@pytest.mark.parametrize("junk", ["not json", "a list", "pages not a dict"])
def test_a_corrupt_cache_is_ignored_and_replaced(built_once, junk):
    root, first = built_once
    key = json.loads((root / STATE).read_text("utf-8"))["key"]
    (root / STATE).write_bytes(
        {
            "not json": b"\x00\xff not json",
            "a list": b"[]",
            "pages not a dict": json.dumps({"format": 1, "key": key, "site": "", "pages": []}).encode(),
        }[junk]
    )
    result, timings = build(root)
    assert result.returncode == 0, result.stderr
    assert (
        "the render cache: build/.render-cache/state.json is not a render cache of this chronicle; ignored"
        in result.stderr
    )
    assert timings["pages_populated_reused"] == timings["pages_built_reused"] == 0
    same_as_clean(root)
    json.loads((root / STATE).read_text("utf-8"))  # replaced by a good one


def test_a_page_of_the_cache_with_the_wrong_shape_is_rendered_again(built_once):
    root, first = built_once
    state = json.loads((root / STATE).read_text("utf-8"))
    for entry in state["pages"].values():
        entry["render"] = 5
        entry["lookups"] = {"x": "y"} if len(entry["source"]) % 2 else entry["lookups"]
    (root / STATE).write_text(json.dumps(state), "utf-8")
    result, timings = build(root)
    assert result.returncode == 0, result.stderr
    assert timings["pages_populated"] == first["pages_populated"]
    same_as_clean(root)


def test_a_cache_or_a_site_reached_through_symbolic_links_is_not_followed(built_once, tmp_path):
    root, first = built_once
    # The cache folder a link to one outside the project (a valid state there): not read, not written.
    outside = tmp_path / "outside"
    shutil.copytree(root / STATE.parent, outside)
    before = tree_digest(outside)
    shutil.rmtree(root / STATE.parent)
    (root / STATE.parent).symlink_to(outside, target_is_directory=True)
    # And one page of the previous site a link to a file of the same bytes outside the site.
    page = root / "site" / "events" / "osce-council-fx" / "index.html"
    copy = tmp_path / "page.html"
    shutil.copy2(page, copy)
    page.unlink()
    page.symlink_to(copy)
    result, timings = build(root)
    assert result.returncode == 0, result.stderr
    assert "the render cache: build/.render-cache is not a plain folder; ignored" in result.stderr
    assert timings["pages_populated_reused"] == 0
    assert tree_digest(outside) == before
    assert (root / STATE.parent).is_dir() and not (root / STATE.parent).is_symlink()
    # Now the cache is good again: the linked page is not taken from where its link points.
    page = root / "site" / "events" / "osce-council-fx" / "index.html"
    shutil.copy2(page, copy)
    page.unlink()
    page.symlink_to(copy)
    result, timings = build(root)
    assert result.returncode == 0, result.stderr
    assert timings["pages_built"] == 1 and timings["pages_populated"] == 0
    assert not (root / "site" / "events" / "osce-council-fx" / "index.html").is_symlink()
    same_as_clean(root)


def test_a_page_changed_in_the_previous_site_is_rendered_again(built_once):
    root, _ = built_once
    page = root / "site" / "events" / "osce-council-fx" / "index.html"
    page.write_text("tampered", "utf-8")
    result, timings = build(root)
    assert result.returncode == 0, result.stderr
    assert timings["pages_built"] == 1
    same_as_clean(root)


def test_a_page_whose_link_target_changed_is_rendered_again(built_once):
    """The cache records what each page's links found (here the about page's link to the method
    page); when that differs from what the files hold now (as if the target had appeared or
    moved), the page is rendered again although its Markdown is the same."""
    root, _ = built_once
    state = json.loads((root / STATE).read_text("utf-8"))
    about = state["pages"]["about/index.md"]
    assert about["lookups"]["method/index.md"] == ["method/", False]
    about["lookups"]["method/index.md"] = None
    (root / STATE).write_text(json.dumps(state), "utf-8")
    result, timings = build(root)
    assert result.returncode == 0, result.stderr
    assert timings["pages_populated"] == 1
    assert json.loads((root / STATE).read_text("utf-8"))["pages"]["about/index.md"]["lookups"]["method/index.md"] == [
        "method/",
        False,
    ]
    same_as_clean(root)


# ---- the search index (chronicle.pagefind): the `names` of unchanged pages kept ----


def test_an_edit_build_takes_the_search_names_of_unchanged_pages_from_the_cache(built_once):
    """Pagefind indexes a staged copy of every page with its `names` (pymorphy3's word forms);
    after one edit, the pages whose HTML is unchanged take theirs from the cache, and the search
    index is byte for byte a clean build's."""
    root, first = built_once
    assert first["search_names_reused"] == 0
    event = root / "content" / "events" / "osce-council-fx.yml"
    event.write_text(event.read_text("utf-8").replace("щодо вимог Росії", "щодо вимог Москви"), "utf-8")
    result, timings = build(root)
    assert result.returncode == 0, result.stderr
    # Every page whose HTML is the previous build's is indexed with its kept names, but the search
    # page, the topics' oldest-first pages and the listings of one year, which are not indexed; the
    # edited ones are not kept.
    site = root / "site"
    shapes = ("topics/*/oldest", "actors/*/[0-9]*", "topics/*/[0-9]*", "timeline/kinds/*/[0-9]*", "quotes/[0-9]*")
    not_indexed = 1 + sum(len(list(site.glob(f"{shape}/index.html"))) for shape in (*shapes, "sources/years/[0-9]*"))
    assert timings["search_names_reused"] >= timings["pages_built_reused"] - not_indexed
    assert timings["search_names_reused"] < timings["pages_built_reused"] + timings["pages_built"]
    assert timings["pages_built"] > 1
    state = json.loads((root / STATE).read_text("utf-8"))
    assert len(state["search"]["names"]) > timings["search_names_reused"]
    same_as_clean(root)


def test_the_search_names_kept_are_dropped_when_the_dictionary_changes(built_once):
    """The kept names hold pymorphy3's word forms: under another version of its dictionary (the
    search part of the state has its own key) none is taken, and the renders still are."""
    root, first = built_once
    state = json.loads((root / STATE).read_text("utf-8"))
    assert state["search"]["names"]
    state["search"]["key"] = "інший словник"
    (root / STATE).write_text(json.dumps(state), "utf-8")
    result, timings = build(root)
    assert result.returncode == 0, result.stderr
    assert timings["search_names_reused"] == 0
    assert timings["pages_populated"] == 0  # the renders were kept
    same_as_clean(root)


def test_pages_staged_by_two_workers_are_those_one_process_stages(built_once, tmp_path):
    """chronicle.pagefind.stage_pages shares the pages out among forked workers: the staged copies
    and the names are the same as one process makes, and given those names again, every page
    takes its names from them."""
    from chronicle import pagefind, pipeline
    from chronicle.render import load_mkdocs, paths_of

    root, _ = built_once
    chronicle, _, _ = pipeline.check(paths_of(load_mkdocs(root / "mkdocs.yml")), suggestions=False)
    site = root / "site"
    pages = sorted(p for p in site.rglob("*.html") if not p.relative_to(site).as_posix().startswith("pagefind"))
    staged, names = {}, {}
    for workers in (1, 2, 3):
        made = pagefind.Names()
        count = pagefind.stage_pages(chronicle, site, tmp_path / str(workers), pages, None, made, workers)
        assert count > 10 and made.reused == 0
        staged[workers], names[workers] = tree_digest(tmp_path / str(workers)), made.new
    assert staged[1] == staged[2] == staged[3] and names[1] == names[2] == names[3]
    again = pagefind.Names(names[1])
    assert pagefind.stage_pages(chronicle, site, tmp_path / "again", pages, None, again, 2) == count
    assert again.reused == count and again.new == names[1]
    assert tree_digest(tmp_path / "again") == staged[1]
