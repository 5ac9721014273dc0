"""Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) and how Ukrainian readers see them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from babel.dates import format_date

PRECISIONS = {1: "year", 2: "month", 3: "day"}

# The dates a chronicle can hold: every exporter (the Atom feed, the iCalendar file, JSON-LD,
# the JSON and CSV data) can write them, including the day after a period, which the calendar
# writes as its end.
FIRST_DAY = dt.date(1, 1, 1)
LAST_DAY = dt.date(9999, 12, 30)


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int = 0  # 0: not known
    day: int = 0  # 0: not known

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse an ISO date of year, month or day precision; ValueError if impossible."""
        parts = text.split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
            raise ValueError(f"'{text}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
        numbers = [int(p) for p in parts]
        if numbers[0] == 0:
            raise ValueError(f"'{text}': there is no year 0; the earliest date is {FIRST_DAY.isoformat()}")
        try:
            dt.date(numbers[0], numbers[1] if len(numbers) > 1 else 1, numbers[2] if len(numbers) > 2 else 1)
        except (ValueError, OverflowError):  # OverflowError: a number beyond C's int, e.g. '2200000000'
            raise ValueError(f"'{text}' is not a real calendar date") from None
        last = (
            numbers[0],
            numbers[1] if len(numbers) > 1 else 12,
            numbers[2] if len(numbers) > 2 else 31,
        )  # the period's last day
        if last > (LAST_DAY.year, LAST_DAY.month, LAST_DAY.day):
            # The calendar ends a period on the day after it, which Python's dates cannot hold.
            raise ValueError(
                f"'{text}' ends after the last date the calendar and the feeds can write; the latest is {LAST_DAY.isoformat()}"
            )
        return cls(*numbers)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def uk(self) -> str:
        """The date as a Ukrainian reader writes it: 10 січня 2022 р., січень 2022 р., 2022 р."""
        return _uk(self.year, self.month, self.day)

    def month_uk(self) -> str:
        """The month alone, capitalised, as a heading: Січень."""
        return format_date(self.first_day, "LLLL", locale="uk").capitalize() if self.month else ""

    def __str__(self) -> str:
        return self.iso


@lru_cache(maxsize=100_000)
def _uk(year: int, month: int | None, day: int | None) -> str:
    """Babel's Ukrainian date, computed once per date (a chronicle prints each date many times)."""
    if day and month:
        return format_date(dt.date(year, month, day), "d MMMM y 'р.'", locale="uk")
    if month:
        return format_date(dt.date(year, month, 1), "LLLL y 'р.'", locale="uk")
    return f"{year} р."
