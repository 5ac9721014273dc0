"""The built site in a real browser (headless Chromium), as readers get it on desktops and phones.

Every test opens pages of one real build (conftest's `built`) over the local HTTP server
(`site_url`) and checks what only a browser shows: console and page errors, requests to other
hosts, failed requests (a 404 of a file the theme fetches), horizontal overflow on a phone, the
phone's navigation drawer, the header's search box and the search page with a Ukrainian query,
and axe-core's accessibility rules (no "serious" or "critical" violation). A failure lists what went wrong, page by page.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from conftest import AXE, ROOT

PAGES = {
    "home": "",
    "timeline": "timeline/",
    "year": "timeline/2022/",
    "event": "events/gva-talks-fx/",
    "actor": "actors/ryabkov-fx/",
    "source": "sources/gva-source-fx/",
    "search": "search/",
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


def search_from_header(page, query: str = QUERY):
    """Types the query into the header's search box, as a reader does, and presses Enter: the
    browser submits the form to the search page, which shows the results."""
    field = page.get_by_role("search").get_by_label("Пошук у хроніці")
    field.tap() if page.viewport_size["width"] < 600 else field.click()  # a phone: a touch
    field.fill(query)
    field.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    page.wait_for_function(
        "q => document.getElementById('search').getAttribute('data-answered') === q", arg=query, timeout=10_000
    )
    return page.locator("#search li")


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
def test_search_from_the_header_finds_and_opens_a_page(request, site_url, viewport):
    """On any page, the header's search box (on a phone too) takes a Ukrainian query to the
    search page, which lists results and says how many in its live region; the page with results
    passes axe-core and fits a phone's width; tapping (clicking) a result opens its page."""
    watched = request.getfixturevalue(viewport)
    page, on_phone = watched.page, viewport == "phone"
    failed = open_page(watched, site_url, PAGES["event"])
    results = search_from_header(page)
    assert page.url == site_url + "search/?q=" + quote(QUERY), page.url
    assert results.count() > 0
    texts = " ".join(results.all_inner_texts())
    assert "Женев" in texts, f"the results for {QUERY!r} do not mention it: {texts[:300]!r}"
    status = page.get_by_role("status")
    expect(status).to_have_text(re.compile(r"^Знайдено \d+ сторін(ку|ки|ок)$"))
    expect(page.get_by_label("Шукати в хроніці")).to_have_value(QUERY)
    found = problems(watched, failed)
    if on_phone and (wide := overflow(page)):
        found.append(f"horizontal overflow on the search page: {wide}")
    found += [f"axe: {v}" for v in axe_violations(page)]
    assert not found, f"the search page with results ({viewport}):\n  " + "\n  ".join(found)

    first = results.first.locator("a").first
    href = first.evaluate("a => a.href")
    title = first.inner_text().strip()
    first.tap() if on_phone else first.click()
    page.wait_for_url(href)
    assert page.url.startswith(site_url) and page.url != site_url, page.url
    expect(page.locator("article h1")).to_contain_text(title.split()[0])
    page.wait_for_load_state("networkidle")
    found = problems(watched, failed)
    assert not found, f"the result {href} ({viewport}):\n  " + "\n  ".join(found)


def test_search_page_keeps_the_query_and_finds_nothing_politely(desktop, site_url):
    """A reload keeps the query (?q=), a query that matches nothing says so, ten results show at
    a time, function words alone search nothing, and the search page loads nothing of Pagefind
    before a query."""
    page = desktop.page
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    failed = open_page(desktop, site_url, "search/")
    assert not any("/pagefind/" in url for url in requested), "the search page preloads Pagefind"
    box = page.get_by_label("Шукати в хроніці")
    box.fill("щнйцщфзж")
    box.press("Enter")
    page.wait_for_function("() => document.getElementById('search').getAttribute('data-answered') === 'щнйцщфзж'")
    expect(page.get_by_role("status")).to_have_text("Нічого не знайдено")
    assert page.locator("#search li").count() == 0
    box.fill("Рябкова")
    box.press("Enter")
    page.wait_for_function("() => document.getElementById('search').getAttribute('data-answered') === 'Рябкова'")
    first = page.locator("#search li a").first.inner_text()
    page.reload()
    page.wait_for_function("() => document.getElementById('search').getAttribute('data-answered') === 'Рябкова'")
    assert page.locator("#search li a").first.inner_text() == first == "Сергій Рябков"
    box.fill("Женева")  # more than ten pages: ten shown, then the rest on "Показати ще"
    box.press("Enter")
    page.wait_for_function("() => document.getElementById('search').getAttribute('data-answered') === 'Женева'")
    total = int(re.search(r"\d+", page.get_by_role("status").inner_text()).group())
    assert total > 10 and page.locator("#search li").count() == 10
    page.get_by_role("button", name="Показати ще").click()
    expect(page.locator("#search li")).to_have_count(min(total, 20))
    box.fill("та в на")
    box.press("Enter")
    page.wait_for_function("() => document.getElementById('search').getAttribute('data-answered') === 'та в на'")
    assert page.locator("#search li").count() == 0 and page.get_by_role("status").inner_text() == ""
    found = problems(desktop, failed)
    assert not found, "\n  ".join(found)


def test_search_page_without_javascript_points_to_the_timeline(browser, site_url):
    context = browser.new_context(java_script_enabled=False, locale="uk-UA")
    page = context.new_page()
    page.goto(site_url + "search/?q=" + quote(QUERY))
    text = page.locator("article").inner_text()
    assert "Пошук працює з JavaScript" in text and page.locator("article a[href='../timeline/']").count() == 1
    context.close()


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


# ---- the theme override stays in step with Material ----


def test_header_partial_override_is_materials_plus_a_search_form():
    """templates/overrides/partials/header.html is Material's partial plus one block, the plain
    search form; when Material changes its partial, copy it again and add the block."""
    import material

    theirs = (Path(material.__file__).parent / "templates" / "partials" / "header.html").read_text(encoding="utf-8")
    ours = (ROOT / "templates" / "overrides" / "partials" / "header.html").read_text(encoding="utf-8")
    leading_comment = re.compile(r"\A\{#-.*?-#\}\n", re.S)
    block = re.compile(r"    \{#- chronicle: the search box -#\}\n.*?    \{#- /chronicle -#\}\n", re.S)
    added = block.findall(ours)
    assert len(added) == 1
    assert (
        '<form class="md-header__option chronicle-header-search" action="{{ \'search/\' | url }}" role="search">'
        in added[0]
    )
    assert 'name="q"' in added[0] and '<label class="chronicle-visually-hidden" for="chronicle-header-q">' in added[0]
    assert block.sub("", leading_comment.sub("", ours)) == leading_comment.sub("", theirs), (
        "Material's partials/header.html changed: copy it again into templates/overrides/partials/ "
        "and add the search form block"
    )
