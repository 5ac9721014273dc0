"""The GitHub Actions workflows and the CI scripts they run, checked before they reach GitHub."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, copy_project, run_chronicle

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent  # the venv running the tests holds actionlint, shellcheck, check-jsonschema


def _tool(name: str) -> str:
    path = shutil.which(name, path=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    assert path, f"{name} is not installed: pip install -e '.[test]'"
    return path


def _env() -> dict:
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "PYTHON": sys.executable}


def _load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text("utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def _steps(data: dict):
    for job in data["jobs"].values():
        yield from job.get("steps", [])


def test_there_is_a_pull_request_a_preview_and_a_deploy_workflow():
    assert {p.name for p in WORKFLOWS} == {"pull-request.yml", "preview.yml", "deploy.yml"}


def test_actionlint_with_shellcheck_passes():
    result = subprocess.run(
        [_tool("actionlint"), "-verbose", *map(str, WORKFLOWS)], cwd=ROOT, capture_output=True, text=True, env=_env()
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'Rule "shellcheck" was disabled' not in result.stderr


def test_the_workflows_match_the_github_workflow_schema():
    result = subprocess.run(
        [_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("old", "new", "tool", "words"),
    [
        (
            "run: bash .ci/site\n",
            'run: echo "${{ github.event.pull_request.title }}"\n',
            "actionlint",
            "potentially untrusted",
        ),
        ("runs-on: ubuntu-24.04", "runs-on: [ubuntu-24.04", "actionlint", "could not parse"),
        ("timeout-minutes: 30", "timeout-minute: 30", "check-jsonschema", "timeout-minute"),
    ],
)
def test_a_broken_workflow_fails_locally(tmp_path, old, new, tool, words):
    broken = tmp_path / ".github" / "workflows" / "pull-request.yml"
    broken.parent.mkdir(parents=True)
    text = (ROOT / ".github/workflows/pull-request.yml").read_text("utf-8")
    assert old in text
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    args = (
        [_tool(tool), str(broken)]
        if tool == "actionlint"
        else [_tool(tool), "--builtin-schema", "vendor.github-workflows", str(broken)]
    )
    result = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, env=_env())
    assert result.returncode != 0
    assert words in result.stdout + result.stderr


def test_every_action_is_pinned_to_a_full_commit_with_its_version():
    for path in WORKFLOWS:
        uses = re.findall(r"^\s*(?:- )?uses: (\S+)(.*)$", path.read_text("utf-8"), re.M)
        assert uses
        for action, comment in uses:
            assert re.fullmatch(r"actions/[a-z-]+@[0-9a-f]{40}", action), f"{path.name}: {action}"
            assert re.fullmatch(r" # v\d+\.\d+\.\d+", comment), f"{path.name}: {action}{comment}"


def test_pull_requests_run_read_only_and_never_put_their_text_in_a_shell():
    data = _load(ROOT / ".github/workflows/pull-request.yml")
    assert set(data["on"]) == {"pull_request"}  # never pull_request_target: forks get no secrets
    assert data["permissions"] == {"contents": "read"}
    assert all("permissions" not in job for job in data["jobs"].values())
    for path in WORKFLOWS:
        for step in _steps(_load(path)):
            assert "${{" not in step.get("run", ""), f"{path.name}: {step['run']}"
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False


def test_runs_are_cancelled_when_superseded_and_pip_is_cached():
    pr = _load(ROOT / ".github/workflows/pull-request.yml")
    assert pr["concurrency"]["cancel-in-progress"] is True
    deploy = _load(ROOT / ".github/workflows/deploy.yml")
    assert deploy["jobs"]["build"]["concurrency"]["cancel-in-progress"] is True
    assert deploy["jobs"]["deploy"]["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    for path in WORKFLOWS:
        setups = [s for s in _steps(_load(path)) if s.get("uses", "").startswith("actions/setup-python@")]
        assert setups or path.name == "preview.yml"  # the preview runs only the standard library
        assert all(s["with"]["cache"] == "pip" for s in setups)


def test_the_content_job_does_not_wait_for_the_tests():
    jobs = _load(ROOT / ".github/workflows/pull-request.yml")["jobs"]
    assert set(jobs) == {"content", "tests"} and not any("needs" in job for job in jobs.values())
    content = [s["run"] for s in jobs["content"]["steps"] if "run" in s]
    assert content[:3] == ["bash .ci/install", 'bash .ci/render-cache-key >> "$GITHUB_OUTPUT"', "bash .ci/site"]
    assert [s for s in jobs["content"]["steps"] if s.get("run") == "bash .ci/site"][0]["env"] == {
        "CHECK_FORMAT": "github"
    }
    assert any(r.startswith("bash .ci/pr-diff ") for r in content) and any(
        r.startswith("bash .ci/preview-pack ") for r in content
    )
    assert [s["run"] for s in jobs["tests"]["steps"] if "run" in s] == ["bash .ci/run"]
    assert "pip install --quiet -e .\n" in (ROOT / ".ci/install").read_text("utf-8")


def test_the_preview_workflow_never_runs_the_pull_requests_code():
    data = _load(ROOT / ".github/workflows/preview.yml")
    assert data["on"] == {
        "workflow_run": {"workflows": ["Pull request"], "types": ["completed"]},
        "pull_request_target": {"types": ["closed"]},
    }
    assert data["permissions"] == {"contents": "read"}
    for job in data["jobs"].values():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout@"):
                assert set(step["with"]) == {"persist-credentials"}  # the default branch, never a pull request's ref
    publish, remove = data["jobs"]["publish"], data["jobs"]["remove"]
    assert (
        "workflow_run.event == 'pull_request'" in publish["if"]
        and remove["if"] == "github.event_name == 'pull_request_target'"
    )
    assert [s["run"] for s in publish["steps"] if "run" in s] == ['bash .ci/preview-publish "$ARTIFACT"']
    assert [s["run"] for s in remove["steps"] if "run" in s] == ['bash .ci/preview-remove "$PR_NUMBER"']
    assert remove["permissions"] == {"contents": "write"}
    assert publish["permissions"] == {"actions": "read", "contents": "write", "pages": "read", "pull-requests": "write"}


def test_deploy_publishes_main_to_the_gh_pages_root_after_the_same_checks():
    data = _load(ROOT / ".github/workflows/deploy.yml")
    assert data["on"]["push"] == {"branches": ["main"]}
    build, deploy = data["jobs"]["build"], data["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["permissions"] == {"contents": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    build_runs = [s["run"] for s in build["steps"] if "run" in s]
    assert build_runs[0] == "bash .ci/run" and build_runs[2].startswith("bash .ci/site ")
    assert [s["run"] for s in deploy["steps"] if "run" in s] == ['bash .ci/pages main "$SITE"']


def test_the_render_cache_is_kept_between_runs_and_starts_clean_with_new_versions():
    """Deploy and the pull request's build restore the render cache and the site it describes
    before building (chronicle/buildcache.py), under a key made of the versions (.ci/render-cache-key),
    each run saving its own and restoring the newest of the same key."""
    for path, job in (("deploy.yml", "build"), ("pull-request.yml", "content")):
        steps = _load(ROOT / ".github/workflows" / path)["jobs"][job]["steps"]
        names = [s.get("run") or s.get("uses", "").split("@")[0] for s in steps]
        key_step = names.index('bash .ci/render-cache-key >> "$GITHUB_OUTPUT"')
        cache = names.index("actions/cache")
        site = next(i for i, n in enumerate(names) if n.startswith("bash .ci/site"))
        assert key_step < cache < site, path
        assert steps[key_step]["id"] == "render-cache"
        with_ = steps[cache]["with"]
        assert with_["path"].split() == ["build/.render-cache", "site"]
        assert with_["key"] == "${{ steps.render-cache.outputs.key }}-${{ github.run_id }}"
        assert with_["restore-keys"] == "${{ steps.render-cache.outputs.key }}-"
    result = subprocess.run(
        ["bash", str(ROOT / ".ci/render-cache-key")], capture_output=True, text=True, env=_env(), check=True
    )
    assert re.fullmatch(r"key=render-[0-9a-f]{40}\n", result.stdout)


def test_every_step_is_a_script_a_person_runs_locally():
    for path in WORKFLOWS:
        for step in _steps(_load(path)):
            if "run" in step:
                script = re.match(r"bash (\.ci/[a-z-]+)\b", step["run"])
                assert script, f"{path.name}: {step['run']}"
                assert (ROOT / script.group(1)).is_file()
    run = (ROOT / ".ci/run").read_text("utf-8")
    readme = (ROOT / "README.md").read_text("utf-8")
    second_command = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest"
    assert second_command in readme and second_command in run


def test_the_ci_scripts_pass_shellcheck():
    scripts = sorted(p for p in (ROOT / ".ci").iterdir() if p.is_file())
    result = subprocess.run([_tool("shellcheck"), *map(str, scripts)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def _git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env=env).stdout


@pytest.fixture
def repo(tmp_path) -> Path:
    """A git repository holding the project, with .ci/."""
    root = copy_project(tmp_path / "repo")
    shutil.copytree(ROOT / ".ci", root / ".ci")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "base")
    return root


def made_up_event(root: Path, name: str, title: str = "Вигадана подія для тесту") -> str:
    """A new event of our own: the first event's entry under a new id and title.
    Returns its URL."""
    first = sorted((root / "content/events").glob("*.yml"))[0]
    new = root / "content/events" / f"{name}.yml"
    new.write_text(
        re.sub(
            r"^title: .*$",
            lambda _: f"title: {json.dumps(title, ensure_ascii=False)}",
            first.read_text("utf-8"),
            count=1,
            flags=re.M,
        ),
        encoding="utf-8",
    )
    return f"events/{new.stem}/"


def test_pr_diff_lists_pages_added_removed_and_changed(repo):
    # The base holds two made-up events; the change edits one, removes the other, adds a third.
    edited, removed_url = made_up_event(repo, "made-up-edited"), made_up_event(repo, "made-up-removed")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "two made-up events")
    path = repo / "content/events" / (edited.split("/")[1] + ".yml")
    path.write_text(path.read_text("utf-8").replace('title: "', 'title: "Змінено — ', 1), encoding="utf-8")
    (repo / "content/events" / (removed_url.split("/")[1] + ".yml")).unlink()
    added_url = made_up_event(repo, "made-up-added")
    out = repo.parent / "out"
    result = subprocess.run(
        ["bash", ".ci/pr-diff", "main", str(out)], cwd=repo, capture_output=True, text=True, env=_env()
    )
    assert result.returncode == 0, result.stderr
    summary = result.stdout
    assert (out / "summary.md").read_text("utf-8") == summary
    added = summary.split("### Added")[1].split("###")[0]
    removed = summary.split("### Removed")[1].split("###")[0]
    changed = summary.split("### Changed")[1]
    assert re.findall(r"`([^`]+)`", added) == [added_url]
    assert re.findall(r"`([^`]+)`", removed) == [removed_url]
    changed_urls = re.findall(r"\| `([^`]+)`", changed)
    assert edited in changed_urls and added_url not in changed_urls and removed_url not in changed_urls
    assert "Змінено — " in changed
    listed = json.loads((out / "changes.json").read_text("utf-8"))
    assert (
        listed["added"] == [added_url]
        and listed["removed"] == [removed_url]
        and [u or "/" for u in listed["changed"]] == changed_urls
    )  # the summary shows the home as /
    # Against a checkout directory, as the workflow passes it, the answer is the same.
    base = repo.parent / "base"
    _git(repo, "worktree", "add", "-q", "--detach", str(base), "main")
    again = subprocess.run(["bash", ".ci/pr-diff", str(base)], cwd=repo, capture_output=True, text=True, env=_env())
    assert again.stdout == summary
    assert not (base / "build/docs/index.md").exists()  # the base checkout is left as it was
    assert not list((repo / "build").glob(".diff-base-*"))  # the scratch copy is gone


def test_pr_diff_says_when_nothing_changes(repo):
    result = subprocess.run(["bash", ".ci/pr-diff", "main"], cwd=repo, capture_output=True, text=True, env=_env())
    assert result.returncode == 0, result.stderr
    assert "No page of the site changes." in result.stdout


def test_ci_site_checks_builds_and_checks_links(repo):
    result = subprocess.run(
        ["bash", ".ci/site", "--site-url", "https://example.github.io/chronicle/"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=_env(),
    )
    assert result.returncode == 0, result.stderr
    assert "chronicle linkcheck: OK" in result.stderr
    assert "<loc>https://example.github.io/chronicle/</loc>" in (repo / "site/sitemap.xml").read_text("utf-8")


def test_page_diff_matches_pages_by_url_across_layouts(tmp_path):
    """A base generated before every page was an index.md (events/x.md) and a head in today's
    layout (events/x/index.md) hold the same pages: the diff matches them by URL."""
    from chronicle.editors.diff import compare

    base, head = tmp_path / "base", tmp_path / "head"
    for docs, pages in (
        (base, {"index.md": "# Головна\n", "events/x.md": "# X\n", "events/y.md": "# Y\n", "about.md": "# Про\n"}),
        (
            head,
            {
                "index.md": "# Головна\n",
                "events/x/index.md": "# X\n",
                "events/y/index.md": "# Y змінено\n",
                "events/z/index.md": "# Z\n",
            },
        ),
    ):
        for path, text in pages.items():
            (docs / path).parent.mkdir(parents=True, exist_ok=True)
            (docs / path).write_text(text, "utf-8")
    diff = compare(base, head)
    assert [(c.url, c.path) for c in diff.added] == [("events/z/", "events/z/index.md")]
    assert [(c.url, c.path) for c in diff.removed] == [("about/", "about.md")]
    assert [(c.url, c.path, c.lines_added, c.lines_removed) for c in diff.changed] == [
        ("events/y/", "events/y/index.md", 1, 1)
    ]


def test_check_prints_github_annotations_for_a_broken_entry(tmp_path):
    root = copy_project(tmp_path / "p")
    first = sorted((root / "content/events").glob("*.yml"))[0]
    broken = root / "content/events/made-up-broken-2022-02-30.yml"
    text = first.read_text("utf-8")
    text = re.sub(r"^date: .*$", 'date: "2022-02-30, 50%"', text, count=1, flags=re.M)
    text = re.sub(r"^title: .*$", "title: Вигадана", text, count=1, flags=re.M) + "no_such_field: x\n"
    broken.write_text(text, encoding="utf-8")
    plain = run_chronicle("--root", str(root), "check")
    github = run_chronicle("--root", str(root), "check", "--format", "github")
    assert plain.returncode == github.returncode == 1
    lines = [row for row in plain.stdout.splitlines() if row.startswith("content/")]
    annotations = github.stdout.splitlines()
    assert len(lines) == len(annotations) >= 2
    for line, note in zip(lines, annotations):
        path, row, col, message = re.fullmatch(r"(.+?):(\d+):(\d+): (.*)", line).groups()
        level = "warning" if message.startswith("warning: ") else "error"
        message = message.removeprefix("warning: ")
        escaped = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        assert note == f"::{level} file={path},line={row},col={col}::{escaped}"
    assert any("%25" in n for n in annotations)  # the message quoting "50%" is escaped
    assert any(
        n.startswith(f"::error file={broken.relative_to(root).as_posix()},line=") and "2022-02-30, 50%25" in n
        for n in annotations
    )


def test_github_annotations_escape_what_the_runner_decodes():
    from chronicle.problems import Problem

    p = Problem("content/a,b:c%.yml", 3, 4, "line one\r\nline 100% two: a,b")
    assert p.github() == "::error file=content/a%2Cb%3Ac%25.yml,line=3,col=4::line one%0D%0Aline 100%25 two: a,b"
    assert Problem("x.yml", 1, 1, "m", "warning").github() == "::warning file=x.yml,line=1,col=1::m"
