"""Stage 1, read: the editors' YAML entries and the seed captures, as they are on disk.

Every YAML value keeps the line and column it came from, so that later stages can point an
editor at the exact place of a problem. The YAML accepted is the plain data subset: no
anchors or aliases, no custom tags, no duplicate keys, no dates turned into objects (a date
stays the string the editor typed). Nothing here judges the meaning of an entry: that is
validate's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from chronicle.problems import Problem

# Directory under content/ -> the singular kind name used everywhere else.
KINDS = {"events": "event", "actors": "actor", "sources": "source", "topics": "topic", "places": "place"}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAX_FILE_BYTES = 256 * 1024  # far above any real entry; a bigger file is refused
CLEANING_FILE = "cleaning.yml"

_STR = "tag:yaml.org,2002:str"
_PLAIN_TAGS = {
    _STR,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
}

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """SafeLoader whose implicit resolvers leave timestamps as strings."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

Path_ = tuple  # a path into a YAML document: keys and list indices


@dataclass
class Document:
    """One parsed YAML file: its data and where every value and key stands."""

    data: object
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    blocks: set[Path_] = field(default_factory=set)  # block scalars (| or >): text starts a line below

    def position(self, path: Path_, key: bool = False) -> tuple[int, int]:
        """The (line, column) of the value at path, or of its nearest ancestor."""
        table = self.keys if key else self.values
        path = tuple(path)
        while path:
            if path in table:
                return table[path]
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), (1, 1))


@dataclass
class Entry:
    kind: str  # "event", "actor", ...
    id: str
    path: str  # POSIX path relative to the project root
    doc: Document

    @property
    def data(self) -> dict:
        return self.doc.data  # type: ignore[return-value]


@dataclass
class RawProject:
    """Everything read from disk, before any judgement."""

    root: Path
    entries: dict[str, dict[str, Entry]]  # kind -> id -> entry
    cleaning: Entry | None
    seeds: dict[str, bytes]  # POSIX path relative to root ("seeds/x.txt") -> bytes
    pages: dict[str, bytes]  # hand-written pages: path relative to content/pages -> bytes
    problems: list[Problem]


class YamlProblem(Exception):
    def __init__(self, line: int, column: int, message: str):
        super().__init__(message)
        self.line, self.column, self.message = line, column, message


def _mark(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _convert(node, loader, doc: Document, path: Path_, seen: set[int]):
    if id(node) in seen:
        raise YamlProblem(*_mark(node), "anchors and aliases (&name, *name) are not allowed; write the value out")
    seen.add(id(node))
    if node.tag not in _PLAIN_TAGS:
        raise YamlProblem(*_mark(node), f"the tag {node.tag!r} is not allowed; entries hold plain text, numbers, lists and maps")
    doc.values[path] = _mark(node)
    if isinstance(node, yaml.MappingNode):
        result: dict = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlProblem(*_mark(key_node), "merge keys (<<) and aliases are not allowed; write the fields out")
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _STR:
                raise YamlProblem(*_mark(key_node), "a key must be a plain word, e.g. title:")
            key = key_node.value
            if key in result:
                first = doc.keys[path + (key,)]
                raise YamlProblem(*_mark(key_node), f"duplicate key '{key}' (first at line {first[0]}); keep one")
            doc.keys[path + (key,)] = _mark(key_node)
            result[key] = _convert(value_node, loader, doc, path + (key,), seen)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, loader, doc, path + (i,), seen) for i, item in enumerate(node.value)]
    if node.tag == _STR:
        if node.style in ("|", ">"):
            doc.blocks.add(path)
        return node.value
    return loader.construct_object(node, deep=True)


def parse_yaml(raw: bytes) -> Document:
    """Parse one YAML document of plain data; raise YamlProblem with a position on bad input."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise YamlProblem(line, column, "the file is not UTF-8 text; save it as UTF-8") from None
    if not text.strip():
        raise YamlProblem(1, 1, "the file is empty; an entry needs at least its required fields")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise YamlProblem(1, 1, "the file holds no data, only comments; an entry needs its fields")
        doc = Document(data=None)
        doc.data = _convert(node, loader, doc, (), set())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or "invalid YAML"
        context = exc.context_mark
        if context and mark and context.line != mark.line and exc.context:
            what += f" ({exc.context} that begins at line {context.line + 1})"
        if "another document" in what:
            what = "a file holds one entry; remove the second document (from the line ---)"
        lines = text.split("\n")
        if mark and line <= len(lines) and "\t" in lines[line - 1][: column + 1]:
            what = "a tab character; indent with spaces"
        raise YamlProblem(line, column, f"YAML syntax error: {what}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(1, 1, f"YAML error: {exc}") from None
    finally:
        loader.dispose()
    return doc


def read_yaml_file(path: Path, rel: str, problems: list[Problem]) -> Document | None:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(Problem(rel, 1, 1, f"the file is {size} bytes, over the limit of {MAX_FILE_BYTES}; split it or shorten it"))
            return None
        doc = parse_yaml(path.read_bytes())
    except YamlProblem as exc:
        problems.append(Problem(rel, exc.line, exc.column, exc.message))
        return None
    except OSError as exc:
        problems.append(Problem(rel, 1, 1, f"cannot read the file: {exc.strerror}"))
        return None
    if not isinstance(doc.data, dict):
        line, column = doc.position(())
        problems.append(Problem(rel, line, column, "an entry is a map of fields (key: value), not a list or a single value"))
        return None
    return doc


class ReadCache:
    """What read_project read last time, by file: the live preview re-parses only what changed.

    A file is read again when its size, modification time (ns) or inode changed (an editor that
    saves by renaming a new file over the old one changes the inode). `changed` says whether the
    last read_project found any file added, removed or changed since the one before.
    """

    def __init__(self) -> None:
        self._files: dict[Path, tuple[tuple, object]] = {}
        self._seen: set[Path] = set()
        self.changed = True
        self.reread: list[str] = []  # files read again in the last read_project, relative to root

    def start(self) -> None:
        self._seen, self.changed, self.reread = set(), False, []

    def finish(self) -> None:
        gone = set(self._files) - self._seen
        for path in gone:
            del self._files[path]
        self.changed = self.changed or bool(gone)

    def get(self, path: Path, rel: str, load):
        """load(path) for a file that changed since the last read, else what it gave then."""
        try:
            st = path.stat()
            key = (st.st_size, st.st_mtime_ns, st.st_ino)
        except OSError:
            key = None
        self._seen.add(path)
        cached = self._files.get(path)
        if key is not None and cached is not None and cached[0] == key:
            return cached[1]
        value = load(path)
        self._files[path] = (key, value)
        self.changed = True
        self.reread.append(rel)
        return value


def _read_yaml_cached(path: Path, rel: str, problems: list[Problem], cache: ReadCache | None) -> Document | None:
    if cache is None:
        return read_yaml_file(path, rel, problems)

    def load(p):
        found: list[Problem] = []
        return read_yaml_file(p, rel, found), found

    doc, found = cache.get(path, rel, load)
    problems.extend(found)
    return doc


def _read_bytes(path: Path, rel: str, cache: ReadCache | None) -> bytes:
    return path.read_bytes() if cache is None else cache.get(path, rel, Path.read_bytes)


def _files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted((p for p in directory.iterdir() if p.is_file() and not p.name.startswith(".")), key=lambda p: p.name)


def read_project(root: Path, content_dir: str = "content", seeds_dir: str = "seeds", cache: ReadCache | None = None) -> RawProject:
    """Read every entry, the cleaning rules, the hand-written pages and the seeds under root.

    With a cache (the live preview), a file unchanged since the last call is not read again: its
    parsed document (the same object as then) is taken from the cache.
    """
    root = Path(root)
    if cache is not None:
        cache.start()
    problems: list[Problem] = []
    entries: dict[str, dict[str, Entry]] = {kind: {} for kind in KINDS.values()}
    content = root / content_dir
    for directory, kind in KINDS.items():
        for path in _files(content / directory):
            rel = path.relative_to(root).as_posix()
            if path.suffix != ".yml":
                problems.append(Problem(rel, 1, 1, f"only .yml files belong in {content_dir}/{directory}/; rename it to <id>.yml"))
                continue
            entry_id = path.stem
            if not ID_RE.match(entry_id) or len(entry_id) > 80:
                problems.append(Problem(rel, 1, 1, f"the file name '{path.name}' is not a valid id: use lowercase ASCII letters, digits and hyphens, e.g. geneva-talks-2022.yml"))
                continue
            doc = _read_yaml_cached(path, rel, problems, cache)
            if doc is not None:
                entries[kind][entry_id] = Entry(kind, entry_id, rel, doc)

    cleaning = None
    cleaning_path = content / CLEANING_FILE
    if cleaning_path.is_file():
        rel = cleaning_path.relative_to(root).as_posix()
        doc = _read_yaml_cached(cleaning_path, rel, problems, cache)
        if doc is not None:
            cleaning = Entry("cleaning", "cleaning", rel, doc)

    seeds = {}
    for path in _files(root / seeds_dir):
        rel = path.relative_to(root).as_posix()
        seeds[rel] = _read_bytes(path, rel, cache)

    pages = {}
    pages_root = content / "pages"
    if pages_root.is_dir():
        for path in sorted(pages_root.rglob("*")):
            if path.is_file() and not any(part.startswith(".") for part in path.relative_to(pages_root).parts):
                rel = path.relative_to(pages_root).as_posix()
                pages[rel] = _read_bytes(path, path.relative_to(root).as_posix(), cache)
                if path.suffix == ".md" and path.name != "index.md":
                    # Served from a directory of its own (use_directory_urls), a page is written
                    # there as index.md, so that its relative links, Markdown or raw HTML, mean
                    # the same from the file and from the page in every renderer.
                    where = rel[: -len(".md")]
                    problems.append(Problem(
                        (pages_root / rel).relative_to(root).as_posix(), 1, 1,
                        f"a hand-written page is an index.md in the directory of its address: move it to {content_dir}/pages/{where}/index.md "
                        f"(it is served at /{where}/) and write its relative links from there",
                    ))

    if cache is not None:
        cache.finish()
    return RawProject(root, entries, cleaning, seeds, pages, problems)
