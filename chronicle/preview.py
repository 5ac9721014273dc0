"""Pull-request previews on the gh-pages branch, and main's site beside them.

GitHub Pages publishes at most 1 GB per site, and a deployment must finish within 10 minutes; a
full copy of the site per open pull request would not fit for long (about 5 MB today, about
480 MB at 10,000 events). So a preview holds what a reviewer needs:

- the pages the pull request adds or changes (the URLs `chronicle diff --json` lists),
- the shared assets (assets/: styles, scripts, images; no source maps, no lunr) and any other file those pages load,
- a landing page listing the changed pages (index.html, or _preview/index.html when the home page
  itself changed),

and every other link of those pages goes to the public site. A preview larger than the cap (50 MB
by default) falls back to the landing page alone (the summary, with the artifact for the rest).

The branch holds one commit (the tree of the moment, main's site at the root and previews/pr-N/
beside it): each update makes a new parentless commit and pushes it with --force-with-lease,
retrying when another update got there first. So the branch does not grow with every push.

Standard library only: the preview workflow runs it from the default branch's checkout with the
runner's python3, without installing anything and without running any pull request's code.

    python3 -m chronicle.preview trim SITE CHANGES_JSON PUBLIC_URL OUT [--pr N] [--cap-mb MB]
    python3 -m chronicle.preview publish-main REMOTE BRANCH SITE
    python3 -m chronicle.preview publish-preview REMOTE BRANCH N TREE
    python3 -m chronicle.preview remove-preview REMOTE BRANCH N
"""

from __future__ import annotations

import argparse
import html
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

PREVIEWS = "previews"  # on the branch: previews/pr-N/
MARKER = "<!-- chronicle-preview -->"  # the hidden marker of the one comment per pull request
DEFAULT_CAP = 50 * 1024 * 1024
_LINK = re.compile(r"""(\s(?:href|src)=)(["'])([^"']*)\2""", re.I)


def _html_file(site: Path, url: str) -> str | None:
    """The site-relative file of the page at URL (x/ -> x/index.html), if there is one. URLs come
    from the pull request's artifact: one that leaves the site (.., /, \\) names no page."""
    if url.startswith(("/", "\\")) or "\\" in url or ".." in url.split("/") or "\0" in url:
        return None
    for rel in ((url + "index.html") if (url == "" or url.endswith("/")) else url, url.rstrip("/") + ".html"):
        if rel and (site / rel).is_file():
            return rel
    return None


def _skipped_assets(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n.endswith(".map") or (n == "lunr" and Path(folder).name == "javascripts")}


def _size(tree: Path) -> int:
    return sum(p.stat().st_size for p in tree.rglob("*") if p.is_file())


def _landing(
    changes: dict, pr: int | None, public_url: str, pages: dict[str, str], note: str = "", up: str = ""
) -> str:
    """The preview's own front page: the changed pages, linked, and the public site."""
    esc = html.escape
    title = f"Preview of pull request #{pr}" if pr else "Preview"
    rows = []
    for kind, label in (("added", "added"), ("changed", "changed"), ("removed", "removed")):
        for url in changes.get(kind, []):
            shown = esc(url or "/")
            if url in pages and kind != "removed":
                href = up + (pages[url][: -len("index.html")] if pages[url].endswith("index.html") else pages[url])
                rows.append(f'<li>{label}: <a href="{esc(href or "./")}">{shown}</a></li>')
            else:
                rows.append(f"<li>{label}: {shown}</li>")
    body = "\n".join(rows) or "<li>No page of the site changes.</li>"
    return (
        f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">'
        f"<title>{esc(title)}</title></head><body>\n<h1>{esc(title)}</h1>\n"
        f"<p>This preview holds only the pages this pull request adds or changes; every other link goes to "
        f'<a href="{esc(public_url)}">the public site</a>.</p>\n{note}<ul>\n{body}\n</ul>\n</body></html>\n'
    )


def trim(site: Path, changes: dict, public_url: str, out: Path, pr: int | None = None, cap: int = DEFAULT_CAP) -> str:
    """Write the trimmed preview of SITE into OUT (which must not exist). Returns "pages", or
    "summary" when the preview would exceed CAP bytes (OUT then holds the landing page only)."""
    site, out = Path(site), Path(out)
    public_url = public_url.rstrip("/") + "/"
    if any(p.is_symlink() for p in site.rglob("*")):  # the artifact is untrusted: nothing may point outside it
        raise RuntimeError(f"{site} holds a symbolic link; a built site has none")
    out.mkdir(parents=True)
    wanted = [u for u in changes.get("added", []) + changes.get("changed", [])]
    pages = {u: f for u in wanted if (f := _html_file(site, u))}
    kept = set(pages.values())
    extra: set[str] = set()

    def rewrite(page: str, text: str) -> str:
        here = posixpath.dirname(page)

        def one(m: re.Match) -> str:
            prefix, quote, link = m.groups()
            raw = html.unescape(link)
            parts = urlsplit(raw)
            if parts.scheme or parts.netloc or raw.startswith(("/", "#")) or not raw:
                return m.group(0)
            target = posixpath.normpath(posixpath.join(here, parts.path)) if parts.path else page
            if target == ".":
                target = ""
            if target.startswith("../") or target == "..":
                return m.group(0)
            file = target if (site / target).is_file() else _html_file(site, target + ("/" if target else ""))
            if (
                file
                and not file.endswith(".html")
                and (file.startswith("assets/") or (site / file).stat().st_size <= 2 * 1024 * 1024)
            ):
                extra.add(file)  # a shared asset, or a small file this page loads
                return m.group(0)
            if file in kept:
                return m.group(0)
            # Anything else is on the public site: the same path there.
            path = target + ("/" if parts.path.endswith("/") and target else "")
            new = (
                public_url
                + path
                + (f"?{parts.query}" if parts.query else "")
                + (f"#{parts.fragment}" if parts.fragment else "")
            )
            return f"{prefix}{quote}{html.escape(new, quote=True)}{quote}"

        text = _LINK.sub(one, text)
        return text.replace("<head>", '<head><meta name="robots" content="noindex">', 1)

    for page in sorted(kept):
        target = out / page
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(rewrite(page, (site / page).read_text("utf-8")), "utf-8")
    if (site / "assets").is_dir():
        # Source maps and Material's own lunr search (the site searches with Pagefind, on the
        # public site) are left out: nearly 2 MB a preview, for nothing a reviewer sees.
        shutil.copytree(site / "assets", out / "assets", dirs_exist_ok=True, ignore=_skipped_assets)
    for file in sorted(extra):
        if not (out / file).exists():
            (out / file).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(site / file, out / file)
    (out / ".nojekyll").touch()
    landing = "index.html" if "index.html" not in kept else "_preview/index.html"
    size = _size(out)
    if size > cap:
        shutil.rmtree(out)
        out.mkdir()
        (out / ".nojekyll").touch()
        note = (
            f"<p>The preview would hold {size / 1048576:.1f} MB, more than the {cap / 1048576:.0f} MB a preview may; "
            "download the built site from the pull request's checks (Artifacts) instead.</p>\n"
        )
        (out / "index.html").write_text(_landing(changes, pr, public_url, {}, note), "utf-8")
        return "summary"
    (out / landing).parent.mkdir(parents=True, exist_ok=True)
    (out / landing).write_text(
        _landing(changes, pr, public_url, pages, up="" if landing == "index.html" else "../"), "utf-8"
    )
    return "pages"


# --- the gh-pages branch ------------------------------------------------------------------------


def _run(args: list[str], cwd: Path | None = None, check: bool = True) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "github-actions[bot]",
        "GIT_AUTHOR_EMAIL": "41898282+github-actions[bot]@users.noreply.github.com",
        "GIT_COMMITTER_NAME": "github-actions[bot]",
        "GIT_COMMITTER_EMAIL": "41898282+github-actions[bot]@users.noreply.github.com",
        "GIT_TERMINAL_PROMPT": "0",
    }
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env)
    if check and done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:3])}: {done.stderr.strip()}")
    return done


def update_branch(remote: str, branch: str, change, message: str, attempts: int = 5) -> str:
    """Apply CHANGE (a function of the checked-out tree's folder) to BRANCH of REMOTE as one new
    parentless commit, pushed with --force-with-lease; retried when the branch moved meanwhile.
    Returns the new commit, or "" when the tree is unchanged."""
    for attempt in range(attempts):
        with tempfile.TemporaryDirectory(prefix="chronicle-pages-") as tmp:
            work = Path(tmp) / "tree"
            _run(["git", "init", "-q", str(work)])
            fetched = _run(["git", "fetch", "-q", "--depth=1", remote, f"refs/heads/{branch}"], cwd=work, check=False)
            old = ""
            if fetched.returncode == 0:
                old = _run(["git", "rev-parse", "FETCH_HEAD"], cwd=work).stdout.strip()
                _run(["git", "checkout", "-q", "--detach", old], cwd=work)
            elif "couldn't find remote ref" not in fetched.stderr.lower():
                raise RuntimeError(f"git fetch {branch}: {fetched.stderr.strip()}")
            change(work)
            (work / ".nojekyll").touch()  # publish the files as they are (no Jekyll)
            _run(["git", "add", "-A"], cwd=work)
            tree = _run(["git", "write-tree"], cwd=work).stdout.strip()
            if old and tree == _run(["git", "rev-parse", f"{old}^{{tree}}"], cwd=work).stdout.strip():
                return ""
            commit = _run(["git", "commit-tree", tree, "-m", message], cwd=work).stdout.strip()
            pushed = _run(
                [
                    "git",
                    "push",
                    "-q",
                    f"--force-with-lease=refs/heads/{branch}:{old}",
                    remote,
                    f"{commit}:refs/heads/{branch}",
                ],
                cwd=work,
                check=False,
            )
            if pushed.returncode == 0:
                return commit
            print(
                f"chronicle.preview: {branch} moved meanwhile (attempt {attempt + 1}): {pushed.stderr.strip()}",
                file=sys.stderr,
            )
    raise RuntimeError(f"could not update {branch} after {attempts} attempts")


def _clear(folder: Path, keep: tuple[str, ...] = ()) -> None:
    for child in folder.iterdir():
        if child.name == ".git" or child.name in keep:
            continue
        shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()


def publish_main(remote: str, branch: str, site: Path) -> str:
    """Main's site at the root of BRANCH; previews/ kept as it is."""
    site = Path(site).resolve()
    if (site / PREVIEWS).exists():
        raise RuntimeError(f"the site has its own {PREVIEWS}/, which the previews need")

    def change(work: Path) -> None:
        _clear(work, keep=(PREVIEWS,))
        shutil.copytree(site, work, dirs_exist_ok=True)

    return update_branch(remote, branch, change, "Publish main's site")


def _pr_folder(number: str | int) -> str:
    if not re.fullmatch(r"[1-9][0-9]{0,9}", str(number)):
        raise RuntimeError(f"{number!r} is not a pull request number")
    return f"{PREVIEWS}/pr-{int(number)}"


def publish_preview(remote: str, branch: str, number: str | int, tree: Path) -> str:
    """TREE (a trimmed preview) as previews/pr-N/ of BRANCH, replacing the previous one."""
    folder, tree = _pr_folder(number), Path(tree).resolve()

    def change(work: Path) -> None:
        shutil.rmtree(work / folder, ignore_errors=True)
        shutil.copytree(tree, work / folder)

    return update_branch(remote, branch, change, f"Preview of pull request #{int(number)}")


def remove_preview(remote: str, branch: str, number: str | int) -> str:
    """Delete previews/pr-N/ of BRANCH (nothing else); "" when there was none."""
    folder = _pr_folder(number)
    return update_branch(
        remote,
        branch,
        lambda work: shutil.rmtree(work / folder, ignore_errors=True),
        f"Remove the preview of pull request #{int(number)}",
    )


# --- the pull request: who may publish, and the one comment --------------------------------------


def _api(method: str, path: str, body: dict | None = None):
    """A GitHub REST call with GH_TOKEN (GITHUB_API_URL: the API's address, for tests a stand-in)."""
    base = os.environ.get("GITHUB_API_URL", "https://api.github.com").rstrip("/")
    request = urllib.request.Request(
        base + path,
        method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
            "Authorization": f"Bearer {os.environ.get('GH_TOKEN', '')}",
            "User-Agent": "chronicle-preview",
            "Content-Type": "application/json",
        },
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        data = response.read()
    return json.loads(data) if data else None


def pr_number(artifact: Path) -> int:
    """The pull request number the artifact names (written by the pull request's own run, so
    untrusted: digits only, and checked against the API by policy())."""
    text = (Path(artifact) / "pr-number").read_text("utf-8").strip()
    if not re.fullmatch(r"[1-9][0-9]{0,9}", text):
        raise RuntimeError(f"the artifact's pr-number is not a number: {text[:40]!r}")
    return int(text)


def policy(repo: str, number: int, head_sha: str, head_repo: str, label: str = "preview") -> dict:
    """Whether the run's pull request may be published, asked of the API (never of the artifact):
    the pull request must be open and at the run's commit (else the artifact names another pull
    request, or a newer push superseded it), and come from a branch of REPO or carry LABEL, which
    only people with write (triage) access can set."""
    pull = _api("GET", f"/repos/{repo}/pulls/{number}")
    real_head_repo = ((pull.get("head") or {}).get("repo") or {}).get("full_name") or ""
    if pull.get("head", {}).get("sha") != head_sha or real_head_repo != head_repo:
        return {
            "pr": number,
            "publish": False,
            "comment": False,
            "reason": "the pull request is not at this run's commit",
        }
    if pull.get("state") != "open":
        return {"pr": number, "publish": False, "comment": False, "reason": "the pull request is closed"}
    if real_head_repo == repo:
        return {"pr": number, "publish": True, "comment": True, "reason": "a branch of this repository"}
    if label in {item.get("name") for item in pull.get("labels", [])}:
        return {"pr": number, "publish": True, "comment": True, "reason": f"a fork, labelled '{label}' by a maintainer"}
    return {"pr": number, "publish": False, "comment": True, "reason": "a fork"}


def public_url(repo: str) -> str:
    """The Pages address of REPO (the API's, else the usual https://OWNER.github.io/NAME/)."""
    try:
        url = (_api("GET", f"/repos/{repo}/pages") or {}).get("html_url") or ""
    except (urllib.error.URLError, ValueError):
        url = ""
    if not url:
        owner, name = repo.split("/", 1)
        url = f"https://{owner.lower()}.github.io/{name}/"
    return url.rstrip("/") + "/"


def note(decision: dict, summary: str, preview_url: str = "", run_url: str = "", label: str = "preview") -> str:
    """The comment's body: the marker, where the preview is (or why there is none), the summary."""
    lines = [MARKER, "## Preview", ""]
    if decision.get("publish") and preview_url:
        lines.append(
            f"**[Open the preview]({preview_url})**: the pages this pull request adds or changes; "
            "every other link goes to the public site."
        )
        if decision.get("mode") == "summary":
            lines = lines[:-1] + [
                "The preview is too large to publish; it shows this summary only. Download the built site from the run's *Artifacts*."
            ]
    else:
        why = decision.get("reason", "")
        lines.append(
            f"Not published ({why}): a maintainer can add the `{label}` label to publish it. "
            "The built site is under *Artifacts* of the pull request's run"
            + (f" ([run]({run_url}))." if run_url else ".")
        )
    body = "\n".join(lines) + "\n\n" + summary.strip() + "\n"
    return body if len(body) < 60000 else body[:60000] + "\n\n…(cut)\n"


def upsert_comment(repo: str, number: int, body: str, bot: str = "github-actions[bot]") -> str:
    """One comment per pull request: the bot's comment holding MARKER is updated, else created."""
    page = 1
    while True:
        comments = _api("GET", f"/repos/{repo}/issues/{number}/comments?per_page=100&page={page}") or []
        for c in comments:
            if MARKER in (c.get("body") or "") and (c.get("user") or {}).get("login") == bot:
                _api("PATCH", f"/repos/{repo}/issues/comments/{c['id']}", {"body": body})
                return "updated"
        if len(comments) < 100:
            break
        page += 1
    _api("POST", f"/repos/{repo}/issues/{number}/comments", {"body": body})
    return "created"


def run_preview(
    artifact: Path,
    repo: str,
    head_sha: str,
    head_repo: str,
    remote: str,
    branch: str,
    label: str = "preview",
    run_url: str = "",
    cap: int = DEFAULT_CAP,
) -> dict:
    """The preview workflow's work: decide, trim, publish under previews/pr-N/, comment."""
    artifact = Path(artifact)
    decision = policy(repo, pr_number(artifact), head_sha, head_repo, label)
    number = decision["pr"]
    summary = (artifact / "summary.md").read_text("utf-8") if (artifact / "summary.md").is_file() else ""
    preview_url = ""
    if decision["publish"]:
        site_url = public_url(repo)
        changes = json.loads((artifact / "changes.json").read_text("utf-8"))
        with tempfile.TemporaryDirectory(prefix="chronicle-preview-") as tmp:
            decision["mode"] = trim(artifact / "site", changes, site_url, Path(tmp) / "tree", number, cap)
            decision["size"] = _size(Path(tmp) / "tree")
            publish_preview(remote, branch, number, Path(tmp) / "tree")
        preview_url = f"{site_url}{PREVIEWS}/pr-{number}/"
        decision["url"] = preview_url
    if decision["comment"]:
        decision["commented"] = upsert_comment(repo, number, note(decision, summary, preview_url, run_url, label))
    return decision


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python3 -m chronicle.preview", description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    t = sub.add_parser("trim", help="write the trimmed preview of a built site")
    t.add_argument("site", type=Path)
    t.add_argument("changes", type=Path, help="the JSON of `chronicle diff --json`")
    t.add_argument("public_url", help="the public site, where every other link goes")
    t.add_argument("out", type=Path, help="where the preview goes (must not exist)")
    t.add_argument("--pr", type=int)
    t.add_argument("--cap-mb", type=float, default=DEFAULT_CAP / 1048576)
    m = sub.add_parser("publish-main", help="main's site at the root of the branch, previews/ kept")
    m.add_argument("remote")
    m.add_argument("branch")
    m.add_argument("site", type=Path)
    pp = sub.add_parser("publish-preview", help="a trimmed preview as previews/pr-N/")
    pp.add_argument("remote")
    pp.add_argument("branch")
    pp.add_argument("number")
    pp.add_argument("tree", type=Path)
    r = sub.add_parser("remove-preview", help="delete previews/pr-N/")
    r.add_argument("remote")
    r.add_argument("branch")
    r.add_argument("number")
    w = sub.add_parser("run", help="the preview workflow: decide (API), trim, publish, comment")
    w.add_argument("artifact", type=Path, help="the downloaded artifact: site/, changes.json, summary.md, pr-number")
    w.add_argument("remote")
    w.add_argument("branch")
    c = sub.add_parser(
        "comment", help="write or update the pull request's one preview comment (found by its hidden marker)"
    )
    c.add_argument("repo")
    c.add_argument("number", type=int)
    c.add_argument("body", type=Path, help="a Markdown file; the marker is added when missing")
    args = p.parse_args(argv)
    try:
        if args.command == "trim":
            changes = json.loads(args.changes.read_text("utf-8"))
            mode = trim(args.site, changes, args.public_url, args.out, args.pr, int(args.cap_mb * 1048576))
            print(f"{mode} {_size(args.out)}")
        elif args.command == "publish-main":
            print(publish_main(args.remote, args.branch, args.site) or "unchanged")
        elif args.command == "publish-preview":
            print(publish_preview(args.remote, args.branch, args.number, args.tree) or "unchanged")
        elif args.command == "comment":
            body = args.body.read_text("utf-8")
            print(upsert_comment(args.repo, args.number, body if MARKER in body else f"{MARKER}\n{body}"))
        elif args.command == "run":
            env = os.environ
            decision = run_preview(
                args.artifact,
                env["REPO"],
                env["RUN_HEAD_SHA"],
                env["RUN_HEAD_REPO"],
                args.remote,
                args.branch,
                env.get("PREVIEW_LABEL", "preview"),
                env.get("RUN_URL", ""),
            )
            print(json.dumps(decision, ensure_ascii=False))
        else:
            print(remove_preview(args.remote, args.branch, args.number) or "unchanged")
    except (RuntimeError, OSError, ValueError, KeyError) as exc:
        print(f"chronicle.preview {args.command}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
