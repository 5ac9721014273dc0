"""Is the output the same, byte for byte? A manifest of what this checkout's code writes, saved once
and compared after a change that must not change the output (a refactoring, issue 16).

    .venv/bin/python benchmarks/same_site.py --save /work/baseline-manifests/main.json     # before
    .venv/bin/python benchmarks/same_site.py --compare /work/baseline-manifests/main.json  # after

It runs the code of the checkout it lives in (its folder on PYTHONPATH, whatever the venv has
installed) on copies in a temporary folder, never in the checkout, and records the SHA-256 of every
file of these trees:

- `real/docs`, `real/site`: `chronicle build` of the checkout's own content/ and seeds/ (the
  generated Markdown and the rendered site, with the open data and the search index);
- `synth-1000/docs`, `synth-1000/site`: the same for `chronicle synth --events 1000` (seed 0);
- `synth/N-seed-S`: what `chronicle synth DIR --events N --seed S` writes, for a few N and S
  (`SYNTH_RUNS`), without building it.

`--compare` lists every file that differs, is missing, or is new, tree by tree, and exits 1 if
there is one. The manifest also records a digest of the inputs (content/, seeds/, mkdocs.yml,
templates/) and the commit: when the inputs differ from the baseline's, a difference in the output
may be theirs, and the comparison says so. `--only real|synth-1000|synth` (repeatable) limits the
work to those trees (the synth trees alone take seconds, the builds minutes). `--keep DIR` leaves
the projects built there to diff a file by hand.

A build's only date is SOURCE_DATE_EPOCH, which chronicle takes from the newest source when it
is unset; this script unsets it (and CHRONICLE_DEBUG), so two runs see the same input.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ["mkdocs.yml", "templates", "content", "seeds", "build/docs/.gitignore"]
INPUT_PARTS = ["mkdocs.yml", "templates", "content", "seeds"]
SYNTH_RUNS = [(1000, 0), (200, 7), (120, 11), (57, 3), (3000, 5)]  # (events, seed)
GROUPS = ("real", "synth-1000", "synth")


def tree(directory: Path) -> dict[str, str]:
    """Every file under directory, by its path relative to it, -> its SHA-256."""
    return {
        p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def inputs_digest() -> str:
    h = hashlib.sha256()
    for part in INPUT_PARTS:
        base = ROOT / part
        files = (
            {part: hashlib.sha256(base.read_bytes()).hexdigest()}
            if base.is_file()
            else {f"{part}/{k}": v for k, v in tree(base).items()}
        )
        for name, digest in sorted(files.items()):
            h.update(f"{name}\0{digest}\n".encode())
    return h.hexdigest()


def chronicle(*args: str, cwd: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "CHRONICLE_DEBUG")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    result = subprocess.run(
        [sys.executable, "-m", "chronicle", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(
            f"same_site: `chronicle {' '.join(args)}` failed ({result.returncode}):\n{result.stdout[-2000:]}{result.stderr[-3000:]}"
        )


def copy_project(target: Path) -> Path:
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        elif source.is_file():
            (target / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / part)
    return target


def build(project: Path, name: str) -> dict[str, dict[str, str]]:
    print(f"same_site: building {name} ...", file=sys.stderr, flush=True)
    chronicle("--root", str(project), "build", cwd=project)
    return {f"{name}/docs": tree(project / "build" / "docs"), f"{name}/site": tree(project / "site")}


def manifest(work: Path, only: set[str]) -> dict:
    trees: dict[str, dict[str, str]] = {}
    if "synth" in only:
        for events, seed in SYNTH_RUNS:
            target = work / f"synth-{events}-seed-{seed}"
            chronicle("synth", str(target), "--events", str(events), "--seed", str(seed), cwd=ROOT)
            trees[f"synth/{events}-seed-{seed}"] = tree(target)
    if "real" in only:
        trees.update(build(copy_project(work / "real"), "real"))
    if "synth-1000" in only:
        project = work / "synth-1000"
        chronicle("synth", str(project), "--events", "1000", "--seed", "0", cwd=ROOT)
        trees.update(build(project, "synth-1000"))
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return {"format": "same-site/1", "commit": commit, "inputs": inputs_digest(), "trees": trees}


def compare(saved: dict, now: dict) -> list[str]:
    """Lines naming every difference; empty when every tree built now is the saved one."""
    lines = []
    if saved["inputs"] != now["inputs"]:
        lines.append(
            f"note: the inputs (content/, seeds/, mkdocs.yml, templates/) differ from the baseline's "
            f"(commit {saved['commit'][:12]}): a difference below may be theirs"
        )
    for name, files in now["trees"].items():
        before = saved["trees"].get(name)
        if before is None:
            lines.append(f"{name}: not in the baseline")
            continue
        changed = sorted(p for p in files.keys() & before.keys() if files[p] != before[p])
        missing, new = sorted(before.keys() - files.keys()), sorted(files.keys() - before.keys())
        for label, paths in (("changed", changed), ("missing", missing), ("new", new)):
            lines += [f"{name}: {label}: {p}" for p in paths]
        if not (changed or missing or new):
            print(f"same_site: {name}: the same ({len(files)} files)", file=sys.stderr)
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--save", type=Path, metavar="MANIFEST", help="write the manifest (JSON) here")
    what.add_argument(
        "--compare", type=Path, metavar="MANIFEST", help="compare with this saved manifest; exit 1 on a difference"
    )
    p.add_argument("--only", action="append", choices=GROUPS, help="only these trees (repeatable); default: all")
    p.add_argument("--keep", type=Path, metavar="DIR", help="build in DIR (must not exist) and leave it there")
    args = p.parse_args(argv)
    only = set(args.only or GROUPS)
    if args.keep:
        args.keep.mkdir(parents=True)
        now = manifest(args.keep.resolve(), only)
    else:
        with tempfile.TemporaryDirectory(prefix="same-site-") as work:
            now = manifest(Path(work), only)
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text(json.dumps(now, indent=0, sort_keys=True) + "\n", "utf-8")
        print(
            f"same_site: {sum(map(len, now['trees'].values()))} files in {len(now['trees'])} trees -> {args.save}",
            file=sys.stderr,
        )
        return 0
    differences = compare(json.loads(args.compare.read_text("utf-8")), now)
    print("\n".join(differences) if differences else "same_site: every tree is byte-identical to the baseline")
    return 1 if any(not line.startswith("note:") for line in differences) else 0


if __name__ == "__main__":
    sys.exit(main())
