"""The "Як цитувати" box in a real browser, on a desktop and a 390 px phone: it is there with the
references written by hand for the fixture entries, its downloads (data: URIs in the page) give what they say
they are under the file names they say, nothing sticks out on a phone, and axe-core finds no serious violation."""

from __future__ import annotations

import json

import pytest
from test_browser import VIEWPORTS, axe_violations, open_page, overflow, problems

PAGES = {
    "events/gva-talks-fx/": (
        "Переговори США та Росії в Женеві в межах Діалогу зі стратегічної стабільності. Хроніка дипломатії. "
        "URL: events/gva-talks-fx/ (дата звернення: 05.02.2026).",
        "Хроніка дипломатії. (n.d.). Переговори США та Росії в Женеві в межах Діалогу зі стратегічної "
        "стабільності. Retrieved February 5, 2026, from events/gva-talks-fx/",
    ),
    "sources/gva-source-fx/": (
        "У Женеві завершилися переговори США та Росії. УНІАН. 2022. 10 січ. URL: sources/gva-source-fx/ "
        "(дата звернення: 05.02.2026).",
        "УНІАН. (2022, January 10). У Женеві завершилися переговори США та Росії. sources/gva-source-fx/",
    ),
}


@pytest.mark.parametrize("path", list(PAGES))
@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_citation_box(request, site_url, viewport, path):
    watched = request.getfixturevalue(viewport)
    failed = open_page(watched, site_url, path)
    page = watched.page
    box = page.locator("dl.chronicle-cite")
    heading = page.locator("h2#cite")
    assert heading.inner_text().strip().startswith("Як цитувати")
    box.scroll_into_view_if_needed()
    assert box.is_visible()
    terms = [t.strip() for t in box.locator("dt").all_inner_texts()]
    assert terms == ["Постійна адреса", "ДСТУ 8302:2015", "APA (7-ме видання)", "Завантажити"]
    values = [v.strip() for v in box.locator("dd").all_inner_texts()]
    dstu, apa = PAGES[path]
    assert values[0].startswith(path + " — шлях від кореня сайту")
    assert values[1:3] == [dstu, apa]
    assert box.locator("dd i").first.inner_text() in apa  # the title in italics, as APA sets it
    links = box.locator("a[download]")
    kind, ident = path.strip("/").split("/")
    kind = kind.removesuffix("s")  # events/x/ is saved as event-x.json
    assert links.all_inner_texts() == ["CSL-JSON", "BibTeX"]
    for i in range(links.count()):
        # What the browser reads from the link (a data: URI in the page), and the name it saves it under.
        name = links.nth(i).get_attribute("download") or ""
        assert name in (f"{kind}-{ident}.json", f"{kind}-{ident}.bib"), name
        body = links.nth(i).evaluate("a => fetch(a.href).then(r => r.ok ? r.text() : 'status ' + r.status)")
        if name.endswith(".json"):
            assert json.loads(body)[0]["URL"] == path
        else:
            assert body.startswith("@online{") and f"url = {{{path}}}" in body
    found = problems(watched, failed)
    if viewport == "phone" and (wide := overflow(page)):
        found.append(f"horizontal overflow on a 390 px phone: {wide}")
    found += [f"axe: {v}" for v in axe_violations(page)]
    assert not found, f"/{path} ({viewport}):\n  " + "\n  ".join(found)


LONG_URL = "https://example.org/a-rather-long-address/of-the-chronicle-of-diplomacy/"


@pytest.fixture(scope="module")
def long_site(tmp_path_factory):
    """The fixture built with a long site_url, served over HTTP: references with long absolute URLs."""
    import functools
    import http.server
    import threading

    from conftest import copy_project, run_chronicle

    root = copy_project(tmp_path_factory.mktemp("cite") / "project")
    result = run_chronicle("--root", str(root), "build", "--site-url", LONG_URL)
    assert result.returncode == 0, result.stderr
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root / "site"))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_long_absolute_addresses_wrap_on_a_phone(phone, long_site):
    failed = open_page(phone, long_site, "events/gva-talks-fx/")
    box = phone.page.locator("dl.chronicle-cite")
    box.scroll_into_view_if_needed()
    link = box.locator("dd").first.locator("a")
    assert link.get_attribute("href") == LONG_URL + "events/gva-talks-fx/"
    wide = overflow(phone.page)
    assert wide is None, f"horizontal overflow on a 390 px phone: {wide}"
    assert not problems(phone, failed)
