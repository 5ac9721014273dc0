"""The offline map (chronicle/maps.py): its projection, frames and point sizes against values
worked out by hand, the fixture chronicle's maps as generated (the expected coordinates computed
by hand from the places' YAML), escaping of editors' names, determinism, and the committed base
map (tools/basemap.py) with its notice."""

from __future__ import annotations

import dataclasses
import re
import sys
from html.parser import HTMLParser

import markdown
import pytest

from chronicle import maps, pipeline
from chronicle.config import ProjectPaths
from chronicle.generate import Generator
from chronicle.urls import relative_url
from conftest import PROJECT, ROOT

sys.path.insert(0, str(ROOT / "tools"))
import basemap  # noqa: E402

COS45 = 0.7071067811865476  # cos 45°, the standard parallel
BASEMAP = ROOT / "templates" / "overrides" / "assets" / "maps" / "world.svg"


@pytest.fixture(scope="module")
def fixture_chronicle(tmp_path_factory):
    chronicle, _, problems = pipeline.check(
        ProjectPaths(root=PROJECT, docs_dir=tmp_path_factory.mktemp("docs")), suggestions=False
    )
    assert not [p for p in problems if p.severity == "error"]
    return chronicle


def pages(chronicle) -> dict[str, str]:
    return Generator(chronicle, PROJECT / "templates" / "pages").pages()


def figure(page: str) -> str:
    """The map's raw HTML block in a generated page ('' if it has none)."""
    match = re.search(r'^<figure class="chronicle-map.*?^</figure>$', page, re.M | re.S)
    return match.group(0) if match else ""


# ---- the projection, frames and sizes, by hand ----


def test_projection_of_known_coordinates():
    assert maps.project(90, -180) == (0.0, 0.0)  # the north-west corner
    x, y = maps.project(-90, 180)  # the south-east corner
    assert x == pytest.approx(360 * COS45) and y == 180
    x, y = maps.project(0, 0)
    assert x == pytest.approx(127.2792206) and y == 90
    x, y = maps.project(46.2044, 6.1432)  # Geneva: 186.1432 × cos 45°, 90 − 46.2044
    assert x == pytest.approx(131.6231, abs=1e-4) and y == pytest.approx(43.7956)
    x, y = maps.project(50.45, 30.5236)  # Kyiv: 210.5236 × cos 45°, 90 − 50.45
    assert x == pytest.approx(148.8627, abs=1e-4) and y == pytest.approx(39.55)


def test_a_degree_of_latitude_is_a_unit_and_a_degree_of_longitude_cos_45():
    (x0, y0), (x1, y1) = maps.project(10, 20), maps.project(11, 21)
    assert x1 - x0 == pytest.approx(COS45) and y0 - y1 == pytest.approx(1)
    assert maps.WORLD_WIDTH == pytest.approx(254.5584) and maps.WORLD_HEIGHT == 180


def test_frame_is_the_extent_with_a_margin_at_16_to_9():
    # Extent 30 × 10; +12% each side: 37.2 × 12.4; 16:9 from the width: 37.2 × 20.925 around (25, 55).
    f = maps.frame([(10, 50), (40, 60)])
    assert (f.x, f.y, f.width, f.height) == pytest.approx((6.4, 44.5375, 37.2, 20.925))
    assert f.viewbox() == "6.40 44.54 37.20 20.93"
    # A tall extent: its height rules, the width follows (10 × 40, +12%: 12.4 × 49.6 → 88.18 × 49.6).
    f = maps.frame([(100, 50), (110, 90)])
    assert (f.width, f.height) == pytest.approx((49.6 * 16 / 9, 49.6))


def test_frame_of_one_place_has_the_least_width_and_stays_in_the_world():
    f = maps.frame([(1, 1)])  # at the north-west corner: 24 × 13.5, moved in
    assert (f.x, f.y, f.width, f.height) == (0.0, 0.0, 24.0, 13.5)
    f = maps.frame([(254, 179)])  # at the south-east corner
    assert (f.x + f.width, f.y + f.height) == pytest.approx((maps.WORLD_WIDTH, 180))
    f = maps.frame([(0, 0), (maps.WORLD_WIDTH, 180)])  # the whole world: cut to it
    assert (f.x, f.y, f.width, f.height) == pytest.approx((0, 0, maps.WORLD_WIDTH, 180))
    f = maps.frame([(10, 60), (250, 100)])  # places round the world, between 30° N and 30° S
    assert (f.x, f.width, f.height) == pytest.approx((0, maps.WORLD_WIDTH, maps.WORLD_WIDTH * 9 / 16))
    assert f.y == pytest.approx(80 - maps.WORLD_WIDTH * 9 / 32)  # centred on the equator
    f = maps.frame([(100, 4), (110, 176)])  # near both poles: taller than 16:9, every point in
    assert f.holds(100, 4) and f.holds(110, 176) and f.height == 180


def test_sizes_are_pixels_at_the_width_a_map_is_drawn_for():
    f = maps.Frame(0, 0, 64, 36)  # drawn 640 px wide: 10 px a unit
    assert f.px(14) == pytest.approx(1.4)
    assert maps.Frame(0, 0, 64, 36, pixels=320).px(14) == pytest.approx(2.8)


def test_point_area_in_proportion_to_events_within_bounds():
    assert maps.radius(4, 4) == 14  # the most events: R_MAX
    assert maps.radius(1, 4) == pytest.approx(7)  # a quarter of the events, a quarter of the area
    assert maps.radius(2, 8) == pytest.approx(7)
    assert maps.radius(1, 100) == 4  # 1.4 px: raised to R_MIN, still seen and tapped
    assert maps.radius(0, 3) == 4 and maps.radius(0, 0) == 4


def test_events_in_ukrainian():
    said = [maps.events_uk(n) for n in (0, 1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 111, 112)]
    assert said == [
        "0 подій",
        "1 подія",
        "2 події",
        "4 події",
        "5 подій",
        "11 подій",
        "12 подій",
        "21 подія",
        "22 події",
        "25 подій",
        "101 подія",
        "111 подій",
        "112 подій",
    ]


# ---- the fixture chronicle's maps ----


def test_places_index_map_of_the_fixture(fixture_chronicle):
    """Абу-Дабі (24.4539, 54.3773) and Женева (46.2044, 6.1432) have 2 events, Брюссель (50.8467,
    4.3525) 1: by hand, x = (lon + 180)·cos 45°, y = 90 − lat; the frame is their extent + 12%
    grown to 16:9 (58.18 × 32.73 units); radii 14 px and 14/√2 px, at 58.18/640 units a px."""
    page = pages(fixture_chronicle)["places/index.md"]
    block = figure(page)
    assert block and page.index(block) < page.index("- [Абу")  # the map, then the list
    assert 'viewBox="118.95 35.99 58.18 32.73"' in block
    assert '<image href="../assets/maps/world.svg" x="0" y="0" width="254.56" height="180.00"' in block
    links = re.findall(r'<a href="([^"]+)"><title>([^<]+)</title>(.*?)</a>', block)
    assert [(href, label) for href, label, _ in links] == [
        ("dhabi-fx/", "Абу-Дабі: 2 події"),
        ("gva-fx/", "Женева: 2 події"),
        ("bxl-fx/", "Брюссель: 1 подія"),
    ]
    dots = [
        re.search(r'class="chronicle-map__place" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"', inner).groups()
        for *_, inner in links
    ]
    assert dots == [("165.73", "65.55", "1.27"), ("131.62", "43.80", "1.27"), ("130.36", "39.15", "0.90")]
    # Брюссель's dot (9.9 px) is under the 12 px target: its link has a target circle of 12 px;
    # the 14 px dots are targets enough.
    assert '<circle cx="130.36" cy="39.15" r="1.09" fill="none" pointer-events="all"/>' in links[2][2]
    assert [inner.count("<circle") for *_, inner in links] == [1, 1, 2]
    labels = re.findall(r'<text [^>]*aria-hidden="true">([^<]*)</text>', block)
    assert labels == ["Абу-Дабі", "Женева", "Брюссель"]
    assert 'data-search="skip"' in block and "\n\n" not in block


def test_place_page_marks_the_place_and_links_the_places_near_it(fixture_chronicle):
    generated = pages(fixture_chronicle)
    geneva = figure(generated["places/gva-fx/index.md"])
    # A 48-unit window around Женева (131.62, 43.80) holds Брюссель, not Абу-Дабі.
    assert 'viewBox="107.62 30.30 48.00 27.00"' in geneva
    assert re.findall(r'<a href="([^"]+)"><title>([^<]+)</title>', geneva) == [("../bxl-fx/", "Брюссель")]
    assert '<circle class="chronicle-map__here" cx="131.62" cy="43.80"' in geneva  # itself: no link
    assert 'role="group" xmlns="http://www.w3.org/2000/svg">\n<title>Женева і місця поруч на карті</title>' in geneva
    assert '<image href="../../assets/maps/world.svg"' in geneva
    dhabi = figure(generated["places/dhabi-fx/index.md"])  # nothing near it: one picture, no link
    assert (
        "<a " not in dhabi
        and 'role="img" xmlns="http://www.w3.org/2000/svg">\n<title>Абу-Дабі на карті</title>' in dhabi
    )
    assert "<figcaption>" not in dhabi


def test_place_page_shows_only_the_nearest_places(fixture_chronicle):
    """Fifteen places due east of Женева, 0.1 to 1.5 units away (a degree of longitude is cos 45°
    units), all nearer than Брюссель (4.8 units): its page links the twelve nearest, by name, and
    neither the three farthest nor Брюссель."""
    gva = fixture_chronicle.places["gva-fx"]
    c = dataclasses.replace(fixture_chronicle)
    c.places = dict(fixture_chronicle.places)
    for n in range(1, 16):
        c.places[f"p{n:02d}"] = dataclasses.replace(
            gva, id=f"p{n:02d}", name=f"Місце {n:02d}", lon=gva.lon + n / 10 / COS45
        )
    block = figure(pages(c)["places/gva-fx/index.md"])
    names = re.findall(r"<a href=\"[^\"]+\"><title>([^<]+)</title>", block)
    assert names == [f"Місце {n:02d}" for n in range(1, 13)]


def test_event_page_has_a_small_locator_when_its_place_has_coordinates(fixture_chronicle):
    generated = pages(fixture_chronicle)
    locator = figure(generated["events/gva-talks-fx/index.md"])
    assert 'class="chronicle-map chronicle-map--locator"' in locator
    assert (
        'width="320" height="180" role="img" xmlns="http://www.w3.org/2000/svg">\n<title>Женева на карті</title>'
        in locator
    )
    assert "<a " not in locator and locator.count("<circle") == 1
    assert '<image href="../../assets/maps/world.svg"' in locator
    assert maps.basemap_url("index.md") == "assets/maps/world.svg"  # from the home page
    text = generated["events/gva-talks-fx/index.md"]
    assert text.index("- **Місце:**") < text.index(locator)
    placeless = [e for e in fixture_chronicle.events.values() if not e.place]
    assert placeless and all(not figure(generated[f"events/{e.id}/index.md"]) for e in placeless)


@pytest.mark.parametrize("page", ["index.md", "places/index.md", "places/gva-fx/index.md", "events/x/index.md"])
def test_links_are_mkdocs_directory_urls(fixture_chronicle, page):
    bxl = fixture_chronicle.places["bxl-fx"]
    assert maps._href(page, bxl) == relative_url(page, "places/bxl-fx/index.md")


def test_no_map_without_coordinates(fixture_chronicle):
    c = dataclasses.replace(fixture_chronicle)
    c.places = {k: dataclasses.replace(p, lat=None, lon=None) for k, p in fixture_chronicle.places.items()}
    generated = pages(c)
    assert not figure(generated["places/index.md"]) and not figure(generated["places/gva-fx/index.md"])
    assert not figure(generated["events/gva-talks-fx/index.md"])
    assert "- [Женева](gva-fx/index.md)" in generated["places/index.md"]  # the list stays


class _Svg(HTMLParser):
    """What a browser would take from the map: the names (<title>s), the labels (<text>), every
    tag and every attribute's value."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.names: list[str] = []
        self.labels: list[str] = []
        self.tags: list[str] = []
        self.values: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.values += [value or "" for _, value in attrs]
        self._in = tag

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.names.append(data)
        elif self._in == "text":
            self.labels.append(data)


def test_editors_names_are_escaped_in_the_svg(fixture_chronicle):
    """A name with markup, quotes, an ampersand and a line break reaches the page as those
    characters (in the link's name and the label), never as markup, on one line of the block."""
    hostile = "Брюс<script>alert(1)</script> & \"Ко\" 'та'\n\nінші </svg></figure>"
    shown = " ".join(hostile.split())
    c = dataclasses.replace(fixture_chronicle)
    c.places = {**fixture_chronicle.places, "bxl-fx": dataclasses.replace(c.places["bxl-fx"], name=hostile)}
    for path in ("places/index.md", "places/gva-fx/index.md"):
        block = figure(pages(c)[path])
        assert "\n\n" not in block and "<script" not in block
        html = markdown.markdown(block, extensions=["toc", "attr_list", "tables"])  # as MkDocs renders it
        parsed = _Svg()
        parsed.feed(html)
        assert "script" not in parsed.tags and parsed.tags.count("svg") == 1 and parsed.tags.count("figure") == 1
        assert shown + (": 1 подія" if path == "places/index.md" else "") in parsed.names
        assert shown in parsed.labels
        assert not any("Брюс" in value for value in parsed.values)  # never in an attribute


def test_maps_are_the_same_whatever_the_order_places_were_read_in(fixture_chronicle):
    c = dataclasses.replace(fixture_chronicle)
    c.places = dict(reversed(fixture_chronicle.places.items()))
    one, two = pages(fixture_chronicle), pages(c)
    assert one == pages(fixture_chronicle)
    for path in ["places/index.md", *(f"places/{p}/index.md" for p in c.places), "events/gva-talks-fx/index.md"]:
        assert one[path] == two[path], path


# ---- the base map ----


def test_base_map_is_small_and_says_where_it_comes_from():
    data = BASEMAP.read_bytes()
    assert len(data) < 60_000, f"{len(data)} bytes"
    text = data.decode("utf-8")
    assert text.startswith(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 254.56 180.00" width="254.56" height="180.00">'
    )
    for said in ("Natural Earth 1:110m", "public domain", "world-atlas 2.0.2", "Michael Bostock", "tools/basemap.py"):
        assert said in text, said
    assert "http://" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in text
    assert len(re.findall(r"<path ", text)) == 2  # the land, the borders


def test_topojson_arcs_are_delta_decoded_and_scaled():
    # The TopoJSON specification's example (2.1.5): positions quantized and delta-encoded.
    topology = {"transform": {"scale": [0.5, 2], "translate": [100, -10]}, "arcs": [[[4, 2], [2, 0], [0, 3], [-2, 0]]]}
    assert basemap.decode_arcs(topology) == [[(102.0, -6.0), (103.0, -6.0), (103.0, 0.0), (102.0, 0.0)]]


def test_lines_across_the_antimeridian_are_unwrapped_and_repeated_at_the_other_edge():
    assert basemap.unwrap([(179.0, 10.0), (-179.0, 11.0), (-178.0, 12.0)]) == [
        (179.0, 10.0),
        (181.0, 11.0),
        (182.0, 12.0),
    ]
    line = [(250.0, 5.0), (256.0, 6.0)]
    assert basemap.copies([line]) == [line, [(250.0 - maps.WORLD_WIDTH, 5.0), (256.0 - maps.WORLD_WIDTH, 6.0)]]


def test_rings_follow_their_arcs_and_reversed_arcs():
    arcs = [[(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)], [(0.0, 0.0), (0.0, 10.0), (10.0, 10.0)]]
    assert basemap.ring(arcs, [0, ~1]) == [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0), (0.0, 0.0)]


def test_path_data_is_relative_on_a_tenth_grid():
    assert basemap.path([[(1.04, 2.0), (1.52, 1.5), (0.5, 1.5)]], closed=False) == "M1 2l.5-.5-1 0"
    assert [basemap._n(t) for t in (12, -5, 30, 0, -20)] == ["1.2", "-.5", "3", "0", "-2"]
    assert basemap.simplify([(0, 0), (1, 0.01), (2, 0)], 0.1) == [(0, 0), (2, 0)]
    assert basemap.simplify([(0, 0), (1, 1), (2, 0)], 0.1) == [(0, 0), (1, 1), (2, 0)]
