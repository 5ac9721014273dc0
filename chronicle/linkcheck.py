"""Link check of a built site: every internal link and anchor resolves, nothing loads from elsewhere.

Offline by design: links to other sites (<a href="https://…">) are allowed and not fetched; what
a page *loads* (scripts, styles, images, frames) must come from the site itself. The search
page's `data-bundle` (where search.js loads Pagefind from) must hold Pagefind's pagefind.js;
the bundle's own files are not pages and are not read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Attributes that make the browser fetch something, by tag; <a href> only navigates.
_LOADS = {
    "script": "src",
    "img": "src",
    "iframe": "src",
    "audio": "src",
    "video": "src",
    "source": "src",
    "embed": "src",
    "object": "data",
    "image": "href",  # SVG: the map's base map (chronicle.maps)
}


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, url)
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("id", "name"):
            if attrs.get(name) and (name == "id" or tag == "a"):
                self.ids.add(attrs[name])
        for name in ("href", "src", "data"):
            if attrs.get(name):
                self.links.append((tag, name, attrs[name]))
        if attrs.get("data-bundle"):  # the search page: search.js imports pagefind.js from there
            self.links.append(("bundle", "data-bundle", attrs["data-bundle"]))
        if (
            tag == "link"
            and attrs.get("href")
            and attrs.get("rel") in ("stylesheet", "icon", "preload", "modulepreload", "manifest")
        ):
            self.links.append(("link-load", "href", attrs["href"]))


@dataclass
class Report:
    pages: int = 0
    links: int = 0
    problems: list[str] = field(default_factory=list)


@lru_cache(maxsize=4096)
def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8", errors="replace"))
    return page


def _base_path(site: Path) -> str:
    """The path the site is served under ("/" or "/repo/" on GitHub Pages), from its sitemap."""
    try:
        match = re.search(r"<loc>([^<]+)</loc>", (site / "sitemap.xml").read_text("utf-8"))
    except OSError:
        match = None
    path = urlsplit(match.group(1)).path if match else "/"
    return path if path.endswith("/") else path + "/"


def check_site(site: Path) -> Report:
    """Every problem in the site under `site`, one line each: `page: what is wrong`."""
    site = Path(site).resolve()
    _parse.cache_clear()
    base_path = _base_path(site)
    report = Report()
    for page_path in sorted(site.rglob("*.html")):
        report.pages += 1
        page = _parse(page_path)
        where = page_path.relative_to(site).as_posix()
        for tag, attribute, url in page.links:
            report.links += 1
            for problem in _link_problems(site, base_path, page_path, page, tag, attribute, url):
                report.problems.append(f"{where}: {problem}")
    report.problems = list(dict.fromkeys(report.problems))
    return report


def _link_problems(
    site: Path, base_path: str, page_path: Path, page: _Page, tag: str, attribute: str, url: str
) -> list[str]:
    """What is wrong with one link of the page at page_path (without the page's name)."""
    parts = urlsplit(url.strip())
    if parts.scheme or url.startswith("//"):
        return _elsewhere_problems(tag, attribute, url, parts.scheme)
    if not parts.path:
        if parts.fragment and unquote(parts.fragment) not in page.ids:
            return [f"link #{parts.fragment}: no such anchor on the page"]
        return []
    target, problem = _resolve(site, base_path, page_path, unquote(parts.path), url)
    if problem:
        return [problem]
    if tag == "bundle":
        return _bundle_problems(site, target, url)
    return _target_problems(target, url, parts.fragment)


def _elsewhere_problems(tag: str, attribute: str, url: str, scheme: str) -> list[str]:
    """A link to another host: loading from it is refused; following it only by http, https, mailto."""
    if tag in ("link-load", "bundle") or _LOADS.get(tag) == attribute:
        return [
            f"<{tag.replace('-load', '').replace('bundle', 'div data-bundle')}> loads {url} from another host; keep it in the site"
        ]
    # webcal: the home page's calendar subscription; data: on <a>, a download (chronicle.cite)
    if scheme not in ("http", "https", "mailto", "webcal") and not (scheme == "data" and tag == "a"):
        return [f"link {url} uses '{scheme}:'"]
    return []


def _resolve(site: Path, base_path: str, page_path: Path, path: str, url: str) -> tuple[Path, str | None]:
    """The file a link's path reaches, and what is wrong if it is not in the site."""
    if path.startswith("/"):  # root-absolute (404.html): under the path the site is served at
        if not (path + "/").startswith(base_path):
            return site, f"link {url} is outside {base_path}, where the site is served"
        target = (site / path[len(base_path) :]).resolve()
    else:
        target = (page_path.parent / path).resolve()
    if site != target and site not in target.parents:
        return target, f"link {url} leaves the site"
    return target, None


def _bundle_problems(site: Path, target: Path, url: str) -> list[str]:
    """The search page's data-bundle: Pagefind's pagefind.js there, and in every part parts.json names."""
    if not (target / "pagefind.js").is_file():
        return [f"the search index {url} is missing (no pagefind.js there; `chronicle build` makes it)"]
    try:  # a large site's index in parts: the bundles parts.json names are there too
        others = json.loads((target / "parts.json").read_text("utf-8"))
    except OSError:
        others = []
    except ValueError:
        others = None
    if not isinstance(others, list) or not all(isinstance(o, str) for o in others):
        return ["the search index's parts.json is not a list of bundles"]
    problems = []
    for other in others:
        bundle = (target / other).resolve()
        if (site not in bundle.parents) or not (bundle / "pagefind.js").is_file():
            problems.append(f"the search index's part {other} is missing (no pagefind.js there)")
    return problems


def _target_problems(target: Path, url: str, fragment: str) -> list[str]:
    """A link to a file of the site: the file is there, and the anchor on its page."""
    if target.is_dir():
        target = target / "index.html"
    if not target.is_file():
        return [f"broken link {url}"]
    if fragment and target.suffix == ".html" and unquote(fragment) not in _parse(target).ids:
        return [f"link {url}: no such anchor"]
    return []
