"""Problems found in the editors' input, reported as ``path:line:column: message``."""

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


class ChronicleError(Exception):
    """Raised by a stage when the input cannot go further; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
