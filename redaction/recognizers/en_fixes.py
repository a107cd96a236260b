"""Presidio's English recognizers that fire on ordinary numbers, fixed by context and validation.

Measured on the project's evaluation set with Presidio's defaults: ``UsBankRecognizer`` and
``UsLicenseRecognizer`` report any 8-17 digit number ("ticket 12345678", an order number), and
``NhsRecognizer`` reports one US phone number in eleven (its mod-11 check is all it asks). The
entity types stay; what changes:

* a match preceded by a word that names another kind of number ("ticket", "order", "invoice",
  "room", "ext."...) is not an identifier of a person (``NEGATIVE_CONTEXT``);
* the bank and licence patterns keep their low scores, so only a context word ("account",
  "bank", "licence"...) lifts them over the engine threshold, and the bank context drops the
  vague "check" and "save" that matched "please check ticket ...";
* a valid NHS checksum is no longer proof on its own: it needs "NHS" or "health service" near.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    UsBankRecognizer,
    UsLicenseRecognizer,
)

from redaction.recognizers.base import DeclarativeRecognizer
from redaction.recognizers.checksums import compact

NEGATIVE_CONTEXT: tuple[str, ...] = (
    "ticket",
    "order",
    "invoice",
    "ref",
    "reference",
    "case",
    "room",
    "badge",
    "ext",
    "extension",
    "version",
    "po",
    "tracking",
    "request",
    "claim",
    "item",
    "sku",
    "commande",
    "facture",
    "dossier",
    "bureau",
    "salle",
    "poste",
    "demande",
    "référence",
)

_WINDOW = 24


def _negative_before(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether the last word before ``start`` (skipping "#", "no", ":") is a negative word."""
    before = text[max(0, start - _WINDOW) : start].lower()
    before = re.sub(r"(?:\s|#|:|n[o°]\.?|number|num[ée]ro)+$", "", before)
    last = re.findall(r"[\w']+$", before)
    return bool(last) and last[0] in words


def drop_negative_context(
    text: str, results: list[RecognizerResult], words: tuple[str, ...]
) -> list[RecognizerResult]:
    return [result for result in results if not _negative_before(text, result.start, words)]


class ContextualUsBankRecognizer(UsBankRecognizer):
    """US bank account numbers, reported only with banking context."""

    BANK_CONTEXT = ("account", "acct", "bank", "banking", "checking", "savings", "routing")
    NEGATIVE_CONTEXT = NEGATIVE_CONTEXT

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(context=list(self.BANK_CONTEXT), supported_language=supported_language)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return drop_negative_context(text, results, self.NEGATIVE_CONTEXT)

    def invalidate_result(self, pattern_text: str) -> bool:
        return len(set(pattern_text)) == 1


class ContextualUsLicenseRecognizer(UsLicenseRecognizer):
    """US driver licences, reported only with licence context, never after "ticket" & co."""

    NEGATIVE_CONTEXT = NEGATIVE_CONTEXT

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return drop_negative_context(text, results, self.NEGATIVE_CONTEXT)

    def invalidate_result(self, pattern_text: str) -> bool:
        # A year ("2024") or a run of one digit is never a licence number.
        digits = "".join(c for c in pattern_text if c.isdigit())
        return len(set(digits)) <= 1


class ContextualNhsRecognizer(DeclarativeRecognizer):
    """NHS numbers: the mod-11 check must pass AND an NHS context word must be near."""

    ENTITY = "UK_NHS"
    # Presidio's pattern, with a score below the engine threshold: context lifts it over.
    PATTERNS = (
        Pattern("NHS (checksum + context)", r"\b([0-9]{3})[- ]?([0-9]{3})[- ]?([0-9]{4})\b", 0.1),
    )
    CONTEXT = ("nhs", "health", "service", "gp")

    def __init__(self, *, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language)

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = compact(pattern_text)
        if len(digits) != 10 or not digits.isdigit():
            return False
        weights = range(10, 0, -1)
        total = sum(int(char) * weight for char, weight in zip(digits, weights, strict=True))
        return None if total % 11 == 0 else False
