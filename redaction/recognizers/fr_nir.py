"""FR_NIR: the French social security number (numéro d'inscription au répertoire, INSEE).

Layout: sex (1/2, or 3/7/8 for temporary numbers), birth year (2), month (2), department
(2 digits, 2A/2B for Corsica, or 97x/98x overseas: the third digit then belongs to the
commune), commune (3), order (3), key (2). Written packed, or grouped by spaces, dots or
hyphens ("1 85 05 78 006 084 91"). The key makes a random match pass one time in 97, so a
valid key alone is enough evidence.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.base import DeclarativeRecognizer
from redaction.recognizers.checksums import compact, nir_valid

_SEP = r"[ .\-]?"


class FrNirRecognizer(DeclarativeRecognizer):
    """NIR with or without separators, validated by its mod-97 key."""

    ENTITY = "FR_NIR"
    PATTERNS = (
        Pattern(
            "NIR (key checked)",
            rf"(?<![\w])[12378]{_SEP}\d{{2}}{_SEP}\d{{2}}{_SEP}(?:\d{{2}}|2[AB])"
            rf"(?:{_SEP}\d){{8}}(?![\w])",
            0.5,
        ),
    )
    CONTEXT = (
        "sécurité",
        "securite",
        "sociale",
        "sécu",
        "secu",
        "nir",
        "insee",
        "vitale",
        "ss",
        "social",
        "security",
    )

    def validate_result(self, pattern_text: str) -> bool:
        return nir_valid(compact(pattern_text))
