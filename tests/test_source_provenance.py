"""Issue 18 §1, where a report came from, on the fixture chronicle (chronicle.origin).

- `via:` records whom a source relays: the fixture's Geneva article says "Про це повідомляє
  американське видання The New York Times", so gva-source-fx has `via: {outlet: The New York Times}`;
  its pages say "УНІАН, за The New York Times". A `via: {source: id}` is linked and followed.
- `url` and `archive_url` are links (hostile ones escaped, rel="nofollow noopener noreferrer");
  when neither is known, the page says so.
- "Мова: uk" reads "Мова: українська" (CLDR's name, from Babel); a code CLDR does not know is shown as written.
- The served capture is the seed after a UTF-8 byte-order mark; the seed itself is unchanged.

Every expected string is written by hand from the fixture's YAML and seeds.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from chronicle import origin
from conftest import FIXTURE, copy_project, run_chronicle, run_cli

GVA_SEED = "seeds/2022-01-10-gva-talks-fx.txt"
# Hostile but valid addresses (the schema wants ^https?://\S+$): an attribute break-out, Markdown syntax.
HOSTILE_URL = 'https://example.org/news?id=1&x="><script>alert("via1")</script>'
ARCHIVE_URL = "https://web.archive.org/web/20260205000000/https://example.org/*news*_x_[1](2)`c`\\{#x}&amp;"


class _Page(HTMLParser):
    """A built page's article: its visible text (white space folded), its links, its scripts."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.links: list[tuple[dict, str]] = []  # (attributes, text) of every <a> in the article
        self.scripts: list[str] = []
        self._a: dict | None = None
        self._a_text: list[str] = []
        self._script = False
        self._article = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self._article += 1
        if tag == "script":
            self._script = True
        if tag == "a" and self._article:
            self._a, self._a_text = dict(attrs), []

    def handle_endtag(self, tag):
        if tag == "article":
            self._article -= 1
        if tag == "script":
            self._script = False
        if tag == "a" and self._a is not None:
            self.links.append((self._a, "".join(self._a_text)))
            self._a = None
        if tag in ("li", "p", "h1", "h2"):
            self.text.append("\n")

    def handle_data(self, data):
        if self._script:
            self.scripts.append(data)
        elif self._article:
            self.text.append(data)
            if self._a is not None:
                self._a_text.append(data)

    @property
    def lines(self) -> list[str]:
        return [re.sub(r"\s+", " ", line).strip() for line in "".join(self.text).split("\n") if line.strip()]


def page(site: Path, url: str) -> _Page:
    return _Page((site / url / "index.html").read_text("utf-8"))


def _edit(project: Path, source: str, **fields) -> None:
    path = project / "content/sources" / f"{source}.yml"
    data = yaml.safe_load(path.read_text("utf-8"))
    path.write_text(yaml.safe_dump({**data, **fields}, allow_unicode=True, sort_keys=False), "utf-8")


@pytest.fixture(scope="session")
def relayed(tmp_path_factory) -> Path:
    """The fixture built with its Abu Dhabi source relaying the Geneva one (a source entry, which
    relays The New York Times), hostile but valid addresses, and a language code CLDR does not know."""
    root = copy_project(tmp_path_factory.mktemp("relayed") / "project")
    _edit(root, "dialogue-source-fx", via={"source": "gva-source-fx"}, url=HOSTILE_URL, language="qaa")
    _edit(root, "gva-source-fx", archive_url=ARCHIVE_URL)
    result = run_chronicle("--root", str(root), "build")
    assert result.returncode == 0, result.stdout + result.stderr
    return root


# ---- the fixture as it is ----


def test_the_source_page_says_whom_it_relays_its_language_and_that_no_address_is_known(built):
    lines = page(built / "site", "sources/gva-source-fx").lines
    assert "Видання: УНІАН, за The New York Times" in lines
    assert "Мова: українська" in lines
    assert "Оригінал: адреса невідома; копії у вебархіві немає. Статтю зберігає лише знімок нижче." in lines
    assert not any(line.startswith("Копія у вебархіві") for line in lines)


def test_a_source_that_relays_no_one_names_its_outlet_only(built):
    lines = page(built / "site", "sources/dialogue-source-fx").lines
    assert "Видання: Українське онлайн-видання (назви в знімку немає)" in lines
    line = next(line for line in page(built / "site", "events/dialogue-restored-fx").lines if "Українське" in line)
    assert line.endswith("— Українське онлайн-видання (назви в знімку немає), 5 лютого 2026 р.")


def test_an_event_page_lists_its_source_with_whom_it_relays(built):
    lines = page(built / "site", "events/gva-talks-fx").lines
    assert "У Женеві завершилися переговори США та Росії — УНІАН, за The New York Times, 10 січня 2022 р." in lines


def test_the_served_capture_is_the_seed_after_a_utf8_bom_and_the_seed_is_unchanged(built):
    seed = (FIXTURE / GVA_SEED).read_bytes()
    served = (built / "site" / GVA_SEED).read_bytes()
    assert served == b"\xef\xbb\xbf" + seed
    assert served.decode("utf-8-sig").startswith("У Женеві завершилися переговори США та Росії")
    # The project's seed still has the SHA-256 its source records.
    assert hashlib.sha256((built / GVA_SEED).read_bytes()).hexdigest() == (
        "1c10eb6a6646997a6d89934fdd44483a848c1d5b75739dfd4c5b64bae1c9cc73"
    )


def test_a_capture_that_has_a_bom_gets_no_second():
    with_bom = b"\xef\xbb\xbf" + (FIXTURE / GVA_SEED).read_bytes()
    assert origin.served_capture(with_bom) == with_bom


def test_the_open_data_carries_via_and_archive_url(built):
    data = json.loads((built / "site/data/chronicle.json").read_text("utf-8"))
    sources = {s["id"]: s for s in data["sources"]}
    assert sources["gva-source-fx"]["via"] == {"outlet": "The New York Times"}
    assert sources["gva-source-fx"]["archive_url"] is None
    assert sources["dialogue-source-fx"]["via"] is None


def test_the_sources_table_carries_via_and_archive_url_in_its_last_columns(built):
    with (built / "site/data/sources.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["id", "title"] and rows[0][-3:] == ["archive_url", "via_outlet", "via_source"]
    by_id = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert [by_id["gva-source-fx"][k] for k in ("archive_url", "via_outlet", "via_source")] == [
        "",
        "The New York Times",
        "",
    ]
    assert [by_id["dialogue-source-fx"][k] for k in ("via_outlet", "via_source")] == ["", ""]


def test_quotes_give_their_kind_in_the_table_and_reported_speech_is_no_quotation_in_json_ld(built):
    with (built / "site/data/quotes.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    kinds = sorted({(r["event"], r["kind"]) for r in rows})
    assert ("ryabkov-assesses-fx", "reported") in kinds and ("drafts-fx", "translation") in kinds
    assert ("dialogue-restored-fx", "direct") in kinds

    def json_ld(event: str) -> str:
        html = (built / f"site/events/{event}/index.html").read_text("utf-8")
        return re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)

    assert "Quotation" not in json_ld("ryabkov-assesses-fx")  # both of its quotes are reported speech
    assert '"Quotation"' in json_ld("drafts-fx") and '"Quotation"' in json_ld("dialogue-restored-fx")


@pytest.mark.parametrize(
    ("code", "name"),
    [("uk", "українська"), ("en", "англійська"), ("ru", "російська"), ("de", "німецька"), ("qaa", "qaa")],
)
def test_a_language_reads_as_its_ukrainian_name_or_its_code(code, name):
    assert origin.language_name(code) == name


# ---- a source relaying another, and addresses ----


def test_a_relayed_source_entry_is_linked_and_followed_to_the_outlet_it_relays(relayed):
    source = page(relayed / "site", "sources/dialogue-source-fx")
    assert "Видання: Українське онлайн-видання (назви в знімку немає), за УНІАН, за The New York Times" in source.lines
    assert ({"href": "../gva-source-fx/"}, "УНІАН") in source.links
    event = page(relayed / "site", "events/dialogue-restored-fx")
    assert any(
        line.endswith(
            "— Українське онлайн-видання (назви в знімку немає), за УНІАН, за The New York Times, 5 лютого 2026 р."
        )
        for line in event.lines
    ), event.lines
    assert ({"href": "../../sources/gva-source-fx/"}, "УНІАН") in event.links
    data = json.loads((relayed / "site/data/chronicle.json").read_text("utf-8"))
    assert {s["id"]: s["via"] for s in data["sources"]}["dialogue-source-fx"] == {"source": "gva-source-fx"}


def test_addresses_are_escaped_links_that_say_where_they_go(relayed):
    rel = "nofollow noopener noreferrer"
    source = page(relayed / "site", "sources/dialogue-source-fx")
    assert f"Оригінал: {HOSTILE_URL}" in source.lines
    assert "Копія у вебархіві: немає" in source.lines
    assert ({"class": "chronicle-external", "href": HOSTILE_URL, "rel": rel}, HOSTILE_URL) in source.links
    assert not any("via1" in script for script in source.scripts)  # the address made no <script>
    assert "Мова: qaa" in source.lines
    archived = page(relayed / "site", "sources/gva-source-fx")
    assert "Оригінал: адреса невідома" in archived.lines
    assert f"Копія у вебархіві: {ARCHIVE_URL}" in archived.lines  # Markdown syntax shown as typed
    assert ({"class": "chronicle-external", "href": ARCHIVE_URL, "rel": rel}, ARCHIVE_URL) in archived.links
    data = json.loads((relayed / "site/data/chronicle.json").read_text("utf-8"))
    exported = {s["id"]: s for s in data["sources"]}
    assert exported["dialogue-source-fx"]["url"] == HOSTILE_URL
    assert exported["gva-source-fx"]["archive_url"] == ARCHIVE_URL


def test_only_http_addresses_become_links():
    assert origin.web_link("javascript:alert(1)") == ""
    assert origin.web_link("ftp://example.org/x") == ""
    assert origin.web_link(None) == ""
    assert origin.web_link("https://example.org/a b") == ""  # white space: not one address


# ---- what the check refuses ----


def _check(capsys, project: Path) -> tuple[int, list[str]]:
    status, out = run_cli(capsys, "--root", str(project), "check")
    return status, [line for line in out.splitlines() if "warning:" not in line]


def _set_via(project: Path, source: str, value: str) -> None:
    path = project / "content/sources" / f"{source}.yml"
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("via:")]
    lines.insert(4, f"via: {value}")  # line 5, after seed, sha256 and outlet
    path.write_text("\n".join(lines) + "\n", "utf-8")


def test_check_refuses_a_via_naming_an_unknown_source_at_its_line(project, capsys):
    _set_via(project, "gva-source-fx", "{source: dialogue-source-fz}")
    status, lines = _check(capsys, project)
    assert status == 1
    assert (
        "content/sources/gva-source-fx.yml:5:15: unknown source 'dialogue-source-fz': there is no "
        "content/sources/dialogue-source-fz.yml; did you mean 'dialogue-source-fx'?"
    ) in lines


def test_check_refuses_sources_relaying_one_another_in_a_circle(project, capsys):
    _set_via(project, "gva-source-fx", "{source: dialogue-source-fx}")
    _set_via(project, "dialogue-source-fx", "{source: gva-source-fx}")
    status, lines = _check(capsys, project)
    assert status == 1
    circle = "dialogue-source-fx -> gva-source-fx -> dialogue-source-fx"
    for name in ("dialogue-source-fx", "gva-source-fx"):
        assert (
            f"content/sources/{name}.yml:5:15: the sources relay one another in a circle ({circle}); "
            "one of them must name the outlet it relays: `via: {outlet: …}`"
        ) in lines


def test_check_refuses_a_source_relaying_itself(project, capsys):
    _set_via(project, "gva-source-fx", "{source: gva-source-fx}")
    status, lines = _check(capsys, project)
    assert status == 1
    assert (
        "content/sources/gva-source-fx.yml:5:15: a source cannot relay itself; name the outlet: `via: {outlet: …}`"
        in lines
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "The New York Times",
            "5:6: 'via' must be a map with `outlet:` (a name) or `source:` (a source id), not text, "
            "e.g. `via: {outlet: The New York Times}`",
        ),
        (
            "{outlet: Reuters, source: dialogue-source-fx}",
            "5:6: 'via' takes only 1 of its fields (outlet, source), not 2; keep one",
        ),
        ("{}", "5:6: 'via' is empty; write one of its fields: outlet, source"),
        (
            "{sourse: dialogue-source-fx}",
            "5:7: unknown field 'sourse'; did you mean 'source'? (fields here: outlet, source)",
        ),
    ],
)
def test_check_explains_a_via_of_the_wrong_shape(project, capsys, value, message):
    _set_via(project, "gva-source-fx", value)
    status, lines = _check(capsys, project)
    assert status == 1
    assert f"content/sources/gva-source-fx.yml:{message}" in lines, lines


def test_check_refuses_an_archive_url_that_is_not_http(project, capsys):
    path = project / "content/sources/gva-source-fx.yml"
    path.write_text(path.read_text("utf-8") + "archive_url: javascript:alert(1)\n", "utf-8")
    line = len(path.read_text("utf-8").splitlines())
    status, lines = _check(capsys, project)
    assert status == 1
    assert (
        f"content/sources/gva-source-fx.yml:{line}:14: 'javascript:alert(1)' in 'archive_url' is not an http(s) "
        "address of an archived copy of the article, e.g. https://web.archive.org/web/…"
    ) in lines
