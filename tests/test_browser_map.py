"""The offline map in a real browser (headless Chromium), on a desktop and a 390 px phone: the
places index, a place's page and an event's locator show it, with the base map loaded from the
site itself and nothing from another host; its points are links a reader clicks or taps, named
for screen readers; axe-core finds nothing serious; on a phone the map scrolls sideways inside
its box (the page does not), pinch zoom is left to the browser, and the list of places is there
too; without JavaScript the map and its links work the same."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_browser import VIEWPORTS, axe_violations, open_page, overflow, problems

MAP_PAGES = {"index": "places/", "place": "places/gva-fx/", "event": "events/gva-talks-fx/"}


def _base_map_loaded(page) -> bool:
    """The base map came from this site and was drawn (an SVG <image> reports no load state, so
    ask the browser's resource timing)."""
    return page.evaluate(
        """() => performance.getEntriesByType('resource')
                .some(r => r.name.startsWith(location.origin + '/') && r.name.endsWith('/assets/maps/world.svg'))"""
    )


@pytest.mark.parametrize("name", list(MAP_PAGES))
@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_map_pages(request, site_url, viewport, name):
    """The map is there and drawn, its base map from the site; no error, no request elsewhere, no
    sideways scrolling of the page on a phone, axe-core clean."""
    watched = request.getfixturevalue(viewport)
    failed = open_page(watched, site_url, MAP_PAGES[name])
    page = watched.page
    svg = page.locator("article figure.chronicle-map svg")
    expect(svg).to_have_count(1)
    expect(svg).to_be_visible()
    box = svg.bounding_box()
    assert box and box["width"] >= 200 and box["height"] >= 100, box
    assert _base_map_loaded(page), "assets/maps/world.svg was not loaded"
    found = problems(watched, failed)
    if viewport == "phone" and (wide := overflow(page)):
        found.append(f"horizontal overflow on a 390 px phone: {wide}")
    found += [f"axe: {v}" for v in axe_violations(page)]
    assert not found, f"{name} ({viewport}, /{MAP_PAGES[name]}):\n  " + "\n  ".join(found)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_a_point_on_the_index_opens_its_place(request, site_url, viewport):
    """Each point is a link named with the place and its events; clicking (tapping) Абу-Дабі, at the
    map's far side (off the phone's screen until the map scrolls), opens its page."""
    watched = request.getfixturevalue(viewport)
    failed = open_page(watched, site_url, "places/")
    page = watched.page
    points = page.locator("article figure.chronicle-map svg a")
    expect(points).to_have_count(3)
    names = [points.nth(i).evaluate("a => a.querySelector('title').textContent") for i in range(3)]
    assert names == ["Абу-Дабі: 2 події", "Женева: 2 події", "Брюссель: 1 подія"]
    expect(page.get_by_role("group", name="Карта місць")).to_be_visible()  # its <title> names it
    link = page.get_by_role("link", name="Абу-Дабі: 2 події")
    link.tap() if viewport == "phone" else link.click()
    page.wait_for_url(site_url + "places/dhabi-fx/")
    expect(page.locator("article h1")).to_contain_text("Абу-Дабі")
    page.wait_for_load_state("networkidle")
    found = problems(watched, failed)
    assert not found, "\n  ".join(found)


def test_a_place_page_links_the_places_near_it(desktop, site_url):
    failed = open_page(desktop, site_url, "places/gva-fx/")
    page = desktop.page
    links = page.locator("article figure.chronicle-map svg a")
    expect(links).to_have_count(1)  # Брюссель; Женева itself is marked, not linked
    page.get_by_role("link", name="Брюссель", exact=True).first.click()
    page.wait_for_url(site_url + "places/bxl-fx/")
    found = problems(desktop, failed)
    assert not found, "\n  ".join(found)


def test_map_points_take_the_keyboard_focus(desktop, site_url):
    open_page(desktop, site_url, "places/")
    page = desktop.page
    page.get_by_role("link", name="Абу-Дабі: 2 події").focus()
    assert page.evaluate("() => document.activeElement.getAttribute('href')") == "dhabi-fx/"
    page.keyboard.press("Enter")
    page.wait_for_url(site_url + "places/dhabi-fx/")


def test_on_a_phone_the_map_pans_in_its_box_and_the_list_is_there(phone, site_url):
    """The map keeps a readable width and scrolls sideways inside its box; the page allows pinch
    zoom (no user-scalable=no, no maximum-scale); the list names every place, with a link."""
    open_page(phone, site_url, "places/")
    page = phone.page
    scroller = page.locator("article figure.chronicle-map .chronicle-map__scroll")
    sizes = scroller.evaluate("e => [e.scrollWidth, e.clientWidth]")
    assert sizes[0] > sizes[1] + 100, sizes
    moved = scroller.evaluate("e => { e.scrollLeft = 200; return e.scrollLeft; }")
    assert moved == 200
    assert overflow(page) is None
    viewport = page.locator('meta[name="viewport"]').get_attribute("content") or ""
    assert "user-scalable=no" not in viewport.replace(" ", "") and "maximum-scale" not in viewport, viewport
    items = page.locator("article > ul li a")
    expect(items).to_have_text(["Абу-Дабі", "Брюссель", "Женева"])
    expect(items.first).to_be_visible()


def test_without_javascript_the_map_and_its_links_work(browser, site_url):
    context = browser.new_context(java_script_enabled=False, locale="uk-UA")
    page = context.new_page()
    page.goto(site_url + "places/", wait_until="networkidle")
    expect(page.locator("article figure.chronicle-map svg a")).to_have_count(3)
    expect(page.locator("article > ul li a")).to_have_count(3)
    page.get_by_role("link", name="Женева: 2 події").click()
    page.wait_for_url(site_url + "places/gva-fx/")
    expect(page.locator("article figure.chronicle-map svg")).to_be_visible()
    context.close()
