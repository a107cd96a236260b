"""DPO pages: subject lookup, consent history and receipts, export bundle, request ledger,
erasure with a confirmation step.

The subject id travels only in POST bodies (never in a URL, so never in an access log or the
browser history) and is pseudonymised before any query. Every view of a subject's data,
every export and every erasure is reported to ``on_event`` with the pseudonym only.
"""

from __future__ import annotations

from datetime import UTC, datetime

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from consent import NotFound
from governance.console import dpo
from governance.console.app import Console, guarded
from governance.console.security import Principal

MAX_SUBJECT = 256


async def _subject_id(request: Request) -> str | None:
    value = str((await request.form()).get("subject") or "").strip()
    return value if 0 < len(value) <= MAX_SUBJECT and value.isprintable() else None


@guarded("dpo")
async def lookup_form(console: Console, request: Request, principal: Principal) -> Response:
    return console.render(request, "dpo.html", principal, error=None)


@guarded("dpo")
async def subject(console: Console, request: Request, principal: Principal) -> Response:
    subject_id = await _subject_id(request)
    if subject_id is None:
        return console.render(request, "dpo.html", principal, status=422,
                              error="Type the subject id (1 to 256 printable characters).")
    pseudonym = console.pseudonymise(subject_id)
    console.emit("view", actor=principal.actor, role=principal.role, view="consent-history",
                 subject=pseudonym)
    view = await run_in_threadpool(dpo.lookup, console.consent, pseudonym)
    now = console.consent.now()
    return console.render(request, "subject.html", principal, subject_id=subject_id, view=view,
                          receipt_id=dpo.receipt_id, now=now)


@guarded("dpo")
async def receipt(console: Console, request: Request, principal: Principal) -> Response:
    receipt_id = str(request.path_params["receipt_id"])
    try:
        document = await run_in_threadpool(console.consent.receipt, receipt_id)
    except NotFound:
        return console.render(request, "not_found.html", principal, status=404)
    console.emit("view", actor=principal.actor, role=principal.role, view="receipt")
    return Response(document, media_type="application/json", headers={
        "Content-Disposition": 'attachment; filename="receipt.json"'})


@guarded("dpo")
async def export(console: Console, request: Request, principal: Principal) -> Response:
    subject_id = await _subject_id(request)
    if subject_id is None:
        return console.render(request, "dpo.html", principal, status=422,
                              error="Type the subject id to export.")
    pseudonym = console.pseudonymise(subject_id)
    console.emit("export", actor=principal.actor, role=principal.role, scope="subject-bundle",
                 subject=pseudonym)
    data = await run_in_threadpool(dpo.bundle, console.consent, console.audit_log, pseudonym)
    stamp = datetime.fromtimestamp(console.clock(), UTC).strftime("%Y%m%d")
    return Response(data, media_type="application/zip", headers={
        "Content-Disposition": f'attachment; filename="subject-export-{stamp}.zip"'})


@guarded("dpo")
async def erase_confirm(console: Console, request: Request, principal: Principal) -> Response:
    subject_id = await _subject_id(request)
    if subject_id is None:
        return console.render(request, "dpo.html", principal, status=422,
                              error="Type the subject id to erase.")
    return console.render(request, "erase.html", principal, subject_id=subject_id, done=False)


@guarded("dpo")
async def erase(console: Console, request: Request, principal: Principal) -> Response:
    subject_id = await _subject_id(request)
    form = await request.form()
    if subject_id is None or form.get("confirm") != "erase":
        return console.render(request, "erase.html", principal, status=422,
                              subject_id=subject_id or "", done=False,
                              error="Erasure needs the subject id and the confirmation box.")
    pseudonym = console.pseudonymise(subject_id)
    console.emit("erasure", actor=principal.actor, role=principal.role, subject=pseudonym)
    await run_in_threadpool(console.erase, subject_id)
    return console.render(request, "erase.html", principal, subject_id=subject_id, done=True)


@guarded("dpo")
async def requests(console: Console, request: Request, principal: Principal) -> Response:
    found = await run_in_threadpool(console.consent.requests)
    now = console.consent.now()
    ordered = sorted(found, key=lambda r: (not r.overdue(now), r.status != "open", r.due_at))
    return console.render(request, "requests.html", principal, requests=ordered, now=now)


@guarded("dpo")
async def close_request(console: Console, request: Request, principal: Principal) -> Response:
    try:
        await run_in_threadpool(console.consent.close_request,
                                str(request.path_params["request_id"]))
    except NotFound:
        return console.render(request, "not_found.html", principal, status=404)
    return RedirectResponse(request.url_for("requests"), status_code=303)


@guarded("dpo", api=True)
async def api_requests(console: Console, request: Request, principal: Principal) -> Response:
    overdue = request.query_params.get("overdue") in ("1", "true")
    found = await run_in_threadpool(lambda: console.consent.requests(overdue=overdue))
    now = console.consent.now()
    return JSONResponse({"requests": [{**r.as_json(now), "subject": r.subject}
                                      for r in found]})


ROUTES = [
    Route("/dpo", lookup_form, name="dpo"),
    Route("/dpo/subject", subject, methods=["POST"], name="subject"),
    Route("/dpo/receipts/{receipt_id}", receipt, name="receipt"),
    Route("/dpo/export", export, methods=["POST"], name="export"),
    Route("/dpo/erase", erase_confirm, methods=["POST"], name="erase_confirm"),
    Route("/dpo/erase/confirm", erase, methods=["POST"], name="erase"),
    Route("/dpo/requests", requests, name="requests"),
    Route("/dpo/requests/{request_id}/close", close_request, methods=["POST"],
          name="close_request"),
    Route("/api/requests", api_requests, name="api_requests"),
]
