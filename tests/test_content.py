"""Content invariants: what holds for ANY valid chronicle, checked on the real content/.

No count, id, title or order of today's entries appears here: every expectation is derived at
run time from the YAML itself (read with yaml.safe_load, not through chronicle's own tables), so
an editor's correct addition or removal never turns these tests red. The proof is that the same
invariants are run over three projects: (a) a copy of the real project, (b) that copy plus a
made-up source from a new outlet with three events, two actors, a topic and a related link to an
existing event, written with `chronicle new` as an editor would, and (c) the copy with one event
removed (chosen at run time).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "new-outlet"
PARTS = ["mkdocs.yml", "content", "seeds", "templates", "build/docs/.gitignore"]
# entry kind -> its directory under content/ and the site's URL prefix (the URL an id implies)
KINDS = {"event": "events", "actor": "actors", "topic": "topics", "place": "places", "source": "sources"}
NAME_FIELD = {"event": "title", "source": "title", "actor": "name", "topic": "name", "place": "name"}

sys.path.insert(0, str(ROOT / "benchmarks"))

from conftest import pagefind_records, tree_digest  # noqa: E402  (read a built site; no fixture content)

# ---- helpers (the projects here are copies of the real content, not conftest's fixture) ----


def _copy_real(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for part in PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        elif source.is_file():
            (target / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / part)
    return target


def _chronicle(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CHRONICLE_DEBUG"}
    return subprocess.run(
        [sys.executable, "-m", "chronicle", "--root", str(root), *args],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def _ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8")) or {}


def _entries(root: Path) -> dict[str, dict[str, dict]]:
    """kind -> id -> the entry's YAML, read straight from content/."""
    return {kind: {p.stem: _load(p) for p in sorted((root / "content" / d).glob("*.yml"))} for kind, d in KINDS.items()}


def _plain(value):
    """YAML values as JSON has them: dates as ISO strings."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _write_yaml(path: Path, data: dict, schema: str) -> None:
    path.write_text(
        f"# yaml-language-server: $schema=../../chronicle/schemas/{schema}.schema.json\n"
        + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000),
        "utf-8",
    )


class _Html(HTMLParser):
    """Links, loads, ids, the <h1> and the paragraphs after id="text" of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[str, str, str]] = []  # (tag, attribute, url)
        self.ids: set[str] = set()
        self.h1 = ""
        self._in_h1 = False
        self._in_p = False
        self._after_text = False
        self.article: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
            if a["id"] == "text":
                self._after_text = True
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        for name in ("href", "src", "data", "srcset", "poster"):
            if a.get(name):
                self.refs.append((tag, name, a[name]))
        if tag == "h1" and not self.h1:
            self._in_h1 = True
        if tag == "p" and self._after_text:
            self._in_p = True
            self.article.append("")
        if tag == "a" and self._in_h1 and "headerlink" in (a.get("class") or ""):
            self._in_h1 = False  # the ¶ permalink is not the heading

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False
        if tag == "p":
            self._in_p = False
        if tag == "article":
            self._after_text = False

    def handle_data(self, data):
        if self._in_h1:
            self.h1 += data
        if self._in_p:
            self.article[-1] += data


def _parse(path: Path) -> _Html:
    page = _Html()
    page.feed(path.read_text("utf-8"))
    return page


@dataclass
class Built:
    name: str
    root: Path
    entries: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)  # site-relative path -> _Html

    @property
    def site(self) -> Path:
        return self.root / "site"

    def page(self, rel: str) -> _Html:
        if rel not in self.pages:
            self.pages[rel] = _parse(self.site / rel)
        return self.pages[rel]


# ---- the three projects ----


def _add_new_outlet(root: Path) -> None:
    """A new editor's pull request: a source from an outlet not yet in the chronicle, three
    events quoting it, two new actors, a new topic, and a related link to an existing event."""
    first_existing = sorted((root / "content" / "events").glob("*.yml"))[0].stem

    def fresh(kind: str, base: str) -> str:  # an id no entry has yet, whatever content/ holds
        n, entry_id = 1, base
        while (root / "content" / KINDS[kind] / f"{entry_id}.yml").exists():
            n, entry_id = n + 1, f"{base}-{n + 1}"
        return entry_id

    SRC = fresh("source", "tromso-arctic-talks-2026-03-12")
    KOIVISTO, BREKKE = fresh("actor", "anneli-koivisto"), fresh("actor", "eivind-brekke")
    TOPIC = fresh("topic", "arctic-security")
    TALKS = fresh("event", "tromso-arctic-talks-2026-03-12")
    SHIPS = fresh("event", "brekke-offers-coast-guard-ships-2026-03-12")
    MISSION = fresh("event", "arctic-observation-mission-2026-03-12")
    seed = next(DATA.glob("*.txt"))
    shutil.copyfile(seed, root / "seeds" / seed.name)  # byte for byte, as archived
    text = seed.read_text("utf-8")

    def scaffold(kind: str, entry_id: str, *extra: str) -> dict:
        _ok(_chronicle(root, "new", kind, entry_id, *extra))
        return _load(root / "content" / KINDS[kind] / f"{entry_id}.yml")

    src = scaffold("source", SRC, "--seed", f"seeds/{seed.name}")
    assert src["sha256"] == hashlib.sha256(seed.read_bytes()).hexdigest()
    src.update(
        outlet="Північний кур'єр",
        title="У Тромсе завершилися переговори міністрів Фінляндії та Норвегії про безпеку в Арктиці",
        published="2026-03-12",
        language="uk",
    )
    src.pop("note", None)
    _write_yaml(root / f"content/sources/{SRC}.yml", src, "source")

    for actor_id, name, desc in [
        (KOIVISTO, "Аннелі Койвісто", "Міністерка закордонних справ Фінляндії (вигадана для тесту)."),
        (BREKKE, "Ейвінд Брекке", "Міністр оборони Норвегії (вигаданий для тесту)."),
    ]:
        actor = scaffold("actor", actor_id)
        actor.update(name=name, kind="person", aliases=[name.split()[-1]], description=desc, roles=[])
        _write_yaml(root / f"content/actors/{actor_id}.yml", actor, "actor")

    topic = scaffold("topic", TOPIC)
    topic.update(
        name="Безпека в Арктиці",
        aliases=["арктична безпека"],
        description="Співпраця північних держав у безпеці Арктики.",
    )
    _write_yaml(root / f"content/topics/{TOPIC}.yml", topic, "topic")

    def quote(fragment: str, by: str) -> dict:
        assert fragment in text
        return {"text": fragment, "by": by, "source": SRC}

    events = {
        TALKS: dict(
            title="Міністри Фінляндії та Норвегії проводять у Тромсе переговори про безпеку в Арктиці",
            kind="talks",
            actors=[{"id": KOIVISTO, "role": "head-of-delegation"}, {"id": BREKKE, "role": "head-of-delegation"}],
            summary=f"[Аннелі Койвісто](actor:{KOIVISTO}) та [Ейвінд Брекке](actor:{BREKKE}) провели дводенні переговори.\n",
            quotes=[
                quote(
                    "Ми домовилися діяти разом, а не поодинці, коли йдеться про безпеку наших північних кордонів",
                    KOIVISTO,
                )
            ],
            related=[first_existing],
        ),
        SHIPS: dict(
            title="Ейвінд Брекке обіцяє два кораблі берегової охорони для спільних навчань",
            kind="statement",
            actors=[{"id": BREKKE, "role": "speaker"}],
            summary="Міністр оборони Норвегії пообіцяв кораблі для навчань влітку.\n",
            quotes=[
                quote(
                    "Норвегія готова виділити два кораблі берегової охорони для спільних навчань уже цього літа", BREKKE
                )
            ],
            related=[TALKS],
        ),
        MISSION: dict(
            title="Фінляндія та Норвегія оголошують спільну місію спостереження в Арктиці",
            kind="statement",
            actors=[{"id": KOIVISTO, "role": "speaker"}, BREKKE],
            summary=f"Наприкінці [переговорів](event:{TALKS}) міністри оголосили про місію.\n",
            quotes=[quote("першим кроком до постійного механізму консультацій між нашими урядами", KOIVISTO)],
            related=[TALKS],
        ),
    }
    for event_id, fields in events.items():
        event = scaffold("event", event_id, "--source", SRC)
        event.update(date="2026-03-12", status="held", topics=[TOPIC], **fields)
        _write_yaml(root / f"content/events/{event_id}.yml", event, "event")


def _remove_an_event(root: Path, referenced: bool = False) -> str:
    """One event goes: the first one nothing else names (with referenced, the first one something
    names; with none such, the first), every reference to it (related lists, [..](event:id)
    links) taken out so the project stays valid. Returns its id."""
    content = root / "content"
    files = [p for p in sorted(content.rglob("*")) if p.is_file() and p.suffix in (".yml", ".md")]
    events = sorted((content / "events").glob("*.yml"))

    def named_elsewhere(path: Path) -> bool:
        return any(path.stem in f.read_text("utf-8") for f in files if f != path)

    gone = next((p for p in events if named_elsewhere(p) == referenced), events[0])
    gone.unlink()
    link = re.compile(r"\[([^\]]*)\]\(event:" + re.escape(gone.stem) + r"(#[^)]*)?\)")
    for f in files:
        if f == gone or not f.exists():
            continue
        text = f.read_text("utf-8")
        new = link.sub(r"\1", text)
        if f.parent == content / "events" and gone.stem in new:
            data = yaml.safe_load(new)
            data["related"] = [
                r for r in data.get("related", []) if (r if isinstance(r, str) else r.get("id")) != gone.stem
            ]
            _write_yaml(f, data, "event")
        elif new != text:
            f.write_text(new, "utf-8")
    return gone.stem


VARIANTS = {"real": None, "new-outlet": _add_new_outlet, "event-removed": _remove_an_event}


@pytest.fixture(scope="module", params=list(VARIANTS))
def chron(request, tmp_path_factory) -> Built:
    root = _copy_real(tmp_path_factory.mktemp(f"content-{request.param}") / "project")
    if VARIANTS[request.param]:
        VARIANTS[request.param](root)
    _ok(_chronicle(root, "check"))
    _ok(_chronicle(root, "build"))
    return Built(request.param, root, _entries(root))


def test_removing_an_event_other_entries_name_leaves_a_valid_project(tmp_path):
    """The other way of (c): the removed event is one other entries link to; taking the links
    out with it keeps `chronicle check` green (the full invariants run on the simpler case)."""
    root = _copy_real(tmp_path / "project")
    gone = _remove_an_event(root, referenced=True)
    assert not (root / "content" / "events" / f"{gone}.yml").exists()
    _ok(_chronicle(root, "check"))


# ---- the invariants ----


def test_the_variants_are_what_they_say(chron):
    """Guards the proof itself: (b) adds its entries, (c) really lost an event."""
    real = _entries(ROOT)
    if chron.name == "new-outlet":
        assert len(chron.entries["event"]) == len(real["event"]) + 3
        assert len(chron.entries["actor"]) == len(real["actor"]) + 2
        assert len(chron.entries["source"]) == len(real["source"]) + 1
        outlets = {s.get("outlet") for s in real["source"].values()}
        assert {s.get("outlet") for s in chron.entries["source"].values()} - outlets  # an outlet not yet in it
    elif chron.name == "event-removed":
        assert len(chron.entries["event"]) == len(real["event"]) - 1
    else:
        assert chron.entries == real


def test_every_entry_has_its_page_at_the_url_its_id_implies(chron):
    missing, wrong = [], []
    for kind, entries in chron.entries.items():
        for entry_id, data in entries.items():
            rel = f"{KINDS[kind]}/{entry_id}/index.html"
            if not (chron.site / rel).is_file():
                missing.append(rel)
                continue
            heading = _norm(chron.page(rel).h1)
            if heading != _norm(data[NAME_FIELD[kind]]):
                wrong.append((rel, heading, data[NAME_FIELD[kind]]))
    assert not missing and not wrong, (missing, wrong)


def _target(site: Path, page_rel: str, url: str, base_path: str = "/") -> tuple[str | None, str]:
    """A local URL on page_rel -> (the file it names, relative to site, or None if none), fragment."""
    parts = urlsplit(url)
    base = "/" + page_rel.rsplit("/", 1)[0] + "/" if "/" in page_rel else "/"
    path = unquote(parts.path)
    if not path:
        return page_rel, parts.fragment
    if path.startswith("/") and path.startswith(base_path):
        path = "/" + path[len(base_path) :]  # a site served under /repo/ links /repo/x
    joined = path if path.startswith("/") else base + path
    stack: list[str] = []
    for seg in joined.split("/"):
        if seg in ("", "."):
            continue
        if seg == "..":
            if stack:
                stack.pop()
        else:
            stack.append(seg)
    rel = "/".join(stack)
    candidates = (
        [rel, f"{rel}/index.html".lstrip("/")] if not joined.endswith("/") else [f"{rel}/index.html".lstrip("/")]
    )
    return next((c for c in candidates if c and (site / c).is_file()), None), parts.fragment


def test_every_internal_link_and_anchor_resolves(chron):
    site_url = re.search(r"^site_url:\s*['\"]?([^'\"\s#]*)", (chron.root / "mkdocs.yml").read_text("utf-8"), re.M)
    base_path = urlsplit(site_url.group(1) if site_url else "").path.rstrip("/") + "/"
    broken = []
    for path in sorted(chron.site.rglob("*.html")):
        rel = path.relative_to(chron.site).as_posix()
        if rel.startswith("pagefind/"):
            continue
        for tag, attribute, url in chron.page(rel).refs:
            if attribute == "srcset":
                continue
            parts = urlsplit(url.strip())
            if parts.scheme or parts.netloc or url.startswith("data:"):
                continue  # other sites are not fetched; loads are the next test's
            target, fragment = _target(chron.site, rel, url.strip(), base_path)
            if target is None:
                broken.append(f"{rel}: {tag} {attribute}={url}: no such file")
            elif fragment and target.endswith(".html") and unquote(fragment) not in chron.page(target).ids:
                broken.append(f"{rel}: {url}: no id {fragment!r} in {target}")
    assert not broken, broken[:20]


def test_nothing_loads_from_another_host(chron):
    foreign = []
    for path in sorted(chron.site.rglob("*.html")):
        rel = path.relative_to(chron.site).as_posix()
        for tag, attribute, url in chron.page(rel).refs:
            if tag in ("script", "img", "iframe", "link", "source", "audio", "video", "embed", "object", "input"):
                for one in (
                    (u.strip().split(" ")[0] for u in url.split(",")) if attribute == "srcset" else [url.strip()]
                ):
                    parts = urlsplit(one)
                    if parts.scheme or parts.netloc or one.startswith("//"):
                        foreign.append(f"{rel}: <{tag} {attribute}={one}>")
    assert not foreign, foreign[:20]


def test_every_quote_is_verbatim_in_its_source_page_and_its_seed(chron):
    """In one paragraph of the article as the source page shows it, and in one line of the seed
    (the cleaner keeps each paragraph a contiguous piece of one line): same case, same letters;
    only runs of white space count as one space."""
    problems, seen = [], 0
    for event_id, event in chron.entries["event"].items():
        for q in event.get("quotes") or []:
            seen += 1
            quote = _norm(q["text"])
            source = chron.entries["source"][q["source"]]
            paragraphs = [_norm(p) for p in chron.page(f"sources/{q['source']}/index.html").article]
            if not any(quote in p for p in paragraphs):
                problems.append(f"{event_id}: not in one paragraph of sources/{q['source']}/: {quote!r}")
            seed_lines = [_norm(line) for line in (chron.root / source["seed"]).read_text("utf-8-sig").splitlines()]
            if not any(quote in line for line in seed_lines):
                problems.append(f"{event_id}: not in one line of {source['seed']}: {quote!r}")
    assert not problems, problems
    if chron.name == "new-outlet":
        assert seen > 0


def test_no_source_page_shows_the_furniture_the_cleaning_rules_drop(chron):
    """A line content/cleaning.yml drops whole (drop_lines) or ends the article with
    (end_markers) is never a paragraph of a source page's article text."""
    default = _load(chron.root / "content" / "cleaning.yml").get("default") or {}
    furniture = {_norm(line) for line in (default.get("drop_lines") or []) + (default.get("end_markers") or [])}
    for source_id in chron.entries["source"]:
        article = [_norm(p) for p in chron.page(f"sources/{source_id}/index.html").article]
        assert article, source_id
        assert not furniture & set(article), (source_id, furniture & set(article))


def test_every_seed_is_published_unchanged_with_its_hash(chron):
    for source_id, source in chron.entries["source"].items():
        data = (chron.root / source["seed"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == source["sha256"], source_id
        # Published byte for byte after a UTF-8 byte-order mark (one only), which makes browsers read it as UTF-8.
        served = (chron.site / source["seed"]).read_bytes()
        assert served.startswith(b"\xef\xbb\xbf") and not served.startswith(b"\xef\xbb\xbf" * 2), source_id
        assert served.removeprefix(b"\xef\xbb\xbf") == data.removeprefix(b"\xef\xbb\xbf"), source_id


def _ids(values) -> list[str]:
    return [v if isinstance(v, str) else v["id"] for v in values or []]


FIELDS = {
    "event": ["title", "date", "end_date", "date_note", "kind", "status", "place", "topics", "sources", "summary"],
    "actor": ["name", "kind", "aliases", "description", "wikidata"],
    "topic": ["name", "aliases", "description", "wikidata"],
    "place": ["name", "aliases", "country", "coordinates", "wikidata"],
    "source": ["seed", "sha256", "outlet", "title", "published", "language", "note", "url"],
}
EMPTY = (None, "", [], {})


def test_the_json_equals_the_yaml(chron):
    data = json.loads((chron.site / "data" / "chronicle.json").read_text("utf-8"))
    diffs = []
    for kind, entries in chron.entries.items():
        published = {item["id"]: item for item in data[KINDS[kind]]}
        assert set(published) == set(entries), kind
        for entry_id, yml in entries.items():
            got = published[entry_id]
            assert got.get("page") == f"{KINDS[kind]}/{entry_id}/"
            for name in FIELDS[kind]:
                want = _plain(yml.get(name))
                if name in yml and want not in EMPTY:
                    if got.get(name) != want:
                        diffs.append((kind, entry_id, name, got.get(name), want))
                elif got.get(name) not in EMPTY:
                    diffs.append((kind, entry_id, name, got.get(name), "absent in the YAML"))
            if kind == "event":
                actors = [
                    {"id": a, "role": None} if isinstance(a, str) else {"id": a["id"], "role": a.get("role")}
                    for a in yml.get("actors") or []
                ]
                if [{"id": a["id"], "role": a.get("role")} for a in got["actors"]] != actors:
                    diffs.append((entry_id, "actors", got["actors"], actors))
                quotes = [
                    {"text": q["text"], "by": [q["by"]] if isinstance(q["by"], str) else q["by"], "source": q["source"]}
                    for q in yml.get("quotes") or []
                ]
                if [{k: q.get(k) for k in ("text", "by", "source")} for q in got["quotes"]] != quotes:
                    diffs.append((entry_id, "quotes", got["quotes"], quotes))
    # related: what the YAML writes is there; anything more is only the other way round
    written = {eid: set(_ids(e.get("related"))) for eid, e in chron.entries["event"].items()}
    for item in data["events"]:
        got = set(_ids(item.get("related")))
        inverse = {other for other, rel in written.items() if item["id"] in rel}
        if not written[item["id"]] <= got or not got <= written[item["id"]] | inverse:
            diffs.append((item["id"], "related", sorted(got), sorted(written[item["id"]])))
    assert not diffs, diffs[:10]


def test_a_rebuild_is_byte_identical(chron, tmp_path):
    again = tmp_path / "again"
    shutil.copytree(chron.root, again, ignore=shutil.ignore_patterns("site", ".chronicle*", "build"))
    for part in PARTS:
        if not (again / part).exists() and (chron.root / part).exists():
            (again / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(chron.root / part, again / part)
    _ok(_chronicle(again, "build"))
    first, second = tree_digest(chron.site), tree_digest(again / "site")
    assert first.keys() == second.keys()
    assert [p for p in first if first[p] != second[p]] == []


def test_the_search_index_holds_every_event_under_its_title(chron):
    records = pagefind_records(chron.site)
    for event_id, event in chron.entries["event"].items():
        record = records.get(f"/events/{event_id}/")
        assert record is not None, event_id
        assert _norm(record["meta"]["title"]) == _norm(event["title"])


def test_search_finds_each_event_by_its_title(chron, browser):
    """Typed into the search page as a reader does (the benchmark's own driver), each event's
    title brings up its page among the first results."""
    import search_recall

    with search_recall.serve(chron.site) as base:
        queries = [
            {"query": _norm(e["title"]), "expect": f"events/{eid}/"} for eid, e in chron.entries["event"].items()
        ]
        results = search_recall.run(browser, base, queries)
    missed = [(r["query"], r["expect"], r["found"]) for r in results if r["rank"] is None]
    assert not missed, missed
