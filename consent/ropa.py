"""The Art. 30(1) record-of-processing fragment, generated from the policy in DPV terms.

Built from configuration only (no ledger data), so it is identical for identical policies:
the DPO can diff it between policy versions.
"""

from __future__ import annotations

from typing import Any

from consent.purposes import ConsentSettings, PurposeSpec, notice_version

CONTEXT = {
    "dpv": "https://w3id.org/dpv#",
    "pd": "https://w3id.org/dpv/pd#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
}


def build_ropa(purposes: tuple[PurposeSpec, ...], settings: ConsentSettings) -> dict[str, Any]:
    """One ``dpv:PersonalDataHandling`` per purpose, under the controller."""
    controller = {
        "@type": "dpv:DataController",
        "dpv:hasName": settings.controller,
        "dpv:hasContact": {k: v for k, v in {
            "contact": settings.contact, "email": settings.email, "phone": settings.phone,
            "streetAddress": settings.street_address, "addressCountry": settings.country,
            "url": settings.controller_url}.items() if v is not None},
    }
    return {
        "@context": CONTEXT,
        "dct:conformsTo": "eu-gdpr:A30-1",
        "dpv:hasDataController": controller,
        "dpv:hasJurisdiction": settings.jurisdiction,
        "dpv:hasAuthority": settings.authority,
        "privacyNotice": settings.policy_url,
        "service": settings.service,
        "processing": [_activity(p, settings) for p in purposes],
    }


def _activity(purpose: PurposeSpec, settings: ConsentSettings) -> dict[str, Any]:
    return {
        "@id": f"#purpose-{purpose.id}",
        "@type": "dpv:PersonalDataHandling",
        "name": purpose.title,
        "dpv:hasPurpose": list(purpose.purpose_category),
        "dpv:hasLegalBasis": purpose.legal_basis,
        "dpv:hasDataSubject": list(purpose.data_subjects),
        "dpv:hasPersonalData": list(purpose.data_categories),
        "specialCategories": list(purpose.special_categories),
        "dpv:hasRecipient": list(purpose.recipients),
        "dpv:hasStorageCondition": {"dpv:hasDuration": purpose.retention,
                                    "dpv:hasLocation": list(purpose.storage_locations)},
        "dpv:hasTechnicalOrganisationalMeasure": list(settings.security_measures),
        "required": purpose.required,
        "consentJustification": purpose.consent_justification,
        "noticeVersion": notice_version(purpose),
    }
