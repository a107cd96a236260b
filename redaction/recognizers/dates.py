"""DATE_TIME: dates written out in French or English, and numeric dates with a real calendar.

Presidio's ``DateRecognizer`` knows numeric layouts only and reads "2.3.14" (a version) or
"10/15" (a fraction) as dates. These recognizers add the written forms people use in chat
("3 mars 2024", "1er janvier", "lundi 12 février", "March 3rd, 2024", "the 12th of May") and
accept a numeric date only when day and month are in range, with a four-digit year whenever
the separator is a dot or a hyphen. Relative or recurring expressions ("the 25th of each
month", "10 days") are not dates of a person and are not matched.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from redaction.recognizers.base import DeclarativeRecognizer

_FR_MONTHS = (
    r"(?:janvier|janv\.?|f[ée]vrier|f[ée]vr?\.?|mars|avril|avr\.?|mai|juin|juillet|juil\.?"
    r"|ao[uû]t|septembre|sept\.?|octobre|oct\.?|novembre|nov\.?|d[ée]cembre|d[ée]c\.?)"
)
_FR_DAYS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_EN_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
)
_EN_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?:19|20)\d{2}"

_NUMERIC = Pattern(
    "numeric date",
    rf"(?<![\w./-])(?:\d{{1,2}}([/.\-])\d{{1,2}}\1\d{{2}}(?:\d{{2}})?|{_YEAR}-\d{{2}}-\d{{2}})"
    r"(?![\w/-]|\.\d)",
    0.6,
)
_NUMERIC_PARTS = re.compile(r"(\d+)([/.\-])(\d+)\2(\d+)")
_DAY_MONTH = re.compile(r"(\d{1,2})/(\d{1,2})")


def _day_month(lead: str) -> Pattern:
    """"26/11" after a word that introduces a date ("le", "du", "on", "since")."""
    return Pattern(
        "day/month after a date preposition",
        rf"(?<=(?<![\w])(?:{lead})\s)\d{{1,2}}/\d{{1,2}}(?![\w/]|[.,]\d)",
        0.5,
    )


def _numeric_date_valid(text: str) -> bool:
    """Day and month in range (either order); a dot or hyphen needs a four-digit year."""
    match = _NUMERIC_PARTS.fullmatch(text)
    if match is None:
        return False
    first, separator, second, third = match.groups()
    if len(first) == 4:  # ISO yyyy-mm-dd
        return 1 <= int(second) <= 12 and 1 <= int(third) <= 31
    if separator != "/" and len(third) != 4:
        return False
    a, b = int(first), int(second)
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def _validate(text: str) -> bool | None:
    """False for impossible numeric dates; None (keep the pattern score) otherwise."""
    if _NUMERIC_PARTS.fullmatch(text):
        return None if _numeric_date_valid(text) else False
    day_month = _DAY_MONTH.fullmatch(text)
    if day_month:
        a, b = int(day_month.group(1)), int(day_month.group(2))
        plausible = (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
        return None if plausible else False
    return None


class FrDateRecognizer(DeclarativeRecognizer):
    """"3 mars 2024", "1er janvier", "lundi 12 février", "mars 2024", "12/03/2024"."""

    ENTITY = "DATE_TIME"
    PATTERNS = (
        Pattern(
            "FR day month [year]",
            rf"(?<![\w])(?:{_FR_DAYS}\s+)?(?:1er|{_DAY})\s+{_FR_MONTHS}(?:\s+{_YEAR})?(?![\w])",
            0.6,
        ),
        Pattern("FR month year", rf"(?<![\w]){_FR_MONTHS}\s+{_YEAR}(?![\w])", 0.5),
        _NUMERIC,
        _day_month(r"le|du|au|depuis le|avant le|après le|jusqu'au|à partir du"),
    )
    CONTEXT = ("date", "né", "née", "naissance", "depuis", "jusqu", "rendez-vous", "arrêt")

    def validate_result(self, pattern_text: str) -> bool | None:
        return _validate(pattern_text)


class EnDateRecognizer(DeclarativeRecognizer):
    """"March 3rd, 2024", "3 March 2024", "the 12th of May", "Tuesday, May 14", "03/12/2024"."""

    ENTITY = "DATE_TIME"
    PATTERNS = (
        Pattern(
            "EN month day [year]",
            rf"(?<![\w])(?:{_EN_DAYS},?\s+)?{_EN_MONTHS}\s+{_DAY}(?:st|nd|rd|th)?"
            rf"(?:,?\s+{_YEAR})?(?![\w])",
            0.6,
        ),
        Pattern(
            "EN day month [year]",
            rf"(?<![\w])(?:{_EN_DAYS},?\s+)?(?:the\s+)?{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"{_EN_MONTHS}(?:,?\s+{_YEAR})?(?![\w])",
            0.6,
        ),
        Pattern("EN month year", rf"(?<![\w]){_EN_MONTHS}\s+{_YEAR}(?![\w])", 0.5),
        _NUMERIC,
        _day_month(r"on|from|to|until|since|by|before|after"),
    )
    CONTEXT = ("date", "born", "birth", "birthday", "since", "until", "appointment", "dob")

    def validate_result(self, pattern_text: str) -> bool | None:
        return _validate(pattern_text)
