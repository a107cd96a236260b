"""The OpenAPI description matches the mounted governance API, and the API survives it.

Structure: an OpenAPI 3.1 document whose (path, method) pairs are exactly the routes the
runtime mounts under the prefix. Then ``schemathesis`` generates requests from the document
and sends them to the running API in-process with a DPO bearer token: no 5xx, ever.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import ServerError
from starlette.routing import Mount, Route

from governance.api.app import build_api
from governance.api.openapi import DOCUMENT, openapi_document, openapi_routes
from governance.testing import call_asgi

METHODS = {"get", "post", "put", "patch", "delete"}


def _mounted(api: Any) -> tuple[str, list[Any]]:
    mount = next(r for r in api.routes if isinstance(r, Mount))
    return mount.path, list(mount.routes)


# Mounted apps with their own documentation and login, not part of the JSON API.
NOT_DESCRIBED = {"/console"}


def _pairs(routes: list[Any]) -> set[tuple[str, str]]:
    found = set()
    for route in routes:
        if isinstance(route, Mount):
            assert route.path in NOT_DESCRIBED, f"describe {route.path} in the OpenAPI document"
            continue
        assert isinstance(route, Route)
        path = re.sub(r"\{(\w+)(:\w+)?\}", r"{\1}", route.path)
        found |= {(path, m.lower()) for m in route.methods or () if m != "HEAD"}
    return found


@pytest.fixture(scope="module")
def governed(full_app: Callable[..., Any]) -> Any:
    """The demo's runtime, its API with ``/openapi.json`` mounted as the lead will mount it."""
    import asyncio

    app = full_app()
    runtime = asyncio.run(app.runtime())
    prefix, routes = _mounted(runtime.api)
    if not any(getattr(r, "path", None) == "/openapi.json" for r in routes):
        routes += openapi_routes(prefix)
    return build_api(prefix, routes), routes


def test_document_is_openapi_3_1_with_the_error_shape() -> None:
    doc = openapi_document("/gov")
    assert doc["openapi"].startswith("3.1")
    assert {"info", "paths", "components"} <= set(doc)
    assert doc["servers"] == [{"url": "/gov"}]
    assert DOCUMENT["servers"] == [{"url": "/governance"}]
    assert doc["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    error = doc["components"]["schemas"]["Error"]
    assert error["properties"]["error"]["required"] == ["type", "message"]
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            assert method in METHODS, (path, method)
            assert operation["summary"], (path, method)
            assert operation["responses"], (path, method)
            assert "security" in operation, (path, method)
            for status, response in operation["responses"].items():
                if status.startswith("4"):
                    schema = response["content"]["application/json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/Error"}, (path, status)


def test_every_mounted_route_is_described_and_every_description_is_mounted(
        governed: Any) -> None:
    _, routes = governed
    described = {(path, method) for path, item in DOCUMENT["paths"].items() for method in item}
    assert _pairs(routes) == described


def test_every_reference_resolves() -> None:
    text = repr(DOCUMENT)
    for name in re.findall(r"#/components/schemas/(\w+)", text):
        assert name in DOCUMENT["components"]["schemas"], name


def test_the_document_is_served(governed: Any, runner: Callable[..., Any]) -> None:
    api, _ = governed
    result = runner(call_asgi(api, "GET", "/governance/openapi.json"))
    assert result.status == 200
    assert result.json() == openapi_document("/governance")


@pytest.fixture(scope="module")
def api_schema(governed: Any) -> Any:
    api, _ = governed
    return schemathesis.openapi.from_asgi("/governance/openapi.json", api)


def _never_5xx(api_schema: Any, headers: dict[str, str]) -> list[str]:
    """Run every operation with bounded examples; returns the operations' labels."""
    operations = [result.ok() for result in api_schema.get_all_operations()]
    for operation in operations:
        @settings(max_examples=10, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        @given(operation.as_strategy())
        def check(case: Any) -> None:
            case.call_and_validate(headers=headers, checks=[not_a_server_error])

        check()
    return [op.label for op in operations]


def test_api_never_answers_with_a_server_error(api_schema: Any,
                                               token: Callable[..., str]) -> None:
    """Every operation, bounded examples each (schemathesis' pytest plugin is not used: it
    does not load under this pytest version)."""
    labels = _never_5xx(api_schema, {"Authorization": f"Bearer {token('dpo', role='dpo')}"})
    described = {f"{m.upper()} {path}" for path, item in DOCUMENT["paths"].items() for m in item}
    # schemathesis leaves out the operation that serves the schema it was loaded from.
    assert set(labels) == described - {"GET /openapi.json"}


def test_the_schemathesis_run_catches_a_server_error() -> None:
    """The harness itself: an operation that crashes on some input fails the run."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response

    async def fragile(request: Request) -> Response:
        if int(request.query_params.get("n", "0")) > 3:
            return JSONResponse({"error": {"type": "x", "message": "x"}}, status_code=500)
        return JSONResponse({})

    doc = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/f": {"get": {
        "parameters": [{"name": "n", "in": "query", "required": True,
                        "schema": {"type": "integer", "minimum": 0, "maximum": 9}}],
        "responses": {"200": {"description": "ok"}}}}}}

    async def serve(request: Request) -> Response:
        return JSONResponse(doc)

    app = Starlette(routes=[Route("/f", fragile), Route("/openapi.json", serve)])
    with pytest.raises(BaseExceptionGroup) as failed:
        _never_5xx(schemathesis.openapi.from_asgi("/openapi.json", app), {})
    assert failed.group_contains(ServerError)
