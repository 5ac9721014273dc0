"""The bytes and files of a built site by kind, and what an event page is made of (issue 19 §3).

    .venv/bin/python benchmarks/site_size.py SITE [--json FILE]

Prints the files and bytes of each kind (chronicle/sitesize.py: pages, search index, cite, data,
seeds, assets, other) and, over the event pages (events/<id>/index.html), the median bytes of
each part of a page: the <head>, Material's header, the navigation (primary sidebar), the table
of contents (secondary sidebar), the article (the content), the footer, and the <script>s of the
body; what is left is markup between them. The parts are measured as lxml serialises each element
(close to, not exactly, its bytes in the file). `benchmarks/scale.py` reports the same kinds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chronicle import sitesize  # noqa: E402

PARTS = {
    "head": "//head",
    "header": "//header",
    "navigation": "//div[contains(@class, 'md-sidebar--primary')]",
    "table of contents": "//div[contains(@class, 'md-sidebar--secondary')]",
    "article (content)": "//article",
    "footer": "//footer",
    "body scripts": "//body//script",
}


def page_parts(text: str) -> dict[str, int]:
    """Bytes of each part of one page (PARTS), its total, and the rest (markup between the parts)."""
    import lxml.html

    tree = lxml.html.document_fromstring(text)
    out = {
        name: sum(len(lxml.html.tostring(e, encoding="unicode").encode("utf-8")) for e in tree.xpath(xpath))
        for name, xpath in PARTS.items()
    }
    out["total"] = len(text.encode("utf-8"))
    out["rest"] = out["total"] - sum(out[name] for name in PARTS)
    return out


def report(site: Path, sample: int = 400) -> dict:
    counted = sitesize.tally(site)
    events = sorted((site / "events").glob("*/index.html"))
    step = max(1, len(events) // sample)  # every step-th event page: the same pages each run
    parts = [page_parts(p.read_text("utf-8")) for p in events[::step]]
    median = {k: statistics.median(p[k] for p in parts) for k in (*PARTS, "rest", "total")} if parts else {}
    return {
        "files": counted.total_files,
        "bytes": counted.total_bytes,
        "by_kind": {k: {"files": counted.files[k], "bytes": counted.bytes[k]} for k in sitesize.KINDS},
        "event_pages_measured": len(parts),
        "event_page_median_bytes": median,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--json", type=Path, help="also write the report here")
    args = parser.parse_args(argv)
    data = report(args.site)
    print(f"{args.site}: {data['files']:,} files, {data['bytes']:,} bytes")
    for kind, figures in data["by_kind"].items():
        print(f"  {kind:14} {figures['files']:>9,} files {figures['bytes']:>14,} bytes")
    print(f"  event page, median of {data['event_pages_measured']}:")
    for part, size in data["event_page_median_bytes"].items():
        print(f"    {part:20} {size:>9,.0f} bytes")
    if args.json:
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
