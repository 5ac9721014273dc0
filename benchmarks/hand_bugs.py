"""The one-line bugs of issue 14 (section 6 and the section 5 gaps), each put in by hand and run
against the test that must catch it; the file is restored after each. Usage:
    .venv/bin/python benchmarks/hand_bugs.py [name ...]   # default: all; prints CAUGHT or rc=0 per bug"""

import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
BUGS = {
    "quote-join-space": (
        "chronicle/validate.py",
        '"\\n".join(_normalise(p) for p in source.paragraphs)',
        '" ".join(_normalise(p) for p in source.paragraphs)',
        "test_catches.py::test_a_quote_spanning_two_paragraphs_is_refused",
    ),
    "quote-casefold": (
        "chronicle/validate.py",
        "        if quote in body:\n            return",
        "        if quote.lower() in body.lower():\n            return",
        "test_catches.py::test_a_quote_in_another_case_is_refused",
    ),
    "link-no-scheme": (
        "chronicle/text.py",
        "    if scheme is None:\n        return (",
        "    if scheme is None:\n        return None\n        return (",
        "test_catches.py -k 'scheme or rendered'",
    ),
    "refdef-unchecked": ("chronicle/text.py", '    if "]:" in text:', "    if False:", "test_catches.py -k scheme"),
    "write-len": (
        "chronicle/generate.py",
        "if handle.read() == data:",
        "if len(handle.read()) == len(data):",
        "test_catches.py -k same_length",
    ),
    "search-nouns": (
        "chronicle/search.py",
        '_CONTENT = {"NOUN", "ADJF", "PRTF"}',
        '_CONTENT = {"NOUN"}',
        "test_catches.py -k adjective",
    ),
    "epoch-leak": (
        "chronicle/plugin.py",
        "        finally:\n            self._unset_epoch()\n\n    def _post_build",
        "        finally:\n            pass\n\n    def _post_build",
        "test_catches.py -k source_date_epoch",
    ),
    "related-one-way": (
        "chronicle/export.py",
        "named_by = {o.id for o in c.related.get(e.id, ())} - names",
        "named_by = set()",
        "test_catches.py -k related",
    ),
    "home-title": (
        "templates/overrides/main.html",
        "page and page.is_homepage %}",
        "page and page.is_homepage and false %}",
        "test_catches.py -k title",
    ),
    "serve-dirty": (
        "chronicle/plugin.py",
        "return not str(record.msg).startswith",
        "return True or str(record.msg).startswith",
        "test_catches.py -k dirty",
    ),
    "clean-drop-first-char": (
        "chronicle/clean.py",
        "        kept.append(line)\n    return Cleaned",
        "        kept.append(line[1:] or line)\n    return Cleaned",
        "test_catches.py -k cleaner",
    ),
    "clean-strip-spaces-only": (
        "chronicle/clean.py",
        "lines = [line.strip() for line in text",
        'lines = [line.strip(" ") for line in text',
        "test_catches.py -k cleaner",
    ),
    "clean-drop-first-char-old": (
        "chronicle/clean.py",
        "        kept.append(line)\n    return Cleaned",
        "        kept.append(line[1:] or line)\n    return Cleaned",
        "test_clean.py::test_every_kept_paragraph_is_a_piece_of_one_seed_line",
    ),
    "clean-strip-old": (
        "chronicle/clean.py",
        "lines = [line.strip() for line in text",
        'lines = [line.strip(" ") for line in text',
        "test_clean.py::test_every_kept_paragraph_is_a_piece_of_one_seed_line",
    ),
}
names = sys.argv[1:] or list(BUGS)
for name in names:
    path, old, new, tests = BUGS[name]
    f = ROOT / path
    orig = f.read_text()
    assert orig.count(old) == 1, (name, orig.count(old))
    f.write_text(orig.replace(old, new))
    try:
        cmd = f"cd {ROOT} && {sys.executable} -m pytest -q -p no:cacheprovider -x " + " ".join(
            ("tests/" + t) if (t.endswith(".py") or "::" in t) else t for t in tests.split(" ")
        )
        r = subprocess.run(cmd, shell=True, capture_output=True, text=True)
        tail = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr[-300:]
        print(f"{name:26} {'CAUGHT' if r.returncode == 1 else 'rc=%d' % r.returncode}: {tail}", flush=True)
    finally:
        f.write_text(orig)
