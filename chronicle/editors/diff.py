"""What a change does to the site: pages added, removed and changed, from two generated trees.

Compares the generated Markdown (docs_dir) of a base and a head, so that a reviewer of a pull
request sees which pages it touches, with their titles and URLs, as a Markdown summary. Pages are
matched by URL, not by file: x.md (the layout before every page was an index.md) and x/index.md are
both the page at x/.
"""

from __future__ import annotations

import difflib
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from chronicle.urls import url_of

_TITLE = re.compile(r'\A---\ntitle: (".*")\n', re.M)


@dataclass(frozen=True)
class Change:
    path: str  # Markdown path relative to the docs directory
    title: str
    url: str  # relative to the site root
    lines_added: int = 0
    lines_removed: int = 0


@dataclass
class PageDiff:
    added: list[Change]
    removed: list[Change]
    changed: list[Change]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def _pages(docs: Path) -> dict[str, tuple[str, bytes]]:
    """URL -> (Markdown path, content) of every page in a docs directory."""
    pages = {}
    for p in sorted(docs.rglob("*.md")):
        if p.is_file():
            path = p.relative_to(docs).as_posix()
            pages[url_of(path)] = (path, p.read_bytes())
    return pages


def _title(path: str, data: bytes) -> str:
    text = data.decode("utf-8", errors="replace")
    if match := _TITLE.match(text):
        try:
            return html.unescape(json.loads(match.group(1)))
        except ValueError:
            pass
    heading = re.search(r"^# (.+)$", text, re.M)
    return heading.group(1).strip() if heading else path


def compare(base_docs: Path, head_docs: Path) -> PageDiff:
    base, head = _pages(Path(base_docs)), _pages(Path(head_docs))

    def change(page: tuple[str, bytes], old_page: tuple[str, bytes] | None = None) -> Change:
        (path, data), old = page, old_page[1] if old_page else None
        added = removed = 0
        if old is not None:
            for line in difflib.unified_diff(
                old.decode("utf-8", "replace").splitlines(),
                data.decode("utf-8", "replace").splitlines(),
                lineterm="",
                n=0,
            ):
                if line.startswith("+") and not line.startswith("+++"):
                    added += 1
                elif line.startswith("-") and not line.startswith("---"):
                    removed += 1
        return Change(path, _title(path, data), url_of(path), added, removed)

    return PageDiff(
        added=[change(head[u]) for u in sorted(head.keys() - base.keys())],
        removed=[change(base[u]) for u in sorted(base.keys() - head.keys())],
        changed=[change(head[u], base[u]) for u in sorted(head.keys() & base.keys()) if head[u][1] != base[u][1]],
    )


def _cell(text: str) -> str:
    """Text for a Markdown table cell, shown as typed (a job summary renders HTML and Markdown)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_{}\[\]()#+!|~])", r"\\\1", text)


def summary(diff: PageDiff, site_url: str = "") -> str:
    """The diff as Markdown, for a pull request's job summary."""
    lines = ["## Pages this change touches", ""]
    if not diff:
        return "\n".join(lines + ["No page of the site changes.", ""])
    counts = f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed"
    lines += [counts, ""]
    for heading, changes in (("Added", diff.added), ("Removed", diff.removed), ("Changed", diff.changed)):
        if not changes:
            continue
        lines += [f"### {heading}", "", "| page | title | lines |", "| --- | --- | --- |"]
        for c in changes:
            where = f"[`{c.url or '/'}`]({site_url.rstrip('/')}/{c.url})" if site_url else f"`{c.url or '/'}`"
            delta = f"+{c.lines_added} −{c.lines_removed}" if heading == "Changed" else ""
            lines.append(f"| {where} | {_cell(c.title)} | {delta} |")
        lines.append("")
    return "\n".join(lines)


def as_json(diff: PageDiff) -> dict:
    """The URLs added, removed and changed (what a trimmed preview copies: chronicle.preview)."""
    return {kind: [c.url for c in getattr(diff, kind)] for kind in ("added", "removed", "changed")}


# --- the base of a change, generated from a git commit or a checkout ----------------------------

PARTS = ("mkdocs.yml", "content", "seeds", "templates")  # what the pages are generated from


class BaseError(Exception):
    """The base cannot be read (not a commit, not a git repository): a one-line message."""


def _git(root: Path, *args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, **kw)


def default_base(root: Path) -> str:
    """The main branch: origin/main when the repository has it, else main."""
    for ref in ("origin/main", "main"):
        if _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode == 0:
            return ref
    raise BaseError("neither origin/main nor main is a commit here; name the base: --base REF")


def resolve(root: Path, ref: str) -> str:
    """The commit REF names, or BaseError saying clearly that it names none."""
    if _git(root, "rev-parse", "--git-dir").returncode != 0:
        raise BaseError(f"{root} is not in a git repository, so there is no base to compare with")
    if ref.startswith("-"):
        raise BaseError(f"'{ref}' is not a commit (a branch, tag or commit hash, e.g. main or origin/main)")
    done = _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", text=True)
    if done.returncode != 0:
        raise BaseError(
            f"'{ref}' is not a commit of this repository (a branch, tag or commit hash, e.g. main or origin/main; `git fetch` first for a remote branch)"
        )
    return done.stdout.strip()


def _export(root: Path, commit: str, into: Path) -> None:
    """The generator's inputs at COMMIT, written into INTO with `git archive` (no checkout)."""
    prefix = _git(root, "rev-parse", "--show-prefix", text=True).stdout.strip()  # the project inside the repository
    top = Path(_git(root, "rev-parse", "--show-toplevel", text=True).stdout.strip())
    listed = _git(
        top, "ls-tree", "--full-tree", "--name-only", commit, "--", *(prefix + p for p in PARTS), text=True
    ).stdout.splitlines()
    if not listed:
        return
    archive = _git(top, "archive", "--format=tar", commit, "--", *listed)
    if archive.returncode != 0:
        raise BaseError(f"git archive {commit[:12]} failed: {archive.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    if prefix:  # move the project's parts up to the top of INTO
        for part in listed:
            shutil.move(str(into / part), str(into / Path(part).name))


def generate(project: Path, python: str = sys.executable) -> subprocess.CompletedProcess:
    """`chronicle generate` in PROJECT, in a process of its own (its problems in the output).

    Both sides get the same build date (SOURCE_DATE_EPOCH as set, else 0): event and source pages
    print it as their references' access date (chronicle.cite), and a newer source in the head
    would otherwise count every such page as changed."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "").strip() or "0"}
    return subprocess.run(
        [python, "-m", "chronicle", "--root", str(project), "generate"], capture_output=True, text=True, env=env
    )


def against(root: Path, base: str, site_url: str = "") -> tuple[PageDiff, str]:
    """The pages this working tree adds, removes and changes against BASE (a git commit, branch or
    tag, or a directory holding a checkout of the base), and the Markdown summary CI posts.

    The base's inputs are copied (from the checkout, or by `git archive` of the commit) into a
    temporary folder under the project's build/, generated there by this chronicle, compared with
    this tree's build/docs (generated too), and the folder is removed."""
    root = Path(root).resolve()
    (root / "build").mkdir(exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".diff-base-", dir=root / "build"))
    try:
        copy = scratch / "base"
        copy.mkdir()
        if Path(base).is_dir():
            for part in PARTS:
                if (Path(base) / part).exists():
                    (shutil.copytree if (Path(base) / part).is_dir() else shutil.copy2)(Path(base) / part, copy / part)
        else:
            _export(root, resolve(root, base), copy)
        (copy / "build" / "docs").mkdir(parents=True)
        note = ""
        done = generate(copy) if (copy / "mkdocs.yml").is_file() else None
        if done is None or done.returncode != 0:
            log = "\n".join((done.stdout + done.stderr).splitlines()[-20:]) if done else f"{base} has no mkdocs.yml"
            note = (
                "The base could not be generated with this version of chronicle, so every page counts as added:\n\n"
                f"```\n{log}\n```\n\n"
            )
            shutil.rmtree(copy / "build" / "docs")
            (copy / "build" / "docs").mkdir()
        head = generate(root)
        if head.returncode != 0:
            raise BaseError(
                "this working tree does not generate; run `chronicle check`:\n" + (head.stdout + head.stderr).rstrip()
            )
        diff = compare(copy / "build" / "docs", root / "build" / "docs")
        text = summary(diff, site_url)
        if note:
            text = text.replace("## Pages this change touches\n\n", "## Pages this change touches\n\n" + note, 1)
        return diff, text
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
