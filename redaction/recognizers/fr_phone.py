"""French phone numbers: +33 / 0033 / 0X, packed or grouped by spaces, dots or hyphens.

A French number has one fixed shape (a leading 0 or the +33/0033 prefix, a non-zero digit,
then four pairs), so a tight pattern is both precise and much cheaper than running the
``phonenumbers`` matcher over every region. Numbers from elsewhere ("+44 20 7946 0958",
"(415) 555-0132") are left to :class:`redaction.recognizers.phone.DigitGatedPhoneRecognizer`.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.base import DeclarativeRecognizer
from redaction.recognizers.checksums import compact


class FrPhoneRecognizer(DeclarativeRecognizer):
    """+33 6 12 34 56 78, 0033612345678, 06.12.34.56.78, 01-23-45-67-89, +33 (0)1 ..."""

    ENTITY = "PHONE_NUMBER"
    PATTERNS = (
        Pattern(
            "FR phone (international)",
            r"(?<![\w+])(?:\+|00)[ ]?33[ .\-]?(?:\(0\)[ .\-]?)?[1-9](?:[ .\-]?\d{2}){4}(?!\d)",
            0.7,
        ),
        Pattern(
            "FR phone (national)",
            r"(?<![\w+])0[1-9](?:[ .\-]?\d{2}){4}(?![\d])",
            0.6,
        ),
    )
    CONTEXT = (
        "téléphone",
        "telephone",
        "tél",
        "tel",
        "portable",
        "mobile",
        "fixe",
        "joindre",
        "appeler",
        "rappeler",
        "numéro",
        "numero",
        "phone",
        "call",
    )

    def invalidate_result(self, pattern_text: str) -> bool:
        # "00 00 00 00 00"-style fillers and one repeated digit are placeholders, not numbers.
        digits = compact(pattern_text).lstrip("+")
        return len(set(digits[-9:])) == 1
