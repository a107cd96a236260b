"""Builds the real steps from the policy: the composition root's heavy half.

Each step is built only when some route uses it. Everything here runs once, at startup, in a
worker thread (models load in seconds). Missing keys or models fail startup with a message
that says what to do, rather than running without a safeguard.
"""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import Engine

from governance.identity import Pseudonymiser, SubjectResolver
from governance.keys import KeyStore
from governance.policy import Policy
from governance.steps import Steps


@dataclass
class Assembled:
    steps: Steps
    resources: list[Any] = field(default_factory=list)
    parts: dict[str, Any] = field(default_factory=dict)
    api: Any = None


def _used(policy: Policy, step: str) -> bool:
    return any(step in route.steps for route in policy.routes)


@functools.cache
def _analyzer(models: tuple[tuple[str, str], ...], threshold: float) -> Any:
    """One engine per process and configuration: the models take seconds to load."""
    from redaction.engine import EngineConfig, build_engine

    return build_engine(EngineConfig(models=dict(models), score_threshold=threshold))


def build_redaction(policy: Policy, keys: KeyStore, engine: Engine) -> Any:
    from governance.redaction_step import PresidioRedaction
    from redaction.cache import SpanCache
    from redaction.pseudonymise import Pseudonymiser
    from redaction.vault import Vault

    settings = policy.redaction
    analyzer = _analyzer(tuple(sorted((str(k), v) for k, v in settings.models.items())),
                         settings.score_threshold)
    vault = Vault(engine, keys.secret("vault"), ttl=timedelta(hours=settings.vault_ttl_hours))
    vault.create_schema()
    cache = SpanCache(max_entries=max(settings.cache_size, 1), key=keys.secret("pseudonym"))
    pseudonymiser = Pseudonymiser(analyzer, vault, cache=cache)
    return PresidioRedaction(pseudonymiser, vault, analyzer, answer_pii=settings.answer_pii,
                             timeout=settings.analysis_timeout_seconds)


def build_consent(policy: Policy, keys: KeyStore, engine: Engine,
                  on_event: Any = None) -> Any:
    from consent import ConsentService

    service = ConsentService(engine, policy.purposes, policy.consent,
                             keys.signing_key("receipt"), api_prefix=policy.service.api_prefix,
                             on_event=on_event)
    service.create_schema()
    return service


def build_audit(policy: Policy, keys: KeyStore, engine: Engine) -> tuple[Any, Any]:
    from audit import AuditLog, Checkpointer, FileSink, WebhookSink, create_schema, origin_for
    from governance.audit_step import CheckpointLoop

    create_schema(engine)
    audit_log = AuditLog(engine, origin=origin_for(policy.service.name),
                         signing_key=keys.signing_key("audit"),
                         details_secret=keys.secret("audit-details"))
    settings = policy.audit
    sinks: list[Any] = []
    if settings.checkpoint_file is not None:
        sinks.append(FileSink(policy.resolve(settings.checkpoint_file)))
    if settings.checkpoint_webhook is not None:
        sinks.append(WebhookSink(settings.checkpoint_webhook))
    checkpointer = Checkpointer(audit_log, every_entries=settings.checkpoint_every_entries,
                                every_seconds=settings.checkpoint_every_seconds, sinks=sinks)
    return audit_log, CheckpointLoop(checkpointer).start()


def build_console(policy: Policy, keys: KeyStore, engine: Engine, audit_log: Any,
                  consent: Any, pseudonymise: Pseudonymiser, killswitch: Any) -> Any:
    """The compliance console, mounted at ``<api_prefix>/console``."""
    from starlette.routing import Mount

    from governance.audit_step import console_hook
    from governance.console import console_app, create_console_schema
    from governance.erasure import erase_subject

    create_console_schema(engine)
    app = console_app(
        engine=engine, session_secret=keys.secret("session"), audit_log=audit_log,
        audit_origin=audit_log.origin, audit_verifier=audit_log.verifier,
        consent_service=consent, pseudonymise=pseudonymise, killswitch=killswitch,
        on_event=console_hook(audit_log),
        erase=lambda subject: erase_subject(policy, keys, engine, subject).as_json())
    return Mount("/console", app=app)


def build_oversight(policy: Policy, engine: Engine, on_switch: Any = None) -> dict[str, Any]:
    from governance.oversight import (
        DecisionGuard,
        HandoffWebhook,
        KillSwitch,
        build_classifier,
    )
    from governance.oversight_steps import OversightDisclosure, OversightGuard, OversightHandoff

    killswitch = KillSwitch(engine, refresh_seconds=policy.killswitch.refresh_seconds,
                            on_change=on_switch)
    killswitch.create_schema()
    webhook = HandoffWebhook.from_settings(policy.handoff)
    handoff = OversightHandoff(build_classifier(policy.handoff), policy.handoff,
                               killswitch=killswitch, killswitch_settings=policy.killswitch,
                               webhook=webhook)
    return {"killswitch": killswitch, "webhook": webhook, "handoff": handoff,
            "disclosure": OversightDisclosure(policy.disclosure),
            "guard": OversightGuard(DecisionGuard(), policy.answer_guard)}


def assemble(policy: Policy, keys: KeyStore, engine: Engine, *, identity: SubjectResolver,
             pseudonymise: Pseudonymiser) -> Assembled:
    from governance.api.app import RequestIdentity, build_api
    from governance.api.consent import consent_routes
    from governance.api.disclosure import disclosure_routes
    from governance.audit_step import LogAudit, consent_hook, killswitch_hook
    from governance.consent_step import LedgerConsent

    parts: dict[str, Any] = {}
    kwargs: dict[str, Any] = {}
    who = RequestIdentity(identity, pseudonymise)
    routes: list[Any] = list(disclosure_routes(
        policy.disclosure, default_language=policy.service.default_language))
    if _used(policy, "redaction"):
        parts["redaction"] = kwargs["redaction"] = build_redaction(policy, keys, engine)
        # The analysis thread is CPU-bound Python: switch the GIL more often (default 5 ms) so
        # the event loop keeps answering other requests promptly while it runs.
        sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
    resources: list[Any] = [engine]
    audit_log = None
    if _used(policy, "audit"):
        audit_log, loop = build_audit(policy, keys, engine)
        parts["audit"] = audit_log
        resources.append(loop)
        kwargs["audit"] = LogAudit(audit_log, policy_version=policy.version)
    on_event = consent_hook(audit_log) if audit_log is not None else None
    consent = parts["consent"] = build_consent(policy, keys, engine, on_event)
    routes += consent_routes(consent, subject_of=who.subject_of, is_admin=who.is_admin,
                             pseudonymise=pseudonymise)
    if _used(policy, "consent"):
        kwargs["consent"] = LedgerConsent(consent)
    oversight = build_oversight(policy, engine,
                                killswitch_hook(audit_log) if audit_log is not None else None)
    parts.update(oversight)
    kwargs["handoff"] = oversight["handoff"]
    kwargs["disclosure"] = oversight["disclosure"]
    kwargs["checks"] = (oversight["guard"],)
    from governance.api.openapi import openapi_routes

    routes += openapi_routes(policy.service.api_prefix)
    if audit_log is not None:
        routes.append(build_console(policy, keys, engine, audit_log, consent, pseudonymise,
                                    oversight["killswitch"]))
    api = build_api(policy.service.api_prefix, routes)
    if oversight["webhook"]:
        resources.append(oversight["webhook"])
    return Assembled(Steps(**kwargs), resources, parts, api)
