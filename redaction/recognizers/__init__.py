"""Recognizers the engine adds to Presidio: French identifiers, dates, addresses, and fixed
versions of Presidio recognizers that misfire (see ``en_fixes``) or reach the network
(see ``offline``). Declarative in Presidio's style: ``PATTERNS``, ``CONTEXT``, one
``validate_result`` each (see ``base``)."""

from redaction.recognizers.addresses import StreetAddressRecognizer
from redaction.recognizers.base import DeclarativeRecognizer
from redaction.recognizers.dates import EnDateRecognizer, FrDateRecognizer
from redaction.recognizers.en_fixes import (
    ContextualNhsRecognizer,
    ContextualUsBankRecognizer,
    ContextualUsLicenseRecognizer,
)
from redaction.recognizers.fr_bank import FrRibRecognizer
from redaction.recognizers.fr_company import FrSirenRecognizer, FrSiretRecognizer
from redaction.recognizers.fr_identity import FrIdCardRecognizer, FrPassportRecognizer
from redaction.recognizers.fr_nir import FrNirRecognizer
from redaction.recognizers.fr_phone import FrPhoneRecognizer
from redaction.recognizers.offline import DigitGatedPhoneRecognizer, OfflineEmailRecognizer

__all__ = [
    "ContextualNhsRecognizer",
    "ContextualUsBankRecognizer",
    "ContextualUsLicenseRecognizer",
    "DeclarativeRecognizer",
    "DigitGatedPhoneRecognizer",
    "EnDateRecognizer",
    "FrDateRecognizer",
    "FrIdCardRecognizer",
    "FrNirRecognizer",
    "FrPassportRecognizer",
    "FrPhoneRecognizer",
    "FrRibRecognizer",
    "FrSirenRecognizer",
    "FrSiretRecognizer",
    "OfflineEmailRecognizer",
    "StreetAddressRecognizer",
]
