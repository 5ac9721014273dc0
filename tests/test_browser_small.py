"""Issue 18, sections 6 and 7, on the fixture's build (conftest's `built`), on a desktop and a phone.

- An event page requests nothing but itself, the theme's files and the favicon: no sitemap.xml,
  which Material fetches for every <link rel="alternate"> (the feed is linked as
  rel="alternate feed", still found by feed readers: a link whose rel holds "alternate", of type
  application/atom+xml).
- The focus ring of what is focusable in the indigo header stands out from it by 3:1 at least
  (WCAG 1.4.11, 2.4.11), computed here by WCAG's formula from the colours the browser computes.
- The ¶ beside each heading is titled in Ukrainian.
- The about page gives the editors' contact (mkdocs.yml extra.contact) and the repository
  (repo_url) when they are set, and nothing made up when they are not.
- A topic can be read oldest first, without JavaScript: topics/<id>/oldest/.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from test_browser import open_page, problems

from chronicle import families
from chronicle.config import ProjectPaths
from chronicle.generate import Generator
from chronicle.pipeline import check
from conftest import FIXTURE, PROJECT, ROOT, copy_project, run_chronicle

VIEWPORTS = ["desktop", "phone"]
EVENT = "events/gva-talks-fx/"


# ---- WCAG's contrast ratio, written from the definition (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio) ----


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: tuple[int, int, int]) -> float:
    r, g, b = (_channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_formula_gives_wcags_known_values():
    assert contrast((255, 255, 255), (0, 0, 0)) == pytest.approx(21)
    assert contrast((255, 255, 255), (255, 255, 255)) == pytest.approx(1)
    assert contrast((0x76, 0x76, 0x76), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)  # the AA grey
    # Material's accent on its indigo header, the ring the issue measured at 1.6:1.
    assert contrast((0x52, 0x6C, 0xFE), (0x40, 0x51, 0xB5)) == pytest.approx(1.6, abs=0.05)


def rgb(css: str) -> tuple[int, int, int]:
    """An opaque colour as the browser computes it: rgb(r, g, b)."""
    match = re.fullmatch(r"rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)", css)
    assert match and (match.group(4) is None or float(match.group(4)) == 1), f"not an opaque colour: {css}"
    return (int(match.group(1)), int(match.group(2)), int(match.group(3)))


# ---- section 6: what an event page requests ----


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_an_event_page_requests_only_itself_the_theme_and_the_favicon(request, site_url, viewport):
    watched = request.getfixturevalue(viewport)
    requested: list[str] = []
    watched.page.on("request", lambda r: requested.append(r.url))
    failed = open_page(watched, site_url, EVENT)
    watched.page.wait_for_timeout(500)  # anything the theme's script fetches late
    # Beyond the theme: the favicon, and the base map under the locator of the event's place (chronicle.maps).
    theme = re.compile(re.escape(site_url) + r"assets/(stylesheets|javascripts)/[\w.-]+\.(css|js)")
    others = [
        url
        for url in requested
        if url != site_url + EVENT
        and url not in (site_url + "assets/images/favicon.png", site_url + "assets/maps/world.svg")
        and not theme.fullmatch(url)
    ]
    assert others == [], f"{viewport}: requests beyond the page, the theme and the favicon: {others}"
    assert site_url + EVENT in requested and any(theme.fullmatch(u) for u in requested)
    assert not problems(watched, failed)
    # The feed is still there for feed readers: rel holds "alternate", the type is Atom's.
    feeds = watched.page.eval_on_selector_all(
        'head link[rel~="alternate"][type="application/atom+xml"]', "links => links.map(l => l.href)"
    )
    assert feeds == [site_url + "feed.xml"]


def test_no_page_links_the_feed_the_way_material_reads_as_a_language(built):
    """Material's script fetches sitemap.xml for `link[rel=alternate]`: that exact value."""
    checked = 0
    for path in (built / "site").rglob("*.html"):
        rels = [(a.get("rel") or "").lower() for a in tags_of(path.read_text("utf-8"), "link")]
        assert "alternate" not in rels, path  # CSS matches rel="alternate" (any case) only as a whole
        checked += "alternate feed" in rels
    assert checked > 20


# ---- section 7: the focus ring in the header ----


def focus_rings(page, area: str, presses: int = 12) -> list[dict]:
    """Presses Tab up to `presses` times; the focus ring (outline) of each element focused that is
    on the screen over `area` (a selector), until the focus has been there and left."""
    seen: list[dict] = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        ring = page.evaluate(
            """(area) => {
                const e = document.activeElement, s = getComputedStyle(e);
                const a = document.querySelector(area).getBoundingClientRect(), r = e.getBoundingClientRect();
                return {name: e.tagName + '.' + e.className, color: s.outlineColor, style: s.outlineStyle,
                        width: parseFloat(s.outlineWidth),
                        over: r.width > 0 && r.right > 0 && r.left < innerWidth && s.visibility !== 'hidden'
                              && r.bottom > a.top && r.top < a.bottom && r.right > a.left && r.left < a.right};
            }""",
            area,
        )
        if ring["over"]:
            seen.append(ring)
        elif seen:
            break
    return seen


def weak_rings(seen: list[dict], background: tuple[int, int, int]) -> list[str]:
    return [
        f"{r['name']}: outline {r['style']} {r['color']}, {contrast(rgb(r['color']), background):.2f}:1"
        for r in seen
        if r["style"] == "none" or r["width"] == 0 or contrast(rgb(r["color"]), background) < 3
    ]


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_focus_ring_in_the_header_stands_out_from_it(request, site_url, viewport):
    watched = request.getfixturevalue(viewport)
    page = watched.page
    open_page(watched, site_url, EVENT)
    header = rgb(page.eval_on_selector("header.md-header", "h => getComputedStyle(h).backgroundColor"))
    assert contrast(header, (255, 255, 255)) > 4.5  # it is the dark indigo header
    seen = focus_rings(page, "header.md-header")
    assert any("chronicle-header-search__input" in r["name"] for r in seen), seen
    assert len(seen) >= 2, f"{viewport}: focus went through the header only once: {seen}"  # the skip link too
    assert weak_rings(seen, header) == [], f"{viewport}: focus rings under 3:1 on the header {header}"


def test_the_focus_ring_in_the_phones_drawer_title_stands_out_from_it(phone, site_url):
    page = phone.page
    open_page(phone, site_url, EVENT)
    page.locator('label.md-header__button[for="__drawer"]').tap()
    title = '.md-nav--primary .md-nav__title[for="__drawer"]'
    page.locator(title).wait_for(state="visible")
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')", timeout=5000)
    background = rgb(page.eval_on_selector(title, "t => getComputedStyle(t).backgroundColor"))
    assert contrast(background, (255, 255, 255)) > 4.5  # indigo, as the header
    seen = focus_rings(page, title, presses=20)
    assert seen, "the drawer's title took no focus"
    assert weak_rings(seen, background) == [], f"focus rings under 3:1 on the drawer's title {background}"


# ---- section 7: the ¶ beside headings ----


class _Links(HTMLParser):
    def __init__(self, tag: str = "a"):
        super().__init__(convert_charrefs=True)
        self.tag = tag
        self.links: list[dict] = []
        self._open: dict | None = None

    def handle_starttag(self, tag, attrs):
        if tag == self.tag:
            self._open = {**dict(attrs), "text": ""}
            self.links.append(self._open)

    def handle_endtag(self, tag):
        if tag == "a":
            self._open = None

    def handle_data(self, data):
        if self._open is not None:
            self._open["text"] += data


def tags_of(html: str, tag: str) -> list[dict]:
    """Every element of a kind with its attributes (and text, for an <a>)."""
    parsed = _Links(tag)
    parsed.feed(html)
    return parsed.links


def links_of(html: str) -> list[dict]:
    return tags_of(html, "a")


def test_heading_anchors_are_titled_in_ukrainian(built):
    for page in ("events/gva-talks-fx", "actors/ryabkov-fx", "about", "method"):
        anchors = [
            a
            for a in links_of((built / "site" / page / "index.html").read_text("utf-8"))
            if "headerlink" in (a.get("class") or "")
        ]
        assert anchors, page
        assert {a["title"] for a in anchors} == {"Посилання на цей розділ"}, page
        assert "Permanent link" not in (built / "site" / page / "index.html").read_text("utf-8")


# ---- section 7: the editors' contact ----


def _build_with(tmp_path: Path, extra: str) -> Path:
    root = copy_project(tmp_path / "project")
    config = root / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert '  contact: ""\n' in text  # the one place the contact is set
    config.write_text(text.replace('  contact: ""\n', extra), encoding="utf-8")
    result = run_chronicle("--root", str(root), "build")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def _contact_links(site: Path) -> list[tuple[str, str]]:
    html = (site / "about/index.html").read_text("utf-8")
    start = html.find('class="chronicle-contact"')
    if start == -1:
        return []
    block = html[start : html.index("</p>", start)]
    return [(a["href"], a["text"].strip()) for a in links_of("<p " + block + "</p>")]


def test_the_about_page_gives_the_contact_and_the_repository(tmp_path):
    site = _build_with(
        tmp_path, '  contact: "redaktsiia@example.org"\nrepo_url: https://example.org/khronika/chronicle\n'
    )
    assert _contact_links(site) == [
        ("mailto:redaktsiia@example.org", "redaktsiia@example.org"),
        ("https://example.org/khronika/chronicle", "https://example.org/khronika/chronicle"),
    ]
    about = (site / "about/index.html").read_text("utf-8")
    assert about.index("Напишіть редакторам") < about.index("mailto:redaktsiia@example.org")
    assert "mailto:" not in (site / "method/index.html").read_text("utf-8")  # the about page only


def test_a_web_address_as_the_contact_and_no_repository(tmp_path):
    site = _build_with(tmp_path, '  contact: "https://example.org/pyshit-nam?a=1&b=<2>"\n')
    assert _contact_links(site) == [
        ("https://example.org/pyshit-nam?a=1&b=<2>", "https://example.org/pyshit-nam?a=1&b=<2>")
    ]
    assert "b=&lt;2&gt;" in (site / "about/index.html").read_text("utf-8")  # escaped, as any value


def test_without_a_contact_the_about_page_makes_none_up(built):
    about = (built / "site/about/index.html").read_text("utf-8")
    assert "Напишіть редакторам" in about and 'class="chronicle-contact"' not in about
    assert not [a for a in links_of(about) if (a.get("href") or "").startswith("mailto:")]


# ---- section 7: a topic oldest first ----


def _events_of_topic(topic: str) -> list[tuple[str, str]]:
    """(date, id) of the topic's events, from the YAML, oldest first."""
    found = []
    for path in sorted((FIXTURE / "content/events").glob("*.yml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        if topic in data.get("topics", []):
            found.append((str(data["date"]), path.stem))
    return sorted(found)


def _event_ids(html: str, base: str) -> list[str]:
    ids = []
    for a in links_of(html.split("<article", 1)[1].split("</article>", 1)[0]):
        match = re.search(r"/events/([a-z0-9-]+)/$", urljoin(base, a.get("href", "")))
        if match:
            ids.append(match.group(1))
    return ids


def test_a_topic_reads_oldest_first_on_a_page_of_its_own(built):
    site, base = built / "site", "http://site/topics/guarantees-fx/"
    topic = (site / "topics/guarantees-fx/index.html").read_text("utf-8")
    expected = [i for _, i in _events_of_topic("guarantees-fx")]
    assert len(expected) == 6
    assert _event_ids(topic, base) == expected[::-1]  # the topic's page: newest first
    link = [a for a in links_of(topic) if a["text"].strip() == "читати від найдавніших"]
    assert [a["href"] for a in link] == ["oldest/"]
    oldest = (site / "topics/guarantees-fx/oldest/index.html").read_text("utf-8")
    assert _event_ids(oldest, base + "oldest/") == expected
    assert "<h1" in oldest and "Гарантії безпеки: від найдавніших" in oldest
    assert [a["href"] for a in links_of(oldest) if "від найновіших" in a["text"]] == ["../"]
    # The dates in the order they are read: never going back in time.
    days = [d for d, _ in _events_of_topic("guarantees-fx")]
    assert days == sorted(days) and days[0] == "2021-12-17"


def test_a_topic_of_many_events_oldest_first_keeps_the_listing_bounds(monkeypatch):
    """Beyond LISTING_LIMIT, the oldest page shows the oldest LISTING_HEAD and the pages per year
    (oldest year first), as the topic's page shows the newest and the same pages."""
    monkeypatch.setattr(families, "LISTING_LIMIT", 4)
    monkeypatch.setattr(families, "LISTING_HEAD", 2)
    chronicle, _, _ = check(ProjectPaths(root=PROJECT, docs_dir=PROJECT / "build/docs"))
    pages = Generator(chronicle, ROOT / "templates/pages").pages(lambda p: p.startswith("topics/guarantees-fx/"))
    oldest = pages["topics/guarantees-fx/oldest/index.md"]
    listed = re.findall(r"events/([a-z0-9-]+)/index\.md", oldest)
    assert listed == ["drafts-fx", "geoana-rejects-fx"]  # 17 Dec 2021, then the first of 10 Jan 2022 by id
    years = re.findall(r"\[(\d{4})\]\(\.\./(\d{4})/index\.md\) — (\d+) поді", oldest)
    assert years == [("2021", "2021", "1"), ("2022", "2022", "5")]
    assert "topics/guarantees-fx/2021/index.md" in pages and "topics/guarantees-fx/2022/index.md" in pages


def test_a_topic_of_one_event_has_no_oldest_page(tmp_path):
    root = copy_project(tmp_path / "project")
    (root / "content/topics/lonely-fx.yml").write_text("name: Самотня тема\n", encoding="utf-8")
    drafts = root / "content/events/drafts-fx.yml"
    text = drafts.read_text("utf-8")
    assert "\ntopics: [" in text
    drafts.write_text(text.replace("\ntopics: [", "\ntopics: [lonely-fx, ", 1), encoding="utf-8")
    result = run_chronicle("--root", str(root), "generate")
    assert result.returncode == 0, result.stdout + result.stderr
    docs = root / "build/docs/topics"
    assert (docs / "lonely-fx/index.md").is_file() and not (docs / "lonely-fx/oldest").exists()
    assert "найдавніших" not in (docs / "lonely-fx/index.md").read_text("utf-8")


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_oldest_first_page_is_reached_without_javascript(browser, site_url, viewport):
    size = {"width": 1280, "height": 900} if viewport == "desktop" else {"width": 390, "height": 844}
    context = browser.new_context(java_script_enabled=False, locale="uk-UA", viewport=size)
    page = context.new_page()
    page.goto(site_url + "topics/guarantees-fx/")
    page.get_by_role("link", name="читати від найдавніших").click()
    page.wait_for_url(site_url + "topics/guarantees-fx/oldest/")
    first = page.locator("article li").first.inner_text()
    assert first.startswith("17 грудня 2021 р.") and "проєкти договору" in first, first
    context.close()


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_a_content_link_keeps_its_contrast_when_hovered_or_focused(request, site_url, viewport):
    """Material turns a hovered or focused link the accent colour (#526cfe, 4.25:1 on white)."""
    watched = request.getfixturevalue(viewport)
    page = watched.page
    open_page(watched, site_url, EVENT)
    link = page.locator("article.md-content__inner a:not(.headerlink)").first
    background = rgb(page.eval_on_selector("body", "b => getComputedStyle(b).backgroundColor"))
    for action in (link.hover, link.focus):
        action()
        color = rgb(link.evaluate("a => getComputedStyle(a).color"))
        assert contrast(color, background) >= 4.5, f"{viewport}, {action.__name__}: {color} on {background}"
