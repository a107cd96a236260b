"""Presidio's email and phone recognizers, made offline and cheap.

``EmailRecognizer.validate_result`` calls ``tldextract.extract``, whose module-level extractor
was built at import time with the public-suffix-list URLs: on its first call it tries to
download the list. ``OfflineEmailRecognizer`` validates with its own extractor built with no
URL, no disk cache and the snapshot bundled in the wheel, so no socket is ever opened.

``PhoneRecognizer`` runs the ``phonenumbers`` matcher once per region over the whole text and
is the slowest pattern recognizer of the engine. ``DigitGatedPhoneRecognizer`` skips texts that
cannot hold a phone number (fewer than seven digits close together), which is most chat
messages, and matches three regions instead of eight. It also accepts numbers that are
possible but not "valid" for ``phonenumbers`` (fictional ranges such as 07700 900xxx, newly
opened ranges) with a low score, so that only a context word ("call", "phone") reports them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers
import tldextract
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    Pattern,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    PhoneRecognizer,
)

PHONE_REGIONS: tuple[str, ...] = ("FR", "GB", "US")
# A number right after a word naming another identifier is that identifier, not a phone
# ("my NHS number is 943 476 5919", "bank account 12345678901").
OTHER_IDENTIFIERS: frozenset[str] = frozenset(
    {
        "account", "acct", "iban", "rib", "bank", "banque", "compte", "nhs", "ssn", "social",
        "sécurité", "securite", "nir", "siret", "siren", "card", "carte", "passport",
        "passeport", "licence", "license", "ticket", "order", "invoice", "commande", "facture",
        "dossier", "reference", "référence", "ref", "case", "claim", "employee", "matricule",
    }
)
_WORDS_BEFORE = re.compile(r"[^\W\d_]+")
# Seven digits, each pair separated by at most two characters such as " ", ".", "-", ") ".
_PHONE_GATE = re.compile(r"\d(?:\D{0,2}\d){6}")

EMAIL_CONTEXT_FR = ("email", "e-mail", "mail", "courriel", "adresse")
PHONE_CONTEXT_FR = ("téléphone", "telephone", "tél", "tel", "portable", "mobile", "numéro")
# Presidio's list, plus verbs that introduce a number; "call" itself is a spaCy stop word, so
# it never reaches the context window.
PHONE_CONTEXT_EN = (
    "phone", "number", "telephone", "cell", "cellphone", "mobile", "call", "reach", "contact",
    "ring", "dial", "text", "whatsapp", "sms", "tel",
)


_LOCAL = r"[\w!#$%&'*+/=?^`{|}~.-]"
# Linear: a local part is only tried from its first character (the lookbehind) and is at most
# 64 characters (RFC 5321), so no input makes the search backtrack super-linearly. Presidio's
# own pattern nests alternatives over the dotted local part and takes seconds on "a." * 4000.
BOUNDED_EMAIL = (rf"(?<!{_LOCAL}){_LOCAL}{{1,64}}@[\w-]{{1,63}}(?:\.[\w-]{{1,63}}){{1,8}}\b")


class OfflineEmailRecognizer(EmailRecognizer):
    """Email addresses; the domain is checked against the bundled public suffix snapshot."""

    PATTERNS = [Pattern("Email (bounded)", BOUNDED_EMAIL, 0.5)]  # noqa: RUF012 - Presidio's shape

    def __init__(self, supported_language: str = "en", context: Sequence[str] | None = None):
        super().__init__(
            supported_language=supported_language,
            context=list(context) if context is not None else None,
        )
        self._extract = tldextract.TLDExtract(
            cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
        )

    def validate_result(self, pattern_text: str) -> bool:
        return self._extract(pattern_text).fqdn != ""


class DigitGatedPhoneRecognizer(PhoneRecognizer):
    """Phone numbers of the regions the deployment serves, only in texts with enough digits."""

    UNVERIFIED_SCORE = 0.1

    def __init__(
        self,
        supported_language: str = "en",
        context: Sequence[str] | None = None,
        regions: Sequence[str] = PHONE_REGIONS,
    ):
        super().__init__(
            supported_language=supported_language,
            context=list(context) if context is not None else None,
            supported_regions=tuple(regions),
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if _PHONE_GATE.search(text) is None:
            return []
        found: list[RecognizerResult] = []
        for region in self.supported_regions:
            matcher = phonenumbers.PhoneNumberMatcher(
                text, region, leniency=phonenumbers.Leniency.POSSIBLE
            )
            for match in matcher:
                # Without a trunk or international prefix, fewer than ten digits are an SSN
                # or a SIREN ("522519966"), not a phone number.
                prefixed = match.raw_string[:1] in ("+", "0", "(")
                if not prefixed and sum(c.isdigit() for c in match.raw_string) < 10:
                    continue
                if _names_other_identifier(text, match.start):
                    continue
                valid = phonenumbers.is_valid_number(match.number)
                found.append(self._result(match.start, match.end, valid))
        deduplicated: list[RecognizerResult] = EntityRecognizer.remove_duplicates(found)
        return deduplicated

    def _result(self, start: int, end: int, valid: bool) -> RecognizerResult:
        score = self.SCORE if valid else self.UNVERIFIED_SCORE
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=score,
            analysis_explanation=AnalysisExplanation(
                recognizer=type(self).__name__,
                original_score=score,
                textual_explanation="valid phone number" if valid else "possible phone number",
            ),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def _names_other_identifier(text: str, start: int) -> bool:
    """Whether one of the four words before ``start`` names another kind of identifier."""
    words = _WORDS_BEFORE.findall(text[max(0, start - 40) : start].lower())
    return any(word in OTHER_IDENTIFIERS for word in words[-4:])


class CheckedCreditCardRecognizer(CreditCardRecognizer):
    """Payment cards whose length fits their network: a 14-digit number is a card only for
    Diners Club (30, 36, 38, 39), so a Luhn-valid SIRET is not reported as a card."""

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = "".join(char for char in pattern_text if char.isdigit())
        return len(digits) == 14 and digits[:2] not in ("30", "36", "38", "39")
