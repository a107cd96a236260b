"""asgi-governance: consent and transparency governance for AI assistants.

    from governance import GovernanceMiddleware, Policy
    app.add_middleware(GovernanceMiddleware, policy=Policy.from_file("governance.toml"))
"""

from __future__ import annotations

from governance.decision import Decision
from governance.errors import ConfigError, GovernanceError, KeyStoreError, StepError
from governance.exchange import Exchange
from governance.middleware import GovernanceMiddleware
from governance.policy import Policy, Route
from governance.runtime import Runtime
from governance.steps import Handoff, Refusal, Steps

__all__ = [
    "ConfigError",
    "Decision",
    "Exchange",
    "GovernanceError",
    "GovernanceMiddleware",
    "Handoff",
    "KeyStoreError",
    "Policy",
    "Refusal",
    "Route",
    "Runtime",
    "StepError",
    "Steps",
]
