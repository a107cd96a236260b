"""The DPO's work on one subject: history, the export bundle, erasure.

The DPO types the subject id; it is pseudonymised at once and only the pseudonym reaches the
consent and audit packages. The export bundle (REQUIREMENTS.md section 4) is a zip of
``consent_records.json`` (receipts as issued, events, requests, processing), ``.csv`` and
``.html`` renderings, ``audit_details.json`` (the subject's sealed audit details, opened) and
``manifest.json``: the SHA-256 of each file, signed by the consent receipt key.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from audit import AuditError, AuditLog, erase_subject
from consent import ConsentService, SubjectRequest
from consent.exports import manifest, subject_document, subject_export
from consent.values import EventRecord

Erase = Callable[[str], object]


@dataclass(frozen=True, slots=True)
class SubjectView:
    pseudonym: str
    events: list[EventRecord]
    receipts: list[dict[str, Any]]
    requests: list[SubjectRequest]


def lookup(service: ConsentService, pseudonym: str) -> SubjectView:
    events, receipts, requests = service.history(pseudonym)
    parsed = []
    for text in receipts:
        try:
            doc = json.loads(text)
        except ValueError:
            continue
        parsed.append(doc if isinstance(doc, dict) else {})
    return SubjectView(pseudonym, events, parsed, requests)


def receipt_id(doc: dict[str, Any]) -> str:
    """The id of a signed receipt document, wherever the signing envelope keeps it."""
    for holder in (doc, doc.get("receipt") or {}, doc.get("payload") or {}):
        if isinstance(holder, dict) and holder.get("consentReceiptID"):
            return str(holder["consentReceiptID"])
    return ""


def bundle(service: ConsentService, audit_log: AuditLog, pseudonym: str) -> bytes:
    """The subject's export bundle as zip bytes (deterministic file order)."""
    events, receipts, requests = service.history(pseudonym)
    document = subject_document(pseudonym, events, receipts, requests,
                                service.ropa()["processing"])
    try:
        details = [{"entry": index, "details": values}
                   for index, values in audit_log.subject_details(pseudonym)]
    except AuditError:
        details = []
    files = {
        "consent_records.json": subject_export(document, "json"),
        "consent_records.csv": subject_export(document, "csv"),
        "consent_records.html": subject_export(document, "html"),
        "audit_details.json": (json.dumps({"subject": pseudonym, "details": details},
                                          indent=2, sort_keys=True, default=str) + "\n").encode(),
    }
    listed = [(name, hashlib.sha256(data).hexdigest(), len(data))
              for name, data in files.items()]
    signed = service.sign_manifest(manifest(listed, scope={"subject": pseudonym},
                                            records=len(events), fmt="bundle"))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data)
        archive.writestr(zipfile.ZipInfo("manifest.json", (2026, 1, 1, 0, 0, 0)),
                         signed.encode())
    return out.getvalue()


def default_erase(service: ConsentService, audit_log: AuditLog,
                  pseudonymise: Callable[[str], str]) -> Erase:
    """Erasure reachable through the consent and audit APIs.

    The audit log crypto-shreds the subject's details (``erase_subject``). The consent ledger
    is append-only and has no erase call: it keeps the proof of consent (GDPR 17(3)(b)/(e),
    7(1)); the erasure is registered and closed in the subject-request ledger so the DPO's
    action is on record. The lead's ``erase`` callable adds vault and cache erasure.
    """

    def erase(subject_id: str) -> object:
        pseudonym = pseudonymise(subject_id)
        receipt = erase_subject(audit_log, pseudonym)
        request = service.open_request(pseudonym, "erasure")
        service.close_request(request.request_id)
        return receipt

    return erase
