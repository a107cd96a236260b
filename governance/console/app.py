"""``console_app``: the compliance console as a Starlette sub-application.

Mounted by the lead at ``/governance/console``; every link is built with ``url_for`` so the
mount path can change. Handlers live in ``pages_audit``, ``pages_dpo`` and ``pages_admin``;
this module holds the shared ``Console`` state, login and logout, and the ``guarded``
decorator that every other route goes through (authentication, role, CSRF).

Security headers come from a pure ASGI wrapper: a strict Content-Security-Policy (scripts and
styles from the console's own static files only), no caching, no framing, no referrer.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Protocol

import jinja2
from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from audit import AuditLog, Verifier
from consent import ConsentService
from governance.console.accounts import Accounts
from governance.console.dpo import Erase
from governance.console.security import (
    Area,
    Principal,
    Sessions,
    client_key,
    csrf_ok,
)
from governance.console.trail_index import Indexer
from governance.console.verifyjob import VerifyJob

HERE = Path(__file__).parent
OnEvent = Callable[[str, Mapping[str, object]], None]
Handler = Callable[["Console", Request, Principal], Awaitable[Response]]
LOGIN_FAILURES_PER_CLIENT = 30  # in LOGIN_WINDOW seconds, whatever the user names
LOGIN_WINDOW = 300.0


class KillSwitchLike(Protocol):
    """What the console needs of ``governance.oversight.KillSwitch``."""

    def set(self, scope: str, on: bool, actor: str, reason: str) -> Any: ...

    def state(self) -> Mapping[str, Any]: ...


@dataclass
class Console:
    """Everything the handlers share; built once per ``console_app`` call."""

    engine: Engine
    audit_log: AuditLog
    origin: str
    verifier: Verifier
    consent: ConsentService
    pseudonymise: Callable[[str], str]
    accounts: Accounts
    sessions: Sessions
    verify_job: VerifyJob
    indexer: Indexer
    templates: Jinja2Templates
    erase: Erase
    killswitch: KillSwitchLike | None
    on_event: OnEvent | None
    clock: Callable[[], float]

    def emit(self, kind: str, **fields: object) -> None:
        """Report a login, view of personal data, export... to the lead's audit writer.

        Fails closed: if the event cannot be recorded, the request fails before any data
        is shown.
        """
        if self.on_event is not None:
            self.on_event(kind, {k: v for k, v in fields.items() if v is not None})

    def render(self, request: Request, name: str, principal: Principal | None,
               status: int = 200, **context: Any) -> Response:
        context.update(principal=principal, page=name)
        return self.templates.TemplateResponse(request, name, context, status_code=status)


def console_of(request: Request) -> Console:
    console: Console = request.app.state.console
    return console


def guarded(area: Area | None, *, api: bool = False) -> Callable[[Handler], Callable[
        [Request], Awaitable[Response]]]:
    """Authenticate (session or bearer), authorise ``area``, check CSRF on POST."""

    def wrap(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            console = console_of(request)
            principal = await run_in_threadpool(console.sessions.principal, request)
            if principal is None:
                if api or request.method != "GET":
                    return JSONResponse({"error": "authentication required"}, status_code=401,
                                        headers={"WWW-Authenticate": "Bearer"})
                return RedirectResponse(request.url_for("login"), status_code=303)
            if principal.via == "token" and not api:
                return forbidden(console, request, principal)  # tokens are for the JSON API
            if area is not None and not principal.may(area):
                return forbidden(console, request, principal, api=api)
            if request.method == "POST":
                submitted = request.headers.get("x-csrf-token")
                if submitted is None and not api:
                    submitted = str((await request.form()).get("csrf") or "")
                if not csrf_ok(principal, submitted):
                    return JSONResponse({"error": "missing or wrong CSRF token"},
                                        status_code=403)
            return await handler(console, request, principal)

        endpoint.__name__ = handler.__name__
        return endpoint

    return wrap


def forbidden(console: Console, request: Request, principal: Principal, *,
              api: bool = False) -> Response:
    if api:
        return JSONResponse({"error": "forbidden for this role"}, status_code=403)
    return console.render(request, "forbidden.html", principal, status=403)


# -- login and logout --------------------------------------------------------------------

def home_for(request: Request, principal: Principal) -> str:
    return str(request.url_for("dpo" if principal.role == "dpo" else "audit"))


async def index(request: Request) -> Response:
    console = console_of(request)
    principal = await run_in_threadpool(console.sessions.principal, request)
    if principal is None or principal.via != "session":
        return RedirectResponse(request.url_for("login"), status_code=303)
    return RedirectResponse(home_for(request, principal), status_code=303)


async def login(request: Request) -> Response:
    console = console_of(request)
    error = None
    status = 200
    if request.method == "POST":
        form = await request.form()
        name, password = str(form.get("name") or ""), str(form.get("password") or "")
        client = client_key(request)
        if not console.sessions.login_csrf_ok(request, str(form.get("csrf") or "")):
            return JSONResponse({"error": "missing or wrong CSRF token"}, status_code=403)
        failures = await run_in_threadpool(console.accounts.recent_failures, client,
                                           LOGIN_WINDOW)
        if failures >= LOGIN_FAILURES_PER_CLIENT:
            console.emit("login-failed", actor=None, reason="rate-limited")
            error, status = "Too many failed sign-ins from here. Wait a few minutes.", 429
        else:
            result, user = await run_in_threadpool(console.accounts.login, name, password)
            await run_in_threadpool(console.accounts.record_attempt, client, result == "ok")
            actor = None if user is None else user.user_id
            if result == "ok" and user is not None:
                console.emit("login", actor=actor, role=user.role)
                done = RedirectResponse(request.url_for("index"), status_code=303)
                console.sessions.start(done, request, user.user_id, user.generation)
                return done
            console.emit("login-failed", actor=actor,
                         reason="locked" if result == "locked" else "wrong-password")
            if result == "lockout":
                console.emit("lockout", actor=actor)
            error, status = ("Sign-in failed. After 10 wrong passwords an account is locked "
                             "for 15 minutes."), 401
    token, cookie = console.sessions.login_token(request)
    response = console.render(request, "login.html", None, status=status, csrf=token,
                              error=error)
    if cookie is not None:
        console.sessions.set_login_cookie(response, request, cookie)
    return response


@guarded(None)
async def logout(console: Console, request: Request, principal: Principal) -> Response:
    await run_in_threadpool(console.accounts.end_sessions, principal.actor)
    console.emit("logout", actor=principal.actor, role=principal.role)
    response = RedirectResponse(request.url_for("login"), status_code=303)
    console.sessions.end(response, request)
    return response


# -- the application ---------------------------------------------------------------------

class SecurityHeaders:
    """Pure ASGI: add the console's security headers to every response."""

    HEADERS: ClassVar[dict[str, str]] = {
        "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
                                   "img-src 'self' data:; connect-src 'self'; "
                                   "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
        "referrer-policy": "no-referrer",
    }

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self.HEADERS.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


def make_templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    return Jinja2Templates(env=env)


def routes() -> list[BaseRoute]:
    from governance.console import pages_admin, pages_audit, pages_dpo

    return [
        Route("/", index, name="index"),
        Route("/login", login, methods=["GET", "POST"], name="login"),
        Route("/logout", logout, methods=["POST"], name="logout"),
        *pages_audit.ROUTES, *pages_dpo.ROUTES, *pages_admin.ROUTES,
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]


def console_app(*, engine: Engine, session_secret: bytes, audit_log: AuditLog,
                audit_origin: str, audit_verifier: Verifier, consent_service: ConsentService,
                pseudonymise: Callable[[str], str], killswitch: KillSwitchLike | None = None,
                on_event: OnEvent | None = None, clock: Callable[[], float] = time.time,
                secure_cookies: bool = True, erase: Erase | None = None,
                accounts: Accounts | None = None) -> Starlette:
    """The console; call ``create_console_schema(engine)`` once before serving it.

    ``on_event(kind, fields)`` is called before the action's data is returned (an exception
    fails the request closed). Kinds and their fields (``actor`` is the operator's user id,
    ``u-<hex>``, or ``token:<id>``; never a name; ``subject`` is a pseudonym):
        login {actor, role} / logout {actor, role}
        login-failed {actor?, reason: wrong-password|locked|rate-limited} / lockout {actor}
        view {actor, role, view: consent-history|receipt|audit-entry, subject?}
        export {actor, role, scope: subject-bundle, subject}
        erasure {actor, role, subject}
        user-admin {actor, action: add|remove|unlock, target, role?}
        killswitch {actor, scope, on}
    ``erase(subject_id)`` receives the id as the DPO typed it (default: audit crypto-shredding
    plus a closed erasure request in the consent ledger, see ``dpo.default_erase``).
    ``accounts`` overrides the account store (e.g. a cheaper argon2 hasher in tests).
    """
    from governance.console.dpo import default_erase

    accounts = accounts or Accounts(engine, clock=clock)
    console = Console(
        engine=engine, audit_log=audit_log, origin=audit_origin, verifier=audit_verifier,
        consent=consent_service, pseudonymise=pseudonymise, accounts=accounts,
        sessions=Sessions(session_secret, accounts, clock=clock, secure=secure_cookies),
        verify_job=VerifyJob(engine, audit_origin, audit_verifier, size=audit_log.size,
                             clock=clock),
        indexer=Indexer(engine, audit_origin),
        templates=make_templates(),
        erase=erase or default_erase(consent_service, audit_log, pseudonymise),
        killswitch=killswitch, on_event=on_event, clock=clock)
    app = Starlette(routes=routes())
    app.state.console = console
    app.add_middleware(SecurityHeaders)
    return app
