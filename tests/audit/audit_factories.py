"""Entry factories shared by the audit tests."""

from __future__ import annotations

from audit import ExchangeOpened

ORIGIN = "test.example/audit"


def opened(n: int = 0, *, subject: str | None = "hmac-sha256:5f2a") -> ExchangeOpened:
    """An 'exchange opened' entry as the middleware builds it (pseudonym, counts only)."""
    return ExchangeOpened(
        exchange_id=f"ex-{n}", route="/v1/chat/completions", subject=subject,
        purposes=("support",), consent_receipts=("rcpt-1",), notice_version="2026-01",
        disclosure_version="d-3", redactions={"EMAIL_ADDRESS": 1, "PERSON": 2},
        handoff=None, policy_version="sha256:abcd", decision="forwarded",
    )
