"""The live preview: `chronicle serve` regenerates a page when its YAML entry changes."""

import contextlib
import subprocess
import sys

from conftest import ROOT, copy_project

sys.path.insert(0, str(ROOT / "benchmarks"))
from serve_latency import fetch, free_port, wait  # noqa: E402  (the benchmark's helpers: one way to wait)


def wait_for(predicate, seconds: float) -> bool:
    return wait(predicate, seconds) is not None


@contextlib.contextmanager
def serving(project, port: int, log):
    """`chronicle serve` on port, its output in the file log; stopped on leaving."""
    with open(log, "w", encoding="utf-8") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "chronicle", "--root", str(project), "serve", "--dev-addr", f"127.0.0.1:{port}"],
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            yield server
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()


def test_serve_regenerates_when_an_entry_changes(tmp_path):
    project = copy_project(tmp_path / "project")
    port = free_port()
    url = f"http://127.0.0.1:{port}/events/gva-talks-fx/"
    with serving(project, port, tmp_path / "serve.log"):
        assert wait_for(lambda: fetch(url) is not None, 60), "the preview did not start"
        assert "Переговори США та Росії в Женеві" in fetch(url)
        # The preview builds no search index (the search page then says so): Pagefind is for `chronicle build`.
        assert 'id="search"' in (fetch(f"http://127.0.0.1:{port}/search/") or "")
        assert fetch(f"http://127.0.0.1:{port}/pagefind/pagefind.js") is None
        event = project / "content/events/gva-talks-fx.yml"
        event.write_text(
            event.read_text("utf-8").replace(
                "title: Переговори США та Росії в Женеві", "title: Змінена назва переговорів у Женеві"
            ),
            "utf-8",
        )
        assert wait_for(lambda: "Змінена назва переговорів у Женеві" in (fetch(url) or ""), 60), (
            "the page was not regenerated"
        )
        # The actor pages that list the event follow too.
        assert "Змінена назва переговорів у Женеві" in fetch(f"http://127.0.0.1:{port}/actors/ryabkov-fx/")
        # The open data follows, just after the pages.
        assert wait_for(
            lambda: (
                "Змінена назва переговорів у Женеві" in (fetch(f"http://127.0.0.1:{port}/data/chronicle.json") or "")
            ),
            60,
        )


def test_serve_with_a_broken_entry_says_where_and_stops(tmp_path):
    from conftest import run_chronicle

    root = copy_project(tmp_path / "project")
    event = root / "content/events/council-meeting-fx.yml"
    event.write_text(event.read_text("utf-8").replace("kind: ", "kind: chat\nold_kind: ", 1), encoding="utf-8")
    result = run_chronicle("--root", str(root), "serve", "--dev-addr", f"127.0.0.1:{free_port()}")
    assert result.returncode == 1
    assert "content/events/council-meeting-fx.yml:" in result.stdout
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert "fix them and run it again" in result.stderr


def test_serve_reports_a_bad_edit_and_keeps_the_last_good_pages(tmp_path):
    project = copy_project(tmp_path / "project")
    port = free_port()
    log = tmp_path / "serve.log"
    url = f"http://127.0.0.1:{port}/events/gva-talks-fx/"
    rel = "content/events/gva-talks-fx.yml"
    event = project / rel
    good = event.read_text("utf-8")
    with serving(project, port, log):
        assert wait_for(lambda: fetch(url) is not None, 60), "the preview did not start"
        # A broken edit: the problem is printed with its place, the pages stay served.
        event.write_text(
            good.replace("title: Переговори США та Росії в Женеві", "title: Зламано\nkind: [talks"), "utf-8"
        )
        assert wait_for(lambda: f"{rel}:" in log.read_text("utf-8"), 60), log.read_text("utf-8")
        page = fetch(url)
        assert page is not None and "Переговори США та Росії в Женеві" in page and "Зламано" not in page
        # A deleted actor still named by events: reported at the events that name it.
        actor = project / "content/actors/sherman-fx.yml"
        saved = actor.read_bytes()
        event.write_text(good, "utf-8")
        actor.unlink()
        assert wait_for(lambda: "unknown actor 'sherman-fx'" in log.read_text("utf-8"), 60), log.read_text("utf-8")
        assert fetch(url) is not None
        # Fixed: the next edit shows.
        actor.write_bytes(saved)
        event.write_text(good.replace("title: Переговори США та Росії в Женеві", "title: Виправлена назва"), "utf-8")
        assert wait_for(lambda: "Виправлена назва" in (fetch(url) or ""), 60), log.read_text("utf-8")
        assert "Traceback" not in log.read_text("utf-8")
