"""FR_ID_CARD and FR_PASSPORT: French identity card and passport numbers.

Neither number carries a printed check digit (the checksums live in the machine-readable
zone), so these recognizers are shape + context: the shape alone is far too common (any
9-character code, any 12-digit number), and only "carte d'identité", "CNI", "passeport" near
the match lifts it over the threshold. ``validate_result`` still rejects shapes that cannot be
a number (no digit, lower-case letters), returning ``None`` - "plausible" - otherwise.

* identity card, before 2021: 12 characters, ``YYMM`` + 3-character office code + 5 digits;
* identity card, since 2021: 9 upper-case letters and digits;
* passport: 2 digits + 2 letters + 5 digits ("18AB12345").
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.base import DeclarativeRecognizer
from redaction.recognizers.checksums import compact

_ID_CARD_CONTEXT = ("cni", "identité", "identite", "identity", "id")


def _plausible_code(value: str) -> bool:
    """Upper-case letters and digits, at least one digit (rules out ordinary words)."""
    return value.isalnum() and value == value.upper() and any(c.isdigit() for c in value)


class FrIdCardRecognizer(DeclarativeRecognizer):
    """Old (12 characters) and new (9 characters) French identity card numbers."""

    ENTITY = "FR_ID_CARD"
    PATTERNS = (
        Pattern("CNI before 2021", r"(?<![\w])\d{4}[0-9A-Z]{3}\d{5}(?![\w])", 0.1),
        Pattern("CNI since 2021", r"(?<![\w])(?-i:[0-9A-Z]{9})(?![\w])", 0.1),
    )
    CONTEXT = _ID_CARD_CONTEXT

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if _plausible_code(compact(pattern_text)) else False


class FrPassportRecognizer(DeclarativeRecognizer):
    """Two digits, two letters, five digits."""

    ENTITY = "FR_PASSPORT"
    PATTERNS = (Pattern("FR passport", r"(?<![\w])\d{2}(?-i:[A-Z]{2})\d{5}(?![\w])", 0.1),)
    CONTEXT = ("passeport", "passport")

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if _plausible_code(pattern_text) else False
