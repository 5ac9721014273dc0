"""The built site's size by kind, and the warning when it nears its host's limits (issue 19 §3).

A static host refuses a site past its limits, and the deploy fails after the build succeeded:
GitHub Pages publishes at most 1 GB, GitLab Pages (gitlab.com) at most 200,000 files, in an
artifact of at most 1 GB. `chronicle build` counts the site it built and, from 80% of a limit of
the host the site is published on, prints a warning naming the figures and what to do; never an
error (a correct editorial change must not turn CI red; the host itself will say no).

The host: the chronicle plugin's `host` in mkdocs.yml (github-pages, gitlab-pages, none), or
`auto` (the default): from site_url's host name, *.github.io or *.gitlab.io, else none.
`max_site_bytes` and `max_site_files` set other limits (a host of one's own; the tests set tiny
ones).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

GB = 1_000_000_000
NEAR = 0.8  # the share of a limit from which the build warns


@dataclass(frozen=True)
class Limits:
    host: str  # as a reader knows it: "GitHub Pages"
    max_bytes: int | None
    max_files: int | None


HOSTS = {
    # docs.github.com, "GitHub Pages limits": published sites may be no larger than 1 GB.
    "github-pages": Limits("GitHub Pages", GB, None),
    # docs.gitlab.com, "GitLab.com settings": 200,000 files per Pages site, artifacts up to 1 GB.
    "gitlab-pages": Limits("GitLab Pages", GB, 200_000),
}

# What a file's path in the site says it is, first match (the table in docs/performance.md).
KINDS = ("pages", "search index", "cite", "data", "seeds", "assets", "other")


def kind_of(rel: str) -> str:
    top = rel.split("/", 1)[0]
    if top == "pagefind" or top.startswith("pagefind-"):
        return "search index"
    if rel.startswith("data/cite/"):
        return "cite"
    if top in ("data", "seeds", "assets"):
        return top
    return "pages" if rel.endswith(".html") else "other"


@dataclass
class Tally:
    files: dict[str, int]
    bytes: dict[str, int]

    @property
    def total_files(self) -> int:
        return sum(self.files.values())

    @property
    def total_bytes(self) -> int:
        return sum(self.bytes.values())


def tally(site: Path) -> Tally:
    """Files and bytes of the site by kind (KINDS); symbolic links are not followed."""
    files = dict.fromkeys(KINDS, 0)
    sizes = dict.fromkeys(KINDS, 0)
    site = Path(site)
    for folder, dirs, names in os.walk(site):
        dirs.sort()
        base = Path(folder).relative_to(site).as_posix()
        for name in names:
            path = os.path.join(folder, name)
            if os.path.islink(path):
                continue
            kind = kind_of(name if base == "." else f"{base}/{name}")
            files[kind] += 1
            sizes[kind] += os.path.getsize(path)
    return Tally(files, sizes)


def limits_for(host: str, site_url: str, max_bytes: int | None = None, max_files: int | None = None) -> Limits | None:
    """The limits the site must keep: the host's (host "auto": from site_url), with max_bytes and
    max_files in place of its own when given; None: no limit known."""
    if host == "auto":
        name = (urlsplit(site_url or "").hostname or "").lower()
        host = (
            "github-pages" if name.endswith(".github.io") else "gitlab-pages" if name.endswith(".gitlab.io") else "none"
        )
    known = HOSTS.get(host, Limits("the host", None, None))
    limits = Limits(
        known.host,
        max_bytes if max_bytes is not None else known.max_bytes,
        max_files if max_files is not None else known.max_files,
    )
    return limits if limits.max_bytes or limits.max_files else None


def _mb(n: int) -> str:
    return f"{n / 1_000_000:,.1f} MB"


def warnings(counted: Tally, limits: Limits) -> list[str]:
    """One line per limit the site has reached NEAR of, naming the figures and what to do."""
    lines = []
    for label, have, limit, show in (
        ("bytes", counted.total_bytes, limits.max_bytes, _mb),
        ("files", counted.total_files, limits.max_files, lambda n: f"{n:,} files"),
    ):
        if not limit or have < NEAR * limit:
            continue
        largest = max(KINDS, key=lambda k: counted.bytes[k] if label == "bytes" else counted.files[k])
        part = counted.bytes[largest] if label == "bytes" else counted.files[largest]
        state = "over" if have > limit else f"{have / limit:.0%} of"
        lines.append(
            f"warning: the site is {show(have)}, {state} the limit of {limits.host} ({show(limit)}) "
            f"(most of it {largest}: {show(part)}); past the limit the host refuses to publish it: "
            "see docs/performance.md (Bytes and files per event) for what makes a site smaller, or set "
            "the chronicle plugin's host in mkdocs.yml"
        )
    return lines


def warn_near_limits(site: Path, config, plugin_config) -> list[str]:
    """Count the built site and print the warnings (stderr); returns them."""
    limits = limits_for(
        plugin_config.host, config.site_url or "", plugin_config.max_site_bytes, plugin_config.max_site_files
    )
    if limits is None:
        return []
    lines = [f"chronicle build: {line}" for line in warnings(tally(site), limits)]
    for line in lines:
        print(line, file=sys.stderr, flush=True)
    return lines
