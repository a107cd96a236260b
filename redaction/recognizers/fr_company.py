"""FR_SIREN and FR_SIRET: French company (9 digits) and establishment (14 digits) numbers.

Both carry a Luhn check digit. A SIRET is long enough that Luhn is good evidence. A SIREN is
not: one 9-digit order or ticket number in ten passes Luhn, so a valid SIREN still needs a
context word ("SIREN", "société", "entreprise") to be reported. La Poste's SIRETs follow a
digit-sum rule instead of Luhn (see ``checksums.siret_valid``).
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.base import DeclarativeRecognizer
from redaction.recognizers.checksums import compact, siren_valid, siret_valid

_COMPANY_CONTEXT = (
    "siren",
    "siret",
    "société",
    "societe",
    "entreprise",
    "employeur",
    "établissement",
    "etablissement",
    "immatriculation",
    "rcs",
    "kbis",
    "company",
    "employer",
)


class FrSiretRecognizer(DeclarativeRecognizer):
    """14 digits, optionally grouped 3-3-3-5, Luhn-checked."""

    ENTITY = "FR_SIRET"
    PATTERNS = (
        Pattern(
            "SIRET (Luhn)",
            r"(?<![\w])\d{3}[ .]?\d{3}[ .]?\d{3}[ .]?\d{5}(?![\w])",
            0.5,
        ),
    )
    CONTEXT = _COMPANY_CONTEXT

    def validate_result(self, pattern_text: str) -> bool:
        return siret_valid(compact(pattern_text))


class FrSirenRecognizer(DeclarativeRecognizer):
    """9 digits, optionally grouped 3-3-3, Luhn-checked, reported only with context."""

    ENTITY = "FR_SIREN"
    PATTERNS = (
        Pattern(
            "SIREN (Luhn + context)",
            r"(?<![\w]|\d[ .])\d{3}[ .]?\d{3}[ .]?\d{3}(?![\w]|[ .]\d)",
            0.3,
        ),
    )
    CONTEXT = _COMPANY_CONTEXT

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if siren_valid(compact(pattern_text)) else False
