"""YAML, written by hand in the house layout (the editors' files are read back by chronicle.read)."""

from __future__ import annotations

import json
import re
import textwrap

_PLAIN_FIRST = re.compile(r"[^\W\d_]|«")
_YAML_WORDS = {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"}


def _reads_back_plain(text: str, flow: bool) -> bool:
    return (
        bool(text)
        and _PLAIN_FIRST.match(text) is not None
        and text == text.strip()
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and "\n" not in text
        and "\t" not in text
        and text.lower() not in _YAML_WORDS
        and not (flow and any(c in text for c in ",[]{}"))
    )


def scalar(text: str, flow: bool = False) -> str:
    """A YAML scalar: plain when that reads back as the same text, else double-quoted."""
    return text if _reads_back_plain(text, flow) else json.dumps(text, ensure_ascii=False)


def flow_list(items) -> str:
    return "[" + ", ".join(scalar(i, flow=True) for i in items) + "]"


def date(text: str) -> str:
    """A date as YAML: a bare year is quoted, so that it stays a string."""
    return text if "-" in text else f"'{text}'"


def block(key: str, text: str) -> str:
    """A literal block scalar, its paragraphs wrapped at 96 characters."""
    lines = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(paragraph, 96, break_long_words=False, break_on_hyphens=False) or [""]
    return f"{key}: |\n" + "".join(f"  {line}\n" if line else "\n" for line in lines)


def schema_header(kind: str) -> str:
    return f"# yaml-language-server: $schema=../../chronicle/schemas/{kind}.schema.json\n"
