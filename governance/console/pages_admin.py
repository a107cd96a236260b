"""Admin pages: operators (add, remove, unlock) and the kill switch.

Changes are reported to ``on_event`` with user ids (pseudonyms of operators), never names.
"""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from governance.console.accounts import ROLES, AccountError
from governance.console.app import Console, guarded
from governance.console.security import Principal


async def _users_page(console: Console, request: Request, principal: Principal,
                      status: int = 200, error: str | None = None) -> Response:
    found = await run_in_threadpool(console.accounts.list_users)
    return console.render(request, "users.html", principal, status=status, users=found,
                          roles=ROLES, error=error, now=console.clock())


@guarded("admin")
async def users(console: Console, request: Request, principal: Principal) -> Response:
    return await _users_page(console, request, principal)


@guarded("admin")
async def add_user(console: Console, request: Request, principal: Principal) -> Response:
    form = await request.form()
    try:
        user = await run_in_threadpool(console.accounts.add_user, str(form.get("name") or ""),
                                       str(form.get("role") or ""),
                                       str(form.get("password") or ""))
    except AccountError as exc:
        return await _users_page(console, request, principal, status=422, error=str(exc))
    console.emit("user-admin", actor=principal.actor, action="add", target=user.user_id,
                 role=user.role)
    return RedirectResponse(request.url_for("users"), status_code=303)


@guarded("admin")
async def change_user(console: Console, request: Request, principal: Principal) -> Response:
    form = await request.form()
    action, name = str(form.get("action") or ""), str(form.get("name") or "")
    if action not in ("remove", "unlock"):
        return await _users_page(console, request, principal, status=422,
                                 error="Unknown action.")
    known = {u.name: u for u in await run_in_threadpool(console.accounts.list_users)}
    if name not in known:
        return await _users_page(console, request, principal, status=404, error="No such user.")
    change = console.accounts.remove_user if action == "remove" else console.accounts.unlock
    await run_in_threadpool(change, name)
    console.emit("user-admin", actor=principal.actor, action=action,
                 target=known[name].user_id)
    return RedirectResponse(request.url_for("users"), status_code=303)


def _switch_state(console: Console) -> list[dict[str, Any]]:
    if console.killswitch is None:
        return []
    return [{"scope": scope, "on": bool(getattr(ev, "on", False)),
             "reason": str(getattr(ev, "reason", "")), "at": getattr(ev, "at", None)}
            for scope, ev in sorted(console.killswitch.state().items())]


@guarded("admin")
async def killswitch(console: Console, request: Request, principal: Principal) -> Response:
    error = None
    status = 200
    if request.method == "POST" and console.killswitch is not None:
        form = await request.form()
        scope = str(form.get("scope") or "global").strip()
        on = form.get("on") == "on"
        reason = str(form.get("reason") or "").strip()[:500]
        try:
            await run_in_threadpool(console.killswitch.set, scope, on, principal.actor, reason)
        except ValueError as exc:
            error, status = str(exc), 422
        else:
            console.emit("killswitch", actor=principal.actor, scope=scope, on=on)
            return RedirectResponse(request.url_for("killswitch"), status_code=303)
    state = await run_in_threadpool(_switch_state, console)
    return console.render(request, "killswitch.html", principal, status=status,
                          configured=console.killswitch is not None, state=state, error=error)


ROUTES = [
    Route("/admin/users", users, name="users"),
    Route("/admin/users/add", add_user, methods=["POST"], name="add_user"),
    Route("/admin/users/change", change_user, methods=["POST"], name="change_user"),
    Route("/admin/killswitch", killswitch, methods=["GET", "POST"], name="killswitch"),
]
