"""Scale benchmark: synthetic chronicles of N events, built stage by stage, side by side.

    .venv/bin/python benchmarks/scale.py --no-zensical --json scale.json   # all of issue 19 §4's figures
    .venv/bin/python benchmarks/scale.py --quick              # a first look: N = 1,000, one run of each
    .venv/bin/python benchmarks/scale.py --events 1000 --runs 5 --workers 2

By default N = 1,000 and 10,000, each with 2 and with 4 workers (CHRONICLE_WORKERS): 3 clean
builds interleaved with 3 of MkDocs alone, one more build for the process tree's memory, and 3
builds after one event edit with the render cache (--edits); the report ends with issue 19 §4's
figures, each against its target. What MkDocs alone includes is in MKDOCS_ALONE (and in every
report): the same Markdown and mkdocs.yml, no plugin, so no search index.

For each N: `chronicle synth` writes a project; `chronicle build --timings` builds it `runs`
times under /usr/bin/time -v, and once more for its peak memory, the largest sum of PSS over its
process tree at one moment (benchmarks/treemem.py: the build, its forked generation workers and
Pagefind, shared pages counted once; sampling slows a build, so that one is not timed); MkDocs
alone (`mkdocs build` of the same generated Markdown, with the chronicle plugin taken out of the
config) builds it as many times, interleaved
with the full builds so that both see the same machine load. Reports medians: wall time per stage
(read, validate, generate, write, render, export, search), the chronicle's own share against
MkDocs' render, peak memory, files and bytes of the site, the largest page and the largest event
page, the search index (Pagefind's bundle: files and bytes), what a reader's search downloads,
and whether two builds are byte-identical.

What a reader's search downloads is measured in headless Chromium (benchmarks/search_recall.py's
`download`): for each of the 55 queries of benchmarks/search_queries.yml, a fresh browser with
no cache opens the search page, types the query, and the server counts every byte it sends from
the page load to the first results (the page, the theme, Pagefind's script and WebAssembly, the
index chunks and the result records). Reports the median and the largest, and the largest of
Pagefind's share alone. `--no-browser` skips it.

With --zensical (the default when zensical is installed) Zensical renders the same generated Markdown
too, in the same loop: without its cache (--clean) and then with the cache that build left.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import site_size  # noqa: E402
import treemem  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
STAGES = ["read", "validate", "generate", "write", "render", "export", "search", "search_staging", "total"]
OWN = ["read", "validate", "generate", "write", "export"]  # the chronicle's own stages (issue 7's target)
# What "MkDocs alone" is, said in every report: what the comparison leaves out.
MKDOCS_ALONE = (
    "`mkdocs build` of the Markdown `chronicle build` generated, with the same mkdocs.yml (theme, overrides, "
    "Markdown extensions) but `plugins: []`: no chronicle plugin (no reading, checking, generating, export), "
    "no search index at all (not Material's, not Pagefind), one process, no render cache"
)
# Issue 19 §4's targets: the whole build over MkDocs alone (by N: at most), an edit build over a
# clean build, the process tree's peak memory.
TARGETS = {"build_over_mkdocs_alone": {1000: 1.0, 10000: 0.9}, "edit_over_clean": 0.3, "build_peak_mib": 1024}


def _peak_kib(stderr: str) -> int:
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    return int(match.group(1)) if match else 0


def _run(cmd: list[str], cwd: Path, env: dict | None = None, tree: bool = False) -> tuple[float, int, str]:
    """Run cmd: (wall seconds, peak memory in KiB, stderr). The peak is the largest single
    process's (/usr/bin/time -v); with tree, the whole process tree's if that is more
    (treemem: the largest sum of PSS over the build, its forked workers and Pagefind). Sampling
    the tree slows the build measured (reading smaps walks its page tables: 10-20% at 10,000
    events), so timed runs go without it and one more build measures the tree."""
    started = time.perf_counter()
    command, options = ["/usr/bin/time", "-v", *cmd], {"cwd": cwd, "env": {**os.environ, **(env or {})}, "text": True}
    if tree:
        result, sampled = treemem.run(command, interval=0.05, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **options)
    else:
        result, sampled = subprocess.run(command, capture_output=True, **options), {"peak_pss_kib": 0}
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}")
    return elapsed, max(sampled["peak_pss_kib"], _peak_kib(result.stderr)), result.stderr


def _digest(directory: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            h.update(
                path.relative_to(directory).as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest()
            )
    return h.hexdigest()


def _site_facts(site: Path) -> dict:
    files = [p for p in site.rglob("*") if p.is_file()]
    html = [p for p in files if p.suffix == ".html"]
    events = [p for p in html if p.parts[-3:-2] == ("events",) or "/events/" in p.as_posix()]
    largest = max(html, key=lambda p: p.stat().st_size)
    largest_event = max(events, key=lambda p: p.stat().st_size) if events else largest
    bundle = [p for d in site.glob("pagefind*") for p in d.rglob("*") if p.is_file()]  # pagefind/ and its parts
    return {
        "files": len(files),
        "site_bytes": sum(p.stat().st_size for p in files),
        "pages": len(html),
        "largest_page": [largest.relative_to(site).as_posix(), largest.stat().st_size],
        "largest_event_page": [largest_event.relative_to(site).as_posix(), largest_event.stat().st_size],
        "search_index_files": len(bundle),
        "search_index_bytes": sum(p.stat().st_size for p in bundle),
        **site_size.report(site, sample=200),  # by kind, and an event page's parts (issue 19 §3)
    }


def search_download(site: Path) -> dict:
    """What a reader downloads from opening the search page to the first results, over the query set."""
    import shutil

    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import search_recall

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=search_recall.FLAGS
        )
        runs = [search_recall.download(browser, site, q["query"]) for q in search_recall.load_queries()]
        browser.close()
    total = sorted(r["bytes"] for r in runs)
    pagefind = sorted(r["pagefind_bytes"] for r in runs)
    worst = max(runs, key=lambda r: r["bytes"])
    return {
        "queries": len(runs),
        "search_download_bytes": {"median": statistics.median(total), "max": total[-1], "max_query": worst["query"]},
        "search_download_pagefind_bytes": {"median": statistics.median(pagefind), "max": pagefind[-1]},
        "search_download_over_1mib": sum(b > 1024 * 1024 for b in total),
        "search_download_other_hosts": sum(len(r["foreign"]) for r in runs),
        "search_seconds_to_results": {
            "median": round(statistics.median(r["seconds"] for r in runs), 2),
            "max": round(max(r["seconds"] for r in runs), 2),
        },
        "queries_without_results": [r["query"] for r in runs if not r["results"]],
    }


def _mkdocs_alone_config(project: Path) -> Path:
    """mkdocs.yml without the chronicle plugin: MkDocs renders the already generated Markdown."""
    text = (project / "mkdocs.yml").read_text("utf-8")
    alone = re.sub(r"\n  - chronicle:\n(?:      .*\n)+", "\n", text)
    assert alone != text, "could not take the chronicle plugin out of mkdocs.yml"
    alone = re.sub(
        r"^plugins:\n(?!  )", "plugins: []\n", alone, flags=re.M
    )  # no plugin left: none (not MkDocs' default search)
    path = project / "mkdocs-alone.yml"
    path.write_text(alone, "utf-8")
    return path


def zensical_render(project: Path, env: dict, runs: list[dict]) -> dict:
    """Zensical renders the Markdown the chronicle generated into build/docs, from mkdocs.yml with
    site_dir set to site-zensical/ (it has no --site-dir and wants site_dir inside the project).
    Zensical runs no MkDocs plugins, so this is render only, like mkdocs_alone: one build without
    its cache (--clean), then one with the cache (.cache/) that build left. Appends this run's
    samples to `runs` and returns the medians over all of them so far; a failed build is reported,
    not raised, so that MkDocs' numbers still come out."""
    config = project / "mkdocs-zensical.yml"
    text = (project / "mkdocs.yml").read_text("utf-8")
    config.write_text(re.sub(r"^site_dir: .*$", "site_dir: site-zensical", text, count=1, flags=re.M), "utf-8")
    site = project / "site-zensical"
    command = [sys.executable, "-m", "zensical", "build", "--config-file", config.name, "--strict"]
    shutil.rmtree(site, ignore_errors=True)
    try:
        clean_wall, clean_peak, _ = _run([*command, "--clean"], project, env)
        cached_wall, cached_peak, _ = _run(command, project, env)
    except RuntimeError as exc:
        return {"zensical_error": str(exc).strip().splitlines()[-1][:300]}
    runs.append({"clean": (clean_wall, clean_peak), "cached": (cached_wall, cached_peak)})
    report = {}
    for kind in ("clean", "cached"):
        report[f"zensical_{kind}_wall_median_seconds"] = round(statistics.median(r[kind][0] for r in runs), 2)
        report[f"zensical_{kind}_peak_mib"] = round(max(r[kind][1] for r in runs) / 1024, 1)
    report["zensical_pages"] = len(list(site.rglob("*.html")))
    report["zensical_site_bytes"] = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    return report


def edit_builds(project: Path, env: dict, runs: int) -> dict:
    """Builds after one event's title was edited, with the render cache (chronicle/buildcache.py;
    issue 19's target: at most 0.3x a clean build). One build fills the cache; then `runs` edits
    of different events, each built and timed; then a clean build (no cache) of the edited
    chronicle, which the last cached build must equal byte for byte."""
    cached = {**env, "CHRONICLE_CACHE": "1"}
    build = [sys.executable, "-m", "chronicle", "build", "--site-dir", "site-edit"]
    shutil.rmtree(project / "build" / ".render-cache", ignore_errors=True)
    fill, _, _ = _run(build, project, cached)  # a clean build that writes the cache
    events = sorted((project / "content" / "events").glob("*.yml"))
    walls, pages, stages = [], [], {s: [] for s in ("render", "search", "total")}
    for i in range(runs):
        path = events[(i * 97) % len(events)]
        text = path.read_text("utf-8")
        path.write_text(re.sub(r"^(title: .*)$", rf"\1 (правка {i})", text, count=1, flags=re.M), "utf-8")
        timings = project / f"timings-edit-{i}.json"
        wall, _, _ = _run([*build, "--timings", str(timings)], project, cached)
        walls.append(wall)
        data = json.loads(timings.read_text())
        pages.append([int(data.get("pages_populated", -1)), int(data.get("pages_built", -1))])
        for s in stages:
            stages[s].append(data.get(s, 0.0))
    shutil.rmtree(project / "site-edit-clean", ignore_errors=True)
    _run([sys.executable, "-m", "chronicle", "build", "--site-dir", "site-edit-clean"], project, env)
    return {
        "cache_filling_build_seconds": round(fill, 2),
        "edit_build_wall_median_seconds": round(statistics.median(walls), 2),
        "edit_build_walls_seconds": [round(w, 2) for w in walls],
        "edit_build_stage_median_seconds": {k: round(statistics.median(v), 3) for k, v in stages.items()},
        "edit_build_pages_rendered": pages,  # [Markdown renders, HTML pages] per edit
        "edit_build_same_as_clean": _digest(project / "site-edit") == _digest(project / "site-edit-clean"),
    }


def synthesize(events: int, workdir: Path, seed: int) -> tuple[Path, float | None]:
    """`chronicle synth` of N events into workdir/synth-N, once: the project and the seconds it
    took (None: made for an earlier measurement of this run, with other workers)."""
    project = workdir / f"synth-{events}"
    if (project / "mkdocs.yml").is_file():
        return project, None
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "chronicle", "--root", str(ROOT), "synth", str(project), "--events", str(events)]
        + ["--seed", str(seed)],
        check=True,
        capture_output=True,
    )
    return project, time.perf_counter() - started


def measure(
    events: int,
    runs: int,
    workdir: Path,
    seed: int,
    zensical: bool = False,
    browser: bool = True,
    workers: int | None = None,
    edits: int = 0,
) -> dict:
    project, synth_seconds = synthesize(events, workdir, seed)
    # Clean builds: the render cache off (chronicle/buildcache.py); edit_builds measures it.
    env = {"SOURCE_DATE_EPOCH": "1770249600", "CHRONICLE_CACHE": "0"}
    if workers:
        env["CHRONICLE_WORKERS"] = str(workers)
    alone_config = _mkdocs_alone_config(project)
    stages: dict[str, list[float]] = {s: [] for s in STAGES}
    walls, peaks, alone_walls, alone_peaks, digests = [], [], [], [], []
    zensical_runs: list[dict] = []
    zensical_report: dict = {}
    for i in range(runs):
        timings = workdir / f"timings-{events}-{i}.json"
        site = project / f"site-{i % 2}"
        shutil.rmtree(site, ignore_errors=True)
        wall, peak, _ = _run(
            [sys.executable, "-m", "chronicle", "build", "--site-dir", site.name, "--timings", str(timings)],
            project,
            env,
        )
        walls.append(wall)
        peaks.append(peak)
        data = json.loads(timings.read_text())
        for s in STAGES:
            stages[s].append(data.get(s, 0.0))
        if i < 2:
            digests.append(_digest(site))
        # MkDocs alone on the Markdown the chronicle just generated, right after, same load.
        alone_site = project / "site-alone"
        shutil.rmtree(alone_site, ignore_errors=True)
        wall, peak, _ = _run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", alone_config.name, "--site-dir", alone_site.name],
            project,
            env,
        )
        alone_walls.append(wall)
        alone_peaks.append(peak)
        if zensical and "zensical_error" not in zensical_report:  # Zensical too, on the same Markdown
            zensical_report = zensical_render(project, env, zensical_runs)
    # The build's memory, measured over its whole process tree in one more (untimed) build.
    site = project / "site-tree"
    shutil.rmtree(site, ignore_errors=True)
    _, tree_peak, _ = _run(
        [sys.executable, "-m", "chronicle", "build", "--site-dir", site.name], project, env, tree=True
    )
    shutil.rmtree(site, ignore_errors=True)
    median = {s: statistics.median(v) for s, v in stages.items()}
    own = sum(median[s] for s in OWN)
    edited = edit_builds(project, env, edits) if edits else {}
    if edited:
        edited["edit_over_clean"] = round(edited["edit_build_wall_median_seconds"] / statistics.median(walls), 3)
    return {
        "events": events,
        "runs": runs,
        "workers": workers or "auto",
        "cpus": len(os.sched_getaffinity(0)),
        "synth_seconds": None if synth_seconds is None else round(synth_seconds, 2),
        "mkdocs_alone_is": MKDOCS_ALONE,
        "stage_median_seconds": {k: round(v, 3) for k, v in median.items()},
        "build_wall_median_seconds": round(statistics.median(walls), 2),
        "build_peak_mib": round(max(tree_peak, *peaks) / 1024, 1),  # the process tree's
        "build_largest_process_mib": round(max(peaks) / 1024, 1),
        "mkdocs_alone_wall_median_seconds": round(statistics.median(alone_walls), 2),
        "mkdocs_alone_peak_mib": round(max(alone_peaks) / 1024, 1),
        "own_seconds": round(own, 3),
        "own_over_render": round(own / median["render"], 3) if median["render"] else None,
        "own_over_mkdocs_alone": round(own / statistics.median(alone_walls), 3),
        "byte_identical": len(set(digests)) == 1 if len(digests) > 1 else None,
        **_site_facts(project / "site-0"),
        "build_over_mkdocs_alone": round(statistics.median(walls) / statistics.median(alone_walls), 3),
        **edited,
        **zensical_report,
        **(search_download(project / "site-0") if browser else {}),
    }


def targets(report: dict) -> list[str]:
    """Issue 19 §4's figures of one report, each against its target: lines to print."""
    lines, n = [], report["events"]
    over = TARGETS["build_over_mkdocs_alone"]
    if n in over:
        got = report["build_over_mkdocs_alone"]
        lines.append(
            f"whole build / MkDocs alone: {got} (target <= {over[n]}: {'met' if got <= over[n] else 'NOT met'})"
        )
    if "edit_over_clean" in report:
        got = report["edit_over_clean"]
        limit = TARGETS["edit_over_clean"]
        lines.append(f"one-edit build / clean build: {got} (target <= {limit}: {'met' if got <= limit else 'NOT met'})")
    got, limit = report["build_peak_mib"], TARGETS["build_peak_mib"]
    lines.append(
        f"peak memory of the process tree: {got} MiB (target <= {limit}: {'met' if got <= limit else 'NOT met'})"
    )
    head = f"N = {n:,}, {report['workers']} workers: build {report['build_wall_median_seconds']} s"
    head += f", MkDocs alone {report['mkdocs_alone_wall_median_seconds']} s"
    if "edit_build_wall_median_seconds" in report:
        head += f", one-edit build {report['edit_build_wall_median_seconds']} s"
    return [head, *("  " + line for line in lines)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, action="append", help="N (repeatable); default 1000 and 10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the report here")
    parser.add_argument("--keep", type=Path, help="build in this directory and keep it")
    parser.add_argument(
        "--zensical",
        action=argparse.BooleanOptionalAction,
        default=importlib.util.find_spec("zensical") is not None,
        help="also render the generated Markdown with Zensical; default: on when zensical is installed",
    )
    parser.add_argument("--no-browser", action="store_true", help="skip measuring the search download in Chromium")
    parser.add_argument(
        "--workers",
        type=int,
        action="append",
        help="CHRONICLE_WORKERS for the builds (repeatable: each N measured with each); default 2 and 4",
    )
    parser.add_argument(
        "--edits", type=int, default=3, help="time this many builds after one event edit, with the render cache"
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a first look in minutes: N = 1,000 only, 1 run, 1 edit, 2 workers, no browser, no Zensical",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.events, args.runs, args.edits = args.events or [1000], 1, min(args.edits, 1)
        args.workers, args.no_browser, args.zensical = args.workers or [2], True, False
    sizes = args.events or [1000, 10000]
    reports = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            for workers in args.workers or [2, 4]:
                report = measure(
                    n,
                    args.runs,
                    workdir,
                    args.seed,
                    zensical=args.zensical,
                    browser=not args.no_browser,
                    workers=workers,
                    edits=args.edits,
                )
                reports.append(report)
                print(json.dumps(report, ensure_ascii=False, indent=1), flush=True)
    if len({r["events"] for r in reports}) > 1:
        small, big = reports[0], reports[-1]
        factor = big["events"] / small["events"]
        print(
            f"\n{factor:.0f}x the events: {big['site_bytes'] / small['site_bytes']:.2f}x the site bytes, "
            f"{big['build_wall_median_seconds'] / small['build_wall_median_seconds']:.2f}x the build time, "
            f"{big['search_index_bytes'] / small['search_index_bytes']:.2f}x the search index"
            + (
                f", {big['search_download_bytes']['median'] / small['search_download_bytes']['median']:.2f}x the median search download"
                if "search_download_bytes" in big
                else ""
            )
        )
    print(f"\nIssue 19 §4 (medians; load average {os.getloadavg()[0]:.1f} at the end; MkDocs alone: {MKDOCS_ALONE})")
    for report in reports:
        print("\n".join(targets(report)))
    if args.json:
        args.json.write_text(json.dumps(reports, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
