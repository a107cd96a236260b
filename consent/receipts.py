"""Consent receipts: Kantara Consent Receipt v1.1 with the ISO/IEC TS 27560 extensions.

The shape follows REQUIREMENTS.md section 2: Kantara names at the top level, the items that
ISO 27560 requires and Kantara lacks (event state and time, validity, retention, storage
locations, entity id) under ``x-ext``. Absent optional values are left out rather than null.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from consent.purposes import ConsentSettings, PurposeSpec
from consent.values import EventKind

VERSION = "KI-CR-v1.1.0"
EVENT_STATES: dict[str, str] = {
    "grant": "dpv:ConsentGiven",
    "refuse": "dpv:ConsentRefused",
    "withdraw": "dpv:ConsentWithdrawn",
    "expire": "dpv:ConsentExpired",
}
PRIVACY_RIGHTS = (
    "eu-gdpr:A7-3", "eu-gdpr:A15", "eu-gdpr:A16", "eu-gdpr:A17", "eu-gdpr:A18",
    "eu-gdpr:A20", "eu-gdpr:A21", "eu-gdpr:A22",
)


def iso(moment: datetime) -> str:
    """UTC ISO 8601 with a ``Z``, to the microsecond (the ledger's resolution)."""
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z")


def _compact(mapping: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if v is not None}


def build_receipt(*, receipt_id: str, event: EventKind, at: datetime, subject: str,
                  purpose: PurposeSpec, notice_version: str, language: str,
                  collection_method: str, settings: ConsentSettings,
                  withdraw_url: str) -> dict[str, Any]:
    """The unsigned receipt for one ledger event."""
    controller = _compact({
        "piiController": settings.controller,
        "onBehalf": False,
        "contact": settings.contact,
        "address": _compact({"streetAddress": settings.street_address,
                             "addressCountry": settings.country}),
        "email": settings.email,
        "phone": settings.phone,
        "piiControllerUrl": settings.controller_url,
    })
    purpose_entry = _compact({
        "purpose": purpose.title,
        "purposeCategory": list(purpose.purpose_category),
        "consentType": "EXPLICIT",
        "piiCategory": list(purpose.data_categories),
        "primaryPurpose": purpose.required,
        "termination": withdraw_url,
        "thirdPartyDisclosure": bool(purpose.recipients),
        "thirdPartyName": "; ".join(purpose.recipients) or None,
    })
    extensions = _compact({
        "eventTime": iso(at),
        "lawfulBasis": purpose.legal_basis,
        "noticeHash": notice_version,
        "eventState": EVENT_STATES[event],
        "validityDuration": purpose.validity,
        "retentionPeriod": purpose.retention,
        "storageLocations": list(purpose.storage_locations),
        "entityId": subject,
        "purposeId": purpose.id,
        "privacyRights": list(PRIVACY_RIGHTS),
        "authorityParty": settings.authority,
    })
    return {
        "version": VERSION,
        "consentReceiptID": receipt_id,
        "consentTimestamp": int(at.timestamp()),
        "jurisdiction": settings.jurisdiction,
        "collectionMethod": collection_method,
        "language": language,
        "piiPrincipalId": subject,
        "piiControllers": [controller],
        "policyUrl": settings.policy_url,
        "services": [{"service": settings.service, "purposes": [purpose_entry]}],
        "sensitive": bool(purpose.special_categories),
        "spiCat": list(purpose.special_categories),
        "x-ext": extensions,
    }
