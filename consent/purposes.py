"""Purposes, legal bases and notices as declared in ``governance.toml``.

Each ``[[purposes]]`` table becomes a frozen ``PurposeSpec``; the ``[consent]`` table becomes
``ConsentSettings``. Errors are ``ValueError``s with a precise message so the policy loader can
report "key = value: message". A notice is versioned by the SHA-256 of its canonical form, so
changing any text (or the facts it states) makes a new version and asks for consent again.

    [consent]
    controller = "Banque X"
    email = "dpo@banque-x.example"
    policy_url = "https://banque-x.example/privacy"

    [[purposes]]
    id = "assistant"
    legal_basis = "eu-gdpr:A6-1-a"
    required = true
    consent_justification = "HR staff answer the same questions; refusing costs nothing."
    purpose_category = ["dpv:HumanResourceManagement"]
    data_categories = ["pd:Communication"]
    recipients = ["LLM provider (processor)"]
    retention = "P30D"
    notice = { en = "...", fr = "..." }
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any, Literal

import rfc8785
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from consent.durations import check_duration

LegalBasis = Literal[
    "eu-gdpr:A6-1-a", "eu-gdpr:A6-1-b", "eu-gdpr:A6-1-c",
    "eu-gdpr:A6-1-d", "eu-gdpr:A6-1-e", "eu-gdpr:A6-1-f",
]
Language = Literal["en", "fr"]
LANGUAGES: tuple[Language, ...] = ("en", "fr")
CONSENT: LegalBasis = "eu-gdpr:A6-1-a"
LEGITIMATE_INTEREST: LegalBasis = "eu-gdpr:A6-1-f"
_TERM = r"^[a-z][a-z0-9-]*:[A-Za-z0-9-]+$"
PURPOSE_ID = re.compile(r"[a-z][a-z0-9_-]{0,62}")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Notice(_Frozen):
    """The text shown before a decision, in every language the service speaks."""

    en: str = Field(min_length=1)
    fr: str = Field(min_length=1)

    def text(self, language: Language) -> str:
        return self.en if language == "en" else self.fr


class PurposeSpec(_Frozen):
    """One ``[[purposes]]`` table: what is done, on which legal basis, for how long, for whom."""

    id: str = Field(pattern=f"^{PURPOSE_ID.pattern}$")
    name: str = Field(default="", max_length=200)
    legal_basis: LegalBasis
    purpose_category: tuple[str, ...] = Field(min_length=1)
    required: bool = False
    retention: str
    recipients: tuple[str, ...] = ()
    data_categories: tuple[str, ...] = Field(min_length=1)
    special_categories: tuple[str, ...] = ()
    storage_locations: tuple[str, ...] = ("EU",)
    data_subjects: tuple[str, ...] = ("dpv:Employee",)
    notice: Notice
    consent_justification: str | None = None
    validity: str | None = None

    _retention = field_validator("retention")(check_duration)

    @field_validator("validity")
    @classmethod
    def _validity(cls, value: str | None) -> str | None:
        return None if value is None else check_duration(value)

    @field_validator("purpose_category", "data_categories", "special_categories")
    @classmethod
    def _terms(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for term in value:
            if not re.match(_TERM, term):
                raise ValueError(f"{term!r} is not a DPV term such as 'dpv:HumanResourceManagement'"
                                 " or 'pd:Communication'")
        return value

    @model_validator(mode="after")
    def _basis_is_coherent(self) -> PurposeSpec:
        consent = self.legal_basis == CONSENT
        if consent and self.required and not (self.consent_justification or "").strip():
            raise ValueError(
                f"purpose {self.id!r}: consent ({CONSENT}) as the legal basis of a required "
                "purpose needs a consent_justification explaining why refusing costs the "
                "employee nothing (EDPB Guidelines 05/2020, paras 21-23); otherwise choose "
                "another basis or make the purpose optional"
            )
        if not consent and self.validity is not None:
            raise ValueError(f"purpose {self.id!r}: validity applies only to consent "
                             f"({CONSENT}), not to {self.legal_basis}")
        if not consent and self.consent_justification is not None:
            raise ValueError(f"purpose {self.id!r}: consent_justification applies only to "
                             f"consent ({CONSENT}), not to {self.legal_basis}")
        return self

    @property
    def consent_based(self) -> bool:
        return self.legal_basis == CONSENT

    @property
    def title(self) -> str:
        return self.name or self.id


class ConsentSettings(_Frozen):
    """The ``[consent]`` table: who the controller is, for receipts, notices and the ROPA."""

    service: str = "AI assistant"
    controller: str = "Controller"
    contact: str = "Data protection officer"
    street_address: str | None = None
    country: str = Field(default="FR", pattern=r"^[A-Z]{2}$")
    email: str | None = None
    phone: str | None = None
    controller_url: str | None = None
    jurisdiction: str = Field(default="FR", pattern=r"^[A-Z]{2}$")
    authority: str = "CNIL"
    policy_url: str = "https://example.invalid/privacy"
    collection_method: str = Field(default="chat-ui:explicit-button", min_length=1)
    default_language: Language = "en"
    security_measures: tuple[str, ...] = (
        "dpv:Pseudonymisation", "dpv:EncryptionInTransfer", "dpv:EncryptionAtRest",
        "dpv:AccessControlMethod",
    )


def _canonical(text: str) -> str:
    """NFC, LF line ends, no trailing spaces: cosmetic edits do not bump the version."""
    lines = unicodedata.normalize("NFC", text).replace("\r\n", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def notice_version(purpose: PurposeSpec) -> str:
    """``sha256:<hex>`` of the canonical notice: its texts and the facts it states."""
    document: dict[str, Any] = {
        "purpose": purpose.id,
        "legal_basis": purpose.legal_basis,
        "notice": {lang: _canonical(purpose.notice.text(lang)) for lang in LANGUAGES},
        "recipients": list(purpose.recipients),
        "retention": purpose.retention,
        "data_categories": list(purpose.data_categories),
        "validity": purpose.validity,
    }
    return "sha256:" + hashlib.sha256(rfc8785.dumps(document)).hexdigest()


def check_unique(purposes: tuple[PurposeSpec, ...]) -> tuple[PurposeSpec, ...]:
    """Refuse two purposes with the same id (for the policy loader and the service)."""
    seen: set[str] = set()
    for purpose in purposes:
        if purpose.id in seen:
            raise ValueError(f"purpose id {purpose.id!r} is declared twice")
        seen.add(purpose.id)
    return purposes
