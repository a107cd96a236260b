"""FR_RIB: the domestic French bank account identifier (relevé d'identité bancaire).

Bank code (5 digits) + branch code (5) + account number (11, may hold letters) + RIB key (2),
usually written "30004 00550 00012345678 72". The key, ``97 - (89 x bank + 15 x branch +
3 x account) mod 97``, is checked, so a valid key is enough evidence. French IBANs
(FR76 ...) are found by Presidio's ``IbanRecognizer`` registered for French with the French
context words below (see ``registry.py``).
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.base import DeclarativeRecognizer
from redaction.recognizers.checksums import compact, rib_valid

IBAN_CONTEXT_FR = ("iban", "rib", "bancaire", "banque", "compte", "virement", "bic")


class FrRibRecognizer(DeclarativeRecognizer):
    """Bank + branch + account + key, with or without spaces, key checked."""

    ENTITY = "FR_RIB"
    PATTERNS = (
        Pattern(
            "RIB (key checked)",
            r"(?<![\w])\d{5}[ ]?\d{5}[ ]?[0-9A-Z]{11}[ ]?\d{2}(?![\w])",
            0.5,
        ),
    )
    CONTEXT = IBAN_CONTEXT_FR

    def validate_result(self, pattern_text: str) -> bool:
        return rib_valid(compact(pattern_text))
