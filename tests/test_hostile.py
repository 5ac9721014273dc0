"""Editors' text is data: hostile strings in every text field build a site they cannot change.

One build of the real project with every plain text field (titles, names, posts, aliases,
outlets, countries, date notes) replaced by a hostile string, every Markdown field (summaries,
descriptions, notes) given hostile Markdown that passes `check`, and a hostile article quoted
verbatim. The HTML must hold no element or attribute the strings could have injected, and show
the plain strings as the characters typed.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from chronicle import cli
from chronicle.read import parse_yaml
from conftest import copy_project

MARK = "xss"  # every hostile string carries it, so that anything it injected can be found
PLAIN = [
    f'<script>alert("{MARK}1")</script>',
    f'<img src=x onerror=alert("{MARK}2")>',
    f'"><svg onload=alert("{MARK}3")>',
    f"[клік](javascript:alert('{MARK}4'))",
    f"**{MARK}5** _курсив_ `код` # не заголовок",
    f"Назва {{: onclick=\"alert('{MARK}6')\" }}",
    f'&lt;script&gt;alert("{MARK}7")&lt;/script&gt;',
    f"<!-- {MARK}8 --> ]]> <![CDATA[ x",
    f"{{{{ config }}}} {{% raw %}} ${{{MARK}9}} {{#{MARK}#}}",
    f'<a href="https://evil.example/{MARK}10">посилання</a>',
    f'<iframe src="https://evil.example/{MARK}11"></iframe>',
    f"![{MARK}12](https://evil.example/x.png)",
    f"<style>body{{display:none}}</style>{MARK}13",
    f"\\<script\\>{MARK}14 | a | b |",
    f"*{MARK}15* <b>жирний</b> &amp; &#60;i&#62;",
]
MARKDOWN = [
    f'\\<script>alert("{MARK}m1")\\</script>',
    f'&lt;img src=x onerror=alert("{MARK}m2")&gt;',
    f"Абзац {{: onclick=\"alert('{MARK}m3')\" }}",
    f'[посилання](https://example.org/"onmouseover="alert({MARK}m4))',
    f"`<script>{MARK}m5</script>`",
    f"<https://example.org/?q=\"{MARK}m6\">",
    f"    <script>{MARK}m7</script>",
]
LINE_FIELDS = {"title", "name", "post", "outlet", "country", "date_note"}
MARKDOWN_FIELDS = {"summary", "description", "note"}
SEED_TEXT = (
    f'Ворожа стаття\n\nПосол заявив: <script>alert("{MARK}q1")</script> і ще '
    f'<img src=x onerror=alert("{MARK}q2")> та **{MARK}q3**.\n'
)
QUOTES = [f'<script>alert("{MARK}q1")</script>', f'<img src=x onerror=alert("{MARK}q2")>', f"**{MARK}q3**"]


def _poison(value, key, plain, markdown):
    if isinstance(value, dict):
        return {k: _poison(v, k, plain, markdown) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v, key, plain, markdown) for v in value] + ([next(plain)] if key == "aliases" else [])
    if key in LINE_FIELDS and isinstance(value, str):
        return next(plain)
    if key in MARKDOWN_FIELDS and isinstance(value, str):
        return value + "\n\n" + "\n\n".join(MARKDOWN) + "\n"
    return value


def _hostile_project(root: Path) -> Path:
    copy_project(root)
    plain = itertools.cycle(PLAIN)
    for path in sorted((root / "content").glob("*/*.yml")):
        data = parse_yaml(path.read_bytes()).data
        path.write_text(yaml.safe_dump(_poison(data, None, plain, MARKDOWN), allow_unicode=True, sort_keys=False), encoding="utf-8")
    seed = root / "seeds" / "2026-01-01-hostile.txt"
    seed.write_text(SEED_TEXT, encoding="utf-8")
    source = {"seed": "seeds/2026-01-01-hostile.txt", "sha256": hashlib.sha256(seed.read_bytes()).hexdigest(),
              "outlet": PLAIN[1], "title": PLAIN[0], "published": "2026-01-01", "language": "uk"}
    (root / "content/sources/hostile.yml").write_text(yaml.safe_dump(source, allow_unicode=True), encoding="utf-8")
    event = {"title": PLAIN[2], "date": "2026-01-01", "kind": "statement", "status": "held", "actors": ["sergei-ryabkov"],
             "sources": ["hostile"], "summary": "\n\n".join(MARKDOWN), "quotes": [{"text": q, "by": "sergei-ryabkov", "source": "hostile"} for q in QUOTES]}
    (root / "content/events/hostile-statement.yml").write_text(yaml.safe_dump(event, allow_unicode=True), encoding="utf-8")
    return root


class _Html(HTMLParser):
    """Every element with its attributes, the text of scripts and styles, and the visible text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.code: list[str] = []  # contents of <script> and <style>
        self.text: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in = tag if tag in ("script", "style") else None

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        (self.code if self._in else self.text).append(data)

    def handle_comment(self, data):
        self.code.append(data)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    root = _hostile_project(tmp_path_factory.mktemp("hostile") / "project")
    assert cli.main(["--root", str(root), "check"]) == 0
    assert cli.main(["--root", str(root), "build"]) == 0
    return root


def test_hostile_strings_inject_no_element_or_attribute(hostile_site):
    pages = sorted((hostile_site / "site").rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        parsed = _Html()
        parsed.feed(page.read_text("utf-8"))
        where = page.relative_to(hostile_site).as_posix()
        for tag, attrs in parsed.elements:
            for name, value in attrs.items():
                assert not name.startswith("on"), f"{where}: <{tag} {name}=...>"
                value = value or ""
                # Editors' words may reach an attribute only as a slug (a heading's id) or inside a
                # percent-encoded link they wrote.
                harmless = re.fullmatch(r"#?[a-z0-9_-]+", value) or (tag == "a" and name == "href" and value.startswith("https://example.org/") and '"' not in value)
                assert MARK not in name and (MARK not in value or harmless), f"{where}: <{tag} {name}={value!r}>"
                assert not value.lower().lstrip().startswith(("javascript:", "data:", "vbscript:")), f"{where}: <{tag} {name}={value!r}>"
            assert tag not in ("iframe", "svg", "object", "embed", "style", "form", "base", "meta") or MARK not in json.dumps(attrs)
            assert "evil.example" not in json.dumps(attrs), f"{where}: <{tag} {attrs}>"
        for code in parsed.code:
            assert MARK not in code, f"{where}: a script, style or comment holds editors' text: {code[:80]!r}"


def test_hostile_plain_text_shows_as_typed(hostile_site):
    site = hostile_site / "site"
    def text_of(path: str) -> str:
        parsed = _Html()
        parsed.feed((site / path).read_text("utf-8"))
        return " ".join("".join(parsed.text).split())

    raw = (site / "events/hostile-statement/index.html").read_text("utf-8")
    title = re.search(r"<title>(.*?)</title>", raw, re.S).group(1)
    assert html.unescape(title) == f"{PLAIN[2]} - Хроніка дипломатії"  # the tab title, as typed
    page = text_of("events/hostile-statement/index.html")
    assert " ".join(PLAIN[2].split()) in page  # the title, as typed
    for quote in QUOTES:
        assert quote in page
    for fragment in (f'<script>alert("{MARK}m1")</script>', f'<img src=x onerror=alert("{MARK}m2")>', f"<script>{MARK}m5</script>", f"<script>{MARK}m7</script>"):
        assert fragment in page
    names = text_of("actors/index.html")
    for string in PLAIN:
        assert " ".join(string.split()) in names or " ".join(string.split()) in text_of("index.html") or string in json.dumps(
            [text_of(p.relative_to(site).as_posix()) for p in sorted(site.glob("*/*/index.html"))], ensure_ascii=False
        )


def test_hostile_strings_stay_text_in_the_search_index_and_the_export(hostile_site):
    site = hostile_site / "site"
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    for doc in index["docs"]:
        for field in ("title", "text"):
            assert "<script" not in doc[field] and "<img" not in doc[field] and "<svg" not in doc[field], doc["location"]
    export = json.loads((site / "data" / "chronicle.json").read_text("utf-8"))
    event = next(e for e in export["events"] if e["id"] == "hostile-statement")
    assert event["title"] == PLAIN[2] and [q["text"] for q in event["quotes"]] == QUOTES
