"""Consent and legal basis: purposes, versioned notices, the append-only consent ledger,
signed receipts, DPO exports and data-subject requests. No ASGI; no import of ``governance``.

The middleware builds one ``ConsentService`` (engine, purposes, settings, receipt key) and
calls ``check`` in a worker thread on every governed request. Errors are drawn in
``consent.errors``.
"""

from consent.check import ConsentCheck
from consent.errors import (
    ConsentError,
    InvalidDecision,
    NotFound,
    ReceiptInvalid,
    StaleNotice,
    UnknownPurpose,
)
from consent.exports import CSV_COLUMNS
from consent.language import negotiate_language
from consent.purposes import ConsentSettings, Notice, PurposeSpec, check_unique, notice_version
from consent.service import ConsentService, EventHook
from consent.signing import key_id, load_public_key, public_pem, verify
from consent.values import (
    ConsentEvent,
    Decision,
    IssuedReceipt,
    NoticeView,
    PurposeState,
    RequestEvent,
    SubjectRequest,
)

__all__ = [
    "CSV_COLUMNS",
    "ConsentCheck",
    "ConsentError",
    "ConsentEvent",
    "ConsentService",
    "ConsentSettings",
    "Decision",
    "EventHook",
    "InvalidDecision",
    "IssuedReceipt",
    "NotFound",
    "Notice",
    "NoticeView",
    "PurposeSpec",
    "PurposeState",
    "ReceiptInvalid",
    "RequestEvent",
    "StaleNotice",
    "SubjectRequest",
    "UnknownPurpose",
    "check_unique",
    "key_id",
    "load_public_key",
    "negotiate_language",
    "notice_version",
    "public_pem",
    "verify",
]
