"""Compounds, dash and apostrophe variants typed into the search page, on a desktop and a 390 px
phone: the page they mean comes first (the fixture chronicle: hotline-kept-fx's title says
"Лінія звʼязку США–Росія" (U+02BC), council-meeting-fx's "Засідання Ради НАТО — Росія", dhabi-fx's country
"Об'єднані Арабські Емірати"). Expectations written by hand."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect
from test_browser import VIEWPORTS, axe_violations, open_page, overflow, problems

FIRST = {
    "США–Росія": "events/hotline-kept-fx/",  # en dash, as the title has it
    "США-Росії": "events/hotline-kept-fx/",  # hyphen, and a case ending on the second part
    "США‑Росія": "events/hotline-kept-fx/",  # non-breaking hyphen
    "лінія зв’язку США-Росія": "events/hotline-kept-fx/",  # ’ where the title has ʼ (U+02BC)
    "російсько-американських переговорів": "events/hotline-kept-fx/",  # the summary says "російсько-американських"
    "Рада НАТО-Росія": "events/council-meeting-fx/",  # the title has "НАТО — Росія"
    "Обʼєднаних Арабських Еміратів": "places/dhabi-fx/",  # the page has "Об'єднані"
}


def _search(page, query: str) -> list[str]:
    box = page.get_by_label("Шукати в хроніці")
    box.fill("")
    box.press_sequentially(query, delay=5)
    page.wait_for_function(
        "q => document.getElementById('search').getAttribute('data-answered') === q", arg=query, timeout=20_000
    )
    return page.eval_on_selector_all("#search li > a", "els => els.map(e => new URL(e.href).pathname)")


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_compounds_dashes_and_apostrophes_find_their_page_first(request, site_url, viewport):
    watched = request.getfixturevalue(viewport)
    page = watched.page
    failed = open_page(watched, site_url, "search/")
    wrong = []
    for query, expected in FIRST.items():
        found = _search(page, query)
        if not found or found[0] != "/" + expected:
            wrong.append(f"{query!r}: expected /{expected} first, got {found[:5]}")
    assert not wrong, "\n".join(wrong)
    # The title shows as the editor wrote it, the en dash included; the address keeps the query.
    _search(page, "США-Росії")
    expect(page.locator("#search li > a").first).to_have_text(re.compile("^Лінія звʼязку США–Росія для надзвичайних"))
    expect(page.get_by_role("status")).to_have_text(re.compile(r"^Знайдено \d+ сторін(ку|ки|ок)$"))
    assert parse_qs(urlsplit(page.url).query)["q"] == ["США-Росії"], page.url
    found = problems(watched, failed)
    if viewport == "phone" and (wide := overflow(page)):
        found.append(f"horizontal overflow: {wide}")
    found += [f"axe: {v}" for v in axe_violations(page)]
    assert not found, "\n  ".join(found)
