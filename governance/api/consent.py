"""The consent HTTP API: the subject's own consent, receipts and requests; DPO exports.

Routes are relative; the composition root mounts them under ``service.api_prefix`` (default
``/governance``). Every error is ``{"error": {"type", "message"}}`` with a precise 4xx, and a
request that fails validation writes nothing. Database work runs in a worker thread. Raw
subject ids typed by a DPO travel in POST bodies, never in URLs (which end up in access logs).

Access: ``/consent`` and ``/requests`` act for the authenticated subject only (``subject_of``);
exports, ``/requests?all=1`` and closing requests need ``is_admin``; ``/ropa`` and
``/consent/public-key`` are public (they describe the processing, not a person).
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from consent import ConsentError, ConsentService, Decision
from consent.exports import MEDIA_TYPES, parse_instant, period_chunks, subject_document
from consent.exports import subject_export as render_subject
from consent.values import RequestKind
from governance.bodies import BadRequest, parse_json

SubjectOf = Callable[[Request], Awaitable[str | None]]
IsAdmin = Callable[[Request], Awaitable[bool]]
MAX_BODY = 64 * 1024


class _Body(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _DecisionIn(_Body):
    purpose: str = Field(max_length=64)
    decision: Literal["grant", "refuse"]
    notice_version: str = Field(max_length=80)


class _DecisionsIn(_Body):
    decisions: tuple[_DecisionIn, ...] = Field(min_length=1, max_length=64)
    subject: str | None = None


class _WithdrawIn(_Body):
    purposes: tuple[str, ...] | None = Field(default=None, max_length=64)
    subject: str | None = None


class _RequestIn(_Body):
    kind: RequestKind
    purpose: str | None = Field(default=None, max_length=64)
    subject: str | None = None


class _ExportIn(_Body):
    subject: str = Field(min_length=1, max_length=256)
    format: Literal["json", "csv", "html"] = "json"


class _Refused(Exception):
    """An HTTP error raised inside a handler: status, type, message."""

    def __init__(self, status: int, type_: str, message: str) -> None:
        super().__init__(message)
        self.status, self.type, self.message = status, type_, message


def error(status: int, type_: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"type": type_, "message": message}}, status_code=status)


def consent_routes(service: ConsentService, *, subject_of: SubjectOf, is_admin: IsAdmin,
                   pseudonymise: Callable[[str], str]) -> list[BaseRoute]:
    """The consent API's routes, to mount under the governance prefix."""
    api = _ConsentApi(service, subject_of, is_admin, pseudonymise)
    return [
        Route("/consent", api.guard(api.get_state), methods=["GET"]),
        Route("/consent", api.guard(api.post_decisions), methods=["POST"]),
        Route("/consent/withdraw", api.guard(api.post_withdraw), methods=["POST"]),
        Route("/consent/receipts/{receipt_id}", api.guard(api.get_receipt), methods=["GET"]),
        Route("/consent/public-key", api.guard(api.get_public_key), methods=["GET"]),
        Route("/consent/export", api.guard(api.post_export), methods=["POST"]),
        Route("/consent/records", api.guard(api.get_records), methods=["GET"]),
        Route("/ropa", api.guard(api.get_ropa), methods=["GET"]),
        Route("/requests", api.guard(api.get_requests), methods=["GET"]),
        Route("/requests", api.guard(api.post_request), methods=["POST"]),
        Route("/requests/{request_id}/close", api.guard(api.post_close), methods=["POST"]),
    ]


Handler = Callable[[Request], Awaitable[Response]]


class _ConsentApi:
    def __init__(self, service: ConsentService, subject_of: SubjectOf, is_admin: IsAdmin,
                 pseudonymise: Callable[[str], str]) -> None:
        self.service = service
        self.subject_of = subject_of
        self.is_admin = is_admin
        self.pseudonymise = pseudonymise

    @staticmethod
    def guard(handler: Handler) -> Handler:
        """Turn refusals and consent errors into the JSON error shape."""
        async def endpoint(request: Request) -> Response:
            try:
                return await handler(request)
            except _Refused as exc:
                return error(exc.status, exc.type, exc.message)
            except ConsentError as exc:
                return error(exc.status, exc.type, str(exc))
        return endpoint

    # -- helpers ---------------------------------------------------------------------------
    async def _subject(self, request: Request) -> str:
        subject = await self.subject_of(request)
        if subject is None:
            raise _Refused(401, "unauthenticated", "sign in to manage your consent")
        return subject

    async def _admin(self, request: Request) -> None:
        if not await self.is_admin(request):
            if await self.subject_of(request) is None:
                raise _Refused(401, "unauthenticated", "sign in with a DPO or admin token")
            raise _Refused(403, "forbidden", "this export is reserved to the data protection "
                           "officer")

    async def _body(self, request: Request, model: type[_Body]) -> Any:
        raw = await request.body()
        if len(raw) > MAX_BODY:
            raise _Refused(413, "body_too_large", f"the body exceeds {MAX_BODY} bytes")
        try:  # the same strict reading as chat bodies: types, depth, duplicates, surrogates
            data = parse_json(raw, request.headers.get("content-type")) if raw else {}
        except BadRequest as exc:
            raise _Refused(exc.status, exc.type, str(exc)) from None
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            # Locations and messages only: the values sent are not echoed back.
            detail = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}"
                               for e in exc.errors()[:5])
            raise _Refused(422, "invalid_body", detail) from None

    def _same_subject(self, claimed: str | None, subject: str) -> None:
        if claimed is not None and self.pseudonymise(claimed) != subject:
            raise _Refused(403, "forbidden", "you can only act for yourself")

    def _language(self, request: Request) -> str | None:
        return request.headers.get("accept-language")

    def _receipts(self, issued: tuple[Any, ...]) -> JSONResponse:
        prefix = self.service.api_prefix
        return JSONResponse({"receipts": [
            {"id": r.receipt_id, "purpose": r.purpose, "event": r.event,
             "url": f"{prefix}/consent/receipts/{r.receipt_id}",
             "receipt": json.loads(r.document)} for r in issued]})

    # -- subject's own consent -----------------------------------------------------------
    async def get_state(self, request: Request) -> Response:
        subject = await self._subject(request)
        language = self.service.language(self._language(request))
        states = await run_in_threadpool(self.service.state, subject, language)
        return JSONResponse({"language": language,
                             "purposes": [s.as_json() for s in states]})

    async def post_decisions(self, request: Request) -> Response:
        subject = await self._subject(request)
        body: _DecisionsIn = await self._body(request, _DecisionsIn)
        self._same_subject(body.subject, subject)
        decisions = [Decision(d.purpose, d.decision, d.notice_version) for d in body.decisions]
        issued = await run_in_threadpool(self.service.decide, subject, decisions,
                                         self._language(request))
        return self._receipts(issued)

    async def post_withdraw(self, request: Request) -> Response:
        subject = await self._subject(request)
        body: _WithdrawIn = await self._body(request, _WithdrawIn)
        self._same_subject(body.subject, subject)
        issued = await run_in_threadpool(self.service.withdraw, subject, body.purposes,
                                         self._language(request))
        return self._receipts(issued)

    async def get_receipt(self, request: Request) -> Response:
        receipt_id = _uuid(request.path_params["receipt_id"], "receipt")
        owner: str | None = None
        if not await self.is_admin(request):
            owner = await self._subject(request)
        document = await run_in_threadpool(self.service.receipt, receipt_id, owner)
        return Response(document, media_type="application/json")

    async def get_public_key(self, request: Request) -> Response:
        return Response(self.service.public_key_pem(), media_type="application/x-pem-file")

    async def get_ropa(self, request: Request) -> Response:
        return JSONResponse(self.service.ropa())

    # -- DPO exports -----------------------------------------------------------------------
    async def post_export(self, request: Request) -> Response:
        await self._admin(request)
        body: _ExportIn = await self._body(request, _ExportIn)
        subject = self.pseudonymise(body.subject)
        data = await run_in_threadpool(self._subject_export, subject, body.format)
        digest = base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")
        return Response(data, media_type=MEDIA_TYPES[body.format],
                        headers={"Repr-Digest": f"sha-256=:{digest}:"})

    def _subject_export(self, subject: str, fmt: Literal["json", "csv", "html"]) -> bytes:
        events, receipts, requests = self.service.history(subject)
        document = subject_document(subject, events, receipts, requests,
                                    self.service.ropa()["processing"])
        return render_subject(document, fmt)

    async def get_records(self, request: Request) -> Response:
        await self._admin(request)
        query = request.query_params
        fmt = query.get("format", "csv")
        if fmt not in ("csv", "jsonl"):
            raise _Refused(422, "invalid_query", "format must be 'csv' or 'jsonl'")
        try:
            since = parse_instant(query["since"]) if "since" in query else None
            until = parse_instant(query["until"]) if "until" in query else None
        except ValueError as exc:
            raise _Refused(422, "invalid_query", f"since/until: {exc}") from None
        records = self.service.iter_events(since, until)
        chunks = period_chunks(records, "csv" if fmt == "csv" else "jsonl")
        return StreamingResponse(chunks, media_type=MEDIA_TYPES[fmt], headers={
            "Content-Disposition": f'attachment; filename="consent-records.{fmt}"'})

    # -- subject requests ------------------------------------------------------------------
    async def post_request(self, request: Request) -> Response:
        subject = await self._subject(request)
        body: _RequestIn = await self._body(request, _RequestIn)
        self._same_subject(body.subject, subject)
        opened = await run_in_threadpool(self.service.open_request, subject, body.kind,
                                         body.purpose)
        return JSONResponse(opened.as_json(self.service.now()), status_code=201)

    async def get_requests(self, request: Request) -> Response:
        everyone = request.query_params.get("all") in ("1", "true")
        overdue = request.query_params.get("overdue") in ("1", "true")
        subject: str | None = None
        if everyone:
            await self._admin(request)
        else:
            subject = await self._subject(request)
        found = await run_in_threadpool(lambda: self.service.requests(subject, overdue=overdue))
        now = self.service.now()
        return JSONResponse({"requests": [r.as_json(now) for r in found]})

    async def post_close(self, request: Request) -> Response:
        await self._admin(request)
        request_id = _uuid(request.path_params["request_id"], "request")
        closed = await run_in_threadpool(self.service.close_request, request_id)
        return JSONResponse(closed.as_json(self.service.now()))


def _uuid(value: str, what: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise _Refused(404, "not_found", f"no such {what}") from None
