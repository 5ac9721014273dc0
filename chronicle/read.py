"""Stage 1, read: the editors' YAML entries and the seed captures, as they are on disk.

Every YAML value keeps the line and column it came from, so that later stages can point an
editor at the exact place of a problem. The YAML accepted is the plain data subset: no
anchors or aliases, no custom tags, no duplicate keys, no dates turned into objects (a date
stays the string the editor typed). Nothing here judges the meaning of an entry: that is
validate's job.
"""

from __future__ import annotations

import math
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from chronicle.problems import Problem
from chronicle.urls import KIND_OF_FOLDER

# Directory under content/ -> the singular kind name used everywhere else (chronicle.urls).
KINDS = KIND_OF_FOLDER
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CLEANING_FILE = "cleaning.yml"

# What a build reads is bounded: a bigger file is refused at path:1:1 before it is read whole.
MAX_YAML_BYTES = 256 * 1024  # an entry or content/cleaning.yml; far above any real entry
MAX_SEED_BYTES = 2 * 1024 * 1024  # a seed: one article's capture as text
MAX_PAGE_BYTES = 1024 * 1024  # a file under content/pages (a hand-written page, an image)
MAX_TEMPLATE_BYTES = 1024 * 1024  # a file under templates/ (page templates, theme overrides)
MAX_FILE_BYTES = MAX_YAML_BYTES

# Only plain files inside the project are read: a symbolic link (whatever it points at) or a
# special file (a fifo, a socket, a device) under content/, seeds/ or templates/ is refused.
SYMLINK = "is a symbolic link; chronicle reads only files inside the project: put the file itself here, not a link"
SPECIAL = "is not a plain file (a fifo, socket or device); only plain files are read"
_FIXES = {
    MAX_YAML_BYTES: "split it or shorten it",
    MAX_SEED_BYTES: "a seed is the text of one article; archive the article, not a whole site or a binary",
    MAX_PAGE_BYTES: "keep big files out of content/pages",
}
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)

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

# What YAML 1.1 does not allow anywhere in a file (PyYAML's Reader refuses the same set).
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

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
    # Files that exist but were refused or could not be read or parsed (POSIX paths relative to
    # root), already reported at their own path: a reference to one gets no second error, and
    # nothing about their bytes (a digest) is computed or printed.
    refused: set[str] = field(default_factory=set)

    def was_refused(self, rel: str) -> bool:
        """Whether the file at rel, or a folder it is in, was refused (a link, a special file...)."""
        while rel:
            if rel in self.refused:
                return True
            rel = rel.rpartition("/")[0]
        return False


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
        raise YamlProblem(
            *_mark(node), f"the tag {node.tag!r} is not allowed; entries hold plain text, numbers, lists and maps"
        )
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
    value = loader.construct_object(node, deep=True)
    if isinstance(value, float) and not math.isfinite(value):  # .nan, .inf, 1e999
        raise YamlProblem(
            *_mark(node),
            f"{node.value!r} is not a finite number (NaN or infinity), which no export can write; write a number such as 46.2",
        )
    return value


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
    bad = _NON_PRINTABLE.search(text)
    if bad:  # PyYAML would say so with a position counted in characters from the start
        at = bad.start()
        line_start = text.rfind("\n", 0, at) + 1
        raise YamlProblem(
            text.count("\n", 0, at) + 1,
            at - line_start + 1,
            f"an invisible control character U+{ord(bad.group()):04X}; delete it (YAML does not allow it, even in quotes)",
        )
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


class Refused(Exception):
    """A file that is not read: a link, a special file, or over its size limit."""


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a plain file of at most limit bytes; Refused or OSError otherwise.

    The file is opened without following a link and without blocking on a fifo, then checked
    on the open descriptor, so what is checked is what is read.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if os.path.islink(path):  # ELOOP from O_NOFOLLOW
            raise Refused(SYMLINK) from None
        raise exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise Refused(SPECIAL)
        if st.st_size > limit:
            raise Refused(_too_big(st.st_size, limit))
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, max(st.st_size - size, 0) + 1)  # the file in one read, then its end
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        data = b"".join(chunks)
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew while read
        raise Refused(_too_big(len(data), limit))
    return data


def _too_big(size: int, limit: int) -> str:
    return f"the file is {size} bytes, over the limit of {limit}; {_FIXES.get(limit, 'make it smaller')}"


def _load_bytes(path: Path, rel: str, limit: int) -> tuple[bytes | None, list[Problem]]:
    try:
        return read_limited(path, limit), []
    except Refused as exc:
        return None, [Problem(rel, 1, 1, str(exc))]
    except OSError as exc:
        return None, [Problem(rel, 1, 1, f"cannot read the file: {exc.strerror}")]


def _load_yaml(path: Path, rel: str) -> tuple[Document | None, list[Problem]]:
    raw, problems = _load_bytes(path, rel, MAX_YAML_BYTES)
    if raw is None:
        return None, problems
    try:
        doc = parse_yaml(raw)
    except YamlProblem as exc:
        return None, [Problem(rel, exc.line, exc.column, exc.message)]
    if not isinstance(doc.data, dict):
        line, column = doc.position(())
        return None, [
            Problem(rel, line, column, "an entry is a map of fields (key: value), not a list or a single value")
        ]
    return doc, []


def read_yaml_file(path: Path, rel: str, problems: list[Problem]) -> Document | None:
    doc, found = _load_yaml(path, rel)
    problems.extend(found)
    return doc


class ReadCache:
    """What read_project read last time, by file: the live preview re-parses only what changed.

    A file is read again when its size, modification time (ns) or inode changed (an editor that
    saves by renaming a new file over the old one changes the inode). `changed` says whether the
    last read_project found any file added, removed or changed since the one before.
    """

    def __init__(self) -> None:
        self._files: dict[Path, tuple[tuple | None, object]] = {}
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
            st = os.lstat(path)
            key = (st.st_size, st.st_mtime_ns, st.st_ino, st.st_mode)
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


def _cached(path: Path, rel: str, cache: ReadCache | None, load):
    return load(path, rel) if cache is None else cache.get(path, rel, lambda p: load(p, rel))


def _plain_files(root: Path, top: str, recursive: bool, refused: dict[str, str]) -> list[str]:
    """The plain files under root/top (POSIX paths relative to root), sorted, without following
    a link; links and special files go to refused (path -> why). Names starting with a dot are
    skipped; subfolders are entered only when recursive."""
    try:
        st = os.lstat(root / top)
    except OSError:
        return []
    if stat.S_ISLNK(st.st_mode):
        refused[top] = SYMLINK
        return []
    if not stat.S_ISDIR(st.st_mode):
        return []
    found: list[str] = []
    folders = [top]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(root / folder) as listing:
                items = list(listing)
        except OSError as exc:
            refused[folder] = f"cannot read the folder: {exc.strerror}"
            continue
        for item in items:
            if item.name.startswith("."):
                continue
            rel = f"{folder}/{item.name}"
            if item.is_symlink():
                refused[rel] = SYMLINK
            elif item.is_dir(follow_symlinks=False):
                if recursive:
                    folders.append(rel)
            elif item.is_file(follow_symlinks=False):
                found.append(rel)
            else:
                refused[rel] = SPECIAL
    return sorted(found, key=lambda rel: rel.split("/"))


def read_project(
    root: Path,
    content_dir: str = "content",
    seeds_dir: str = "seeds",
    cache: ReadCache | None = None,
    templates_dir: str = "templates",
) -> RawProject:
    """Read every entry, the cleaning rules, the hand-written pages and the seeds under root.

    Only plain files inside the project are read (see SYMLINK, SPECIAL and the MAX_*_BYTES
    limits); templates/ is not read here (Jinja2 and MkDocs read it) but is checked the same
    way, so a link there stops the build too. With a cache (the live preview), a file unchanged
    since the last call is not read again: its parsed document (the same object as then) is
    taken from the cache.
    """
    root = Path(root)
    if cache is not None:
        cache.start()
    problems: list[Problem] = []
    skipped: dict[str, str] = {}
    refused: set[str] = set()
    entries: dict[str, dict[str, Entry]] = {kind: {} for kind in KINDS.values()}
    cleaning = None
    pages: dict[str, bytes] = {}
    content_is_link = os.path.islink(root / content_dir)
    if content_is_link:  # nothing under it is read
        skipped[content_dir] = SYMLINK
    else:
        _read_entries(root, content_dir, cache, entries, problems, refused, skipped)
        cleaning = _read_cleaning(root, content_dir, cache, problems, refused)
    state = (cache, problems, refused, skipped)
    seeds = _read_files(root, seeds_dir, False, MAX_SEED_BYTES, state)
    if not content_is_link:
        pages = _read_pages(root, content_dir, state)
    _check_templates(root, templates_dir, skipped)
    for rel, why in skipped.items():
        problems.append(Problem(rel, 1, 1, why))
        refused.add(rel)
    if cache is not None:
        cache.finish()
    return RawProject(root, entries, cleaning, seeds, pages, problems, refused)


def _read_entries(
    root: Path,
    content_dir: str,
    cache: ReadCache | None,
    entries: dict[str, dict[str, Entry]],
    problems: list[Problem],
    refused: set[str],
    skipped: dict[str, str],
) -> None:
    """Every <kind>s/<id>.yml into entries; a file that is not one, or does not parse, is a problem."""
    for directory, kind in KINDS.items():
        for rel in _plain_files(root, f"{content_dir}/{directory}", False, skipped):
            entry_id = _entry_id(rel, f"{content_dir}/{directory}", problems)
            if entry_id is None:
                continue
            doc, found = _cached(root / rel, rel, cache, _load_yaml)
            problems.extend(found)
            if doc is not None:
                entries[kind][entry_id] = Entry(kind, entry_id, rel, doc)
            else:
                refused.add(rel)


def _entry_id(rel: str, folder: str, problems: list[Problem]) -> str | None:
    """The id an entry's file name gives, or None (and the problem) if it gives none."""
    name = rel.rsplit("/", 1)[1]
    if not name.endswith(".yml"):
        problems.append(Problem(rel, 1, 1, f"only .yml files belong in {folder}/; rename it to <id>.yml"))
        return None
    entry_id = name[: -len(".yml")]
    if not ID_RE.match(entry_id) or len(entry_id) > 80:
        problems.append(
            Problem(
                rel,
                1,
                1,
                f"the file name '{name}' is not a valid id: use lowercase ASCII letters, digits and hyphens, e.g. geneva-talks-2022.yml",
            )
        )
        return None
    return entry_id


def _read_cleaning(
    root: Path, content_dir: str, cache: ReadCache | None, problems: list[Problem], refused: set[str]
) -> Entry | None:
    """The cleaning rules (content/cleaning.yml), if the file is there."""
    rel = f"{content_dir}/{CLEANING_FILE}"
    if not os.path.lexists(root / rel):
        return None
    doc, found = _cached(root / rel, rel, cache, _load_yaml)
    problems.extend(found)
    if doc is None:
        refused.add(rel)
        return None
    return Entry("cleaning", "cleaning", rel, doc)


def _read_files(
    root: Path,
    folder: str,
    recursive: bool,
    limit: int,
    state: tuple[ReadCache | None, list[Problem], set[str], dict[str, str]],
) -> dict[str, bytes]:
    """Every plain file's bytes under folder (path -> bytes); a file that cannot be read is refused."""
    cache, problems, refused, skipped = state
    files = {}
    for rel in _plain_files(root, folder, recursive, skipped):
        data, found = _cached(root / rel, rel, cache, lambda p, r: _load_bytes(p, r, limit))
        problems.extend(found)
        if data is not None:
            files[rel] = data
        else:
            refused.add(rel)
    return files


def _read_pages(root: Path, content_dir: str, state: tuple) -> dict[str, bytes]:
    """Every file under content/pages/, by its path there; a page not written as an index.md is a problem."""
    pages_dir = f"{content_dir}/pages"
    problems = state[1]
    pages = {
        rel[len(pages_dir) + 1 :]: data
        for rel, data in _read_files(root, pages_dir, True, MAX_PAGE_BYTES, state).items()
    }
    for page in pages:
        if page.endswith(".md") and not page.endswith("/index.md") and page != "index.md":
            # Served from a directory of its own (use_directory_urls), a page is written
            # there as index.md, so that its relative links, Markdown or raw HTML, mean
            # the same from the file and from the page in every renderer.
            where = page[: -len(".md")]
            problems.append(
                Problem(
                    f"{pages_dir}/{page}",
                    1,
                    1,
                    f"a hand-written page is an index.md in the directory of its address: move it to {content_dir}/pages/{where}/index.md "
                    f"(it is served at /{where}/) and write its relative links from there",
                )
            )
    return pages


def _check_templates(root: Path, templates_dir: str, skipped: dict[str, str]) -> None:
    """templates/ is read by Jinja2 and MkDocs, not here, but checked the same way: plain files, not too big."""
    for rel in _plain_files(root, templates_dir, True, skipped):
        size = os.lstat(root / rel).st_size
        if size > MAX_TEMPLATE_BYTES:
            skipped[rel] = _too_big(size, MAX_TEMPLATE_BYTES)
