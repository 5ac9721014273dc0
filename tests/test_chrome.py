"""The page chrome repeated on every page, cut to what readers use (issue 19 §3, docs/performance.md):
no palette script without a palette, Material's __config without the translations of Material's
search (Pagefind is the search), and the navigation pruned to the page's own section
(mkdocs.yml: navigation.prune). Checked on the fixture's built site, and in Chromium on a desktop
and a 390 px phone: the theme's script runs without an error, the pruned section opens its pages."""

from __future__ import annotations

import json
import re

import lxml.html
import pytest
from playwright.sync_api import expect
from test_browser import VIEWPORTS, axe_violations, open_page, problems, settle

from conftest import copy_project, run_chronicle

EVENT = "events/gva-talks-fx/"


def _page(built, rel: str):
    return lxml.html.document_fromstring((built / "site" / rel / "index.html").read_text("utf-8"))


def _nav_links(tree) -> dict[str, str]:
    """The primary navigation's links: their text (whitespace collapsed) to their href."""
    links = tree.xpath('//nav[contains(@class, "md-nav--primary")]//a[contains(@class, "md-nav__link")]')
    return {" ".join(a.text_content().split()): a.get("href") for a in links}


def test_no_page_carries_the_palette_script_or_materials_search_translations(built):
    site = built / "site"
    pages = [p for p in site.rglob("*.html") if "pagefind" not in p.parts and p.name != "404.html"]
    assert len(pages) > 20
    for path in pages:
        text = path.read_text("utf-8")
        rel = path.relative_to(site).as_posix()
        assert '__md_get("__palette")' not in text, f"{rel}: the palette script, and no palette is configured"
        config = lxml.html.document_fromstring(text).xpath('//script[@id="__config"]')
        assert config, rel
        data = json.loads(config[0].text)
        # What Material's script still reads: the clipboard's words (Ukrainian), the version selector's.
        assert data["translations"] == {
            "clipboard.copy": "Скопіювати в буфер",
            "clipboard.copied": "Скопійовано в буфер",
            "select.version": "Обрати версію",
        }, rel
        assert "search.result.none" not in text and "Збігів не знайдено" not in text, rel
        assert data["version"] is None and data["base"] in (".", "..", "../..", "../../..", "../../../..")


def test_the_navigation_lists_a_sections_pages_only_within_it(built):
    event = _nav_links(_page(built, EVENT))
    # Every top-level entry, "Про проєкт" as one link to its first page; not its other pages.
    assert event["Хронологія"] == "../../timeline/" and event["Джерела"] == "../../sources/"
    assert event["Про проєкт"] == "../../about/"
    assert "Метод" not in event and "Виправлення" not in event
    about = _nav_links(_page(built, "about"))
    assert about["Метод"] == "../method/" and about["Виправлення"] == "../corrections/"
    assert about["Хронологія"] == "../timeline/"  # the other sections are still there


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_pruned_section_opens_its_pages(request, site_url, viewport):
    """From an event page (through the drawer on a phone), "Про проєкт" opens the about page, whose
    navigation lists the section's pages; the theme's script runs without an error on both pages
    (a translation it needs and does not find would be one)."""
    watched = request.getfixturevalue(viewport)
    page = watched.page
    failed = open_page(watched, site_url, EVENT)
    nav = page.locator(".md-sidebar--primary")
    if viewport == "phone":
        page.locator('label.md-header__button[for="__drawer"]').tap()
        settle(page)
    link = nav.get_by_role("link", name="Про проєкт", exact=True)
    expect(link).to_be_visible()
    link.tap() if viewport == "phone" else link.click()
    page.wait_for_url(site_url + "about/")
    page.wait_for_load_state("networkidle")
    if viewport == "phone":
        page.locator('label.md-header__button[for="__drawer"]').tap()
        settle(page)
    expect(nav.get_by_role("link", name="Метод", exact=True)).to_be_visible()
    found = problems(watched, failed) + [f"axe: {v}" for v in axe_violations(page)]
    assert not found, f"{viewport}:\n  " + "\n  ".join(found)


def test_without_javascript_the_pruned_section_is_a_plain_link(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + EVENT)
        link = page.locator(".md-sidebar--primary").get_by_role("link", name="Про проєкт", exact=True)
        expect(link).to_have_attribute("href", "../../about/")
        page.goto(link.evaluate("a => a.href"))
        assert re.search(r"/about/$", page.url)
        expect(page.locator("article h1")).to_be_visible()
    finally:
        context.close()


def test_with_a_palette_materials_palette_script_is_back(tmp_path):
    """The palette script is left out only because no palette is configured: with a palette and its
    toggle in mkdocs.yml, every page restores the reader's choice as Material does."""
    root = copy_project(tmp_path / "project")
    config = root / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "  custom_dir: templates/overrides\n" in text
    palette = (
        "  palette:\n"
        "    - scheme: default\n"
        "      toggle: {icon: material/brightness-7, name: Темна тема}\n"
        "    - scheme: slate\n"
        "      toggle: {icon: material/brightness-4, name: Світла тема}\n"
    )
    config.write_text(
        text.replace("  custom_dir: templates/overrides\n", "  custom_dir: templates/overrides\n" + palette)
    )
    result = run_chronicle("--root", str(root), "build")
    assert result.returncode == 0, result.stdout + result.stderr
    event = (root / "site" / EVENT / "index.html").read_text("utf-8")
    assert 'var palette=__md_get("__palette")' in event and 'data-md-color-scheme="slate"' in event
