"""Issue 19 §1: MkDocs' per-page work in worker processes (chronicle.parallel), the same bytes.

The builds run the real command line (`chronicle build`, CHRONICLE_WORKERS=N), a process of one
thread as in use: pytest's own process has other threads, and the render never forks from one.
`--timings` reports how many processes rendered (render_workers) and how many pages each loop
rendered, so a test knows the workers really ran.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import mkdocs
import pytest
from mkdocs.commands import build as mkdocs_build

from chronicle import parallel
from conftest import ROOT, copy_project, run_chronicle, run_cli, tree_digest

WORKERS = (1, 2, 3)


def build(root: Path, workers: int, site: str = "site") -> tuple[subprocess.CompletedProcess, dict]:
    """`chronicle build` of root into root/site with `workers` processes; its result and --timings."""
    timings = root / f"timings-{site}.json"
    result = run_chronicle(
        "--root",
        str(root),
        "build",
        "--site-dir",
        site,
        "--timings",
        str(timings),
        # Without the render cache (tests/test_build_cache.py): every page rendered by the workers.
        env={"CHRONICLE_WORKERS": str(workers), "CHRONICLE_CACHE": "0"},
    )
    return result, (json.loads(timings.read_text()) if timings.exists() else {})


def html_pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html"))


@pytest.fixture(scope="module")
def fixture_builds(tmp_path_factory):
    """The fixture chronicle (search on) built with 1, 2 and 3 workers: workers -> (site, timings)."""
    root = copy_project(tmp_path_factory.mktemp("parallel") / "project")
    out = {}
    for workers in WORKERS:
        result, timings = build(root, workers, f"site-{workers}")
        assert result.returncode == 0, result.stderr
        out[workers] = (root / f"site-{workers}", timings)
    return out


def test_the_fixture_site_is_the_same_bytes_with_1_2_and_3_workers(fixture_builds):
    one = tree_digest(fixture_builds[1][0])
    assert len(one) > 100 and "pagefind/pagefind.js" in one  # the whole site, search index included
    for workers in WORKERS:
        site, timings = fixture_builds[workers]
        assert tree_digest(site) == one, workers
        # Each of the processes rendered: every page went through the first and the second loop.
        assert timings.get("render_workers", 1) == workers
        # 404.html is a theme template (rendered once, here), not a page.
        assert timings["pages_populated"] == timings["pages_built"] == html_pages(site) - 1


def test_a_synthetic_chronicle_with_search_off_is_the_same_bytes_with_1_2_and_3_workers(tmp_path):
    root = tmp_path / "synth"
    result = run_chronicle("synth", str(root), "--events", "80", "--seed", "3", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    config = root / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "search: true" in text
    config.write_text(text.replace("search: true", "search: false"), "utf-8")
    digests = []
    for workers in WORKERS:
        result, timings = build(root, workers, f"site-{workers}")
        assert result.returncode == 0, result.stderr
        assert timings.get("render_workers", 1) == workers
        site = root / f"site-{workers}"
        assert not (site / "pagefind").exists()
        assert timings["pages_built"] == html_pages(site) - 1 > 200
        digests.append(tree_digest(site))
    assert digests[0] == digests[1] == digests[2]


def _failing_override(root: Path, condition: str, expression: str) -> None:
    """Make the theme's main.html fail at render time on the pages where condition holds."""
    main = root / "templates" / "overrides" / "main.html"
    text = main.read_text("utf-8")
    block = "{% block styles %}\n  {{ super() }}\n"
    assert block in text
    main.write_text(
        text.replace(block, block + "{%% if %s %%}{{ %s }}{%% endif %%}\n" % (condition, expression)), "utf-8"
    )


def test_a_page_failing_in_a_worker_fails_the_build_as_in_one_process(tmp_path):
    """Every event page fails in the theme; the build reports the first one, in MkDocs' order,
    with the template's file and line, whatever the number of workers, and leaves no site."""
    root = copy_project(tmp_path / "project")
    _failing_override(root, "page and page.url.startswith('events/')", "undefined_thing.attribute")
    outputs = []
    for workers in WORKERS:
        result, _ = build(root, workers)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        outputs.append(result.stderr)
        assert not (root / "site").exists()
    assert "the template failed: 'undefined_thing' is undefined; fix the template" in outputs[0]
    assert outputs[0].count("Error building page 'events/") == 1
    assert outputs[0] == outputs[1] == outputs[2]


def test_warnings_logged_in_workers_count_in_strict_mode(tmp_path):
    """A link MkDocs does not recognise, on every event page: each page's warning is logged once,
    in page order, and strict mode aborts with them all counted, as in one process."""
    root = copy_project(tmp_path / "project")
    template = root / "templates" / "pages" / "event.md.j2"
    template.write_text(template.read_text("utf-8") + "\n[nowhere](../nowhere-at-all/)\n", "utf-8")
    events = len(list((root / "content" / "events").glob("*.yml")))
    outputs = []
    for workers in WORKERS:
        result, _ = build(root, workers)
        assert result.returncode == 1
        assert result.stderr.count("contains an unrecognized relative link '../nowhere-at-all/'") == events
        assert f"Aborted with {events} warnings in strict mode" in result.stderr
        outputs.append(result.stderr)
    assert outputs[0] == outputs[1] == outputs[2]


def test_a_plugin_with_per_page_events_renders_in_one_process(tmp_path):
    """Material's search plugin gathers its index page by page: in workers it would lose the
    pages of the others, so the build says so and renders in one process."""
    root = copy_project(tmp_path / "project")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("plugins:\n", "plugins:\n  - search\n"), "utf-8")
    result, timings = build(root, 3)
    assert result.returncode == 0, result.stderr
    assert "the plugin(s) material/search have per-page events; rendering in one process" in result.stderr
    assert timings.get("render_workers", 1) == 1
    assert (root / "site" / "search" / "search_index.json").is_file()


def test_an_unknown_mkdocs_is_noticed_and_rendered_in_one_process(monkeypatch, capsys, tmp_path, fixture_builds):
    """The render defers two private functions of MkDocs: another MkDocs version, or one whose
    functions take other arguments, is said on stderr and rendered by MkDocs as it is."""
    assert parallel.seam_problem() is None
    real = mkdocs.__version__
    monkeypatch.setattr(mkdocs, "__version__", "1.7.0")
    assert parallel.seam_problem() == "MkDocs 1.7.0 is not a version the parallel render was tested with (1.6.x)"
    # A build with it (the version itself stays: it is printed in every page's generator tag).
    monkeypatch.setattr(mkdocs, "__version__", real)
    monkeypatch.setattr(parallel, "TESTED", ("1.5.",))
    root = copy_project(tmp_path / "project")
    monkeypatch.setenv("CHRONICLE_WORKERS", "2")
    monkeypatch.setenv("CHRONICLE_CACHE", "0")
    status, output = run_cli(capsys, "--root", str(root), "build", "--site-dir", "site-1")
    assert status == 0, output
    assert (
        f"chronicle build: MkDocs {real} is not a version the parallel render was tested with (1.5.x); rendering in one process"
        in output
    )
    assert tree_digest(root / "site-1") == tree_digest(fixture_builds[1][0])
    monkeypatch.setattr(parallel, "TESTED", ("1.6.",))
    monkeypatch.setattr(mkdocs_build, "_build_page", lambda page, config, files, nav, env: None)
    assert (
        parallel.seam_problem()
        == f"MkDocs {real}: mkdocs.commands.build._build_page takes other arguments than expected"
    )
    monkeypatch.delattr(mkdocs_build, "_populate_page")
    assert parallel.seam_problem() == f"MkDocs {real} has no mkdocs.commands.build._populate_page"


def test_pyproject_pins_the_mkdocs_versions_the_render_was_tested_with():
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    pin = re.search(r'"mkdocs>=([\d.]+),<([\d.]+)"', text)
    assert pin, "pyproject.toml pins mkdocs"
    low, high = pin.groups()
    assert parallel.TESTED == (f"{low}.",)
    major, minor = low.split(".")
    assert high == f"{major}.{int(minor) + 1}"
    assert mkdocs.__version__.startswith(parallel.TESTED)


def test_workers_are_chosen_as_for_generation():
    """From PARALLEL_FROM pages, the CPUs (at most 4); CHRONICLE_WORKERS sets it; never from a
    process with other threads (checked in a fresh process: pytest's has other threads)."""
    script = (
        "import threading\n"
        "from chronicle.parallel import workers_for, PARALLEL_FROM\n"
        "a = workers_for(PARALLEL_FROM - 1)\n"
        "stop = threading.Event(); t = threading.Thread(target=stop.wait); t.start()\n"
        "b = workers_for(10 ** 6)\n"
        "stop.set(); t.join()\n"
        "print(a, b)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "CHRONICLE_WORKERS"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.split() == ["1", "1"]
    result = subprocess.run(
        [sys.executable, "-c", "from chronicle.parallel import workers_for; print(workers_for(1))"],
        capture_output=True,
        text=True,
        env={**env, "CHRONICLE_WORKERS": "3"},
        check=True,
    )
    assert result.stdout.split() == ["3"]
