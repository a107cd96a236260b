"""The composition root: every long-lived object the middleware needs, built once.

``Runtime.start(policy)`` loads keys, builds the subject resolver and the steps each route
uses. Heavy work (models, engines) happens here, in a worker thread, never at import time and
never per request. Tests and embedders may pass their own ``steps``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import anyio
import sqlalchemy as sa
from sqlalchemy import Engine
from starlette.types import ASGIApp

from governance.conversation import MemoryResponseIndex, ResponseIndex
from governance.errors import ConfigError
from governance.identity import Pseudonymiser, SubjectResolver, resolver_from_policy
from governance.keys import KeyStore
from governance.policy import Policy, Route
from governance.steps import (
    NoAudit,
    NoConsent,
    NoDisclosure,
    NoHandoff,
    NoRedaction,
    Steps,
)


@contextmanager
def schema_lock(engine: Engine) -> Iterator[None]:
    """Workers starting together on PostgreSQL create tables one at a time (CREATE TABLE IF
    NOT EXISTS is not safe against a concurrent twin). SQLite serialises writers itself."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT pg_advisory_lock(7247001)"))
        try:
            yield
        finally:
            conn.execute(sa.text("SELECT pg_advisory_unlock(7247001)"))
            conn.commit()


@dataclass(slots=True)
class Runtime:
    policy: Policy
    identity: SubjectResolver
    pseudonymise: Pseudonymiser
    conversation_key: bytes
    steps: Steps = field(default_factory=Steps)
    responses: ResponseIndex = field(default_factory=MemoryResponseIndex)
    api: ASGIApp | None = None
    resources: list[Any] = field(default_factory=list)
    route_steps: dict[Route, Steps] = field(default_factory=dict)
    parts: dict[str, Any] = field(default_factory=dict)

    @classmethod
    async def start(cls, policy: Policy, *, steps: Steps | None = None,
                    keys: KeyStore | None = None) -> Runtime:
        return await anyio.to_thread.run_sync(lambda: cls.build(policy, steps=steps, keys=keys))

    @classmethod
    def build(cls, policy: Policy, *, steps: Steps | None = None,
              keys: KeyStore | None = None) -> Runtime:
        keys = keys or KeyStore(policy.resolve(policy.storage.keys_dir))
        pseudonym_key = keys.secret("pseudonym")
        token_secret = keys.secret("token") if policy.identity.mode == "jwt" else None
        identity = resolver_from_policy(policy.identity, token_secret=token_secret,
                                        resolve=policy.resolve)
        runtime = cls(policy=policy, identity=identity, pseudonymise=Pseudonymiser(pseudonym_key),
                      conversation_key=pseudonym_key, steps=steps or Steps())
        if steps is None:
            missing = policy.attestations_missing()
            if missing:
                raise ConfigError("startup refused until the employer attests: "
                                  + "; ".join(missing))
            from governance.assembly import assemble
            from governance.response_index import SqlResponseIndex
            from governance.storage import create_engine

            engine = create_engine(policy.database_url)
            responses = SqlResponseIndex(engine)
            responses.create_schema()
            with schema_lock(engine):
                assembled = assemble(policy, keys, engine, identity=identity,
                                     pseudonymise=runtime.pseudonymise)
            runtime.steps = assembled.steps
            runtime.responses = responses
            runtime.resources = assembled.resources
            runtime.parts = assembled.parts
            runtime.api = assembled.api
        return runtime

    def steps_for(self, route: Route) -> Steps:
        """The steps with those the route switches off replaced by no-ops."""
        found = self.route_steps.get(route)
        if found is None:
            found = self.route_steps[route] = self._steps_for(route)
        return found

    def _steps_for(self, route: Route) -> Steps:
        enabled = set(route.steps)
        replace: dict[str, Any] = {}
        if "consent" not in enabled:
            replace["consent"] = NoConsent()
        if "handoff" not in enabled:
            replace["handoff"] = NoHandoff()
        if "redaction" not in enabled:
            replace["redaction"] = NoRedaction()
        if "audit" not in enabled:
            replace["audit"] = NoAudit()
        if "disclosure" not in enabled:
            replace["disclosure"] = NoDisclosure()
        if "answer-check" not in enabled:
            replace["checks"] = ()
        return dataclasses.replace(self.steps, **replace) if replace else self.steps

    async def close(self) -> None:
        for resource in reversed(self.resources):
            if (aclose := getattr(resource, "aclose", None)) is not None:
                await aclose()
            elif (close := getattr(resource, "dispose", None)) is not None:
                await anyio.to_thread.run_sync(close)
