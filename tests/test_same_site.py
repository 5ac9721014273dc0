"""benchmarks/same_site.py, the byte-identity check of issue 16: it finds the same output the same,
and names every file that differs, is missing or is new."""

from __future__ import annotations

import json
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import same_site


def test_two_runs_are_the_same_and_every_difference_is_named(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(same_site, "SYNTH_RUNS", [(12, 1)])
    saved = same_site.manifest(tmp_path / "first", {"synth"})
    now = same_site.manifest(tmp_path / "again", {"synth"})
    assert list(saved["trees"]) == ["synth/12-seed-1"] and len(saved["trees"]["synth/12-seed-1"]) > 12
    assert same_site.compare(saved, now) == []

    files = now["trees"]["synth/12-seed-1"]
    changed = min(p for p in files if p.startswith("content/events/"))
    missing = min(p for p in files if p.startswith("seeds/"))
    files[changed] = "0" * 64
    del files[missing]
    files["content/events/made-up.yml"] = "1" * 64
    assert same_site.compare(saved, now) == [
        f"synth/12-seed-1: changed: {changed}",
        f"synth/12-seed-1: missing: {missing}",
        "synth/12-seed-1: new: content/events/made-up.yml",
    ]

    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(saved), "utf-8")
    assert same_site.main(["--compare", str(baseline), "--only", "synth"]) == 0
    assert capsys.readouterr().out == "same_site: every tree is byte-identical to the baseline\n"
    saved["trees"]["synth/12-seed-1"][changed] = "2" * 64
    baseline.write_text(json.dumps(saved), "utf-8")
    assert same_site.main(["--compare", str(baseline), "--only", "synth"]) == 1
    assert capsys.readouterr().out == f"synth/12-seed-1: changed: {changed}\n"
