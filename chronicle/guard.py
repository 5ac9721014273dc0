"""Rules for the folders a build writes: judged before anything is touched.

A build replaces its site folder whole (chronicle.swap) and makes the docs folder hold exactly
the generated pages (generate.write_tree removes what it did not write). Pointed at the wrong
folder, either would destroy it: an empty --site-dir in a CI script is the project root. So a
folder is refused when it

- is empty text, the project root or a folder above it;
- is, is inside, or holds one of the project's own folders (content/, seeds/, templates/,
  chronicle/, tests/, .git, and the plugin's content, seeds and templates folders), or holds
  the other output folder (the site must not hold the docs, nor the docs the site);
- exists and is not a folder (a file, a device such as /dev/null);
- is a folder with something in it that this tool did not build. Its own output carries a
  marker file (SITE_MARK in a site, DOCS_MARK in a docs folder); an output built before the
  markers existed is known by its files (_legacy_site, _legacy_docs).

Symlinks are resolved first: a link to content/ is content/.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

SITE_MARK = ".chronicle-site"
DOCS_MARK = ".chronicle-docs"
PROTECTED = ("content", "seeds", "templates", "chronicle", "tests", ".git")


class OutputError(Exception):
    """An output folder refused; the message is one line, naming where the setting came from."""


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _legacy_site(folder: Path) -> bool:
    """A site that MkDocs with Material built, before chronicle marked its output."""
    return (
        (folder / "index.html").is_file()
        and (folder / "sitemap.xml").is_file()
        and (folder / "assets" / "javascripts").is_dir()
    )


def _legacy_docs(folder: Path) -> bool:
    """A generated docs folder from before the marker: its home page and the timeline, or only
    the .gitignore that a fresh clone holds."""
    names = {p.name for p in folder.iterdir()}
    return names <= {".gitignore"} or ((folder / "index.md").is_file() and (folder / "timeline").is_dir())


def position(config_file: Path, key: str) -> str:
    """`mkdocs.yml:LINE:COLUMN` of a top-level key's value, or `mkdocs.yml:1:1`."""
    pattern = re.compile(rf"^{re.escape(key)}\s*:\s*")
    try:
        lines = Path(config_file).read_text("utf-8").splitlines()
    except OSError:
        lines = []
    for number, line in enumerate(lines, 1):
        if match := pattern.match(line):
            return f"{Path(config_file).name}:{number}:{match.end() + 1}"
    return f"{Path(config_file).name}:1:1"


def _protected(root: Path, own: tuple[str, ...]) -> list[tuple[str, Path]]:
    names = dict.fromkeys(PROTECTED + tuple(n for n in own if n))
    return [(name, Path(os.path.realpath(root / name))) for name in names]


def judge(
    kind: str, raw: str | os.PathLike, root: Path, origin: str, *, own: tuple[str, ...] = (), other: Path | None = None
) -> Path:
    """The folder to write, resolved; OutputError if writing it could destroy anything.

    kind: "site" or "docs"; raw: the setting as given (relative to root); origin: where it was
    given, for the message (`--site-dir`, `mkdocs.yml:9:11`); own: the project's folders the
    plugin names (content_dir, seeds_dir, the templates); other: the other output folder.
    """
    text = os.fspath(raw)
    shown = f"{origin}: the {kind} folder {text!r}"
    if not text.strip():
        raise OutputError(f"{shown} is empty, which would be the project root; give a folder such as 'site'")
    root = Path(os.path.realpath(root))
    folder = Path(os.path.realpath(root / text))
    _judge_place(kind, shown, root, folder, own, other)
    _judge_what_is_there(kind, shown, folder)
    return folder


def _judge_place(kind: str, shown: str, root: Path, folder: Path, own: tuple[str, ...], other: Path | None) -> None:
    """OutputError if the folder is the project, holds it, or overlaps its own folders or the other output."""
    if folder == root:
        raise OutputError(
            f"{shown} is the project root ({root}); building there would replace the project; give a folder such as 'site'"
        )
    if _inside(root, folder):
        raise OutputError(
            f"{shown} is {folder}, which holds the project ({root}); give a folder inside it such as 'site'"
        )
    for name, mine in _protected(root, own):
        if _inside(folder, mine):
            raise OutputError(
                f"{shown} is inside the project's {name}/ ({folder}), which the build must not write; give a folder such as 'site'"
            )
        if _inside(mine, folder):
            raise OutputError(
                f"{shown} ({folder}) holds the project's {name}/, which the build would replace; give a folder such as 'site'"
            )
    if other is not None:
        other = Path(os.path.realpath(other))
        if _inside(folder, other) or _inside(other, folder):
            which = "docs" if kind == "site" else "site"
            raise OutputError(f"{shown} ({folder}) overlaps the {which} folder ({other}); keep them apart")


def _judge_what_is_there(kind: str, shown: str, folder: Path) -> None:
    """OutputError unless the folder is missing, or a folder empty or holding this tool's output."""
    try:
        mode = folder.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"{shown} cannot be read: {exc.strerror}") from None
    if not stat.S_ISDIR(mode):
        what = (
            "a device"
            if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a file"
            if stat.S_ISREG(mode)
            else "not a folder"
        )
        raise OutputError(f"{shown} ({folder}) is {what}, not a folder; give a folder")
    mark, legacy = (SITE_MARK, _legacy_site) if kind == "site" else (DOCS_MARK, _legacy_docs)
    try:
        empty = not any(folder.iterdir())
    except OSError as exc:
        raise OutputError(f"{shown} ({folder}) cannot be read: {exc.strerror}") from None
    if empty or (folder / mark).is_file() or legacy(folder):
        return
    raise OutputError(
        f"{shown} ({folder}) holds files that chronicle did not build (no {mark} in it); empty it or give another folder"
    )


def mark(folder: Path, kind: str) -> None:
    """Mark a folder as this tool's output."""
    (Path(folder) / (SITE_MARK if kind == "site" else DOCS_MARK)).write_text(
        "Built by chronicle: a build replaces what is in this folder.\n", "utf-8"
    )


def judge_config_file(config_file: Path, keys: tuple[str, ...] = ("site_dir", "docs_dir")) -> None:
    """site_dir and docs_dir as mkdocs.yml writes them, judged before MkDocs reads the file:
    MkDocs' own check of an empty site_dir says less, in two lines, with no position."""
    from mkdocs.utils import yaml_load

    try:
        with open(config_file, "rb") as handle:
            data = yaml_load(handle)
    except Exception:  # MkDocs will say what is wrong with the file
        return
    if not isinstance(data, dict):
        return
    for key in keys:
        if key in data:
            value = data[key]
            judge(
                "site" if key == "site_dir" else "docs",
                "" if value is None else str(value),
                Path(config_file).parent,
                position(config_file, key),
            )
