"""What `chronicle build` keeps between builds to render only the pages that changed (issue 19 §2).

The render cache is one file, build/.render-cache/state.json, inside the project (a .gitignore
beside it keeps it out of git). For every page of the last good build it holds:

- `source`: the SHA-256 of the page's Markdown file; `meta` and `markdown_at`, its front matter
  as MkDocs read it and where its Markdown starts (so that an unchanged page's YAML is not parsed
  again; only when the metadata is plain JSON and no plugin reads the sources itself);
- `lookups`: every file the page's links looked up while MkDocs rendered it, and what was found
  (the target's URL and whether it is excluded; None: no such file), so that a page whose link
  target appeared, went or moved is rendered again although its own Markdown is the same;
- `render`: what MkDocs' Markdown render set on the page (HTML, table of contents, the title of
  its first heading, anchors, links to other pages' anchors) and `logs`, what it logged;
- `html_key`: the digest of everything the page's HTML is made of besides its own render: the
  nav (every nav page's title, URL and metadata, the sections), the previous and next pages'
  titles and URLs, the page's URL, title and metadata; and `html`, the SHA-256 of the HTML written.

A build takes a page's render from the cache when its source and lookups are unchanged, and its
HTML from the previous site when its html_key is unchanged and the file there still has the
digest recorded (else the page's HTML is rendered again from its render). Everything else of
MkDocs' build runs as always: the nav, static files, the sitemap, the 404 page, anchor validation
(over every page's anchors, cached or not), strict mode. The export and the search index are made
whole each time.

The whole cache is dropped, and every page rendered, when its key changes: a digest of the format,
chronicle's own code and templates (the package's files, templates/pages, the theme overrides),
the versions of MkDocs, Material, Python-Markdown, pymdown-extensions, Pygments and Jinja2, the
bytes of mkdocs.yml and the options given on the command line (site_url), and whether MkDocs runs
verbose (it records links to anchors only when not).

It is written only after a build succeeded and its site was put in place; it holds only that
build's pages (its size follows the site's, it never grows beyond). A cache that cannot be read,
is not JSON of the expected shape, is larger than MAX_BYTES, or is reached through a symbolic
link, is ignored (every page rendered) and replaced; the previous site's files are read only
inside the site folder, never through a symbolic link, and only when their digest is the one
recorded.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import stat
import sys
from pathlib import Path
from typing import Any

from mkdocs.structure.toc import get_toc

import chronicle
from chronicle.pagefind import Names
from chronicle.parallel import lookup_key

FORMAT = 1
FOLDER = Path("build") / ".render-cache"
STATE = "state.json"
MAX_BYTES = 2 * 1024**3  # a state larger than this is not ours: ignored
VERSIONS = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "pygments", "jinja2")
# What, besides the code (in the key), the search index's `names` of a page depend on: the word
# forms of pymorphy3's dictionary. Changed, only the kept `names` are dropped, not the renders.
SEARCH_VERSIONS = ("pymorphy3", "pymorphy3-dicts-uk")


def _digest(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()


def _tree_digest(folder: Path, suffixes: tuple[str, ...] | None = None) -> str:
    """The digest of every file's path and bytes under folder (sorted; symbolic links not followed)."""
    digest = hashlib.sha256()
    if folder.is_dir():
        for here, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                path = Path(here, name)
                if suffixes is None or path.suffix in suffixes:
                    digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
                    digest.update(path.read_bytes() if path.is_file() else b"")
    return digest.hexdigest()


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return ""


def cache_key(config, config_file: Path, templates: Path) -> str:
    """What, changed, makes every page render again (see the module's docstring)."""
    code = Path(chronicle.__file__).parent
    overrides = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    return _digest(
        FORMAT,
        _tree_digest(code, (".py", ".j2", ".json", ".tsv")),
        _tree_digest(templates),
        _tree_digest(overrides) if overrides else "",
        [_version(name) for name in VERSIONS],
        hashlib.sha256(Path(config_file).read_bytes()).hexdigest(),
        config.site_url or "",
        logging.getLogger("mkdocs").getEffectiveLevel() > logging.DEBUG,
    )


def _toc_tokens(items) -> list[dict]:
    return [{"level": i.level, "id": i.id, "name": i.title, "children": _toc_tokens(i.children)} for i in items]


def _is_plain_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def read_inside(base: Path, relative: str, limit: int = MAX_BYTES) -> bytes | None:
    """The bytes of the regular file base/relative, if no part of the path below base is a symbolic
    link and it is not larger than limit; None otherwise."""
    real_base = os.path.realpath(base)
    path = os.path.join(real_base, relative)
    if os.path.realpath(path) != os.path.normpath(path) or not path.startswith(real_base + os.sep):
        return None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        return f.read()


class RenderCache:
    """The cache of one build: what the last good build left (old) and what this one records (new)."""

    def __init__(self, root: Path, key: str) -> None:
        self.root = Path(root).resolve()
        self.key = key
        self.old: dict[str, dict] = {}
        self.old_site = ""
        self.new: dict[str, dict] = {}
        self.note: str | None = None  # why the cache was not used, said once
        self._sources: dict[str, str] = {}  # the Markdown files of the pages being rendered
        # Whether a page's Markdown and metadata may come from the cache: not when a plugin reads
        # the sources itself (on_page_read_source); set by the batch.
        self.plain_read = True
        self._nav: tuple[int, str] | None = None
        # The search index's `names` of each page (chronicle.pagefind.Names), by what they are made of.
        self.names = Names()
        self.search_key = _digest([_version(name) for name in SEARCH_VERSIONS])

    # ---- reading and writing the state ----

    def load(self) -> RenderCache:
        folder = self.root / FOLDER
        if not (self.root / "build").exists() or not folder.exists() and not folder.is_symlink():
            return self
        if not (_is_plain_dir(self.root / "build") and _is_plain_dir(folder)):
            self.note = f"{FOLDER} is not a plain folder; ignored"
            return self
        data = read_inside(self.root, (FOLDER / STATE).as_posix())
        if data is None:
            if (folder / STATE).exists() or (folder / STATE).is_symlink():
                self.note = f"{FOLDER / STATE} could not be read safely; ignored"
            return self
        try:
            state = json.loads(data)
            if not isinstance(state, dict) or state.get("format") != FORMAT:
                raise ValueError("not a render cache")
            if state.get("key") != self.key:
                return self  # chronicle, MkDocs, the theme or the config changed: start clean
            pages, site = state.get("pages"), state.get("site")
            if not isinstance(pages, dict) or not isinstance(site, str):
                raise ValueError("not a render cache")
        except (ValueError, UnicodeDecodeError):
            self.note = f"{FOLDER / STATE} is not a render cache of this chronicle; ignored"
            return self
        self.old, self.old_site = pages, site
        self.names = Names(self._kept_names(state.get("search")))
        return self

    def _kept_names(self, kept: Any) -> dict[str, str]:
        """The search index's `names` the state keeps, if made with this dictionary (search_key)."""
        if not isinstance(kept, dict) or kept.get("key") != self.search_key or not isinstance(kept.get("names"), dict):
            return {}
        return {k: v for k, v in kept["names"].items() if isinstance(k, str) and isinstance(v, str)}

    def save(self, site_dir: Path) -> None:
        """Write what this build recorded, for the site now at site_dir (after it was put in place)."""
        folder = self.root / FOLDER
        if not _is_plain_dir(self.root / "build"):
            raise OSError(f"{self.root / 'build'} is not a plain folder")
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            os.unlink(folder)  # not followed: the link itself goes
        folder.mkdir(exist_ok=True)
        ignore = folder / ".gitignore"
        if not ignore.is_file() or ignore.is_symlink():
            ignore.unlink(missing_ok=True)
            ignore.write_text("*\n", "utf-8")
        state = {
            "format": FORMAT,
            "key": self.key,
            "site": str(Path(site_dir).resolve()),
            "pages": self.new,
            "search": {"key": self.search_key, "names": self.names.new},
        }
        temporary = folder / f".{STATE}.tmp-{os.getpid()}"
        temporary.unlink(missing_ok=True)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(json.dumps(state, ensure_ascii=False, separators=(",", ":")))  # one call: the C encoder
        os.replace(temporary, folder / STATE)

    def say(self) -> None:
        if self.note:
            print(f"chronicle build: the render cache: {self.note}", file=sys.stderr)
            self.note = None

    # ---- the first loop: Markdown to HTML ----

    def _entry(self, uri: str) -> dict | None:
        entry = self.old.get(uri)
        return entry if isinstance(entry, dict) else None

    def reuse_populated(self, page, config, files) -> list[tuple[str, int, str]] | None:
        """If the cache holds this page's render (same source, same lookups), set it on the page
        and return what the render logged; None: the page must be rendered."""
        uri = page.file.src_uri
        source = page.file.content_string
        digest = hashlib.sha256(source.encode("utf-8", "surrogateescape")).hexdigest()
        self.new[uri] = {"source": digest}
        entry = self._entry(uri)
        if entry is None or entry.get("source") != digest:
            self._sources[uri] = source
            return None
        try:
            self._read(page, config, source, entry)
            lookups, render, logs = entry["lookups"], entry["render"], entry["logs"]
            if any(lookup_key(files.get_file_from_path(path)) != found for path, found in lookups.items()):
                self._sources[uri] = source
                return None
            links = render["links"]
            page.content = render["content"]
            page.toc = get_toc(render["toc"])
            page._title_from_render = render["title"]
            page.present_anchor_ids = set(render["anchors"])
            page.links_to_anchors = None if links is None else {files.src_uris[u]: v for u, v in links.items()}
            records = [(str(name), int(level), str(message)) for name, level, message in logs]
        except (KeyError, TypeError, ValueError, AttributeError):
            self._sources[uri] = source
            return None
        self.new[uri] = dict(entry)
        return records

    def _read(self, page, config, source: str, entry: dict) -> None:
        """The page's Markdown and metadata: from the cache when it kept them (no YAML parsed),
        else as MkDocs reads them."""
        meta, at = entry.get("meta"), entry.get("markdown_at")
        if self.plain_read and isinstance(meta, dict) and isinstance(at, int) and 0 <= at <= len(source):
            page.markdown, page.meta = source[at:], meta
        else:
            page.read_source(config)

    def populated(self, page, lookups: dict[str, Any], records: list[tuple[str, int, str]]) -> None:
        """Record the render MkDocs just made of the page."""
        links = page.links_to_anchors
        uri = page.file.src_uri
        source = self._sources.pop(uri, None)
        if source is None:
            source = page.file.content_string
            self.new[uri] = {"source": hashlib.sha256(source.encode("utf-8", "surrogateescape")).hexdigest()}
        markdown = page.markdown or ""
        try:
            meta = page.meta if json.loads(json.dumps(page.meta)) == page.meta else None
        except (TypeError, ValueError):
            meta = None
        self.new[uri] = {
            "source": self.new[uri]["source"],
            "meta": meta,
            "markdown_at": len(source) - len(markdown) if source.endswith(markdown) else None,
            "lookups": lookups,
            "render": {
                "content": page.content,
                "toc": _toc_tokens(page.toc),
                "title": page._title_from_render,
                "anchors": sorted(page.present_anchor_ids or ()),
                "links": None if links is None else {f.src_uri: v for f, v in links.items()},
            },
            "logs": [list(r) for r in records],
        }

    # ---- the second loop: the theme's template around it ----

    def _nav_digest(self, nav) -> str:
        if self._nav is None or self._nav[0] != id(nav):

            def walk(items) -> list:
                out = []
                for item in items:
                    if item.is_section:
                        out.append(["section", item.title, walk(item.children)])
                    elif item.is_page:
                        out.append(["page", item.title, item.url, item.meta])
                    else:
                        out.append(["link", item.title, item.url])
                return out

            self._nav = (id(nav), _digest(walk(nav.items), nav.homepage.url if nav.homepage else None))
        return self._nav[1]

    def html_key(self, page, nav) -> str:
        entry = self.new.get(page.file.src_uri, {})

        def near(other) -> list | None:
            return None if other is None else [other.title, other.url]

        return _digest(
            self._nav_digest(nav),
            entry.get("source"),
            hashlib.sha256((page.content or "").encode()).hexdigest(),
            page.file.src_uri,
            page.url,
            page.title,
            near(page.previous_page),
            near(page.next_page),
            [a.title for a in page.ancestors],
            page.canonical_url,
            page.edit_url,
        )

    def reuse_built(self, page, nav, site_dir: str) -> bool:
        """If the page's HTML would be what the previous site holds, copy it from there."""
        uri = page.file.src_uri
        key = self.html_key(page, nav)
        entry = self.new.setdefault(uri, {})
        recorded, digest = entry.get("html_key"), entry.get("html")
        entry["html_key"], entry["html"] = key, None
        if recorded != key or not isinstance(digest, str) or not site_dir or site_dir != self.old_site:
            return False
        data = read_inside(Path(site_dir), page.file.dest_uri)
        if data is None or hashlib.sha256(data).hexdigest() != digest:
            return False
        target = Path(page.file.abs_dest_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        entry["html"] = digest
        return True

    def built(self, page, digest: str | None) -> None:
        entry = self.new.setdefault(page.file.src_uri, {})
        entry["html"] = digest


def open_cache(config, config_file: Path, templates: Path) -> RenderCache:
    """The render cache of the project of config_file, as the last good build left it."""
    root = Path(config_file).resolve().parent
    return RenderCache(root, cache_key(config, config_file, templates)).load()


def main(argv: list[str] | None = None) -> int:
    """`python -m chronicle.buildcache [ROOT]`: the cache's key for the project at ROOT (CI's
    actions/cache key: .ci/render-cache-key)."""
    from chronicle.render import load_mkdocs, paths_of

    args = sys.argv[1:] if argv is None else argv
    config_file = Path(args[0] if args else ".").resolve() / "mkdocs.yml"
    config = load_mkdocs(config_file)
    print(cache_key(config, config_file, paths_of(config).templates)[:40])
    return 0


if __name__ == "__main__":
    sys.exit(main())
