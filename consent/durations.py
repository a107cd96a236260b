"""ISO 8601 durations (``P30D``, ``P1Y6M``, ``PT12H``) for retention, validity and deadlines.

Years and months are calendar units: adding ``P1M`` to 31 January gives the last day of
February, which is how the one-month deadline of GDPR Art. 12(3) is counted.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

_PATTERN = re.compile(
    r"P(?!$)(?:(?P<y>\d+)Y)?(?:(?P<mo>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"(?:T(?=\d)(?:(?P<h>\d+)H)?(?:(?P<mi>\d+)M)?(?:(?P<s>\d+)S)?)?"
)


@dataclass(frozen=True, slots=True)
class Duration:
    """A parsed duration: whole calendar months plus an exact time span."""

    months: int
    span: timedelta

    def after(self, moment: datetime) -> datetime:
        """``moment`` plus this duration, clamping the day to the end of a shorter month."""
        total = moment.year * 12 + (moment.month - 1) + self.months
        year, month = divmod(total, 12)
        day = min(moment.day, calendar.monthrange(year, month + 1)[1])
        return moment.replace(year=year, month=month + 1, day=day) + self.span


def parse_duration(text: str) -> Duration:
    """Parse an ISO 8601 duration; ``ValueError`` names what was expected."""
    match = _PATTERN.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not an ISO 8601 duration such as 'P30D', 'P1Y' or 'PT12H'")
    part = {k: int(v) if v else 0 for k, v in match.groupdict().items()}
    span = timedelta(weeks=part["w"], days=part["d"], hours=part["h"], minutes=part["mi"],
                     seconds=part["s"])
    return Duration(months=part["y"] * 12 + part["mo"], span=span)


def check_duration(text: str) -> str:
    """A pydantic validator: keep the text, refuse it if it does not parse."""
    parse_duration(text)
    return text
