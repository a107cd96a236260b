"""Which recognizers the engine runs, per language, by name.

``EngineConfig.recognizers`` selects from :data:`RECOGNIZER_FACTORIES` by name, so a policy can
turn one off ("us_bank") without code. Every factory returns fresh instances: Presidio
recognizers hold compiled patterns and must not be shared between engines. Presidio's own
recognizers are re-registered for French where they make sense there (cards, IBAN, emails,
foreign phone numbers, US SSN) with French context words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from presidio_analyzer import EntityRecognizer, RecognizerRegistry
from presidio_analyzer.predefined_recognizers import IbanRecognizer, IpRecognizer, UsSsnRecognizer

from redaction.categories import special_category_recognizers
from redaction.recognizers import (
    ContextualNhsRecognizer,
    ContextualUsBankRecognizer,
    ContextualUsLicenseRecognizer,
    DigitGatedPhoneRecognizer,
    EnDateRecognizer,
    FrDateRecognizer,
    FrIdCardRecognizer,
    FrNirRecognizer,
    FrPassportRecognizer,
    FrPhoneRecognizer,
    FrRibRecognizer,
    FrSirenRecognizer,
    FrSiretRecognizer,
    OfflineEmailRecognizer,
    StreetAddressRecognizer,
)
from redaction.recognizers.base import DeclarativeRecognizer
from redaction.recognizers.fr_bank import IBAN_CONTEXT_FR
from redaction.recognizers.names import PersonNameRecognizer
from redaction.recognizers.ner_filter import FilteredSpacyRecognizer
from redaction.recognizers.offline import (
    EMAIL_CONTEXT_FR,
    PHONE_CONTEXT_EN,
    PHONE_CONTEXT_FR,
    CheckedCreditCardRecognizer,
)

Factory = Callable[[str], list[EntityRecognizer]]

# What spaCy's NER contributes. NRP (nationalities, religious or political groups) and
# ORGANIZATION are left out: in HR chat they are employers and "French law", while the
# revealing religious terms are covered by the special-category lexicons.
NER_ENTITIES: tuple[str, ...] = ("PERSON", "LOCATION")

_CARD_CONTEXT_FR = ("carte", "bancaire", "crédit", "credit", "cb", "visa", "mastercard", "amex")
_SSN_CONTEXT_FR = ("ssn", "social", "security", "sécurité", "sociale", "américain", "us")


def _ner(language: str) -> list[EntityRecognizer]:
    return [
        FilteredSpacyRecognizer(
            supported_language=language, supported_entities=list(NER_ENTITIES)
        )
    ]


def _email(language: str) -> list[EntityRecognizer]:
    context = EMAIL_CONTEXT_FR if language == "fr" else None
    return [OfflineEmailRecognizer(supported_language=language, context=context)]


def _phone(language: str) -> list[EntityRecognizer]:
    context = PHONE_CONTEXT_FR if language == "fr" else PHONE_CONTEXT_EN
    found: list[EntityRecognizer] = [
        DigitGatedPhoneRecognizer(supported_language=language, context=context)
    ]
    found.append(FrPhoneRecognizer(supported_language=language))
    return found


def _credit_card(language: str) -> list[EntityRecognizer]:
    if language == "fr":
        return [
            CheckedCreditCardRecognizer(supported_language="fr", context=list(_CARD_CONTEXT_FR))
        ]
    return [CheckedCreditCardRecognizer(supported_language=language)]


def _iban(language: str) -> list[EntityRecognizer]:
    if language == "fr":
        return [IbanRecognizer(supported_language="fr", context=list(IBAN_CONTEXT_FR))]
    return [IbanRecognizer(supported_language=language)]


def _us_ssn(language: str) -> list[EntityRecognizer]:
    context = list(_SSN_CONTEXT_FR) if language == "fr" else None
    return [UsSsnRecognizer(supported_language=language, context=context)]


def _dates(language: str) -> list[EntityRecognizer]:
    if language == "fr":
        return [FrDateRecognizer(supported_language="fr")]
    return [EnDateRecognizer(supported_language=language)]


def _only_en(factory: Callable[[str], EntityRecognizer]) -> Factory:
    def build(language: str) -> list[EntityRecognizer]:
        return [factory(language)] if language == "en" else []

    return build


def _declarative(*classes: type[DeclarativeRecognizer]) -> Factory:
    def build(language: str) -> list[EntityRecognizer]:
        return [cls(supported_language=language) for cls in classes]

    return build


def _special_categories(language: str) -> list[EntityRecognizer]:
    return list(special_category_recognizers(language))


RECOGNIZER_FACTORIES: dict[str, Factory] = {
    "ner": _ner,
    "names": lambda language: [PersonNameRecognizer(supported_language=language)],
    "email": _email,
    "phone": _phone,
    "credit_card": _credit_card,
    "iban": _iban,
    "ip": lambda language: [IpRecognizer(supported_language=language)],
    "us_ssn": _us_ssn,
    "us_bank": _only_en(lambda language: ContextualUsBankRecognizer(supported_language=language)),
    "us_license": _only_en(
        lambda language: ContextualUsLicenseRecognizer(supported_language=language)
    ),
    "uk_nhs": _only_en(lambda language: ContextualNhsRecognizer(supported_language=language)),
    "fr_nir": _declarative(FrNirRecognizer),
    "fr_company": _declarative(FrSiretRecognizer, FrSirenRecognizer),
    "fr_bank": _declarative(FrRibRecognizer),
    "fr_identity": _declarative(FrIdCardRecognizer, FrPassportRecognizer),
    "dates": _dates,
    "street_address": _declarative(StreetAddressRecognizer),
    "special_categories": _special_categories,
}

DEFAULT_RECOGNIZERS: tuple[str, ...] = tuple(RECOGNIZER_FACTORIES)


def build_registry(languages: Iterable[str], names: Iterable[str]) -> RecognizerRegistry:
    """A Presidio registry holding the named recognizers for each language."""
    languages = list(languages)
    registry = RecognizerRegistry(supported_languages=languages)
    for name in names:
        factory = RECOGNIZER_FACTORIES[name]
        for language in languages:
            for recognizer in factory(language):
                registry.add_recognizer(recognizer)
    return registry
