"""``GovernanceMiddleware``: the pure-ASGI shell that runs the governance pipeline.

    app.add_middleware(GovernanceMiddleware, policy=Policy.from_file("governance.toml"))

Non-HTTP scopes pass through (a websocket on a governed path is refused when the policy says
so); requests under the governance API prefix go to the governance API; requests that match no
route pass through untouched. A governed request runs: identity -> body limits and parsing ->
chat format -> conversation -> consent -> handoff -> redaction -> audit -> the app, and its
answer goes through a ``Responder``. Every governed answer carries ``Governance-Decision``.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Sequence
from typing import Any

import anyio
import structlog
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from governance import decision as decisions
from governance.bodies import BadRequest, ClientDisconnected, parse_json, read_body
from governance.conversation import HEADER as CONVERSATION_HEADER
from governance.conversation import conversation_id
from governance.errors import GovernanceError, StepError
from governance.exchange import Exchange
from governance.formats import FormatError, format_for, pointer
from governance.identity import IdentityError
from governance.lang import preferred_language
from governance.policy import Policy, Route
from governance.responder import EXCHANGE_HEADER, Responder
from governance.runtime import Runtime
from governance.sse import encode as sse_encode
from governance.steps import Handoff, NoRedaction, Refusal, Steps

log = structlog.get_logger("governance")
# Where an inner app (the reverse proxy) finds the exchange, in ``scope["state"]``.
EXCHANGE_KEY = "governance.exchange"


class GovernanceMiddleware:
    def __init__(self, app: ASGIApp, *, policy: Policy, runtime: Runtime | None = None,
                 steps: Steps | None = None) -> None:
        self.app = app
        self.policy = policy
        self._runtime = runtime
        self._steps_override = steps
        self._lock = anyio.Lock()
        self._formats = {route: format_for(route) for route in policy.routes}

    async def runtime(self) -> Runtime:
        """Heavy objects are built once, at lifespan startup or on the first request."""
        if self._runtime is None:
            async with self._lock:
                if self._runtime is None:
                    self._runtime = await Runtime.start(self.policy, steps=self._steps_override)
        return self._runtime

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, self._lifespan_receive(receive), send)
            return
        if scope["type"] == "websocket":
            if self.policy.service.websocket == "refuse" and any(
                    r.matches(scope["path"], "GET") or r.path == scope["path"]
                    for r in self.policy.routes):
                await send({"type": "websocket.close", "code": 1008,
                            "reason": "governed route: websocket not allowed"})
                return
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        prefix = self.policy.service.api_prefix
        if path == prefix or path.startswith(prefix + "/"):
            runtime = await self.runtime()
            if runtime.api is not None:
                await runtime.api(scope, receive, send)
                return
        route = self.policy.rule_for(path, scope["method"])
        if route is None:
            await self.app(scope, receive, send)
            return
        runtime = await self.runtime()
        governed = _Governed(self.app, runtime, route, self._formats[route], scope, receive, send)
        await governed.run()

    def _lifespan_receive(self, receive: Receive) -> Receive:
        async def wrapped() -> Message:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await self.runtime()
            elif message["type"] == "lifespan.shutdown" and self._runtime is not None:
                await self._runtime.close()
            return message

        return wrapped


class _Governed:
    """One governed request; holds every per-request buffer (never the middleware)."""

    def __init__(self, app: ASGIApp, runtime: Runtime, route: Route, fmt: Any, scope: Scope,
                 receive: Receive, send: Send) -> None:
        self.app = app
        self.runtime = runtime
        self.steps = runtime.steps_for(route)
        self.scope = scope
        self.receive = receive
        self.send = send
        self.headers = Headers(scope=scope)
        accept = self.headers.get("accept-language")
        self.exchange = Exchange(
            route=route, format=fmt, path=scope["path"], method=scope["method"],
            request_id=self.headers.get("x-request-id") or uuid.uuid4().hex,
            accept_language=accept,
            language=preferred_language(accept) or runtime.policy.service.default_language,
        )
        self.responder: Responder | None = None
        self._opened = self._closed = False

    async def run(self) -> None:
        ex = self.exchange
        structlog.contextvars.bind_contextvars(request_id=ex.request_id, exchange_id=ex.id)
        outcome = "error"
        try:
            body = await self._prepare()
            if body is None:
                outcome = ex.decision.kind
                return
            self.responder = Responder(
                ex, self.steps, self.send,
                max_response_bytes=self.runtime.policy.limits.max_response_bytes,
                on_response_id=self._remember if ex.hints and ex.format.name == "openai-responses"
                else None,
                on_complete=self._complete,
            )
            await self.steps.audit.opened(ex)  # fail closed: nothing forwarded without it
            self._opened = True
            try:
                await self.app(self._scope_for(body), self._replay(body), self.responder.send)
            except BaseException as exc:
                # A broken answer is recorded as such (e.g. the upstream's stream broke off).
                reason = getattr(exc, "reason", None)
                with anyio.CancelScope(shield=True):
                    await self._close({"status": ex.status, "error": reason
                                       if isinstance(reason, str) else "app_failed"})
                raise
            outcome = ex.decision.kind
            await self._complete()  # when the app sent no final body message
        except BadRequest as exc:
            outcome = "refused"
            await self._refuse(Refusal(exc.status, exc.type, self._error(exc.status, exc.type,
                                                                          str(exc))))
        except ClientDisconnected:
            outcome = "disconnected"
        except StepError as exc:
            outcome = "refused"
            log.warning("step_failed", reason=exc.reason, error_type=type(exc).__name__)
            await self._refuse(Refusal(exc.status, exc.reason,
                                       self._error(exc.status, exc.reason, str(exc))))
        except GovernanceError as exc:
            outcome = "error"
            log.error("exchange_failed", error_type=type(exc).__name__)
            await self._refuse(Refusal(502, "answer_rejected",
                                       self._error(502, "answer_rejected", str(exc))))
        finally:
            log.info("exchange", route=ex.route.path, outcome=outcome, status=ex.status,
                     subject_ref=ex.subject_pseudonym, decision=ex.decision.header_value(),
                     latency_ms=round(ex.elapsed_ms(), 2))
            structlog.contextvars.unbind_contextvars("request_id", "exchange_id")

    async def _prepare(self) -> bytes | None:
        """Everything before the app is called; None when the exchange was answered already."""
        ex, runtime, route = self.exchange, self.runtime, self.exchange.route
        try:
            subject = await runtime.identity(self.scope, self.headers)
        except IdentityError as exc:
            await self._refuse(Refusal(401, "invalid_credentials",
                                       self._error(401, "invalid_credentials", str(exc)),
                                       [("www-authenticate", 'Bearer error="invalid_token"')]))
            return None
        if subject is None and route.require_subject:
            await self._refuse(Refusal(401, "unauthenticated", self._error(
                401, "unauthenticated",
                "this route needs an authenticated subject (Authorization: Bearer <token>)"),
                [("www-authenticate", "Bearer")]))
            return None
        ex.subject = subject
        ex.subject_pseudonym = runtime.pseudonymise(subject) if subject else None

        raw = await read_body(self.receive, self.headers,
                              limit=runtime.policy.limits.max_body_bytes)
        doc = parse_json(raw, self.headers.get("content-type"))
        try:
            ex.slots = ex.format.request_texts(doc)
            ex.hints = ex.format.hints(doc)
        except FormatError as exc:
            raise BadRequest(422, "invalid_format", str(exc)) from None
        ex.request, ex.stream = doc, ex.format.is_stream(doc)
        previous = None
        if ex.hints.previous_response_id is not None:
            previous = await anyio.to_thread.run_sync(runtime.responses.lookup,
                                                      ex.hints.previous_response_id)
        ex.conversation_id = conversation_id(
            header=self.headers.get(CONVERSATION_HEADER), hints=ex.hints, subject=subject,
            key=runtime.conversation_key, previous=previous)

        if (refusal := await self.steps.consent.check(ex)) is not None:
            await self._refuse(refusal)
            return None
        if (handoff := await self.steps.handoff.route(ex)) is not None:
            await self._handoff(handoff)
            return None
        slots = [s for s in ex.slots if s.kind != "system" or route.redact_system_prompts]
        texts = await self.steps.redaction.redact(ex, slots)
        changed = False
        for slot, text in zip(slots, texts, strict=True):
            if text != slot.text:
                pointer.set_value(doc, slot.pointer, text)
                changed = True
        return json.dumps(doc, ensure_ascii=False).encode("utf-8") if changed else raw

    async def _remember(self, response_id: str) -> None:
        await anyio.to_thread.run_sync(self.runtime.responses.remember, response_id,
                                       self.exchange.conversation_id)

    def _error(self, status: int, type_: str, message: str) -> dict[str, Any]:
        body: dict[str, Any] = self.exchange.format.error(status, type_, message)
        return body

    def _scope_for(self, body: bytes) -> Scope:
        headers = [(k, v) for k, v in self.scope["headers"] if k != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        state = {**self.scope.get("state", {}), EXCHANGE_KEY: self.exchange}
        return {**self.scope, "headers": headers, "state": state}

    def _replay(self, body: bytes) -> Receive:
        sent = False

        async def receive() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await self.receive()

        return receive

    async def _complete(self) -> None:
        await self._close({"status": self.exchange.status})

    async def _close(self, outcome: dict[str, Any]) -> None:
        if self._closed:
            return
        self._closed = True
        ex = self.exchange
        await self.steps.audit.closed(ex, {**outcome, "latency_ms": round(ex.elapsed_ms(), 2)})

    async def _refuse(self, refusal: Refusal) -> None:
        ex = self.exchange
        if self.responder is not None and self.responder.started:
            return  # the answer has begun: nothing more can be said over HTTP
        ex.decision = decisions.refused(refusal.reason)
        ex.status = refusal.status
        if not self._opened and refusal.reason not in ("audit-unavailable", "answer_rejected"):
            try:  # refusals are audited too, best effort: the refusal stands either way
                await self.steps.audit.opened(ex)
                await self._close({"status": refusal.status})
            except GovernanceError:
                log.error("refusal_not_audited", reason=refusal.reason)
        body = json.dumps(refusal.body, ensure_ascii=False).encode("utf-8")
        headers = [(b"content-type", b"application/json"),
                   (b"content-length", str(len(body)).encode()),
                   (decisions.HEADER.encode(), ex.decision.header_value().encode()),
                   (EXCHANGE_HEADER.encode(), ex.id.encode())]
        headers += [(k.encode(), v.encode()) for k, v in refusal.headers]
        await self.send({"type": "http.response.start", "status": refusal.status,
                         "headers": headers})
        await self.send({"type": "http.response.body", "body": body, "more_body": False})

    async def _handoff(self, handoff: Handoff) -> None:
        """Answer from the human channel in the route's chat format; the model is not called."""
        ex = self.exchange
        ex.decision = decisions.handoff(handoff.category)
        fmt = ex.format
        model = ex.hints.model if ex.hints else None
        # The layer wrote this answer: disclosure applies, restoration and answer checks do not.
        steps = dataclasses.replace(self.steps, redaction=NoRedaction(), checks=())
        responder = Responder(ex, steps, self.send,
                              max_response_bytes=self.runtime.policy.limits.max_response_bytes)
        if ex.stream:
            events: Sequence[tuple[str | None, Any]] = fmt.reply_events(handoff.text, model=model)
            start = {"type": "http.response.start", "status": 200,
                     "headers": [(b"content-type", b"text/event-stream; charset=utf-8"),
                                 (b"cache-control", b"no-cache")]}
            body = b"".join(sse_encode(name, data) for name, data in events)
        else:
            start = {"type": "http.response.start", "status": 200,
                     "headers": [(b"content-type", b"application/json")]}
            body = json.dumps(fmt.reply(handoff.text, model=model), ensure_ascii=False).encode()
        await self.steps.audit.opened(ex)
        self.responder = responder
        await responder.send(start)
        await self._close({"status": 200, "handoff": handoff.category})
        await responder.send({"type": "http.response.body", "body": body, "more_body": False})
