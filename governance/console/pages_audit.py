"""Compliance pages: the audit trail, an entry and its proof, log status and "verify now".

Compliance officers see entries without subject pseudonyms (shown as "hidden"); the proof
download is the standard ``tlog-proof@v1`` file, whose ``extra`` line must carry the exact
logged bytes for the proof to verify offline.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from audit import AuditError, latest_checkpoint, prove_entry
from audit.merkle import hash_leaf
from governance.console import trail
from governance.console.app import Console, guarded
from governance.console.charts import all_charts
from governance.console.security import Principal

SUBJECT_FIELDS = ("subject",)
HIDDEN = "(hidden for this role)"


def _entry_fields(body: bytes, principal: Principal) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(body)
    if not principal.sees_subjects:
        for name in SUBJECT_FIELDS:
            if doc.get(name) is not None:
                doc[name] = HIDDEN
    return doc


def _trail(console: Console, request: Request) -> tuple[trail.TrailPage, trail.TrailFilter,
                                                        list[str], int]:
    filters, errors = trail.TrailFilter.parse(request.query_params)
    behind = console.indexer.refresh()
    found = trail.page(console.engine, console.origin, filters,
                       request.query_params.get("after"))
    return found, filters, errors, behind


@guarded("audit")
async def audit(console: Console, request: Request, principal: Principal) -> Response:
    found, filters, errors, behind = await run_in_threadpool(_trail, console, request)
    values = await run_in_threadpool(trail.choices, console.engine, console.origin)
    next_url = None
    if found.next_cursor:
        next_url = request.url_for("audit").include_query_params(
            **filters.query(), after=found.next_cursor)
    return console.render(request, "audit.html", principal, rows=found.rows, filters=filters,
                          errors=errors, values=values, decisions=trail.DECISIONS,
                          next_url=next_url, paged="after" in request.query_params,
                          behind=behind)


@guarded("audit", api=True)
async def api_trail(console: Console, request: Request, principal: Principal) -> Response:
    found, _, errors, behind = await run_in_threadpool(_trail, console, request)
    if errors:
        return JSONResponse({"error": "invalid filter", "fields": errors}, status_code=422)
    return JSONResponse({"entries": [
        {"index": r.index, "time": r.time.isoformat(), "kind": r.kind, "route": r.route,
         "decision": r.decision, "handoff": r.handoff, "entities": r.entities}
        for r in found.rows], "next": found.next_cursor,
        "not_yet_indexed": behind})


def _index(request: Request) -> int:
    return int(request.path_params["index"])


def _detail(console: Console, index: int, principal: Principal) -> dict[str, Any] | None:
    try:
        proof = prove_entry(console.audit_log, index)
    except AuditError:
        return None
    checkpoint = proof.verify(console.verifier)
    return {"index": index, "fields": _entry_fields(proof.extra, principal),
            "proof": [base64.b64encode(h).decode() for h in proof.proof],
            "checkpoint_size": checkpoint.size,
            "checkpoint_root": base64.b64encode(checkpoint.root).decode(),
            "leaf": base64.b64encode(hash_leaf(proof.extra)).decode()}


@guarded("audit")
async def entry(console: Console, request: Request, principal: Principal) -> Response:
    detail = await run_in_threadpool(_detail, console, _index(request), principal)
    if detail is None:
        return console.render(request, "not_found.html", principal, status=404)
    if principal.sees_subjects and detail["fields"].get("subject"):
        console.emit("view", actor=principal.actor, role=principal.role, view="audit-entry",
                     subject=detail["fields"]["subject"])
    return console.render(request, "entry.html", principal, detail=detail)


@guarded("audit", api=True)
async def api_entry(console: Console, request: Request, principal: Principal) -> Response:
    detail = await run_in_threadpool(_detail, console, _index(request), principal)
    if detail is None:
        return JSONResponse({"error": "no such entry"}, status_code=404)
    return JSONResponse(detail)


async def _proof(console: Console, request: Request) -> Response:
    index = _index(request)
    try:
        proof = await run_in_threadpool(prove_entry, console.audit_log, index)
    except AuditError:
        return PlainTextResponse("no such entry\n", status_code=404)
    return PlainTextResponse(proof.encode(), headers={
        "Content-Disposition": f'attachment; filename="entry-{index}.tlog-proof"'})


@guarded("audit")
async def proof(console: Console, request: Request, principal: Principal) -> Response:
    return await _proof(console, request)


@guarded("audit", api=True)
async def api_proof(console: Console, request: Request, principal: Principal) -> Response:
    return await _proof(console, request)


def _status(console: Console) -> dict[str, Any]:
    checkpoint = latest_checkpoint(console.audit_log)
    job = console.verify_job.state()
    return {"size": console.audit_log.size(),
            "checkpoint": None if checkpoint is None else {
                "size": checkpoint.size, "root": base64.b64encode(checkpoint.root).decode()},
            "verify": job.to_json()}


@guarded("audit")
async def status(console: Console, request: Request, principal: Principal) -> Response:
    data = await run_in_threadpool(_status, console)
    job = console.verify_job.state()
    finished = None if job.finished_at is None else datetime.fromtimestamp(job.finished_at, UTC)
    return console.render(request, "status.html", principal, status_data=data, job=job,
                          finished=finished)


@guarded("audit", api=True)
async def api_status(console: Console, request: Request, principal: Principal) -> Response:
    return JSONResponse(await run_in_threadpool(_status, console))


@guarded("audit")
async def verify_now(console: Console, request: Request, principal: Principal) -> Response:
    await run_in_threadpool(console.verify_job.start)
    return RedirectResponse(request.url_for("status"), status_code=303)


@guarded("audit", api=True)
async def api_verify(console: Console, request: Request, principal: Principal) -> Response:
    if request.method == "POST":
        started = await run_in_threadpool(console.verify_job.start)
        return JSONResponse({"started": started, **console.verify_job.state().to_json()},
                            status_code=202)
    return JSONResponse(console.verify_job.state().to_json())


async def _checkpoint(console: Console) -> Response:
    checkpoint = await run_in_threadpool(latest_checkpoint, console.audit_log)
    if checkpoint is None:
        return PlainTextResponse("no checkpoint has been signed yet\n", status_code=404)
    return PlainTextResponse(checkpoint.note, headers={
        "Content-Disposition": f'attachment; filename="checkpoint-{checkpoint.size}.txt"'})


@guarded("audit")
async def checkpoint(console: Console, request: Request, principal: Principal) -> Response:
    return await _checkpoint(console)


@guarded("audit", api=True)
async def api_checkpoint(console: Console, request: Request, principal: Principal) -> Response:
    return await _checkpoint(console)


@guarded("charts")
async def charts(console: Console, request: Request, principal: Principal) -> Response:
    def build() -> Any:
        console.indexer.refresh()
        now = datetime.fromtimestamp(console.clock(), UTC)
        return all_charts(console.engine, console.origin, console.consent, now)

    found = await run_in_threadpool(build)
    return console.render(request, "charts.html", principal, charts=found)


ROUTES = [
    Route("/audit", audit, name="audit"),
    Route("/audit/entries/{index:int}", entry, name="entry"),
    Route("/audit/entries/{index:int}/proof", proof, name="proof"),
    Route("/audit/status", status, name="status"),
    Route("/audit/verify", verify_now, methods=["POST"], name="verify"),
    Route("/audit/checkpoint", checkpoint, name="checkpoint"),
    Route("/charts", charts, name="charts"),
    Route("/api/trail", api_trail, name="api_trail"),
    Route("/api/entries/{index:int}", api_entry, name="api_entry"),
    Route("/api/entries/{index:int}/proof", api_proof, name="api_proof"),
    Route("/api/status", api_status, name="api_status"),
    Route("/api/verify", api_verify, methods=["GET", "POST"], name="api_verify"),
    Route("/api/checkpoint", api_checkpoint, name="api_checkpoint"),
]
