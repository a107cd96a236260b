"""Values for consent tests: purposes shaped like the demo's, a clock moved by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from consent import Notice, PurposeSpec

ASSISTANT = "assistant"
HISTORY = "history"
ANALYTICS = "analytics"
SECURITY = "security"


def make_purpose(purpose_id: str, **overrides: Any) -> PurposeSpec:
    """A valid purpose; consent-based and optional unless overridden."""
    fields: dict[str, Any] = {
        "id": purpose_id,
        "name": f"{purpose_id} purpose",
        "legal_basis": "eu-gdpr:A6-1-a",
        "purpose_category": ["dpv:HumanResourceManagement"],
        "retention": "P30D",
        "recipients": ["LLM provider (processor)"],
        "data_categories": ["pd:Communication"],
        "notice": {"en": f"We use your messages for {purpose_id}.",
                   "fr": f"Vos messages pour {purpose_id}."},
    }
    fields.update(overrides)
    return PurposeSpec.model_validate(fields)


def demo_purposes(**notice_overrides: Notice) -> tuple[PurposeSpec, ...]:
    """The demo's shape: a justified required consent purpose, two optional ones, and an
    optional legitimate-interest purpose."""
    assistant: dict[str, Any] = {
        "required": True,
        "consent_justification": "HR staff give the same answers; refusing costs nothing.",
    }
    if ASSISTANT in notice_overrides:
        assistant["notice"] = notice_overrides[ASSISTANT]
    return (
        make_purpose(ASSISTANT, **assistant),
        make_purpose(HISTORY, validity="P30D"),
        make_purpose(ANALYTICS),
        make_purpose(SECURITY, legal_basis="eu-gdpr:A6-1-f",
                     purpose_category=["dpv:EnforceSecurity"]),
    )


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)
