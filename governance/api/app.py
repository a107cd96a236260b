"""The governance HTTP API: one Starlette app mounted under ``service.api_prefix``.

Routes come from each area (consent, disclosure, console...). Unknown paths and methods under
the prefix get JSON errors in the same ``{"error": {"type", "message"}}`` shape as the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount

from governance.identity import IdentityError, SubjectResolver
from governance.identity import Pseudonymiser as SubjectPseudonymiser


def build_api(prefix: str, routes: Sequence[BaseRoute]) -> Starlette:
    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        kind = {404: "not_found", 405: "method_not_allowed"}.get(status, "http_error")
        detail = exc.detail if isinstance(exc, HTTPException) else "internal error"
        return JSONResponse({"error": {"type": kind, "message": str(detail)}}, status_code=status)

    return Starlette(routes=[Mount(prefix, routes=list(routes))],
                     exception_handlers={HTTPException: http_error})


class RequestIdentity:
    """Answers the API's questions about a request: whose pseudonym, which role."""

    def __init__(self, resolver: SubjectResolver, pseudonymise: SubjectPseudonymiser) -> None:
        self._resolver = resolver
        self._pseudonymise = pseudonymise

    async def subject_of(self, request: Request) -> str | None:
        try:
            subject = await self._resolver(request.scope, request.headers)
        except IdentityError:
            return None
        return self._pseudonymise(subject) if subject else None

    async def is_admin(self, request: Request) -> bool:
        role_of = getattr(self._resolver, "role", None)
        if role_of is None:
            return False
        try:
            role = await role_of(request.scope, request.headers)
        except IdentityError:
            return False
        return role in ("dpo", "admin")
