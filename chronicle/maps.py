"""The offline map: the places as points on a base map, inline SVG in the generated Markdown.

The base map is one static file, templates/overrides/assets/maps/world.svg (Natural Earth 1:110m
from world-atlas, made once by tools/basemap.py; docs/map.md), served with the theme's assets and
cached by the browser; each page draws only its points, over that file as an SVG <image>, so a
page carries a few hundred bytes of map. Nothing is loaded from another host and nothing needs
JavaScript: a point is an SVG link to its place's page, named for screen readers; the text list
beside the map says the same.

Projection: equirectangular with standard parallel 45° (x = (lon + 180)·cos 45°, y = 90 − lat),
one unit a degree of latitude; the base map was projected the same way. A map shows a frame of
that plane (its SVG viewBox): the index, the places' extent with a margin; a place's page and an
event's locator, a window around the place. Sizes are written in pixels at NOMINAL_WIDTH (the
width the map is drawn for) and turned into units of the frame, so points look the same size
on a world map and on a window of one country.

Every value is written with fixed decimals, and points in a fixed order (most events first,
then by name and id): the same chronicle gives the same bytes. Names are HTML-escaped and their
whitespace collapsed (a blank line would end Markdown's raw HTML block), and written as text only,
never into an attribute (tests/test_hostile.py): a point's name is its link's <title>, which is its
accessible name and its tooltip.
"""

from __future__ import annotations

import math
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup, escape

from chronicle.model import Place
from chronicle.text import sort_key
from chronicle.urls import page_of, relpath, url_of

PARALLEL = 45.0  # degrees: the standard parallel, where the map keeps true proportions
X_SCALE = math.cos(math.radians(PARALLEL))
WORLD_WIDTH = 360 * X_SCALE
WORLD_HEIGHT = 180.0
BASEMAP = "assets/maps/world.svg"  # from the site root: templates/overrides/assets/maps/world.svg

NOMINAL_WIDTH = 640  # px: the width a map is drawn for (on a phone it scrolls sideways at this width)
ASPECT = 16 / 9  # every frame's width to height
R_MIN, R_MAX = 4.0, 14.0  # px: the radius of a place with the fewest and the most events
R_HERE = 7.0  # px: the place itself, on its page and on an event's locator
R_OTHER = 4.0  # px: the other places around it on a place's page
HIT = 12.0  # px: every point can be tapped within this radius (a 24 px target)
LABEL = 12.0  # px: the labels' font size
LABELS = 12  # points labelled with their name on the index: those with the most events
MARGIN = 0.12  # of the places' extent, around it on the index
MIN_WIDTH = 24.0  # units: the narrowest frame of the index (a single place is not drawn at street level)
PLACE_WIDTH = 48.0  # units: a place page's window
NEAR = 12  # the other places a place's page shows, at most: the nearest
LOCATOR_WIDTH = 72.0  # units: an event's locator window
LOCATOR_PIXELS = 320  # px: the locator's width (at most; map.css)


def project(lat: float, lon: float) -> tuple[float, float]:
    """A point's position on the map's plane, in units (a degree of latitude)."""
    return (lon + 180.0) * X_SCALE, 90.0 - lat


@dataclass(frozen=True)
class Frame:
    """The part of the plane a map shows (its viewBox), in units."""

    x: float
    y: float
    width: float
    height: float
    pixels: int = NOMINAL_WIDTH  # the width it is drawn for

    def viewbox(self) -> str:
        return f"{self.x:.2f} {self.y:.2f} {self.width:.2f} {self.height:.2f}"

    def px(self, pixels: float) -> float:
        """Units that are `pixels` wide when the map is drawn self.pixels wide."""
        return pixels * self.width / self.pixels

    def holds(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


def frame(points: Iterable[tuple[float, float]], margin: float = MARGIN, min_width: float = MIN_WIDTH) -> Frame:
    """The frame around the points: their extent, widened by `margin` of it on each side, at least
    min_width wide, grown to ASPECT around its centre, and kept within the world (moved in, or cut
    to the world's size where it is larger). Only an extent taller than the world is wide at
    ASPECT (places near both poles) gives a taller frame: every point stays in."""
    xs, ys = zip(*points)
    span_x, span_y = (max(xs) - min(xs)) * (1 + 2 * margin), (max(ys) - min(ys)) * (1 + 2 * margin)
    width = min(max(span_x, min_width, span_y * ASPECT), WORLD_WIDTH)
    height = min(max(width / ASPECT, span_y), WORLD_HEIGHT)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    x = min(max(cx - width / 2, 0.0), WORLD_WIDTH - width)
    y = min(max(cy - height / 2, 0.0), WORLD_HEIGHT - height)
    return Frame(x, y, width, height)


def window(place: Place, width: float, pixels: int = NOMINAL_WIDTH) -> Frame:
    """A frame `width` units wide centred on the place (moved in where it would leave the world),
    drawn `pixels` wide."""
    view = frame([position(place) or (0.0, 0.0)], margin=0.0, min_width=width)
    return Frame(view.x, view.y, view.width, view.height, pixels)


def radius(count: int, most: int) -> float:
    """A point's radius in px: its area in proportion to its events (the place with the most events
    R_MAX), but never under R_MIN, so that a place with one event (or none) still shows."""
    if most <= 0 or count <= 0:
        return R_MIN
    return max(R_MIN, R_MAX * math.sqrt(count / most))


def events_uk(n: int) -> str:
    """ "1 подія", "3 події", "5 подій" (as templates/pages/_plural.md.j2)."""
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} подія"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} події"
    return f"{n} подій"


def _text(value: str) -> Markup:
    """An editor's text for an attribute or an SVG <text>: escaped, on one line."""
    return escape(" ".join(value.split()))


@dataclass(frozen=True)
class _Point:
    place: Place
    x: float
    y: float
    r: float  # px
    name: str  # the link's accessible name (and its tooltip)
    kind: str  # "here" (not a link), "place" or "other": its look (assets/stylesheets/map.css)
    label: bool  # its name printed beside it


def position(place: Place) -> tuple[float, float] | None:
    """The place's position on the plane, or None without coordinates."""
    if place.lat is None or place.lon is None:
        return None
    return project(place.lat, place.lon)


def basemap_url(page_path: str) -> str:
    """The base map's URL from the page at page_path (a Markdown path, an index.md in the
    directory it is served from), relative."""
    return relpath(BASEMAP, posixpath.dirname(page_path))


def _href(page_path: str, place: Place) -> str:
    """The directory URL of the place's page from the page at page_path, relative (as
    urls.relative_url, without its os calls: 0.2 ms a link)."""
    return relpath(url_of(page_of(place)), posixpath.dirname(page_path))


def _svg(page_path: str, view: Frame, points: list[_Point], label: str, basemap: str = "") -> list[str]:
    """The SVG's lines: the base map, then each point (a link to its place, but for the place of
    the page), then the labels. With no link, the SVG is one picture (role img). basemap: the
    base map's URL, if known (else from page_path)."""
    role = "group" if any(p.kind != "here" for p in points) else "img"
    lines = [
        f'<svg class="chronicle-map__svg" viewBox="{view.viewbox()}" width="{view.pixels}" '
        f'height="{round(view.pixels * view.height / view.width)}" role="{role}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{_text(label)}</title>",
        f'<image href="{escape(basemap or basemap_url(page_path))}" x="0" y="0" width="{WORLD_WIDTH:.2f}" '
        f'height="{WORLD_HEIGHT:.2f}" preserveAspectRatio="none" aria-hidden="true"/>',
    ]
    for p in points:
        dot = f'<circle class="chronicle-map__{p.kind}" cx="{p.x:.2f}" cy="{p.y:.2f}" r="{view.px(p.r):.2f}"/>'
        if p.kind == "here":
            lines.append(dot)
            continue
        # A dot under the target's size gets a target: invisible, tappable all the same (without
        # the stylesheet too).
        hit = ""
        if p.r < HIT:
            hit = f'<circle cx="{p.x:.2f}" cy="{p.y:.2f}" r="{view.px(HIT):.2f}" fill="none" pointer-events="all"/>'
        href = escape(_href(page_path, p.place))
        lines.append(f'<a href="{href}"><title>{_text(p.name)}</title>{hit}{dot}</a>')
    size = view.px(LABEL)
    for p in points:
        if p.label:
            x, y = p.x + view.px(p.r + 3), p.y + size * 0.35
            lines.append(
                f'<text x="{x:.2f}" y="{y:.2f}" font-size="{size:.2f}" aria-hidden="true">{_text(p.place.name)}</text>'
            )
    lines.append("</svg>")
    return lines


def _figure(kind: str, svg: list[str], caption: str = "") -> Markup:
    """The map as one raw HTML block (no blank line inside), left out of the search index; the
    index's and a place's maps in a box that scrolls sideways on a narrow screen."""
    inner = svg if kind == "locator" else ['<div class="chronicle-map__scroll">', *svg, "</div>"]
    end = [f"<figcaption>{caption}</figcaption>"] if caption else []
    head = f'<figure class="chronicle-map chronicle-map--{kind}" data-search="skip">'
    return Markup("\n".join([head, *inner, *end, "</figure>"]))


def places_map(page, places: Iterable[Place]) -> Markup:
    """The index's map: every place with coordinates, its area in proportion to its events; the
    LABELS places with the most events labelled. Empty when no place has coordinates."""
    c, places = page.chronicle, list(places)
    counts = {p.id: len(c.events_by_place.get(p.id, [])) for p in places}
    located = [(p, xy) for p in places if (xy := position(p))]
    if not located:
        return Markup("")
    most = max(counts[p.id] for p, _ in located)
    located.sort(key=lambda item: (-counts[item[0].id], sort_key(item[0].name), item[0].id))
    points = [
        _Point(p, x, y, radius(counts[p.id], most), f"{p.name}: {events_uk(counts[p.id])}", "place", i < LABELS)
        for i, (p, (x, y)) in enumerate(located)
    ]
    caption = (
        "Місця на карті: площа кола — кількість подій. Натисніть місце, щоб відкрити його сторінку; "
        "на вузькому екрані карту можна гортати вбік. Нижче — ті самі місця списком."
    )
    view = frame([(p.x, p.y) for p in points])
    return _figure("places", _svg(page.path, view, points, "Карта місць"), caption)


def place_map(page, place: Place) -> Markup:
    """A place's map: a window around it, the place marked, and the NEAR places nearest to it in
    the window (small, all the same size: this page does not change when their events do).
    Empty without coordinates."""
    here = position(place)
    if here is None:
        return Markup("")
    view = window(place, PLACE_WIDTH)
    near = []
    for other in page.chronicle.places.values():
        xy = position(other)
        if other.id != place.id and xy and view.holds(*xy):
            near.append((math.dist(here, xy), other.id, other, xy))
    others = [_Point(other, *xy, R_OTHER, other.name, "other", True) for *_, other, xy in sorted(near)[:NEAR]]
    others.sort(key=lambda p: (sort_key(p.place.name), p.place.id))
    points = [*others, _Point(place, *here, R_HERE, place.name, "here", True)]
    if others:
        label, caption = (
            f"{place.name} і місця поруч на карті",
            "Поруч — інші місця хроніки, кожне веде на свою сторінку.",
        )
    else:
        label, caption = f"{place.name} на карті", ""
    return _figure("place", _svg(page.path, view, points, label), caption)


def locator(page, place: Place) -> Markup:
    """An event's small locator: the place in a wide window, one picture (the place's link is in
    the line above it). Empty without coordinates. Made once per place and base map URL (every
    event page is as deep): it depends on nothing else."""
    return _locator(place, basemap_url(page.path))


@lru_cache(maxsize=4096)
def _locator(place: Place, basemap: str) -> Markup:
    here = position(place)
    if here is None:
        return Markup("")
    view = window(place, LOCATOR_WIDTH, LOCATOR_PIXELS)
    point = _Point(place, *here, R_HERE, place.name, "here", True)
    return _figure("locator", _svg("", view, [point], f"{place.name} на карті", basemap))


# The templates' names for them (chronicle.generate registers them): `{{ places_map(page, places) }}`.
GLOBALS = {"places_map": places_map, "place_map": place_map, "locator": locator}
