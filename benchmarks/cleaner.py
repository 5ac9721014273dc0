"""How well the cleaner finds the article in captures with no outlet rules.

For every capture NAME.txt under tests/data/captures/ (or the folders given) with its article
written by hand in NAME.article.txt (one paragraph a line), cleans the capture three ways:

- rules only: the project's default rules (content/cleaning.yml `default`), the method off,
  as the cleaner worked before the method;
- method: the method alone, no rules at all;
- method + default rules: as `chronicle check` cleans a source of an outlet with no rules.

and counts, over all captures, the furniture lines kept (a kept paragraph that is not an article
line) and the article lines dropped (an article line not among the kept paragraphs), and whether
the headline the method proposes is the capture's first article-less headline line
(NAME.headline.txt when present). Prints a table; --json writes the numbers.

    python benchmarks/cleaner.py [DIR ...] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chronicle.clean import DETECT, Rules, clean  # noqa: E402
from chronicle.read import parse_yaml  # noqa: E402


def captures(dirs: list[Path]) -> list[tuple[Path, list[str]]]:
    found = []
    for d in dirs:
        for path in sorted(d.glob("*.txt")):
            if path.name.endswith((".article.txt", ".headline.txt")):
                continue
            article = path.with_name(path.stem + ".article.txt")
            if article.is_file():
                found.append((path, [line for line in article.read_text("utf-8").splitlines() if line.strip()]))
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path, default=[ROOT / "tests/data/captures"])
    ap.add_argument("--json", type=Path)
    ap.add_argument(
        "--root", type=Path, default=ROOT, help="the project whose content/cleaning.yml gives the default rules"
    )
    args = ap.parse_args(argv)
    default = Rules.from_dict(
        (parse_yaml((args.root / "content/cleaning.yml").read_bytes()).data or {}).get("default"), "default"
    )
    ways = {"rules only": default, "method": DETECT, "method + default rules": DETECT + default}
    found = captures(args.dirs)
    totals = {w: {"furniture_kept": 0, "article_dropped": 0, "exact": 0, "seconds": 0.0} for w in ways}
    rows = []
    article_lines = furniture_lines = 0
    for path, article in found:
        text = path.read_bytes().decode("utf-8-sig")
        lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
        article_lines += len(article)
        furniture_lines += sum(1 for line in lines if line not in article)
        row = {"capture": path.name}
        for way, rules in ways.items():
            started = time.perf_counter()
            cleaned = clean(text, rules)
            totals[way]["seconds"] += time.perf_counter() - started
            kept = list(cleaned.paragraphs)
            furniture = [p for p in kept if p not in article]
            dropped = [a for a in article if a not in kept]
            totals[way]["furniture_kept"] += len(furniture)
            totals[way]["article_dropped"] += len(dropped)
            totals[way]["exact"] += kept == article
            row[way] = {
                "furniture_kept": furniture,
                "article_dropped": dropped,
                "exact": kept == article,
                "headline": cleaned.headline,
                "kept_share": round(cleaned.kept_share, 3),
            }
        rows.append(row)
    print(
        f"{len(found)} captures, {article_lines} article lines, {furniture_lines} capture lines that are not article lines"
    )
    print(f"{'':24} {'furniture kept':>15} {'article dropped':>16} {'exact':>7}")
    for way, t in totals.items():
        print(f"{way:24} {t['furniture_kept']:>15} {t['article_dropped']:>16} {t['exact']:>4}/{len(found)}")
    for row in rows:
        m = row["method"]
        extra = "" if m["exact"] else f"  kept: {m['furniture_kept']} dropped: {m['article_dropped']}"
        print(f"  {row['capture']:40} kept {m['kept_share']:.0%}  headline: {m['headline']!r}{extra}")
    if args.json:
        args.json.write_text(
            json.dumps({"totals": totals, "captures": rows}, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
