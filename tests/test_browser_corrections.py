"""Corrections in a real browser (issue 17 §5), on a desktop and a 390 px phone: the corrections
page and an event's corrections section are visible, their links lead where they say, nothing
comes from another host, nothing sticks out sideways, and axe-core finds no serious or critical
violation. The fixture's event dialogue-restored-fx has two corrections (tests/test_corrections.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_browser import VIEWPORTS, axe_violations, open_page, overflow, problems

EVENT = "events/dialogue-restored-fx/"


def _clean(watched, failed: list[str], viewport: str) -> list[str]:
    found = problems(watched, failed)
    if viewport == "phone" and (wide := overflow(watched.page)):
        found.append(f"horizontal overflow on a 390 px phone: {wide}")
    return found + [f"axe: {v}" for v in axe_violations(watched.page)]


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_corrections_page_lists_them_and_leads_to_the_entry(request, site_url, viewport):
    watched = request.getfixturevalue(viewport)
    failed = open_page(watched, site_url, "corrections/")
    page = watched.page
    expect(page.get_by_role("heading", name="Виправлення", level=1)).to_be_visible()
    items = page.locator("article li")
    expect(items).to_have_count(3)
    expect(items.first).to_contain_text("12 березня 2026 р.")
    expect(items.first).to_contain_text("До учасників додано Збройні сили США як речника")
    expect(items.last).to_contain_text("6 лютого 2026 р.")
    found = _clean(watched, failed, viewport)
    assert not found, f"corrections/ ({viewport}):\n  " + "\n  ".join(found)
    # A tap on the entry opens its page at its corrections.
    link = items.first.get_by_role(
        "link", name="США та Росія домовляються відновити діалог на високому рівні між військовими"
    )
    link.tap() if viewport == "phone" else link.click()
    page.wait_for_url(f"{site_url}{EVENT}#corrections")
    expect(page.get_by_role("heading", name="Виправлення", level=2)).to_be_in_viewport()


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_an_events_corrections_are_visible(request, site_url, viewport):
    watched = request.getfixturevalue(viewport)
    failed = open_page(watched, site_url, EVENT)
    page = watched.page
    heading = page.get_by_role("heading", name="Виправлення", level=2)
    heading.scroll_into_view_if_needed()
    expect(heading).to_be_visible()
    expect(page.get_by_text("Оновлено:", exact=False)).to_be_visible()
    expect(page.get_by_text("Вид події виправлено із «заяви» на «домовленість»")).to_be_visible()
    expect(page.get_by_role("link", name="повідомлення агенції")).to_have_attribute(
        "href", "../../sources/dialogue-source-fx/"
    )
    found = _clean(watched, failed, viewport)
    assert not found, f"{EVENT} ({viewport}):\n  " + "\n  ".join(found)


def test_the_corrections_feed_is_served_as_xml(desktop, site_url):
    response = desktop.page.request.get(site_url + "corrections.xml")
    assert response.ok and response.body().startswith(b'<?xml version="1.0" encoding="utf-8"?>\n<feed')
