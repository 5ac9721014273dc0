"""The `chronicle` command: new, clean, check, generate, build, serve, linkcheck, diff, synth."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from chronicle import __version__, guard, linkcheck, lock, pipeline, swap, timing
from chronicle.editors import diff as editors_diff
from chronicle.editors import new as editors_new
from chronicle.problems import ChronicleError, Problem
from chronicle.read import KINDS, read_project
from chronicle.render import RenderError, load_mkdocs, paths_of, quiet_mkdocs, render


def _print_problems(problems: list[Problem], form: str = "text") -> tuple[int, int]:
    for problem in problems:
        print(problem.github() if form == "github" else problem)
    errors = sum(p.severity == "error" for p in problems)
    return errors, len(problems) - errors


def _paths(root: Path):
    return paths_of(load_mkdocs(root / "mkdocs.yml"))


def cmd_check(args) -> int:
    paths = _paths(args.root)
    chronicle, _, problems = pipeline.check(paths)
    errors, warnings = _print_problems(problems, args.format)
    counts = f"{len(chronicle.events)} events, {len(chronicle.actors)} actors, {len(chronicle.sources)} sources, {len(chronicle.topics)} topics, {len(chronicle.places)} places"
    if errors:
        print(f"chronicle check: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
        return 1
    print(f"chronicle check: OK ({counts}; {warnings} warning(s))", file=sys.stderr)
    return 0


def cmd_new(args) -> int:
    paths = _paths(args.root)
    raw = read_project(paths.root, paths.content_dir, paths.seeds_dir)
    try:
        rel, text = editors_new.new_entry(
            raw, args.kind, args.id, paths.content_dir, paths.seeds_dir, seed=args.seed, source_id=args.source
        )
        target = paths.root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "x", encoding="utf-8", newline="\n") as out:
            out.write(text)
    except editors_new.ScaffoldError as exc:
        print(f"chronicle new: {exc}", file=sys.stderr)
        return 1
    except FileExistsError:
        print(f"chronicle new: {rel} already exists; edit it, or choose another id", file=sys.stderr)
        return 1
    print(rel)
    print(
        f"chronicle new: wrote {rel}; write what is marked {editors_new.PLACEHOLDER}, then run `chronicle check`",
        file=sys.stderr,
    )
    return 0


def _seed_path(raw, seed: str, root: Path, seeds_dir: str) -> str:
    """The seed as the project names it (seeds/FILE), from a path given on the command line."""
    given = Path(seed)
    for candidate in (given, Path.cwd() / given, root / given):
        try:
            rel = candidate.resolve().relative_to(root).as_posix()
        except (ValueError, OSError):
            continue
        if rel in raw.seeds or raw.was_refused(rel):
            return rel
    return given.as_posix().removeprefix("./")


class _CleanStop(Exception):
    """Why `chronicle clean` cannot show a capture; printed after "chronicle clean: "."""


def cmd_clean(args) -> int:
    from chronicle.clean import clean

    paths = _paths(args.root)
    raw = read_project(paths.root, paths.content_dir, paths.seeds_dir)
    seed = _seed_path(raw, args.seed, paths.root, paths.seeds_dir)
    try:
        text = _capture_text(raw, seed, paths.seeds_dir)
        entry, outlet, rules = _clean_rules(raw, paths, seed, args.outlet)
    except _CleanStop as exc:
        print(f"chronicle clean: {exc}", file=sys.stderr)
        return 1
    title = entry.data.get("title") if entry is not None and isinstance(entry.data.get("title"), str) else None
    cleaned = clean(text, rules, title=title)
    _print_cleaned(seed, cleaned, _cleaned_as(entry, outlet))
    return 0


def _capture_text(raw, seed: str, seeds_dir: str) -> str:
    """The text of the seed to clean; _CleanStop when it was refused, is missing or is not UTF-8."""
    refused = next((p for p in raw.problems if raw.was_refused(p.path) and p.path == seed), None)
    if refused is not None:
        raise _CleanStop(str(refused))
    if seed not in raw.seeds:
        known = ", ".join(sorted(raw.seeds)) or "none yet"
        raise _CleanStop(f"there is no seed '{seed}' under {seeds_dir}/; the seeds are: {known}")
    try:
        return raw.seeds[seed].decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _CleanStop(f"{seed}:1:{exc.start + 1}: not UTF-8 text; archive the capture as UTF-8 text") from None


def _clean_rules(raw, paths, seed: str, outlet: str | None):
    """(the source citing the seed or None, the outlet, the rules) a capture is cleaned with, as
    the build would; _CleanStop when content/cleaning.yml or the source's own rules cannot be read."""
    from chronicle import validate
    from chronicle.clean import RuleError, Rules, compile_rule, rules_for

    checker = validate._Checker(raw, paths.seeds_dir)
    default, outlets = checker.cleaning_rules()
    rules_file = raw.cleaning.path if raw.cleaning is not None else None
    bad = [p for p in checker.problems if p.path == rules_file]
    if bad:
        _print_problems(bad)
        raise _CleanStop(f"fix {rules_file} first ({len(bad)} problem(s))")
    users = sorted((e for e in raw.entries["source"].values() if e.data.get("seed") == seed), key=lambda e: e.id)
    entry = users[0] if users else None
    outlet = outlet or (entry.data.get("outlet") if entry else None)
    own = Rules()
    if entry is not None and isinstance(entry.data.get("cleaning"), dict):
        try:
            for pattern in entry.data["cleaning"].get("drop_patterns", []) or []:
                compile_rule(pattern)
            own = Rules.from_dict(entry.data["cleaning"], f"{entry.path}: cleaning")
        except (RuleError, TypeError) as exc:
            raise _CleanStop(f"{entry.path}: cleaning: {exc}; `chronicle check` says where") from None
    return entry, outlet, rules_for(default, outlets, outlet, own)


def _cleaned_as(entry, outlet: str | None) -> str:
    """Whose rules a capture was cleaned with, in words."""
    if entry is not None:
        return f"as the source {entry.id} cites it (outlet {outlet!r})"
    if outlet:
        return f"with the rules of the outlet {outlet!r}"
    return "with the default rules (no source cites it yet)"


def _print_cleaned(seed: str, cleaned, whose: str) -> None:
    """Each line's verdict on stdout, the totals and what to do about a wrong one on stderr."""
    kept = sum(v.kept for v in cleaned.verdicts)
    print(
        f"{seed}: cleaned {whose}: kept {kept} of {len(cleaned.verdicts)} lines or pieces, {cleaned.kept_share:.0%} of the text"
    )
    if cleaned.headline:
        print(f"headline: {cleaned.headline}")
    for v in cleaned.verdicts:
        print(f"{seed}:{v.line}: {'kept' if v.kept else 'dropped'}: {v.reason} | {v.text}")
    print(
        f"chronicle clean: {kept} kept, {len(cleaned.verdicts) - kept} dropped; a line dropped wrongly: add it to keep_lines "
        f"(content/cleaning.yml, under the outlet, or `cleaning:` in the source); a line kept wrongly: drop_lines",
        file=sys.stderr,
    )


def _docs(config, paths, site: Path | None = None) -> Path:
    """The docs folder, judged (chronicle.guard) before anything is written."""
    origin = guard.position(Path(config.config_file_path), "docs_dir")
    return guard.judge("docs", paths.docs_dir, paths.root, origin, own=_own(paths), other=site)


def _own(paths) -> tuple[str, ...]:
    return (paths.content_dir, paths.seeds_dir, paths.templates_dir)


def _site(args, config, paths) -> Path:
    """The site folder: --site-dir, else site_dir in mkdocs.yml; judged (chronicle.guard)."""
    if args.site_dir is None:
        raw, origin = config.site_dir, guard.position(Path(config.config_file_path), "site_dir")
    else:
        raw, origin = args.site_dir, "--site-dir"
    return guard.judge("site", raw, paths.root, origin, own=_own(paths), other=paths.docs_dir)


def cmd_generate(args) -> int:
    guard.judge_config_file(args.root / "mkdocs.yml", ("docs_dir",))
    config = load_mkdocs(args.root / "mkdocs.yml")
    paths = paths_of(config)
    _docs(config, paths)
    with lock.hold(paths.root):
        swap.sweep_temporary(paths.docs_dir)
        chronicle = pipeline.prepare(paths)
    print(f"chronicle generate: {len(chronicle.events)} events into {paths.docs_dir}", file=sys.stderr)
    return 0


def cmd_build(args) -> int:
    started = time.perf_counter()
    timing.TIMES.clear()
    guard.judge_config_file(
        args.root / "mkdocs.yml", ("site_dir", "docs_dir") if args.site_dir is None else ("docs_dir",)
    )
    # --site-url reaches the generated pages too: their citations give the page's address (chronicle.cite)
    config = load_mkdocs(args.root / "mkdocs.yml", **({"site_url": args.site_url} if args.site_url else {}))
    paths = paths_of(config)
    site = _site(args, config, paths)
    _docs(config, paths, site)
    with lock.hold(paths.root):
        swap.sweep(site, paths.docs_dir)  # what killed builds left
        swap.sweep_temporary(paths.docs_dir)
        with swap.DocsBackup(paths.docs_dir):  # a failed build leaves build/docs as it was too
            chronicle = pipeline.prepare(paths)
            render(args.root / "mkdocs.yml", site, chronicle, site_url=args.site_url)
    if args.timings:
        times = dict(timing.TIMES)
        times["render"] = times.get("mkdocs", 0.0) - times.get("export", 0.0) - times.get("search", 0.0)
        times["total"] = time.perf_counter() - started
        args.timings.write_text(
            json.dumps({k: round(v, 4) for k, v in sorted(times.items())}, indent=1) + "\n", "utf-8"
        )
    print(
        f"chronicle build: {len(chronicle.events)} events, site in {site} ({time.perf_counter() - started:.1f} s)",
        file=sys.stderr,
    )
    return 0


def cmd_linkcheck(args) -> int:
    site = args.site if args.site.is_absolute() else args.root / args.site
    if not (site / "index.html").is_file():
        print(f"chronicle linkcheck: {site} holds no built site; run `chronicle build` first", file=sys.stderr)
        return 1
    report = linkcheck.check_site(site)
    for problem in report.problems:
        print(problem)
    verdict = f"{len(report.problems)} problem(s)" if report.problems else "OK"
    print(f"chronicle linkcheck: {verdict} ({report.pages} pages, {report.links} links)", file=sys.stderr)
    return 1 if report.problems else 0


def cmd_diff(args) -> int:
    if args.base_ref is not None or args.base is None:
        if args.base is not None:
            print("chronicle diff: give either --base REF or two generated trees, not both", file=sys.stderr)
            return 1
        try:
            ref = args.base_ref or editors_diff.default_base(args.root)
            diff, text = editors_diff.against(args.root, ref, args.site_url or "")
        except editors_diff.BaseError as exc:
            print(f"chronicle diff: {exc}", file=sys.stderr)
            return 1
    else:
        if args.head is None:
            print("chronicle diff: give the generated trees BASE and HEAD, or --base REF", file=sys.stderr)
            return 1
        for docs in (args.base, args.head):
            if not docs.is_dir():
                print(
                    f"chronicle diff: {docs} is not a directory of generated pages; run `chronicle generate` there first",
                    file=sys.stderr,
                )
                return 1
        diff = editors_diff.compare(args.base, args.head)
        text = editors_diff.summary(diff, args.site_url or "")
        ref = None
    sys.stdout.write(text)
    if args.json:
        args.json.write_text(json.dumps(editors_diff.as_json(diff), ensure_ascii=False, indent=1) + "\n", "utf-8")
    against = f" against {ref}" if ref else ""
    print(
        f"chronicle diff: {len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed{against}",
        file=sys.stderr,
    )
    return 0


def cmd_synth(args) -> int:
    from chronicle import synth

    target = args.dir.resolve()
    try:
        summary = synth.synthesize(target, args.events, seed=args.seed, root=args.root, force=args.force)
    except synth.SynthError as exc:
        print(f"chronicle synth: {exc}", file=sys.stderr)
        return 1
    print(summary.line(target), file=sys.stderr)
    return 0


def cmd_serve(args) -> int:
    from mkdocs.commands.serve import serve
    from mkdocs.exceptions import Abort

    from chronicle.incremental import Session

    guard.judge_config_file(args.root / "mkdocs.yml", ("docs_dir",))
    config = load_mkdocs(args.root / "mkdocs.yml")
    paths = paths_of(config)
    _docs(config, paths)
    # The preview writes build/docs as a build does: it holds the project's lock until it stops.
    lock.acquire(paths.root)
    # Say what is wrong before MkDocs starts. The check is handed to the plugin (MkDocs keeps
    # the same plugin for the serve), whose first build then generates without checking again.
    session = Session(paths)
    _, _, problems = session.check()
    errors, _ = _print_problems(problems)
    if errors:
        print(f"chronicle serve: {errors} error(s) in the entries; fix them and run it again", file=sys.stderr)
        return 1
    config.plugins["chronicle"].for_chronicle_serve(session)
    print(
        f"chronicle serve: http://{args.dev_addr}/ (it rebuilds when an entry, a seed or a template changes; Ctrl+C stops it)",
        file=sys.stderr,
    )
    # After the first build, a rebuild regenerates only the pages that show what changed
    # (chronicle.incremental) and MkDocs re-renders only the pages whose Markdown changed: an
    # edited event, its actors, topics, place, source and timeline pages. The search index then
    # covers only those pages until a full rebuild.
    # MkDocs warns that a dirty build may leave navigation stale, and strict mode would stop on
    # that warning: the preview is not strict (warnings still show); `chronicle build` is.
    config_file = str(args.root / "mkdocs.yml")
    try:
        if args.full:
            serve(config_file=config_file, dev_addr=args.dev_addr, livereload=True)
        else:
            serve(config_file=config_file, dev_addr=args.dev_addr, livereload=True, build_type="dirty", strict=False)
    except Abort as exc:
        print(f"chronicle serve: the site could not be built: {exc}", file=sys.stderr)
        return 1
    return 0


# What each command does, as `chronicle --help` lists it.
COMMANDS = {
    "new": "write a skeleton entry to fill in: content/<kind>s/<id>.yml",
    "clean": "show which lines of a capture are kept as the article and which are dropped, and why",
    "check": "validate every entry; one line per problem: path:line:column: message",
    "generate": "validate and write the Markdown tree (docs_dir) only",
    "build": "validate, generate and render the site into site/",
    "linkcheck": "check a built site: every internal link and anchor resolves, nothing loads from another host",
    "diff": "the pages this working tree adds, removes and changes against a git commit (the summary CI posts), as Markdown",
    "serve": "live preview that regenerates when an entry, template or seed changes",
    "synth": "write a synthetic chronicle of N events into DIR (a complete project that builds), to measure scale",
}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="chronicle", description="Build the chronicle of diplomacy from its YAML entries and seed articles."
    )
    p.add_argument("--version", action="version", version=f"chronicle {__version__}")
    p.add_argument(
        "--root", type=Path, default=Path("."), help="the project directory (where mkdocs.yml is); default: here"
    )
    p.add_argument("-v", "--verbose", action="store_true", help="show MkDocs' progress too")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    n = sub.add_parser("new", help=COMMANDS["new"])
    n.add_argument("kind", choices=list(KINDS.values()), help="what to add")
    n.add_argument("id", help="the new entry's id: lowercase ASCII letters, digits and hyphens, e.g. geneva-talks-2022")
    n.add_argument(
        "--seed",
        help="for a source: the archived capture under seeds/ to describe (path, hash, headline, date are filled in)",
    )
    n.add_argument("--source", help="for an event: the source it is written from (default: the newest)")
    n.set_defaults(func=cmd_new)
    cl = sub.add_parser("clean", help=COMMANDS["clean"])
    cl.add_argument("seed", help="the capture, e.g. seeds/2022-01-10-article.txt")
    cl.add_argument(
        "--outlet", help="clean with this outlet's rules (default: the outlet of the source citing the seed)"
    )
    cl.set_defaults(func=cmd_clean)
    c = sub.add_parser("check", help=COMMANDS["check"])
    c.add_argument(
        "--format",
        choices=("text", "github"),
        default="text",
        help="text (default): path:line:column: message; github: GitHub Actions annotations (::error file=…,line=…,col=…::message)",
    )
    c.set_defaults(func=cmd_check)
    sub.add_parser("generate", help=COMMANDS["generate"]).set_defaults(func=cmd_generate)
    b = sub.add_parser("build", help=COMMANDS["build"])
    b.add_argument("--site-dir", help="where the site goes; default: site_dir in mkdocs.yml (site)")
    b.add_argument(
        "--timings",
        type=Path,
        help="write the wall time of each stage (read, validate, generate, write, render, export, search) to this JSON file",
    )
    b.add_argument(
        "--site-url", help="the public address of the site (e.g. the GitHub Pages URL); default: site_url in mkdocs.yml"
    )
    b.set_defaults(func=cmd_build)
    lc = sub.add_parser("linkcheck", help=COMMANDS["linkcheck"])
    lc.add_argument("site", type=Path, nargs="?", default=Path("site"), help="the built site; default: site")
    lc.set_defaults(func=cmd_linkcheck)
    d = sub.add_parser("diff", help=COMMANDS["diff"])
    d.add_argument(
        "--base",
        dest="base_ref",
        metavar="REF",
        help="the git commit, branch or tag to compare with (or a checkout of it); default: origin/main, else main",
    )
    d.add_argument("base", type=Path, nargs="?", help="or: generated pages before the change (a docs_dir) ...")
    d.add_argument("head", type=Path, nargs="?", help="... and generated pages after it")
    d.add_argument(
        "--json", type=Path, metavar="FILE", help="also write the URLs added, removed and changed to FILE (JSON)"
    )
    d.add_argument("--site-url", help="link the pages to this site address")
    d.set_defaults(func=cmd_diff)
    s = sub.add_parser("serve", help=COMMANDS["serve"])
    s.add_argument("--dev-addr", default="127.0.0.1:8000", help="address to serve on; default: 127.0.0.1:8000")
    s.add_argument(
        "--full",
        action="store_true",
        help="re-render every page on each change (default: only the pages whose Markdown changed)",
    )
    s.set_defaults(func=cmd_serve)
    y = sub.add_parser("synth", help=COMMANDS["synth"])
    y.add_argument(
        "dir",
        type=Path,
        metavar="DIR",
        help="where the project goes (relative to here); it must be empty unless --force",
    )
    y.add_argument(
        "--events",
        type=int,
        required=True,
        metavar="N",
        help="how many events (with N/5 actors, a source per 1-3 events)",
    )
    y.add_argument(
        "--seed",
        type=int,
        default=0,
        metavar="S",
        help="the random seed: the same N and S give byte-identical files; default: 0",
    )
    y.add_argument(
        "--force",
        action="store_true",
        help="write into a non-empty DIR, replacing its mkdocs.yml, templates/, content/ and seeds/",
    )
    y.set_defaults(func=cmd_synth)
    return p


def _shown(filename, root: Path) -> str:
    """A file named by an OSError, relative to the project when it is inside."""
    if not filename:
        return "a file"
    path = Path(os.fsdecode(filename))
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    args.root = args.root.resolve()
    quiet_mkdocs(args.verbose)
    try:
        return args.func(args)
    except ChronicleError as exc:
        _print_problems(exc.problems, getattr(args, "format", "text"))
        print(
            f"chronicle {args.command}: failed with {len(exc.problems)} problem(s); nothing was published",
            file=sys.stderr,
        )
        return 1
    except (guard.OutputError, lock.BusyError) as exc:
        print(f"chronicle {args.command}: {exc}; nothing was touched", file=sys.stderr)
        return 1
    except RenderError as exc:
        kept = "; the previous site was left as it was" if args.command == "build" else ""
        print(f"chronicle {args.command}: {exc}{kept}", file=sys.stderr)
        return 1
    except OSError as exc:  # the disk, not the input: say which file
        kept = "; the previous site was left as it was" if args.command == "build" else ""
        print(
            f"chronicle {args.command}: cannot write {_shown(exc.filename, args.root)}: {exc.strerror or exc}{kept}",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug, not bad input: say so in one line unless debugging
        if os.environ.get("CHRONICLE_DEBUG"):
            raise
        print(
            f"chronicle {args.command}: internal error (a bug in chronicle, not in the entries): {type(exc).__name__}: {exc}; run it again with CHRONICLE_DEBUG=1 to see the traceback, and report it",
            file=sys.stderr,
        )
        return 2
