"""Issue 18, section 2, in a real browser (headless Chromium) on the fixture's build (conftest's
`built`), on a desktop and a 390 px phone: reported speech is not shown as a quotation.

- On ryabkov-assesses-fx's page the article's account of what Ryabkov said ("Рябков зазначив, що
  переговори…", `kind: reported`) is in no <blockquote>, has no «» and is read with its label,
  "Переказ (непряма мова):";
- drafts-fx's translated words are a <blockquote>, their byline saying "у перекладі українською";
- the lists of quotes (quotes/2022/, the speaker's page) show the reported words without «»,
  after "(переказ)";
- each page passes axe-core, loads nothing from another host and fits a phone.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_browser import VIEWPORTS, axe_violations, open_page, overflow, problems

REPORTED = "переговори зі США були складними, довгими та конкретними"
TRANSLATED = "від будь-якої військової діяльності на території України"


def _checked(watched, site_url: str, path: str, viewport: str) -> list[str]:
    """Open a page; what is wrong with it whatever its quotes (errors, other hosts, overflow, axe)."""
    failed = open_page(watched, site_url, path)
    found = problems(watched, failed) + [f"axe: {v}" for v in axe_violations(watched.page)]
    if viewport == "phone" and (wide := overflow(watched.page)):
        found.append(f"horizontal overflow on a 390 px phone: {wide}")
    return found


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_reported_speech_on_the_event_page_is_labelled_and_not_quoted(request, site_url, viewport):
    watched = request.getfixturevalue(viewport)
    page = watched.page
    found = _checked(watched, site_url, "events/ryabkov-assesses-fx/", viewport)
    said = page.locator(
        "article p", has_text=f"Переказ (непряма мова): {REPORTED}"
    )  # not the summary, which says it too
    expect(said).to_have_count(1)
    expect(said).to_be_visible()
    # What a screen reader reads: the label first, then the words, no quotation marks.
    expect(said).to_have_text(f"Переказ (непряма мова): {REPORTED}")
    assert said.evaluate("e => e.closest('blockquote') === null"), "reported speech is in a <blockquote>"
    expect(page.locator("article blockquote")).to_have_count(0)
    assert not found, f"{viewport}:\n  " + "\n  ".join(found)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_a_translation_is_a_quotation_labelled_переклад(request, site_url, viewport):
    watched = request.getfixturevalue(viewport)
    page = watched.page
    found = _checked(watched, site_url, "events/drafts-fx/", viewport)
    quote = page.locator("article blockquote")
    expect(quote).to_have_count(1)
    expect(quote).to_have_text(TRANSLATED)
    byline = page.locator("article p", has_text="за джерелом")
    expect(byline).to_contain_text(
        "МЗС Росії, за джерелом У Женеві завершилися переговори США та Росії, у перекладі українською"
    )
    assert not found, f"{viewport}:\n  " + "\n  ".join(found)


@pytest.mark.parametrize("path", ["quotes/2022/", "actors/ryabkov-fx/"])
@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_lists_show_reported_speech_without_quotation_marks(request, site_url, viewport, path):
    watched = request.getfixturevalue(viewport)
    found = _checked(watched, site_url, path, viewport)
    item = watched.page.locator("article li", has_text=REPORTED)
    expect(item).to_have_count(1)
    expect(item).to_contain_text(f"Сергій Рябков (переказ): {REPORTED} · подія:")
    text = item.inner_text()
    assert "«" not in text and "»" not in text, text
    assert not found, f"/{path} ({viewport}):\n  " + "\n  ".join(found)
