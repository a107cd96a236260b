"""The exception tree of the governance layer.

    GovernanceError
    ├── ConfigError (also ValueError)    a bad policy file or option: names key, value, expectation
    ├── KeyStoreError                    a key is missing or unreadable: run `governance keys init`
    └── StepError                        a step failed: the request is refused (fail closed)

Messages never carry user text or personal data.
"""

from __future__ import annotations


class GovernanceError(Exception):
    """Root of every error raised by the governance layer."""


class ConfigError(GovernanceError, ValueError):
    """The policy or an option is invalid."""


class KeyStoreError(GovernanceError):
    """A key cannot be loaded."""


class StepError(GovernanceError):
    """A pipeline step could not complete; the exchange is refused.

    ``status`` and ``reason`` become the HTTP status and the ``Governance-Decision`` reason.
    """

    def __init__(self, message: str, *, status: int = 503, reason: str = "step-failed") -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason
