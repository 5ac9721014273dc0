"""Issue 17 §1-2 in a real browser (headless Chromium), on a desktop and a 390 px phone: a quote's
link on an event page opens its source page at the quoted words, which are on screen (not under
the sticky header) and highlighted more strongly than the other quotes by CSS :target, with
JavaScript and without; the pages that list quotes pass axe-core, load nothing from another host
and fit a phone's width.

The fixture's ryabkov-assesses-fx quotes seeds/2022-01-10-gva-talks-fx.txt twice; its first
quote's anchor is pinned in tests/test_provenance.py."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_browser import VIEWPORTS, axe_violations, open_page, overflow, problems

EVENT = "events/ryabkov-assesses-fx/"
SOURCE = "sources/gva-source-fx/"
ANCHOR = "q-2985b3c0c3"
WORDS = "переговори зі США були складними, довгими та конкретними"
TARGET = "rgb(255, 213, 79)"  # #ffd54f, templates/overrides/assets/stylesheets/chronicle.css
MARKED = "rgb(255, 243, 176)"  # #fff3b0


def _style(page, selector: str) -> dict:
    return page.locator(selector).evaluate(
        """e => { const s = getComputedStyle(e), r = e.getBoundingClientRect(),
                         header = document.querySelector('.md-header').getBoundingClientRect();
                  return {background: s.backgroundColor, outline: s.outlineStyle, target: e.matches(':target'),
                          top: r.top, bottom: r.bottom, header: header.bottom, height: innerHeight}; }"""
    )


def _on_screen_and_highlighted(page) -> list[str]:
    """What is wrong with the quoted span the URL's fragment names."""
    found = []
    span = _style(page, f"#{ANCHOR}")
    other = _style(page, "#q-d53372176b")  # the other quote of the same sentence
    if not span["target"]:
        found.append("the span is not the :target")
    if span["background"] != TARGET or span["outline"] != "solid":
        found.append(f"the span is not highlighted as the target: {span}")
    if other["background"] != MARKED or other["outline"] == "solid":
        found.append(f"another quote is not marked as a quote only: {other}")
    if not (span["header"] <= span["top"] and span["bottom"] <= span["height"]):
        found.append(f"the span is not on screen below the header: {span}")
    return found


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_a_quote_link_opens_the_source_at_the_highlighted_words(request, site_url, viewport):
    watched = request.getfixturevalue(viewport)
    page, on_phone = watched.page, viewport == "phone"
    failed = open_page(watched, site_url, EVENT)
    found = [f"axe (event page): {v}" for v in axe_violations(page)]
    link = page.get_by_role("link", name="цитата в тексті статті").first
    expect(link).to_have_attribute("href", f"../../sources/gva-source-fx/#{ANCHOR}")
    link.scroll_into_view_if_needed()
    link.tap() if on_phone else link.click()
    page.wait_for_url(site_url + SOURCE + "#" + ANCHOR)
    page.wait_for_load_state("networkidle")
    expect(page.locator(f"mark#{ANCHOR}")).to_have_text(WORDS)
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    found += _on_screen_and_highlighted(page)
    found += problems(watched, failed)
    if on_phone and (wide := overflow(page)):
        found.append(f"horizontal overflow on the source page: {wide}")
    found += [f"axe (source page): {v}" for v in axe_violations(page)]
    assert not found, f"{viewport}:\n  " + "\n  ".join(found)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_highlight_needs_no_javascript(browser, site_url, viewport):
    size = {"width": 1280, "height": 900} if viewport == "desktop" else {"width": 390, "height": 844}
    context = browser.new_context(java_script_enabled=False, viewport=size, locale="uk-UA")
    page = context.new_page()
    page.goto(site_url + SOURCE + "#" + ANCHOR)
    found = _on_screen_and_highlighted(page)
    context.close()
    assert not found, f"{viewport}, without JavaScript:\n  " + "\n  ".join(found)


@pytest.mark.parametrize("path", ["quotes/", "quotes/2022/", "actors/ryabkov-fx/"])
@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_pages_that_list_quotes(request, site_url, viewport, path):
    watched = request.getfixturevalue(viewport)
    failed = open_page(watched, site_url, path)
    found = problems(watched, failed)
    if viewport == "phone" and (wide := overflow(watched.page)):
        found.append(f"horizontal overflow on a 390 px phone: {wide}")
    found += [f"axe: {v}" for v in axe_violations(watched.page)]
    assert not found, f"/{path} ({viewport}):\n  " + "\n  ".join(found)
    if path == "quotes/":  # the index reaches a year, and the year a source's quoted words
        watched.page.get_by_role("link", name="2022", exact=True).click()
        watched.page.wait_for_url(site_url + "quotes/2022/")
        source = watched.page.locator(f"article a[href$='#{ANCHOR}']")
        expect(source).to_have_text("У Женеві завершилися переговори США та Росії")
