"""The consent package's exceptions.

    ConsentError                  root; ``status`` and ``type`` map it to an HTTP error
    ├── UnknownPurpose (422)      a purpose id the policy does not declare
    ├── InvalidDecision (422)     a well-formed request that the rules refuse
    ├── StaleNotice (409)         a decision on a notice version that is not the current one
    ├── NotFound (404)            no such receipt or request (for this subject)
    └── ReceiptInvalid (400)      a receipt or manifest fails verification

Messages name purposes, versions and rules, never a subject or user text.
"""

from __future__ import annotations


class ConsentError(Exception):
    """Root of the consent package's errors."""

    status = 400
    type = "invalid_request"


class UnknownPurpose(ConsentError):
    status = 422
    type = "unknown_purpose"


class InvalidDecision(ConsentError):
    status = 422
    type = "invalid_decision"


class StaleNotice(ConsentError):
    status = 409
    type = "stale_notice"


class NotFound(ConsentError):
    status = 404
    type = "not_found"


class ReceiptInvalid(ConsentError):
    status = 400
    type = "invalid_signature"
