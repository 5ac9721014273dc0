"""Shared fixtures: a private copy of the fixture chronicle, and one real build of it.

The code's tests never read the real content/ and seeds/ (editors change them in every pull
request): a project here is the repository's code-side files (mkdocs.yml, templates/) with the
fixture chronicle's content/ and seeds/ from tests/fixtures/chronicle/, made for the tests,
which may pin it exactly. Tests of the real content assert only what holds for any valid
chronicle (tests/test_content.py)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "chronicle"  # the fixture chronicle: content/ and seeds/
CODE_PARTS = ["mkdocs.yml", "templates", "build/docs/.gitignore"]  # from the repository
FIXTURE_PARTS = ["content", "seeds"]  # from FIXTURE
FIXTURE_QUERIES = ROOT / "tests" / "fixtures" / "search_queries.yml"  # benchmarks/search_queries.yml for the fixture


def copy_project(target: Path, real: bool = False) -> Path:
    """A project to build or break: the repository's mkdocs.yml and templates/ with the fixture
    chronicle's content/ and seeds/; real=True takes the real ones instead, for tests that assert
    only what holds for any valid chronicle."""
    target.mkdir(parents=True, exist_ok=True)
    for base, parts in ((ROOT, CODE_PARTS), (ROOT if real else FIXTURE, FIXTURE_PARTS)):
        for part in parts:
            source = base / part
            if source.is_dir():
                shutil.copytree(source, target / part)
            else:
                (target / part).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / part)
    return target


def _fixture_project() -> Path:
    """One read-only project assembled from the fixture, for tests that only read it (check,
    read_project, synth's --root); made once per session, removed at exit."""
    import atexit
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="chronicle-fixture-"))
    atexit.register(shutil.rmtree, base, True)
    return copy_project(base / "project")


PROJECT = _fixture_project()


def run_chronicle(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command line, as an editor or CI would."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("CHRONICLE_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "chronicle", *args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=600,
    )


def tree_digest(directory: Path) -> dict[str, str]:
    """Every file under directory -> its SHA-256: two equal digests mean byte-identical trees."""
    return {
        p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def pagefind_records(site: Path) -> dict[str, dict]:
    """Pagefind's record of every indexed page in a built site, by URL: its gzipped fragments,
    decoded (the page's text as indexed, its title and its metadata)."""
    import gzip
    import json

    out = {}
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        record = json.loads(data[data.index(b"{") :])
        out[record["url"]] = record
    return out


def run_cli(capsys, *args: str) -> tuple[int, str]:
    """chronicle's command line in this process (faster than run_chronicle): its exit status and
    all it printed, stdout then stderr."""
    from chronicle import cli

    status = cli.main(list(args))
    out = capsys.readouterr()
    return status, out.out + out.err


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A private copy of the fixture project, to edit or break."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The fixture project, built once with `chronicle build`; returns the project root (site/ inside)."""
    root = copy_project(tmp_path_factory.mktemp("built") / "project")
    result = run_chronicle("--root", str(root), "build")
    assert result.returncode == 0, result.stdout + result.stderr
    return root


# ---- a real browser on the built site ----

BROWSER_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"


def chromium_path() -> str | None:
    """The system's Chromium (Debian's package; Chrome on other machines), or None."""
    for name in (os.environ.get("CHROMIUM", ""), "chromium", "chromium-browser", "google-chrome"):
        if name and (path := shutil.which(name)):
            return path
    return None


def _browser_or_skip() -> str:
    path = chromium_path()
    if path is None or not AXE.is_file():
        missing = "Chromium (apt-get install chromium)" if path is None else "axe-core (npm ci --prefix tests/browser)"
        if os.environ.get("CHRONICLE_REQUIRE_BROWSER"):
            pytest.fail(f"the browser tests need {missing}; .ci/run installs it")
        pytest.skip(f"no {missing}; .ci/run installs it")
    return path


@pytest.fixture(scope="session")
def site_url(built):
    """The built site over HTTP on localhost, as a reader gets it."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(built / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    path = _browser_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=path, args=BROWSER_FLAGS)
        yield instance
        instance.close()


class Watched:
    """A page that records console errors and every request to a host other than localhost."""

    def __init__(self, context):
        self.context = context
        self.page = context.new_page()
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))

        def route(r):
            from urllib.parse import urlsplit

            if urlsplit(r.request.url).hostname in ("127.0.0.1", "localhost"):
                r.continue_()
            else:
                self.foreign.append(r.request.url)
                r.abort()

        context.route("**/*", route)


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="uk-UA")
    yield Watched(context)
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=3, is_mobile=True, has_touch=True, locale="uk-UA"
    )
    yield Watched(context)
    context.close()
