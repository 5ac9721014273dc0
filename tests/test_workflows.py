"""The GitHub Actions workflows and the CI scripts they run, checked before they reach GitHub."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, copy_project

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


def test_there_is_a_pull_request_and_a_deploy_workflow():
    assert {p.name for p in WORKFLOWS} == {"pull-request.yml", "deploy.yml"}


def test_actionlint_with_shellcheck_passes():
    result = subprocess.run([_tool("actionlint"), "-verbose", *map(str, WORKFLOWS)], cwd=ROOT, capture_output=True, text=True, env=_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'Rule "shellcheck" was disabled' not in result.stderr


def test_the_workflows_match_the_github_workflow_schema():
    result = subprocess.run([_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("old", "new", "tool", "words"),
    [
        ("run: bash .ci/site\n", 'run: echo "${{ github.event.pull_request.title }}"\n', "actionlint", "potentially untrusted"),
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
    args = [_tool(tool), str(broken)] if tool == "actionlint" else [_tool(tool), "--builtin-schema", "vendor.github-workflows", str(broken)]
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
        assert setups and all(s["with"]["cache"] == "pip" for s in setups)


def test_deploy_uses_the_official_pages_actions_after_the_same_checks():
    data = _load(ROOT / ".github/workflows/deploy.yml")
    assert data["on"]["push"] == {"branches": ["main"]}
    build, deploy = data["jobs"]["build"], data["jobs"]["deploy"]
    actions = [s.get("uses", "").split("@")[0] for s in build["steps"] + deploy["steps"]]
    for needed in ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert needed in actions
    assert deploy["needs"] == "build" and deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    pr_runs = [s["run"] for s in _steps(_load(ROOT / ".github/workflows/pull-request.yml")) if "run" in s]
    deploy_runs = [s["run"] for s in build["steps"] if "run" in s]
    assert pr_runs[:2] == ["bash .ci/run", "bash .ci/site"] and deploy_runs[0] == "bash .ci/run"
    assert deploy_runs[1].startswith("bash .ci/site ")


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
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
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


def test_pr_diff_lists_pages_added_removed_and_changed(repo):
    event = repo / "content/events/council-meeting-fx.yml"
    event.write_text(event.read_text("utf-8").replace("title: ", "title: Змінено — ", 1), encoding="utf-8")
    shutil.copy(repo / "content/events/osce-council-fx.yml", repo / "content/events/osce-copy-2022-01-14.yml")
    shutil.rmtree(repo / "content/pages/about")
    nav = repo / "mkdocs.yml"  # a removed page leaves the nav too (chronicle.pages refuses a dangling entry)
    nav.write_text(nav.read_text("utf-8").replace("      - about/index.md\n", "", 1), encoding="utf-8")
    result = subprocess.run(["bash", ".ci/pr-diff", "main"], cwd=repo, capture_output=True, text=True, env=_env())
    assert result.returncode == 0, result.stderr
    summary = result.stdout
    added = summary.split("### Added")[1].split("###")[0]
    removed = summary.split("### Removed")[1].split("###")[0]
    changed = summary.split("### Changed")[1]
    assert re.findall(r"`([^`]+)`", added) == ["events/osce-copy-2022-01-14/"]
    assert re.findall(r"`([^`]+)`", removed) == ["about/"]
    changed_urls = re.findall(r"\| `([^`]+)`", changed)
    assert "events/council-meeting-fx/" in changed_urls and "timeline/2022/" in changed_urls
    assert "events/osce-copy-2022-01-14/" not in changed_urls and "about/" not in changed_urls
    assert "Змінено — " in changed
    # Against a checkout directory, as the workflow passes it, the answer is the same.
    base = repo.parent / "base"
    _git(repo, "worktree", "add", "-q", "--detach", str(base), "main")
    again = subprocess.run(["bash", ".ci/pr-diff", str(base)], cwd=repo, capture_output=True, text=True, env=_env())
    assert again.stdout == summary
    assert not (base / "build/docs/index.md").exists()  # the base checkout is left as it was


def test_pr_diff_says_when_nothing_changes(repo):
    result = subprocess.run(["bash", ".ci/pr-diff", "main"], cwd=repo, capture_output=True, text=True, env=_env())
    assert result.returncode == 0, result.stderr
    assert "No page of the site changes." in result.stdout


def test_ci_site_checks_builds_and_checks_links(repo):
    result = subprocess.run(["bash", ".ci/site", "--site-url", "https://example.github.io/chronicle/"], cwd=repo, capture_output=True, text=True, env=_env())
    assert result.returncode == 0, result.stderr
    assert "chronicle linkcheck: OK" in result.stderr
    assert "<loc>https://example.github.io/chronicle/</loc>" in (repo / "site/sitemap.xml").read_text("utf-8")


def test_page_diff_matches_pages_by_url_across_layouts(tmp_path):
    """A base generated before every page was an index.md (events/x.md) and a head in today's
    layout (events/x/index.md) hold the same pages: the diff matches them by URL."""
    from chronicle.pagediff import compare

    base, head = tmp_path / "base", tmp_path / "head"
    for docs, pages in ((base, {"index.md": "# Головна\n", "events/x.md": "# X\n", "events/y.md": "# Y\n", "about.md": "# Про\n"}),
                        (head, {"index.md": "# Головна\n", "events/x/index.md": "# X\n", "events/y/index.md": "# Y змінено\n", "events/z/index.md": "# Z\n"})):
        for path, text in pages.items():
            (docs / path).parent.mkdir(parents=True, exist_ok=True)
            (docs / path).write_text(text, "utf-8")
    diff = compare(base, head)
    assert [(c.url, c.path) for c in diff.added] == [("events/z/", "events/z/index.md")]
    assert [(c.url, c.path) for c in diff.removed] == [("about/", "about.md")]
    assert [(c.url, c.path, c.lines_added, c.lines_removed) for c in diff.changed] == [("events/y/", "events/y/index.md", 1, 1)]
