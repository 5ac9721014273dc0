"""The hand-written pages (content/pages/): which files are published, and what a page may hold.

`chronicle check`, `chronicle build` (and the MkDocs plugin) and `chronicle serve` call check()
after validating the entries, so all three refuse the same pages, each problem at the page's
path:line:column with what to do:

- Published are Markdown pages (`<dir>/index.md`) and, beside them, images and documents
  (PUBLISHED: .png .jpg .jpeg .gif .webp .pdf, whose first bytes must say they are one).
  Any other file (.html, .js, .css, .svg, ...) is refused: it would be served as it is, from
  the site's own address.
- No file at the site root, and none under a place the build or the theme owns (RESERVED):
  the generated page families, the seeds, the schemas, the open data files, Pagefind's index,
  the theme's asset folders (so nothing shadows assets/javascripts/search.js) and the
  overrides' own folders.
- A page's front matter (or MultiMarkdown meta) holds only META_KEYS, without < > or ".
- The page as MkDocs renders it (the project's markdown_extensions, attr_list included) holds
  only TAGS and their attributes; links are http, https, mailto or relative; images and the
  search page's data-bundle are local.
- Links, anchors and the nav are resolved with MkDocs' own machinery (Page.render,
  Page.validate_anchor_links): what MkDocs would warn about in the strict build is refused
  here, at the link's line and column. Relative links in raw HTML are resolved too. A page
  links a generated page without an #anchor (those anchors belong to the templates), and a
  page outside the nav must be listed under not_in_nav in mkdocs.yml.
"""

from __future__ import annotations

import logging
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import markdown
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import meta as mkdocs_meta

from chronicle import feeds
from chronicle.config import ProjectPaths
from chronicle.model import Chronicle
from chronicle.problems import Problem
from chronicle.read import RawProject

# Published beside the pages, with the bytes each kind of file starts with.
PUBLISHED = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".webp": (b"RIFF",),
    ".pdf": (b"%PDF-",),
}
# Top-level folders of the docs and the site that belong to the build or the theme: the
# generated families (chronicle.generate), the schemas, the open data (chronicle.export,
# chronicle.feeds), Pagefind's index (chronicle.pagefind), and Material's template and asset
# folders (templates/overrides adds its own top-level names, read at check time).
RESERVED = (
    "events",
    "actors",
    "topics",
    "places",
    "sources",
    "timeline",
    "quotes",  # chronicle.families.Quotes
    "schemas",
    "data",
    "pagefind",  # data/: chronicle.export.EXPORT_PATH and the CSV tables
    "assets",
    "partials",
    "fragments",
    "javascripts",
    "stylesheets",
    "images",
)
META_KEYS = {"title", "description", "hide"}
HIDE = {"navigation", "toc", "footer", "path", "tags", "feedback"}
TAGS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "a",
    "em",
    "strong",
    "b",
    "i",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "hr",
    "br",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "div",
    "span",
    "noscript",
    "sup",
    "sub",
    "abbr",
    "del",
    "ins",
    "kbd",
    "mark",
    "small",
    "s",
    "figure",
    "figcaption",
    "details",
    "summary",
}
GLOBAL_ATTRS = {"id", "class", "title", "lang"}
ATTRS = {
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "th": {"style", "colspan", "rowspan"},
    "td": {"style", "colspan", "rowspan"},
    "ol": {"start"},
}
SCHEMES = {"http", "https", "mailto"}
URL_DATA = {"data-bundle"}  # data attributes a script loads from (templates/overrides/assets/javascripts/search.js)
_ALIGN = re.compile(r"text-align:\s*(left|right|center);?")
_DATA = re.compile(r"data-[a-z0-9-]+")
_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:")
_MKDOCS_LINK = re.compile(r"contains (?:a|an absolute|an unrecognized relative) link '(.+?)'")
_CSV = re.compile(r"data/[a-z0-9-]+\.csv")  # chronicle.feeds.tables
_MKDOCS_LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav")


def check(paths: ProjectPaths, chronicle: Chronicle, raw: RawProject, problems: list[Problem]) -> list[Problem]:
    """Every problem of the hand-written pages (see the module's docstring). The links are
    resolved only when the entries have no error (the generated pages are known then)."""
    where = f"{paths.content_dir}/pages"
    found: list[Problem] = []
    pages: dict[str, str] = {}  # page path -> its text
    for rel, data in raw.pages.items():
        path = f"{where}/{rel}"
        suffix = posixpath.splitext(rel)[1].lower()
        if suffix == ".md" and posixpath.basename(rel) != "index.md":
            continue  # read.py says where it goes
        refused = _refused_place(paths, rel, where)
        if refused:
            found.append(Problem(path, 1, 1, refused))
            continue
        if suffix == ".md":
            try:
                pages[rel] = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                line, col = _position(data[: exc.start].decode("utf-8", "replace"), exc.start)
                found.append(Problem(path, line, col, "the page is not UTF-8; save it as UTF-8"))
            continue
        if suffix not in PUBLISHED:
            kinds = " ".join(sorted(PUBLISHED))
            found.append(
                Problem(
                    path,
                    1,
                    1,
                    f"a '{suffix or posixpath.basename(rel)}' file is not published from {where}/: only pages (index.md) and images or documents ({kinds}); remove it, or write its content into a page",
                )
            )
        elif not data.startswith(PUBLISHED[suffix]) or (suffix == ".webp" and data[8:12] != b"WEBP"):
            found.append(
                Problem(
                    path,
                    1,
                    1,
                    f"the file is not a {suffix[1:].upper()} file (its first bytes say otherwise); save it in that format or give it the right extension",
                )
            )
    for rel, text in pages.items():
        found += _meta_problems(f"{where}/{rel}", text)
    if pages and not any(p.severity == "error" for p in problems):
        found += _rendered(paths, chronicle, raw, pages, where)
    return found


def _refused_place(paths: ProjectPaths, rel: str, where: str) -> str:
    parts = rel.split("/")
    if len(parts) == 1:
        what = (
            "the home page is generated (templates/pages/home.md.j2)"
            if rel == "index.md"
            else "the site root holds only what the build makes"
        )
        return f"{what}: a hand-written page goes in a folder of its own, {where}/<name>/index.md"
    top = parts[0]
    reserved = set(RESERVED) | {paths.seeds_dir.split("/")[0]} | _theme_names(paths)
    if (
        top in reserved
        or top.lower().startswith("pagefind")
        or top.lower() in {posixpath.basename(feeds.FEED_PATH), posixpath.basename(feeds.CALENDAR_PATH)}
    ):
        return f"/{top}/ belongs to the build or the theme (generated pages, seeds, schemas, open data, search index, theme assets); nothing of {where}/ is published there: choose another folder name"
    return ""


def _theme_names(paths: ProjectPaths) -> set[str]:
    """The top-level names of the theme overrides (custom_dir), which the site serves too."""
    overrides = paths.root / "templates" / "overrides"
    config = paths.mkdocs
    if config is not None and config.theme.custom_dir:
        overrides = Path(config.theme.custom_dir)
    try:
        return {p.name for p in overrides.iterdir() if p.is_dir()}
    except OSError:
        return set()


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of offset in text."""
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _find(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    """The line and column of needle in text (case-insensitive), or 1, 1 for the file as a whole."""
    at = text.lower().find(needle.lower(), start) if needle else -1
    return _position(text, at) if at >= 0 else (1, 1)


def _locate(text: str, raw: list[str], needle: str) -> tuple[int, int]:
    """Where needle is written as markup: in a raw HTML block or inline tag (as Python-Markdown
    kept it aside), else in an attribute list ({: ...}), else anywhere in the page."""
    low = needle.lower()
    for block in raw:
        at = block.lower().find(low)
        start = text.find(block) if at >= 0 else -1
        if start >= 0:
            return _position(text, start + at)
    for written in re.finditer(r"\{:?[^}\n]*\}", text):
        at = written.group().lower().find(low)
        if at >= 0:
            return _position(text, written.start() + at)
    return _find(text, needle)


def _link_at(text: str, link: str) -> tuple[int, int]:
    """Where a Markdown link's target is written: after its "](", else anywhere."""
    at = text.find("](" + link)
    return _position(text, at + 2) if at >= 0 else _find(text, link)


def _meta_problems(path: str, text: str) -> list[Problem]:
    body, meta = mkdocs_meta.get_data(text.lstrip("\ufeff"))
    out = []
    for key, value in meta.items():
        line, col = _find(text, f"{key}:")
        if key not in META_KEYS:
            out.append(
                Problem(
                    path,
                    line,
                    col,
                    f"'{key}' is not a page setting here: a page's front matter holds only {', '.join(sorted(META_KEYS))}",
                )
            )
            continue
        values = value if key == "hide" and isinstance(value, list) else [value]
        for v in values:
            if not isinstance(v, str) or not v.strip():
                out.append(
                    Problem(
                        path,
                        line,
                        col,
                        f"'{key}' takes text" + (" or a list of " + ", ".join(sorted(HIDE)) if key == "hide" else ""),
                    )
                )
            elif key == "hide" and v not in HIDE:
                out.append(
                    Problem(path, line, col, f"'hide' lists what the theme hides: {', '.join(sorted(HIDE))}, not '{v}'")
                )
            elif any(c in v for c in '<>"'):
                out.append(Problem(path, line, col, f"'{key}' is plain text: write it without < > or \""))
    return out


class _DocsFiles(Files):
    """MkDocs' Files of the docs directory the build will have: the hand-written pages and the
    extra files, and the generated pages, made into a File only when a link asks for one."""

    def __init__(self, files, generated: set[str], config):
        super().__init__(files)
        self.generated, self.config = generated, config

    def get_file_from_path(self, path: str) -> File | None:
        found = super().get_file_from_path(path)
        if found is None and path in self.generated:
            found = _virtual(self.config, path, b"")
            self.append(found)
        return found


def _virtual(config, rel: str, data: bytes) -> File:
    """A file of the docs directory, in memory (File.generated wants a running plugin)."""
    file = File(rel, src_dir=None, dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls)
    file.content_bytes = data
    return file


def generated_pages(chronicle: Chronicle, paths: ProjectPaths) -> set[str]:
    """The paths of the pages the generator makes that a page may link: every page it asks
    about (not the per-year or per-letter parts of a long listing, which come and go)."""
    from chronicle.generate import Generator

    asked: set[str] = set()

    def record(path: str) -> bool:
        asked.add(path)
        return False

    Generator(chronicle, paths.templates).pages(record)
    return asked


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _rendered(
    paths: ProjectPaths, chronicle: Chronicle, raw: RawProject, pages: dict[str, str], where: str
) -> list[Problem]:
    config = paths.mkdocs
    if config is None:
        config_file = paths.root / "mkdocs.yml"
        if not config_file.is_file():
            return []
        from chronicle.render import load_mkdocs

        config = load_mkdocs(config_file)
    from chronicle.generate import extra_files

    generated = generated_pages(chronicle, paths)
    extras = extra_files(chronicle, raw)
    files = _DocsFiles([_virtual(config, rel, data) for rel, data in extras.items()], generated, config)
    rendered: dict[str, Page] = {}
    out: list[Problem] = []
    capture = _Capture()
    loggers = [logging.getLogger(name) for name in _MKDOCS_LOGGERS]
    saved = [(lg.level, lg.propagate) for lg in loggers]
    for lg in loggers:
        lg.addHandler(capture)
        lg.setLevel(logging.INFO)  # above DEBUG: MkDocs then records the links to anchors
        lg.propagate = False
    try:
        for rel in pages:
            page = Page(None, files.get_file_from_path(rel), config)  # type: ignore[arg-type]
            page.read_source(config)
            page.render(config, files)
            rendered[rel] = page
            out += _mapped(f"{where}/{rel}", pages[rel], capture)
        for rel, page in rendered.items():
            page.validate_anchor_links(files=files, log_level=logging.WARNING)
            out += _mapped(f"{where}/{rel}", pages[rel], capture)
            for to_file, links in (page.links_to_anchors or {}).items():
                if to_file.src_uri not in pages:
                    for anchor, link in links.items():
                        line, col = _link_at(pages[rel], link)
                        out.append(
                            Problem(
                                f"{where}/{rel}",
                                line,
                                col,
                                f"the link '{link}' goes to an anchor of a generated page, which its template may change: link the page itself, without #{anchor}",
                            )
                        )
    finally:
        for lg, (level, propagate) in zip(loggers, saved):
            lg.removeHandler(capture)
            lg.setLevel(level)
            lg.propagate = propagate
    docs = set(files.src_uris) | generated
    for rel, page in rendered.items():
        out += _html_problems(
            f"{where}/{rel}",
            rel,
            pages[rel],
            page.content or "",
            _raw_html(config, page.markdown or ""),
            docs,
            rendered,
        )
    out += _nav_problems(paths, config, set(pages), generated, where)
    return out


def _mapped(path: str, text: str, capture: _Capture) -> list[Problem]:
    """MkDocs' warnings about a page, at the line and column of the link they name."""
    out = []
    for message in capture.messages:
        link = _MKDOCS_LINK.search(message)
        line, col = _link_at(text, link.group(1)) if link else (1, 1)
        out.append(
            Problem(
                path,
                line,
                col,
                f"{message.removeprefix('Doc file ')} (MkDocs refuses it in the strict build): write the path of the page's .md file relative to this one, e.g. ../method/index.md#corrections",
            )
        )
    capture.messages.clear()
    return out


def _raw_html(config, text: str) -> list[str]:
    """The page's raw HTML, blocks and inline, as Python-Markdown keeps it aside."""
    md = markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"] or {})
    md.convert(text)
    return [str(block) for block in md.htmlStash.rawHtmlBlocks]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.odd: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.found.append((tag, attrs))

    def handle_startendtag(self, tag, attrs) -> None:
        self.found.append((tag, attrs))

    def handle_pi(self, data) -> None:
        self.odd.append("<?" + data)

    def unknown_decl(self, data) -> None:
        self.odd.append("<![" + data)

    def handle_decl(self, decl) -> None:
        self.odd.append("<!" + decl)


def _tags(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def _url(value: str) -> str:
    """A URL as a browser reads it: without the ASCII whitespace and controls it ignores."""
    return re.sub(r"[\x00-\x20\x7f]", "", value)


def _html_problems(
    path: str, rel: str, text: str, html: str, raw: list[str], docs: set[str], rendered: dict[str, Page]
) -> list[Problem]:
    """The problems of a page's markup, then those of its raw HTML's relative links."""
    out = _markup_problems(path, text, raw, _tags(html))
    out += _raw_link_problems(path, rel, text, raw, docs, rendered)
    return out


def _is_address(name: str) -> bool:
    """Whether the attribute holds an address: href, src or a data attribute a script loads from."""
    return name in ("href", "src") or name in URL_DATA


def _markup_problems(path: str, text: str, raw: list[str], parsed: _Tags) -> list[Problem]:
    """Processing instructions and declarations, tags outside TAGS and attributes they may not have."""
    out = []
    for odd in parsed.odd:
        line, col = _locate(text, raw, odd[:20])
        out.append(
            Problem(path, line, col, "a page holds no processing instructions, declarations or CDATA: remove it")
        )
    for tag, attrs in parsed.found:
        if tag not in TAGS:
            line, col = _locate(text, raw, f"<{tag}")
            out.append(
                Problem(
                    path,
                    line,
                    col,
                    f"<{tag}> is not published in a hand-written page (allowed: {', '.join(sorted(TAGS))}): remove it",
                )
            )
            continue
        for name, value in attrs:
            value = value or ""
            message = _attribute_problem(tag, name, value)
            if message:
                line, col = _locate(text, raw, value if value and _is_address(name) else name)
                out.append(Problem(path, line, col, message))
    return out


def _attribute_problem(tag: str, name: str, value: str) -> str | None:
    """What is wrong with one attribute of an allowed tag, or None."""
    if name not in GLOBAL_ATTRS and name not in ATTRS.get(tag, ()) and not _DATA.fullmatch(name):
        return f"the attribute '{name}' of <{tag}> is not published in a hand-written page: remove it"
    if name == "style" and not _ALIGN.fullmatch(value.strip()):
        return "a table cell's style is only its alignment (text-align: left|right|center): remove the rest"
    if _is_address(name):
        return _address_problem(tag, name, value)
    if name.startswith("data-") and (_SCHEME.match(_url(value)) or _url(value).startswith("//")):
        return f"the attribute '{name}' holds an address; a page's data attributes hold no addresses: remove it"
    return None


def _address_problem(tag: str, name: str, value: str) -> str | None:
    """An image or a script's data must be local; a link is http, https, mailto or relative."""
    url = _url(value)
    scheme = _SCHEME.match(url)
    local = not scheme and not url.startswith(("/", "\\"))
    if tag == "img" or name in URL_DATA:
        if not local:
            return f"'{value}' is not in the site: an image or a script's data is a relative path to a file published with the site; save the file beside the page"
        return None
    if not local and not (
        scheme
        and scheme.group(0)[:-1].lower() in SCHEMES
        and (url.lower().startswith("mailto:") or urlsplit(url).netloc)
    ):
        return f"the link '{value}' is not http, https, mailto or a relative path: write it as one of those"
    return None


def _raw_link_problems(
    path: str, rel: str, text: str, raw: list[str], docs: set[str], rendered: dict[str, Page]
) -> list[Problem]:
    """Relative links in raw HTML: MkDocs leaves them as written; they must reach the site."""
    from chronicle.export import EXPORT_PATH  # (export imports the pipeline, which imports this)
    from chronicle.timelinejs import TIMELINE_PATH

    site = docs | {EXPORT_PATH, feeds.FEED_PATH, feeds.CALENDAR_PATH, TIMELINE_PATH}
    out = []
    for block in raw:
        for _tag, attrs in _tags(block).found:
            for name, value in attrs:
                if not _is_address(name) or not value:
                    continue
                message = _raw_link_problem(rel, name, value, site, docs, rendered)
                if message:
                    line, col = _locate(text, [block], value)
                    out.append(Problem(path, line, col, message))
    return out


def _raw_link_problem(
    rel: str, name: str, value: str, site: set[str], docs: set[str], rendered: dict[str, Page]
) -> str | None:
    """What is wrong with one relative address of the page at rel, or None."""
    url = _url(value)
    if _SCHEME.match(url) or url.startswith(("/", "\\")):
        return None  # judged by _address_problem
    target, _, anchor = url.partition("#")
    target = unquote(target.partition("?")[0])
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(rel), target)) if target else rel
    if resolved.startswith("../") or resolved == "..":
        return f"the link '{value}' leaves the site: write a path to a page or file of the site"
    if name in URL_DATA:
        if resolved.split("/")[0] != "pagefind":
            return f"'{value}' is not the search index (pagefind/): write the relative path to pagefind/"
        return None
    page = (
        resolved
        if resolved.endswith(".md")
        else "index.md"
        if resolved == "."
        else posixpath.join(resolved, "index.md")
    )
    if resolved not in site and page not in docs and not _CSV.fullmatch(resolved):
        return f"the link '{value}' goes to nothing the site publishes: correct the path (relative to this page's folder; a page is its folder, e.g. ../timeline/)"
    if anchor:
        return _anchor_problem(value, anchor, page, rendered)
    return None


def _anchor_problem(value: str, anchor: str, page: str, rendered: dict[str, Page]) -> str | None:
    """An anchor only of a hand-written page (rendered here), and one it has."""
    other = rendered.get(page)
    if other is None:
        return f"the link '{value}' goes to an anchor of a generated page or a file, which this check cannot see: link the page itself, without #{anchor}"
    if anchor not in (other.present_anchor_ids or set()):
        return f"the link '{value}' goes to '#{anchor}', which {page} does not have: write one of its headings' anchors"
    return None


def _nav_problems(paths: ProjectPaths, config, pages: set[str], generated: set[str], where: str) -> list[Problem]:
    """What MkDocs' nav would warn about in the strict build: an entry that is no page, and a
    page neither in the nav nor under not_in_nav."""
    nav = config["nav"]
    if nav is None:
        return []
    mkdocs_yml = Path(config.config_file_path)
    try:
        yml = mkdocs_yml.read_text("utf-8")
    except OSError:
        yml = ""
    rel_yml = mkdocs_yml.name
    listed: list[str] = []

    def walk(item) -> None:
        if isinstance(item, str):
            listed.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)

    walk(nav)
    out = []
    for entry in listed:
        if _SCHEME.match(entry) or entry.startswith("/"):
            continue
        if entry not in pages and entry not in generated:
            line, col = _find(yml, entry, yml.find("nav:") if "nav:" in yml else 0)
            out.append(
                Problem(
                    rel_yml,
                    line,
                    col,
                    f"the nav lists '{entry}', which is neither a page of {where}/ nor a generated page: correct or remove the entry",
                )
            )
    ignored = config["not_in_nav"]
    for rel in sorted(pages):
        if rel not in listed and not (ignored is not None and ignored.match_file(rel)):
            out.append(
                Problem(
                    f"{where}/{rel}",
                    1,
                    1,
                    f"the page is neither in the nav of {rel_yml} nor under its not_in_nav (MkDocs refuses that in the strict build): add it to one of them",
                )
            )
    return out
