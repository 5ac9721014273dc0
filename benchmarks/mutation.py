"""Mutation testing of the chronicle's core, with mutmut, on the fast tests; a bounded sample.

    .venv/bin/pip install -e '.[mutation]'
    .venv/bin/python benchmarks/mutation.py                 # 60 mutants, seed 0; writes docs/mutation.md
    .venv/bin/python benchmarks/mutation.py --mutants 200 --seed 3 --no-write
    .venv/bin/python benchmarks/mutation.py --check         # only: is docs/mutation.md's score at the floor?

Scope: chronicle/validate.py, text.py, clean.py, render.py, and of generate.py the writing of
the output (write_tree). mutmut (https://github.com/boxed/mutmut) makes every mutant of those
files (an operator, a constant, a comparison, a call's argument changed); this script takes a
seeded random sample of them (the same --seed and sources give the same sample) and has mutmut
run, for each, the fast tests that execute the mutated function (FAST_TESTS: no browser, no
subprocess build). A mutant is killed when a test fails, survives when they all pass.

The work happens in a scratch copy of the project (--work, default a temporary folder), never
in this worktree. The score (killed / (killed + survived)) goes into docs/mutation.md with the
surviving mutants; the script exits 1 when the score is below FLOOR (in docs/mutation.md, so
that raising it is a reviewed change), and so does --check, which runs nothing (the test suite
calls it: tests/test_catches.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "mutation.md"
SCOPE = [
    "chronicle/validate.py",
    "chronicle/text.py",
    "chronicle/clean.py",
    "chronicle/render.py",
    "chronicle/generate.py",
]
# Of these files, only these functions (all others of the file's mutants are left out).
ONLY_FUNCTIONS = {"chronicle/generate.py": ("write_tree",)}
FAST_TESTS = [
    "tests/test_validate.py",
    "tests/test_clean.py",
    "tests/test_generate.py",
    "tests/test_read.py",
    "tests/test_values.py",
    "tests/test_catches.py::test_a_quote_inside_one_paragraph_passes",
    "tests/test_catches.py::test_a_quote_spanning_two_paragraphs_is_refused",
    "tests/test_catches.py::test_a_quote_in_another_case_is_refused",
    "tests/test_catches.py::test_a_link_without_an_allowed_scheme_is_reported_by_check",
    "tests/test_catches.py::test_a_refused_link_is_never_rendered_as_a_link",
    "tests/test_catches.py::test_allowed_links_are_rendered",
    "tests/test_catches.py::test_a_same_length_edit_rewrites_the_page",
    "tests/test_catches.py::test_the_cleaner_keeps_each_article_line_whole_and_drops_exactly_the_furniture",
]
COPY = [
    "chronicle",
    "tests",
    "content",
    "seeds",
    "templates",
    "mkdocs.yml",
    "benchmarks",
    "build/docs/.gitignore",
    "pyproject.toml",
]


def floor() -> float:
    match = re.search(r"^Floor: (\d+(?:\.\d+)?)%", DOC.read_text("utf-8"), re.M) if DOC.exists() else None
    return float(match.group(1)) if match else 0.0


def score_in_doc() -> float | None:
    match = re.search(r"^Score: (\d+(?:\.\d+)?)%", DOC.read_text("utf-8"), re.M) if DOC.exists() else None
    return float(match.group(1)) if match else None


def prepare(work: Path) -> None:
    """A copy of the project with mutmut's configuration in its pyproject.toml."""
    for rel in COPY:
        source, target = ROOT / rel, work / rel
        if source.is_dir():
            shutil.copytree(
                source,
                target,
                ignore=shutil.ignore_patterns("node_modules", "__pycache__", ".hypothesis", ".pytest_cache"),
            )
        elif source.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    config = {
        "source_paths": ["chronicle"],
        "only_mutate": SCOPE,
        "also_copy": ["content", "seeds", "templates", "mkdocs.yml", "benchmarks", "build"],
        "pytest_add_cli_args_test_selection": FAST_TESTS,
        "pytest_add_cli_args": ["-p", "no:cacheprovider", "-q", "-x"],
        "use_git_change_detection": False,
    }
    lines = ["", "[tool.mutmut]"] + [f"{k} = {json.dumps(v)}" for k, v in config.items()]
    with open(work / "pyproject.toml", "a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


def all_mutants(work: Path) -> list[str]:
    """Every mutant's name in the scope, as mutmut names them (it must run in work: its config)."""
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from mutmut.mutation.file_mutation import mutate_file_contents\n"
        "from mutmut.utils.format_utils import get_mutant_name\n"
        "out = []\n"
        "for f in json.loads(sys.argv[1]):\n"
        "    m = mutate_file_contents(f, Path(f).read_text('utf-8'))\n"
        "    out += [get_mutant_name(Path(f), n) for n in m.mutant_names]\n"
        "print(json.dumps(out))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, json.dumps(SCOPE)], cwd=work, capture_output=True, text=True, check=True
    )
    names = json.loads(result.stdout.strip().splitlines()[-1])

    def wanted(name: str) -> bool:
        for path, functions in ONLY_FUNCTIONS.items():
            module = path[:-3].replace("/", ".")
            if name.startswith(module + "."):
                function = name[len(module) + 1 :].split("__mutmut_")[0]
                return any(function.endswith("x_" + f) or function == f for f in functions)
        return True

    return sorted(n for n in names if wanted(n))


def results(work: Path) -> dict[str, int | None]:
    codes: dict[str, int | None] = {}
    for meta in (work / "mutants").rglob("*.meta"):
        codes.update(json.loads(meta.read_text("utf-8")).get("exit_code_by_key", {}))
    return codes


def diff_of(work: Path, name: str) -> str:
    result = subprocess.run([sys.executable, "-m", "mutmut", "show", name], cwd=work, capture_output=True, text=True)
    lines = [
        line
        for line in result.stdout.splitlines()
        if line.startswith(("-", "+")) and not line.startswith(("---", "+++"))
    ]
    return " / ".join(line.strip() for line in lines[:4])[:300]


def write_doc(summary: dict) -> None:
    killed, survived = summary["killed"], summary["survived"]
    rows = "\n".join(f"| `{name}` | `{diff}` |" for name, diff in summary["examples"])
    text = f"""# Mutation testing

`benchmarks/mutation.py` puts small bugs (mutants) into the chronicle's core with
[mutmut](https://github.com/boxed/mutmut) and runs the fast tests against each: a mutant the tests
notice is killed, one they do not notice survived. It runs a seeded sample, within minutes, outside
the test suite; the suite only checks that the score written here is not below the floor
(`benchmarks/mutation.py --check`, run by `tests/test_catches.py`; it also exits 1 after a run whose
score is below the floor). Raise the floor when the score rises; a pull request that lowers the
score below it must add tests first.

    .venv/bin/pip install -e '.[mutation]'
    .venv/bin/python benchmarks/mutation.py --mutants 60 --seed 0

Floor: {summary["floor"]:.0f}%

## Last run

Score: {summary["score"]:.1f}%

| | |
| --- | --- |
| date | {summary["date"]} |
| tool | mutmut {summary["tool"]} |
| scope | {", ".join(f"`{s}`" for s in SCOPE)} (of `generate.py` only `write_tree`) |
| tests | the fast ones: {", ".join(f"`{t}`" for t in FAST_TESTS if "::" not in t)} and the in-process tests of `tests/test_catches.py` |
| mutants | {summary["total"]} in scope, a sample of {summary["sampled"]} (seed {summary["seed"]}) |
| killed | {killed} |
| survived | {survived} |
| not run | {summary["other"]} (no fast test executes the function, or a timeout) |
| time | {summary["seconds"]:.0f} s |

Score = killed / (killed + survived). Surviving mutants (the first {len(summary["examples"])}): each is a change
no fast test notices; some are equivalent (the same behaviour written otherwise), the others are
tests to write.

Some survivors cannot be killed by any test under mutmut: a function called once when its module
is imported (`text._markdown`, which builds the Markdown parser) runs before mutmut switches a
mutant on, so its mutants always "survive"; count them as equivalent. The same holds for what a
cached function computes once (`validate._validators`, `_text_paths`): a test reaches `_inline`'s
mutants only by calling it directly (`test_schema_references_are_inlined_from_their_own_document`).

| mutant | change |
| --- | --- |
{rows}

## Bugs put in by hand

Issue 14 listed one-line bugs that passed every test; each now fails a test
(`tests/test_catches.py` unless said otherwise):

| bug | file | caught by |
| --- | --- | --- |
| paragraphs joined by a space for the quote check (a quote across two paragraphs passes) | validate.py | `test_a_quote_spanning_two_paragraphs_is_refused` |
| quotes compared case-insensitively | validate.py | `test_a_quote_in_another_case_is_refused` |
| links with no scheme (relative, `//host/`) allowed | text.py | `test_a_link_without_an_allowed_scheme_is_reported_by_check`, `test_a_refused_link_is_never_rendered_as_a_link` |
| a reference definition `[r]: javascript:…` not reported by `check` (it was not, before this test) | text.py | `test_a_link_without_an_allowed_scheme_is_reported_by_check[reference-…]` |
| write-if-changed comparing lengths, not bytes | generate.py | `test_a_same_length_edit_rewrites_the_page`, `test_a_same_length_date_edit_reaches_the_built_page` |
| search forms of nouns only (adjectives lost) | search.py | `test_an_adjective_in_the_title_is_found_in_its_other_forms`, `test_an_adjectives_stem_change_is_in_the_names` |
| `SOURCE_DATE_EPOCH` not taken back after a build | plugin.py | `test_source_date_epoch_is_taken_back_after_a_build` |
| related events one way only in `data/chronicle.json` | export.py | `test_open_data_gives_related_events_both_ways_with_the_way_the_yaml_wrote_it` |
| the home page titled "Name - Name" | main.html | `test_home_page_title_is_the_site_name_and_other_pages_name_themselves` |
| MkDocs' "dirty build" warning printed by `chronicle serve` | plugin.py | `test_serve_does_not_print_mkdocs_dirty_build_warning` |
| the cleaner keeping a piece of a line (first letter lost), or stripping spaces but not other blanks | clean.py | `test_the_cleaner_keeps_each_article_line_whole_and_drops_exactly_the_furniture`; `tests/test_clean.py::test_every_kept_paragraph_is_a_piece_of_one_seed_line` (tightened) |
| JSON-LD types and feed ids checked against `jsonld.ACTOR_TYPE` and `feeds.uid()` | tests | literal values in `tests/test_open_data.py` and `test_feed_and_calendar_ids_are_the_same_literal_uuids_in_every_version`, `test_actor_pages_json_ld_type_by_kind` |

`benchmarks/hand_bugs.py` puts each in and runs the test that catches it.
"""
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, "utf-8")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--mutants", type=int, default=60, help="how many mutants to sample; default 60")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--work", type=Path, help="scratch folder (default: a temporary one, removed after)")
    p.add_argument("--floor", type=float, help="the floor to write into docs/mutation.md (default: keep the one there)")
    p.add_argument("--no-write", action="store_true", help="print the score, leave docs/mutation.md as it is")
    p.add_argument(
        "--check", action="store_true", help="run nothing: exit 1 if docs/mutation.md's score is below its floor"
    )
    args = p.parse_args()

    if args.check:
        score, low = score_in_doc(), floor()
        if score is None:
            print(f"{DOC.relative_to(ROOT)}: no score", file=sys.stderr)
            return 1
        print(f"mutation score {score:.1f}% (floor {low:.0f}%)")
        return 0 if score >= low else 1

    import mutmut

    started = time.monotonic()
    work = args.work or Path(tempfile.mkdtemp(prefix="chronicle-mutation-"))
    if args.work and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    try:
        prepare(work)
        names = all_mutants(work)
        sample = sorted(random.Random(args.seed).sample(names, min(args.mutants, len(names))))
        env = {**os.environ, "PYTHONPATH": "", "CHRONICLE_REQUIRE_BROWSER": "0"}
        env.pop("SOURCE_DATE_EPOCH", None)
        run = subprocess.run(
            [sys.executable, "-m", "mutmut", "run", "--max-children", str(os.cpu_count() or 2), *sample],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
        )
        codes = results(work)
        if run.returncode != 0 and not any(codes.get(n) is not None for n in sample):
            print(run.stdout[-3000:], run.stderr[-3000:], sep="\n", file=sys.stderr)
            return 2
        killed = [n for n in sample if codes.get(n) in (1, 3)]
        survived = [n for n in sample if codes.get(n) == 0]
        other = len(sample) - len(killed) - len(survived)
        score = 100.0 * len(killed) / max(1, len(killed) + len(survived))
        summary = {
            "date": dt.date.today().isoformat(),
            "tool": mutmut.__version__ if hasattr(mutmut, "__version__") else "3",
            "total": len(names),
            "sampled": len(sample),
            "seed": args.seed,
            "killed": len(killed),
            "survived": len(survived),
            "other": other,
            "score": score,
            "floor": args.floor if args.floor is not None else floor(),
            "examples": [(n, diff_of(work, n)) for n in survived[:8]],
            "seconds": time.monotonic() - started,
        }
        print(
            f"mutants: {len(names)} in scope, {len(sample)} sampled; killed {len(killed)}, survived {len(survived)}, not run {other}; score {score:.1f}% (floor {summary['floor']:.0f}%)"
        )
        for name, diff in summary["examples"]:
            print(f"  survived: {name}: {diff}")
        if not args.no_write:
            write_doc(summary)
        return 0 if score >= summary["floor"] else 1
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
