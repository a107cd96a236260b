"""GDPR Art. 17 erasure of one subject, cascading to every store that holds their data.

- the pseudonym vault: the subject's placeholder -> value rows are deleted;
- the audit log: the subject's details key and sealed details are destroyed and an erasure
  entry is appended (the hashed entries hold no personal data, so the tree still verifies);
- the consent ledger is kept: it is the proof of consent the controller must be able to show
  (GDPR 7(1), exception 17(3)(b)); it holds a pseudonym and versions only.
The request is recorded in the subject-request ledger and closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Engine

from governance.identity import Pseudonymiser
from governance.keys import KeyStore
from governance.policy import Policy


@dataclass(frozen=True, slots=True)
class ErasureReport:
    subject_ref: str
    vault_rows: int
    audit_index: int
    request_id: str

    def as_json(self) -> dict[str, object]:
        return {"subject_ref": self.subject_ref, "vault_rows_erased": self.vault_rows,
                "audit_erasure_entry": self.audit_index, "request_id": self.request_id}


def erase_subject(policy: Policy, keys: KeyStore, engine: Engine, subject: str) -> ErasureReport:
    from audit import AuditLog, create_schema, origin_for
    from audit import erase_subject as erase_audit
    from consent import ConsentService
    from governance.audit_step import consent_hook
    from redaction.vault import Vault

    pseudonym = Pseudonymiser(keys.secret("pseudonym"))(subject)
    create_schema(engine)
    log = AuditLog(engine, origin=origin_for(policy.service.name),
                   signing_key=keys.signing_key("audit"),
                   details_secret=keys.secret("audit-details"))
    consent = ConsentService(engine, policy.purposes, policy.consent,
                             keys.signing_key("receipt"), api_prefix=policy.service.api_prefix,
                             on_event=consent_hook(log))
    consent.create_schema()
    request = consent.open_request(pseudonym, "erasure")
    vault = Vault(engine, keys.secret("vault"),
                  ttl=timedelta(hours=policy.redaction.vault_ttl_hours))
    vault.create_schema()
    vault_rows = vault.erase_subject(pseudonym)
    receipt = erase_audit(log, pseudonym)
    consent.close_request(request.request_id)
    return ErasureReport(pseudonym, vault_rows, receipt.index, request.request_id)
