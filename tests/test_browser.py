"""The built site in a real browser (headless Chromium), as readers get it on desktops and phones.

Every test opens pages of one real build (conftest's `built`) over the local HTTP server
(`site_url`) and checks what only a browser shows: console and page errors, requests to other
hosts, failed requests (a 404 of a file the theme fetches), horizontal overflow on a phone, the
phone's navigation drawer, the search dialog with a Ukrainian query, and axe-core's accessibility
rules (no "serious" or "critical" violation). A failure lists what went wrong, page by page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import AXE, ROOT

PAGES = {
    "home": "",
    "timeline": "timeline/",
    "year": "timeline/2022/",
    "event": "events/geneva-strategic-stability-talks-2022-01-10/",
    "actor": "actors/sergei-ryabkov/",
    "source": "sources/geneva-talks-ended-2022-01-10/",
}
QUERY = "Женева"
VIEWPORTS = ["desktop", "phone"]
SEVERE = ("serious", "critical")


# ---- helpers ----

def watch_responses(watched) -> list[str]:
    """Collects every response with an error status, with its URL: the console only says
    "Failed to load resource: 404" without naming the file."""
    failed: list[str] = []
    watched.page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    return failed


def open_page(watched, site_url: str, path: str) -> list[str]:
    """Opens a page and waits until the network is idle, so that what the theme fetches after
    load (the search index, sitemap.xml for every <link rel=alternate>) has been answered."""
    failed = watch_responses(watched)
    response = watched.page.goto(site_url + path, wait_until="networkidle")
    assert response is not None and response.ok, f"{site_url + path}: {response and response.status}"
    return failed


def problems(watched, failed: list[str]) -> list[str]:
    found = (
        [f"console/page error: {e}" for e in watched.errors]
        + [f"failed request: {f}" for f in failed]
        + [f"request to another host: {u}" for u in watched.foreign]
    )
    if any(f.endswith("/sitemap.xml") for f in failed):
        found.append(
            "(Material fetches sitemap.xml relative to the href of every <link rel=alternate> in "
            "the head: such a link must point where a sitemap.xml resolves, e.g. the site root)"
        )
    return found


def overflow(page) -> str | None:
    """None, or what sticks out to the right of the screen (the page scrolls or zooms sideways).

    The screen's width is the viewport's, not window.innerWidth: with is_mobile, Chromium does
    what a phone's browser does with a page wider than the screen, it widens the layout viewport
    (and zooms out) to fit it, so innerWidth grows with the overflow and scrollWidth <= innerWidth
    would always hold."""
    return page.evaluate(
        """(width) => {
            const doc = document.documentElement;
            if (doc.scrollWidth <= width && window.innerWidth <= width) return null;
            const wide = [...document.querySelectorAll('body *')]
                .filter(e => getComputedStyle(e).position !== 'fixed')  // these follow the widened viewport
                .filter(e => e.getBoundingClientRect().right > width + 1)
                .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 1)
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className.trim()
                     ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                     + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)');
            return `scrollWidth ${doc.scrollWidth} px, innerWidth ${window.innerWidth} px on a `
                 + `${width} px screen; first to stick out: ${wide.join(', ') || '?'}`;
        }""",
        page.viewport_size["width"],
    )


def axe_violations(page) -> list[str]:
    """axe-core run in the page; the serious and critical violations, one line each."""
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ['violations']});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
                nodes: v.nodes.slice(0, 3).map(n => ({
                    target: n.target.join(' '),
                    summary: (n.failureSummary || '').split('\\n').slice(1, 2).join('').trim(),
                })),
            }));
        }"""
    )
    return [
        f"{v['id']} ({v['impact']}, {v['count']} element(s)): {v['help']}\n"
        + "\n".join(f"      {n['target']}  — {n['summary']}" for n in v["nodes"])
        for v in found
        if v["impact"] in SEVERE
    ]


def search(page, query: str = QUERY, phone: bool = False):
    """Opens the search from the header, as a reader does, types the query and waits for results."""
    if phone:
        # On a phone the search box is hidden behind the header's magnifier button.
        page.locator('label.md-header__button[for="__search"]').tap()
    else:
        page.locator(".md-search__input").click()
    field = page.locator(".md-search__input")
    field.wait_for(state="visible")
    # Playwright types characters that are not on its US keyboard (all of Cyrillic) as inserted
    # text, without key events, and Material reads the query on keyup: press End afterwards, as
    # the keyup of the last letter a reader types.
    field.fill(query)
    field.press("End")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="visible", timeout=5000)
    settle(page)
    return results


def settle(page):
    """Waits for the theme's transitions to end: on a phone the search opens with a circle that
    grows far past the screen's edges for a quarter of a second before Material locks the
    page's scrolling, and the drawer slides in from the left."""
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')", timeout=5000)


# ---- every page, on a desktop and on a phone ----

@pytest.mark.parametrize("name", list(PAGES))
@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_page(request, site_url, viewport, name):
    """No console error, no failed request, nothing from another host, no sideways scrolling on a
    phone, and no serious or critical axe-core violation."""
    watched = request.getfixturevalue(viewport)
    failed = open_page(watched, site_url, PAGES[name])
    found = problems(watched, failed)
    if viewport == "phone" and (wide := overflow(watched.page)):
        found.append(f"horizontal overflow on a 390 px phone: {wide}")
    found += [f"axe: {v}" for v in axe_violations(watched.page)]
    assert not found, f"{name} ({viewport}, /{PAGES[name]}):\n  " + "\n  ".join(found)


# ---- the search ----

@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_search_finds_and_opens_a_page(request, site_url, viewport):
    """The header's search opens (behind the magnifier on a phone), a Ukrainian query shows
    results, the open dialog passes axe-core, and tapping (clicking) a result opens its page."""
    watched = request.getfixturevalue(viewport)
    page, on_phone = watched.page, viewport == "phone"
    failed = open_page(watched, site_url, "")
    results = search(page, phone=on_phone)
    texts = " ".join(results.all_inner_texts())
    assert "Женев" in texts, f"the results for {QUERY!r} do not mention it: {texts[:300]!r}"
    found = problems(watched, failed)
    if on_phone and (wide := overflow(page)):
        found.append(f"horizontal overflow with the search open: {wide}")
    found += [f"axe: {v}" for v in axe_violations(page)]
    assert not found, f"the search with results ({viewport}):\n  " + "\n  ".join(found)

    first = results.first.locator("a.md-search-result__link").first
    href = first.evaluate("a => a.href")
    title = first.locator("h1, h2").first.inner_text().strip()
    first.tap() if on_phone else first.click()
    page.wait_for_url(href)
    assert page.url.startswith(site_url) and page.url != site_url, page.url
    expect(page.locator("article h1")).to_contain_text(title.split()[0])
    page.wait_for_load_state("networkidle")
    found = problems(watched, failed)
    assert not found, f"the result {href} ({viewport}):\n  " + "\n  ".join(found)


# ---- the navigation drawer on a phone ----

def test_phone_drawer_reaches_timeline(phone, site_url):
    """The header's menu button opens the drawer (which passes axe-core), and "Хронологія" in
    it leads to the timeline, which fits the phone's width."""
    page = phone.page
    failed = open_page(phone, site_url, PAGES["event"])
    page.locator('label.md-header__button[for="__drawer"]').tap()
    link = page.locator(".md-sidebar--primary").get_by_role("link", name="Хронологія", exact=True)
    link.wait_for(state="visible")
    assert page.locator("#__drawer").is_checked()
    settle(page)
    expect(link).to_be_in_viewport(ratio=1)  # the drawer has slid in, the whole link on screen
    found = [f"axe: {v}" for v in axe_violations(page)]
    assert not found, "the open navigation drawer (phone):\n  " + "\n  ".join(found)

    link.tap()
    page.wait_for_url(site_url + "timeline/")
    expect(page.locator("article h1")).to_contain_text("Хронологія")
    page.wait_for_load_state("networkidle")
    found = problems(phone, failed)
    if wide := overflow(page):
        found.append(f"horizontal overflow on the timeline: {wide}")
    assert not found, "drawer → timeline (phone):\n  " + "\n  ".join(found)


# ---- the theme override that fixes one of Material's findings stays in step with Material ----

def test_search_partial_override_is_materials_plus_a_dialog_name():
    """templates/overrides/partials/search.html is Material's partial with aria-label on the
    dialog (axe "aria-dialog-name"); when Material changes its partial, update the copy."""
    import material

    theirs = (Path(material.__file__).parent / "templates" / "partials" / "search.html").read_text(encoding="utf-8")
    ours = (ROOT / "templates" / "overrides" / "partials" / "search.html").read_text(encoding="utf-8")
    leading_comment = re.compile(r"\A\{#-.*?-#\}\n", re.S)
    label = ' aria-label="{{ lang.t(\'search.placeholder\') }}"'
    assert label in ours
    assert leading_comment.sub("", ours).replace(label, "", 1) == leading_comment.sub("", theirs), (
        "Material's partials/search.html changed: copy it again into templates/overrides/partials/ "
        "and add the dialog's aria-label"
    )
