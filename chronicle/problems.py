"""Problems found in the editors' input, reported as ``path:line:column: message``, and bugs.

Two kinds of failure, never mixed: a Problem is the editors' (bad input, with the position to
fix), collected into a ChronicleError; a Bug is the code's (something the checks should have
made impossible), reported as an internal error with no made-up position (chronicle.cli).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # POSIX path relative to the project root
    line: int  # 1-based; 1 (and column 1) when the problem is about the file as a whole
    column: int  # 1-based
    message: str
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        prefix = "" if self.severity == "error" else "warning: "
        return f"{self.path}:{self.line}:{self.column}: {prefix}{self.message}"

    def github(self) -> str:
        """The problem as a GitHub Actions workflow command: an annotation on the line of the
        pull request's diff (``::error file=PATH,line=L,col=C::MESSAGE``)."""
        level = "error" if self.severity == "error" else "warning"
        props = f"file={_escape_property(self.path)},line={self.line},col={self.column}"
        return f"::{level} {props}::{_escape_data(self.message)}"


def _escape_data(text: str) -> str:
    """A workflow command's message: %, CR and LF percent-encoded, as the runner decodes them."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """A workflow command's property value: as a message, plus ':' and ','."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class ChronicleError(Exception):
    """Raised by a stage when the input cannot go further; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class Bug(Exception):
    """An internal error of the chronicle's code, never the editors': what the checks should
    have made impossible. The command line says so in one line (CHRONICLE_DEBUG=1 shows the
    traceback)."""
