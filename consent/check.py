"""The answer to "may this request go ahead?", and the 403 body when it may not."""

from __future__ import annotations

from dataclasses import dataclass

from consent.purposes import CONSENT, Language
from consent.values import PurposeState


@dataclass(frozen=True, slots=True)
class ConsentCheck:
    """The outcome of ``ConsentService.check`` for one request.

    ``allowed`` is false when a required purpose lacks a valid basis (consent missing,
    refused, withdrawn, expired or on an old notice; or an objection). Optional purposes never
    block (GDPR 7(4), R2): those not permitted are listed in ``withheld`` so the pipeline can
    skip them (e.g. not keep the history).
    """

    allowed: bool
    language: Language
    states: tuple[PurposeState, ...]
    api_prefix: str

    @property
    def blocking(self) -> tuple[PurposeState, ...]:
        return tuple(s for s in self.states if s.required and not s.permitted)

    @property
    def withheld(self) -> tuple[str, ...]:
        return tuple(s.purpose for s in self.states if not s.required and not s.permitted)

    @property
    def permitted(self) -> tuple[str, ...]:
        return tuple(s.purpose for s in self.states if s.permitted)

    @property
    def receipt_ids(self) -> tuple[str, ...]:
        """The grants this request relies on (for the audit entry)."""
        return tuple(s.event_id for s in self.states
                     if s.permitted and s.state == "granted" and s.event_id is not None)

    def refusal_body(self) -> dict[str, object]:
        """The JSON body of the 403: which purposes need a decision, their notices, where to go."""
        names = ", ".join(s.purpose for s in self.blocking)
        return {
            "error": {"type": "consent_required",
                      "message": f"a decision is needed before this service can be used: {names}"},
            "consent_required": {
                "purposes": [s.as_json() for s in self.blocking],
                "optional": [s.as_json() for s in self.states
                             if not s.required and s.legal_basis == CONSENT],
                "language": self.language,
                "state_url": f"{self.api_prefix}/consent",
                "grant_url": f"{self.api_prefix}/consent",
                "withdraw_url": f"{self.api_prefix}/consent/withdraw",
                "method": "POST",
            },
        }
