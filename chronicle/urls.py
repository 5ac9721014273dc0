"""The site's URL scheme, in one place: where each page is and how one page links another.

Every page is an index.md in the directory it is served from (events/x/index.md is served as
events/x/): with directory URLs the .md file and its page then sit in the same place, so a
relative link means the same read from either, whichever way a renderer resolves it (MkDocs
leaves links in raw HTML as written, Zensical resolves them from the .md file).

An entry of kind k with id i lives in content/<FOLDERS[k]>/i.yml and is served at
<FOLDERS[k]>/i/; ids are lowercase ASCII, so no Cyrillic reaches a URL.
"""

from __future__ import annotations

import posixpath
from functools import cache

from chronicle.model import Actor, Event, Place, Source, Topic

# An entry's kind -> the folder of its YAML under content/ and of its pages in the site.
FOLDERS = {"event": "events", "actor": "actors", "source": "sources", "topic": "topics", "place": "places"}
KIND_OF_FOLDER = {folder: kind for kind, folder in FOLDERS.items()}
KIND_OF_TYPE = {Event: "event", Actor: "actor", Source: "source", Topic: "topic", Place: "place"}


def page_path(name: str) -> str:
    """The Markdown path of the page served at the directory URL `name/` ('' is the home page):
    `name/index.md`, relative to the docs directory."""
    return f"{name}/index.md" if name else "index.md"


def entry_page(kind: str, entry_id: str) -> str:
    """The Markdown path of the page of the entry `entry_id` of `kind` ("event", "actor", ...)."""
    return page_path(f"{FOLDERS[kind]}/{entry_id}")


def page_of(obj) -> str:
    """The Markdown path of an entry's page, relative to the docs directory."""
    return entry_page(KIND_OF_TYPE[type(obj)], obj.id)


def history_url(repo_url: str, content_dir: str, kind: str, entry_id: str) -> str:
    """The history of an entry's YAML file in the repository, in GitHub's form
    ({repo_url}/commits/main/content/events/<id>.yml), from MkDocs' own `repo_url` setting; ""
    without one (docs/corrections.md)."""
    if not repo_url:
        return ""
    return f"{repo_url.rstrip('/')}/commits/main/{content_dir.strip('/')}/{FOLDERS[kind]}/{entry_id}.yml"


def url_of(md_path: str) -> str:
    """The directory URL MkDocs gives a Markdown page (use_directory_urls), relative to the site root.

    x/index.md and x.md (the layout before every page was an index.md) are both served at x/."""
    stem = md_path[: -len(".md")]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def relative_url(from_md: str, to_md: str) -> str:
    """The link from one page's URL to another's, relative ("./" for the page itself)."""
    target, here = url_of(to_md) or ".", url_of(from_md) or "."
    rel = posixpath.relpath(target, here)
    return "./" if rel == "." else rel + "/"


@cache
def dir_parts(directory: str) -> tuple[str, ...]:
    """A clean relative directory's names: "a/b" -> ("a", "b"); "" and "." -> ()."""
    return tuple(p for p in directory.split("/") if p not in ("", "."))


def relpath(target: str, start: str) -> str:
    """posixpath.relpath for the generator's own clean relative paths, without its os calls."""
    here, there = dir_parts(start), target.split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])
