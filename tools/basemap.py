"""Makes the map's base layer, templates/overrides/assets/maps/world.svg, once, from world-atlas.

Run by hand when the base map should change (the build never runs it; the SVG is committed):

    cd /tmp/somewhere && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 tools/basemap.py /tmp/somewhere/package > templates/overrides/assets/maps/world.svg

world-atlas (npm, ISC licence, Mike Bostock) ships Natural Earth's 1:110m Admin 0 countries
(public domain) as TopoJSON: quantized, delta-encoded arcs shared between the countries they
border. This script decodes them (the TopoJSON specification, section 2.1.5), projects them as
chronicle/maps.py projects the places (equirectangular, standard parallel 45°, one unit a degree of
latitude), simplifies each arc once (Douglas-Peucker, so two countries keep the same border) and
writes two paths: the land (filled) and the borders between countries (stroked), with one decimal.
docs/map.md says more.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from chronicle.maps import WORLD_HEIGHT, WORLD_WIDTH, project  # noqa: E402

TOLERANCE = 0.12  # units (degrees of latitude): what Douglas-Peucker may move a line by
SOURCE = "countries-110m.json"
NOTICE = """\
<!-- The chronicle's base map (docs/map.md): Natural Earth 1:110m Admin 0 countries (public domain,
     naturalearthdata.com) from the npm package world-atlas {version} ({source}), projected and
     simplified by tools/basemap.py (equirectangular, standard parallel 45 degrees); regenerate
     with that script. world-atlas: Copyright 2013-2019 Michael Bostock. Permission to use, copy,
     modify, and/or distribute this software for any purpose with or without fee is hereby granted,
     provided that the above copyright notice and this permission notice appear in all copies.
     THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS
     SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE
     AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
     WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT,
     NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
     PERFORMANCE OF THIS SOFTWARE. -->"""

Point = tuple[float, float]


def decode_arcs(topology: dict) -> list[list[Point]]:
    """Every arc as (lon, lat) points: each position is the sum of the deltas so far, scaled and
    translated by the topology's transform."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(unwrap(points))
    return arcs


def unwrap(points: list[Point]) -> list[Point]:
    """The line without its jumps across the antimeridian (from 180° to -180°): each point's
    longitude moved by 360° where that puts it nearer the point before (it may pass ±180°)."""
    out = points[:1]
    for lon, lat in points[1:]:
        before = out[-1][0]
        lon += 360 * round((before - lon) / 360)
        out.append((lon, lat))
    return out


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker: the points that keep the line within tolerance of the original."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        far, index = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length:
                distance = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            else:
                distance = math.hypot(px - ax, py - ay)
            if distance > far:
                far, index = distance, i
        if far > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep) if kept]


def ring(arcs: list[list[Point]], indexes: list[int]) -> list[Point]:
    """A ring from its arcs (~i: arc i reversed), each arc's first point dropped after the first
    arc, and each arc moved by the world's width where it continues the last one across the
    antimeridian. A ring round a pole (Antarctica) then ends a world's width from where it began:
    it is closed along the map's edge at that pole."""
    points: list[Point] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        if points:
            shift = WORLD_WIDTH * round((points[-1][0] - arc[0][0]) / WORLD_WIDTH)
            arc = [(x + shift, y) for x, y in arc[1:]]
        points.extend(arc)
    if abs(points[-1][0] - points[0][0]) > WORLD_WIDTH / 2:
        pole = WORLD_HEIGHT if sum(y for _, y in points) / len(points) > WORLD_HEIGHT / 2 else 0.0
        points += [(points[-1][0], pole), (points[0][0], pole)]
    return points


def copies(lines: list[list[Point]]) -> list[list[Point]]:
    """Each line, and a copy a world's width to the left or right of it where it passes an edge
    of the map (the SVG's viewBox clips what lies outside)."""
    out = []
    for line in lines:
        xs = [x for x, _ in line]
        out.append(line)
        if min(xs) < 0:
            out.append([(x + WORLD_WIDTH, y) for x, y in line])
        if max(xs) > WORLD_WIDTH:
            out.append([(x - WORLD_WIDTH, y) for x, y in line])
    return out


def path(lines: list[list[Point]], closed: bool) -> str:
    """SVG path data: each line from an absolute point, then relative steps on a 0.1 grid."""
    out = []
    for line in lines:
        grid = [(round(x * 10), round(y * 10)) for x, y in line]
        grid = [p for i, p in enumerate(grid) if i == 0 or p != grid[i - 1]]
        if len(grid) < (4 if closed else 2):
            continue
        if closed and grid[-1] == grid[0]:
            grid.pop()
        parts = [f"M{_n(grid[0][0])} {_n(grid[0][1])}l"]
        steps = [f"{_n(b[0] - a[0])} {_n(b[1] - a[1])}" for a, b in zip(grid, grid[1:])]
        parts.append(" ".join(steps).replace(" -", "-"))
        out.append("".join(parts) + ("z" if closed else ""))
    return "".join(out)


def _n(tenths: int) -> str:
    """A number in tenths, written short: 12 -> "1.2", -5 -> "-.5", 30 -> "3"."""
    sign, whole, tenth = "-" if tenths < 0 else "", abs(tenths) // 10, abs(tenths) % 10
    if not tenth:
        return f"{sign}{whole}"
    return f"{sign}{whole or ''}.{tenth}"


def geometries_rings(geometry: dict) -> list[list[int]]:
    if geometry["type"] == "Polygon":
        return list(geometry["arcs"])
    if geometry["type"] == "MultiPolygon":
        return [r for polygon in geometry["arcs"] for r in polygon]
    return []


def basemap(package: Path) -> str:
    version = json.loads((package / "package.json").read_text("utf-8"))["version"]
    topology = json.loads((package / SOURCE).read_text("utf-8"))
    arcs = [simplify([project(lat, lon) for lon, lat in arc], TOLERANCE) for arc in decode_arcs(topology)]
    land = copies([ring(arcs, r) for g in topology["objects"]["land"]["geometries"] for r in geometries_rings(g)])
    users: dict[int, set[int]] = {}  # arc -> the countries it bounds
    for n, country in enumerate(topology["objects"]["countries"]["geometries"]):
        for r in geometries_rings(country):
            for index in r:
                users.setdefault(index if index >= 0 else ~index, set()).add(n)
    borders = copies([arcs[i] for i in sorted(users) if len(users[i]) > 1])  # between two countries: a border
    w, h = f"{WORLD_WIDTH:.2f}", f"{WORLD_HEIGHT:.2f}"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}">\n'
        + NOTICE.format(version=version, source=SOURCE)
        + f'\n<path fill="#dde3ea" d="{path(land, closed=True)}"/>\n'
        # The borders' width is in units: the browser draws the file as an image, scaled with the
        # map (vector-effect would not help there), 0.3 px on a world map, 2 px on a country.
        + f'<path fill="none" stroke="#fff" stroke-width=".12" stroke-linejoin="round" d="{path(borders, closed=False)}"/>\n'
        + "</svg>\n"
    )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 tools/basemap.py WORLD_ATLAS_PACKAGE_DIR > templates/overrides/assets/maps/world.svg")
    sys.stdout.write(basemap(Path(sys.argv[1])))
