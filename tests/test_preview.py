"""Pull-request previews and `chronicle diff --base`, run locally as the workflows run them: on real
git repositories (a scratch project, a bare repository standing in for GitHub's gh-pages branch)
and a stand-in for GitHub's REST API. No test names the real content: each adds events of its own."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from test_workflows import _env, _git, made_up_event

from conftest import ROOT, copy_project, run_chronicle

REPO = "owner/chronicle"
PUBLIC = "https://owner.github.io/chronicle/"
MARKER = "<!-- chronicle-preview -->"


class FakeGitHub:
    """The few REST endpoints the preview uses, kept in memory."""

    def __init__(self):
        self.pulls: dict[int, dict] = {}
        self.comments: list[dict] = []
        self.requests: list[tuple[str, str]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, code, data=None):
                body = json.dumps(data).encode() if data is not None else b""
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _body(self):
                return json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")

            def do_GET(self):
                path = urlsplit(self.path).path
                fake.requests.append(("GET", path))
                if m := re.fullmatch(rf"/repos/{REPO}/pulls/(\d+)", path):
                    return (
                        self._send(200, fake.pulls[int(m.group(1))])
                        if int(m.group(1)) in fake.pulls
                        else self._send(404, {})
                    )
                if path == f"/repos/{REPO}/pages":
                    return self._send(200, {"html_url": PUBLIC})
                if m := re.fullmatch(rf"/repos/{REPO}/issues/(\d+)/comments", path):
                    return self._send(200, [c for c in fake.comments if c["issue"] == int(m.group(1))])
                return self._send(404, {})

            def do_POST(self):
                path = urlsplit(self.path).path
                fake.requests.append(("POST", path))
                m = re.fullmatch(rf"/repos/{REPO}/issues/(\d+)/comments", path)
                comment = {
                    "id": len(fake.comments) + 1,
                    "issue": int(m.group(1)),
                    "body": self._body()["body"],
                    "user": {"login": "github-actions[bot]"},
                }
                fake.comments.append(comment)
                self._send(201, comment)

            def do_PATCH(self):
                path = urlsplit(self.path).path
                fake.requests.append(("PATCH", path))
                m = re.fullmatch(rf"/repos/{REPO}/issues/comments/(\d+)", path)
                comment = next(c for c in fake.comments if c["id"] == int(m.group(1)))
                comment["body"] = self._body()["body"]
                self._send(200, comment)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def pull(self, number, sha, head_repo=REPO, labels=(), state="open"):
        self.pulls[number] = {
            "number": number,
            "state": state,
            "head": {"sha": sha, "repo": {"full_name": head_repo}},
            "labels": [{"name": n} for n in labels],
        }


@pytest.fixture
def github():
    fake = FakeGitHub()
    thread = threading.Thread(target=fake.server.serve_forever, daemon=True)
    thread.start()
    yield fake
    fake.server.shutdown()


@pytest.fixture(scope="module")
def two_commits(tmp_path_factory) -> tuple[Path, str]:
    """A project in git with the workflows' scripts (.ci/): main, then a branch `change` whose
    second commit adds a made-up event. Returns (project, the event's URL); tests that build or
    write take a copy."""
    root = copy_project(tmp_path_factory.mktemp("git") / "repo")
    shutil.copytree(ROOT / ".ci", root / ".ci")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "base")
    _git(root, "checkout", "-q", "-b", "change")
    url = made_up_event(root, "made-up-change", MADE_UP_TITLE)
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "a made-up event")
    return root, url


MADE_UP_TITLE = "Вигадана подія: перегляд"


@pytest.fixture(scope="module")
def change(two_commits, tmp_path_factory):
    """two_commits built and packed as the pull request's content job does (.ci/pr-diff,
    .ci/preview-pack), in a copy of its own: (project, artifact, the event's URL, head)."""
    tmp = tmp_path_factory.mktemp("change")
    root = tmp / "repo"
    shutil.copytree(two_commits[0], root, symlinks=True)
    url = two_commits[1]
    built = run_chronicle("--root", str(root), "build", "--site-url", PUBLIC)
    assert built.returncode == 0, built.stderr
    artifact = tmp / "artifact"
    for script in (["bash", ".ci/pr-diff", "main", str(artifact)], ["bash", ".ci/preview-pack", str(artifact), "7"]):
        done = subprocess.run(script, cwd=root, capture_output=True, text=True, env=_env())
        assert done.returncode == 0, done.stderr
    return root, artifact, url, _git(root, "rev-parse", "HEAD").strip()


@pytest.fixture
def remote(tmp_path) -> Path:
    """A bare repository standing in for GitHub's: the gh-pages branch goes there."""
    bare = tmp_path / "remote.git"
    _git(tmp_path, "init", "-q", "--bare", str(bare))
    return bare


def _ci(root: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    done = subprocess.run(["bash", *args], cwd=root, capture_output=True, text=True, env={**_env(), **env})
    return done


def _pages(remote: Path) -> set[str]:
    """The files on gh-pages."""
    out = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", "gh-pages"], cwd=remote, capture_output=True, text=True
    )
    return set(out.stdout.split()) if out.returncode == 0 else set()


def _size(tree: Path) -> int:
    return sum(p.stat().st_size for p in tree.rglob("*") if p.is_file())


def test_the_artifact_holds_the_site_the_summary_the_changes_and_the_number(change):
    _, artifact, url, _ = change
    assert (artifact / "pr-number").read_text() == "7\n"
    assert (artifact / "site/index.html").is_file()
    assert json.loads((artifact / "changes.json").read_text())["added"] == [url]
    assert f"`{url}`" in (artifact / "summary.md").read_text("utf-8").split("### Added")[1]


def test_a_trimmed_preview_holds_the_changed_pages_and_assets_and_links_the_rest_to_the_public_site(change, tmp_path):
    from chronicle.preview import trim

    _, artifact, url, _ = change
    site, changes = artifact / "site", json.loads((artifact / "changes.json").read_text())
    out = tmp_path / "preview"
    assert trim(site, changes, PUBLIC, out, pr=7) == "pages"
    pages = {p.relative_to(out).as_posix() for p in out.rglob("*.html")}
    wanted = {f"{u}index.html" for u in changes["added"] + changes["changed"]}
    assert f"{url}index.html" in pages and wanted <= pages
    assert pages - wanted <= {"index.html", "_preview/index.html"}  # the landing page
    assert not (out / "pagefind").exists()
    if "" not in changes["changed"]:  # the open data is copied only for the home page, which links it
        assert not (out / "data").exists()
    assert all(f.stat().st_size <= 2 * 1024 * 1024 for f in out.rglob("*") if f.is_file())
    assert (out / "assets").is_dir() and not list(out.rglob("*.map"))
    # Every link of a copied page resolves in the preview, or goes to the public site (or away).
    for page in wanted:
        text = (out / page).read_text("utf-8")
        assert '<meta name="robots" content="noindex">' in text
        for link in re.findall(r'\s(?:href|src)="([^"]*)"', text):
            if (
                link.startswith(("#", "https://", "http://", "mailto:", "webcal:", "data:")) or not link
            ):  # data: a download
                continue
            target = (out / page).parent / link.split("#")[0].split("?")[0]
            assert target.exists() and (target.is_file() or (target / "index.html").is_file()), f"{page}: {link}"
        assert f'href="{PUBLIC}' in text  # the navigation to pages outside the preview
    landing = (out / ("index.html" if "index.html" not in wanted else "_preview/index.html")).read_text("utf-8")
    assert "pull request #7" in landing and url in landing and PUBLIC in landing
    assert _size(out) < _size(site) / 3


def test_a_preview_over_the_cap_holds_the_summary_only(change, tmp_path):
    from chronicle.preview import trim

    _, artifact, url, _ = change
    out = tmp_path / "preview"
    assert (
        trim(artifact / "site", json.loads((artifact / "changes.json").read_text()), PUBLIC, out, pr=7, cap=10_000)
        == "summary"
    )
    assert {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} == {"index.html", ".nojekyll"}
    landing = (out / "index.html").read_text("utf-8")
    assert "more than" in landing and url in landing and "Artifacts" in landing


def test_a_branch_pull_request_is_published_commented_once_kept_by_deploys_and_removed_on_close(change, github, remote):
    root, artifact, url, head = change
    env = {
        "PAGES_REMOTE": str(remote),
        "GITHUB_API_URL": github.url,
        "GH_TOKEN": "t",
        "REPO": REPO,
        "RUN_HEAD_SHA": head,
        "RUN_HEAD_REPO": REPO,
        "RUN_URL": "https://github.com/owner/chronicle/actions/runs/1",
    }
    assert _ci(root, ".ci/pages", "main", str(artifact / "site"), **env).returncode == 0  # main's site at the root
    github.pull(7, head)
    for _ in range(2):  # a second run updates the one comment
        done = _ci(root, ".ci/preview-publish", str(artifact), **env)
        assert done.returncode == 0, done.stderr
        decision = json.loads(done.stdout)
        assert decision["publish"] and decision["mode"] == "pages" and decision["url"] == f"{PUBLIC}previews/pr-7/"
    files = _pages(remote)
    assert "index.html" in files and f"previews/pr-7/{url}index.html" in files and ".nojekyll" in files
    assert not any(f.startswith("previews/pr-7/pagefind/") for f in files)
    assert len(github.comments) == 1 and ("PATCH", "/repos/owner/chronicle/issues/comments/1") in github.requests
    body = github.comments[0]["body"]
    assert body.startswith(MARKER) and f"{PUBLIC}previews/pr-7/" in body and f"`{url}`" in body
    # Another pull request's preview, then main deploys again: both previews stay.
    github.pull(8, head)
    (artifact / "pr-number").write_text("8\n")
    try:
        assert _ci(root, ".ci/preview-publish", str(artifact), **env).returncode == 0
    finally:
        (artifact / "pr-number").write_text("7\n")
    assert _ci(root, ".ci/pages", "main", str(artifact / "site"), **env).returncode == 0
    files = _pages(remote)
    assert f"previews/pr-7/{url}index.html" in files and f"previews/pr-8/{url}index.html" in files
    assert (
        subprocess.run(
            ["git", "rev-list", "--count", "gh-pages"], cwd=remote, capture_output=True, text=True
        ).stdout.strip()
        == "1"
    )  # one commit, no history to grow
    # Closing #7 removes previews/pr-7/ only.
    assert _ci(root, ".ci/preview-remove", "7", **env).returncode == 0
    after = _pages(remote)
    assert not any(f.startswith("previews/pr-7/") for f in after)
    assert after == {f for f in files if not f.startswith("previews/pr-7/")}
    assert _ci(root, ".ci/preview-remove", "7", **env).stdout.strip() == "unchanged"


def test_a_fork_gets_the_summary_only_unless_a_maintainer_labels_it(change, github, remote):
    root, artifact, url, head = change
    env = {
        "PAGES_REMOTE": str(remote),
        "GITHUB_API_URL": github.url,
        "GH_TOKEN": "t",
        "REPO": REPO,
        "RUN_HEAD_SHA": head,
        "RUN_HEAD_REPO": "someone/chronicle",
    }
    github.pull(7, head, head_repo="someone/chronicle")
    done = _ci(root, ".ci/preview-publish", str(artifact), **env)
    assert done.returncode == 0, done.stderr
    assert not json.loads(done.stdout)["publish"] and _pages(remote) == set()
    assert len(github.comments) == 1
    body = github.comments[0]["body"]
    assert "Not published (a fork)" in body and "`preview` label" in body and f"`{url}`" in body
    github.pull(7, head, head_repo="someone/chronicle", labels=["preview"])
    done = _ci(root, ".ci/preview-publish", str(artifact), **env)
    assert json.loads(done.stdout)["publish"] and f"previews/pr-7/{url}index.html" in _pages(remote)
    assert len(github.comments) == 1 and "Open the preview" in github.comments[0]["body"]


@pytest.mark.parametrize("case", ["another commit", "closed", "not a number"])
def test_an_artifact_that_does_not_match_its_pull_request_publishes_nothing(change, github, remote, case):
    root, artifact, _, head = change
    env = {
        "PAGES_REMOTE": str(remote),
        "GITHUB_API_URL": github.url,
        "GH_TOKEN": "t",
        "REPO": REPO,
        "RUN_HEAD_SHA": head,
        "RUN_HEAD_REPO": REPO,
    }
    github.pull(7, "0" * 40 if case == "another commit" else head, state="closed" if case == "closed" else "open")
    if case == "not a number":
        (artifact / "pr-number").write_text("7; rm -rf /\n")
    try:
        done = _ci(root, ".ci/preview-publish", str(artifact), **env)
    finally:
        (artifact / "pr-number").write_text("7\n")
    if case == "not a number":
        assert done.returncode == 1 and "not a number" in done.stderr
    else:
        assert done.returncode == 0 and not json.loads(done.stdout)["publish"]
    assert _pages(remote) == set() and github.comments == []


def test_preview_note_comment_updates_the_marked_comment(github, tmp_path):
    body = tmp_path / "note.md"
    body.write_text("first\n")
    env = {"GITHUB_API_URL": github.url, "GH_TOKEN": "t"}
    github.comments.append({"id": 1, "issue": 5, "body": f"{MARKER} by someone else", "user": {"login": "someone"}})
    assert _ci(ROOT, ".ci/preview-note", "comment", REPO, "5", str(body), **env).stdout.strip() == "created"
    body.write_text("second\n")
    assert _ci(ROOT, ".ci/preview-note", "comment", REPO, "5", str(body), **env).stdout.strip() == "updated"
    assert [c["body"] for c in github.comments] == [f"{MARKER} by someone else", f"{MARKER}\nsecond\n"]


# --- chronicle diff --base -----------------------------------------------------------------------


def test_diff_base_prints_the_summary_ci_posts(two_commits):
    root, url = two_commits
    done = run_chronicle("diff", "--base", "HEAD~1", cwd=root)
    assert done.returncode == 0, done.stderr
    added = done.stdout.split("### Added")[1].split("###")[0]
    assert re.findall(r"`([^`]+)`", added) == [url] and MADE_UP_TITLE in added
    assert done.stderr.strip().endswith("changed against HEAD~1")
    # The default base is the main branch; .ci/pr-diff prints the same.
    default = run_chronicle("diff", cwd=root)
    assert default.stdout == done.stdout and "against main" in default.stderr
    ci = subprocess.run(["bash", ".ci/pr-diff", "main"], cwd=root, capture_output=True, text=True, env=_env())
    assert ci.stdout == done.stdout
    assert not list((root / "build").glob(".diff-base-*"))
    assert (
        _git(root, "worktree", "list").count("\n") == 1
        and _git(root, "status", "--porcelain", "--untracked-files=no") == ""
    )


@pytest.mark.parametrize("ref", ["no-such-branch", "HEAD:mkdocs.yml", "--help-me"])
def test_diff_base_refuses_what_is_not_a_commit(two_commits, ref):
    root, _ = two_commits
    done = run_chronicle("diff", f"--base={ref}", cwd=root)
    assert done.returncode == 1 and done.stdout == ""
    assert f"chronicle diff: '{ref}' is not a commit" in done.stderr and "Traceback" not in done.stderr


def test_diff_base_outside_git_says_so(tmp_path):
    root = copy_project(tmp_path / "nogit")
    done = run_chronicle("diff", "--base", "main", cwd=root)
    assert done.returncode == 1 and "not in a git repository" in done.stderr


def test_contributing_shows_what_chronicle_diff_prints(tmp_path):
    """CONTRIBUTING's walk-through shows `chronicle diff` for its example: the base being main
    without the event it adds. The event is read from the guide, the base made by removing it
    (and the related links to it). The guide's example must be what the command prints: the same
    layout, the same Added table, its changed pages among those printed. The figures that depend on
    the rest of the chronicle (how many pages change, their line counts) are not pinned: an editor's
    new entry must not fail this test."""
    guide = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    blocks = re.findall(r"```\n\$ chronicle diff\n(.*?)```\n", guide, re.S)
    assert len(blocks) == 2 and blocks[0] == blocks[1]
    added = re.findall(r"### Added\n\n.*?\n.*?\n\| `events/([^/`]+)/`", blocks[0])
    assert len(added) == 1
    root = copy_project(tmp_path / "repo", real=True)
    (root / ".gitignore").write_text("build/\nsite/\n")
    # The guide's event, while the chronicle has it; once an editor removes or renames it, any
    # event shows the same layout (the Added table is then the event's own, not the guide's).
    guides_own = (root / "content/events" / f"{added[0]}.yml").is_file()
    if not guides_own:
        added = [sorted((root / "content/events").glob("*.yml"))[0].stem]
    event = root / "content/events" / f"{added[0]}.yml"
    kept = event.read_bytes()
    referring = {
        p: p.read_bytes()
        for p in (root / "content").rglob("*.yml")
        if p != event and f"  - {added[0]}\n".encode() in p.read_bytes()
    }
    event.unlink()
    for path, data in referring.items():
        path.write_bytes(data.replace(f"  - {added[0]}\n".encode(), b""))
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "base")
    event.write_bytes(kept)
    for path, data in referring.items():
        path.write_bytes(data)
    done = run_chronicle("diff", cwd=root)
    assert done.returncode == 0, done.stderr
    printed, shown = done.stdout + done.stderr, blocks[0]

    def section(text, name):
        return text.split(f"### {name}\n")[1].split("###")[0] if f"### {name}\n" in text else ""

    assert printed.startswith("## Pages this change touches\n\n") and shown.startswith(
        "## Pages this change touches\n\n"
    )
    assert re.sub(r"\d+", "N", printed.splitlines()[2]) == re.sub(
        r"\d+", "N", shown.splitlines()[2]
    )  # "N added, N removed, N changed"
    if guides_own:
        assert section(printed, "Added") == section(shown, "Added")
    else:
        assert f"`events/{added[0]}/`" in section(printed, "Added")
    if guides_own:
        assert set(re.findall(r"\| `([^`]+)`", section(shown, "Changed"))) <= set(
            re.findall(r"\| `([^`]+)`", section(printed, "Changed"))
        )
    assert re.fullmatch(r"chronicle diff: \d+ added, \d+ removed, \d+ changed against main", shown.splitlines()[-1])
    assert re.sub(r"\d+", "N", printed.splitlines()[-1]) == re.sub(r"\d+", "N", shown.splitlines()[-1])


def test_a_trim_never_reads_outside_the_site(change, tmp_path):
    """changes.json and the site come from the pull request's run: a URL or a link that leaves the
    site names nothing, and a symbolic link in the site is refused."""
    from chronicle.preview import trim

    _, artifact, _, _ = change
    secret = tmp_path / "secret"
    (secret / "x").mkdir(parents=True)
    (secret / "x/index.html").write_text("secret")
    site = tmp_path / "site"
    shutil.copytree(artifact / "site", site)
    rel = Path("..") / ".." / secret.relative_to(tmp_path)
    changes = {"added": ["../secret/x/", "/etc/", f"{rel.as_posix()}/x/"], "removed": [], "changed": []}
    out = tmp_path / "out"
    assert trim(site, changes, PUBLIC, out, pr=1) == "pages"
    assert not any(
        "secret" in p.read_text("utf-8", "replace")
        for p in out.rglob("*.html")
        if p.name == "index.html" and p.parent != out
    )
    assert {p.relative_to(out).as_posix() for p in out.rglob("*.html")} == {"index.html"}
    (site / "assets/leak").symlink_to(secret)
    with pytest.raises(RuntimeError, match="symbolic link"):
        trim(site, changes, PUBLIC, tmp_path / "out2", pr=1)
