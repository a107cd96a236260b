"""``GET /openapi.json``: a hand-written OpenAPI 3.1 description of the governance HTTP API.

Hand-written rather than generated because the API is plain Starlette (no schema source to
generate from) and because the access rules (public, the subject's own data, DPO/admin) are
the part a reader most needs, and no generator knows them. A test keeps it honest: every
route the API mounts is described here and every path described here is mounted, and
``schemathesis`` drives the running API from this document expecting no server error.
"""

from __future__ import annotations

import copy
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

JSON = dict[str, Any]
_ERROR_REF = {"$ref": "#/components/schemas/Error"}
_SUBJECT_AUTH: list[JSON] = [{"bearer": []}]
_PUBLIC: list[JSON] = []
_REQUEST_KINDS = ["access", "erasure", "portability", "rectification", "restriction",
                  "objection"]


def _error(description: str) -> JSON:
    return {"description": description, "content": {"application/json": {"schema": _ERROR_REF}}}


def _json(description: str, schema: JSON) -> JSON:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _body(ref: str) -> JSON:
    return {"required": True,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}


def _ref(name: str) -> JSON:
    return {"$ref": f"#/components/schemas/{name}"}


_UNAUTHENTICATED = _error("No valid bearer token (missing, expired, wrong key or audience).")
_FORBIDDEN = _error("Signed in, but not allowed: DPO/admin only, or acting for someone else.")
_INVALID = _error("The body or query failed validation; nothing was written.")
_MALFORMED = _error("The body is not JSON.")
_TOO_LARGE = _error("The body exceeds 64 KiB.")
_NOT_FOUND = _error("No such resource, or not yours.")
_ADMIN_NOTE = ("Needs a bearer token whose `role` claim is `dpo` or `admin`; any other caller, "
               "signed in or not, gets 403.")


def _write(summary: str, body: str, ok: JSON, *, admin: bool = False,
           ok_status: str = "200") -> JSON:
    responses: JSON = {ok_status: ok, "400": _MALFORMED, "413": _TOO_LARGE, "422": _INVALID}
    responses["403"] = _FORBIDDEN
    if not admin:
        responses["401"] = _UNAUTHENTICATED
    return {"summary": summary, "description": _ADMIN_NOTE if admin else "",
            "security": _SUBJECT_AUTH, "requestBody": _body(body), "responses": responses}


_PATHS: JSON = {
    "/consent": {
        "get": {
            "summary": "The caller's consent state for every purpose, with the notice to show.",
            "security": _SUBJECT_AUTH,
            "parameters": [{"name": "Accept-Language", "in": "header", "required": False,
                            "schema": {"type": "string"}}],
            "responses": {"200": _json("Consent state.", _ref("ConsentState")),
                          "401": _UNAUTHENTICATED},
        },
        "post": _write("Grant or refuse purposes (one signed receipt each).", "DecisionsIn",
                       _json("Receipts issued.", _ref("Receipts"))),
    },
    "/consent/withdraw": {
        "post": _write("Withdraw consent (all purposes when `purposes` is absent).",
                       "WithdrawIn", _json("Receipts issued.", _ref("Receipts"))),
    },
    "/consent/receipts/{receipt_id}": {
        "get": {
            "summary": "A signed consent receipt: the caller's own, or any for a DPO/admin.",
            "security": _SUBJECT_AUTH,
            "parameters": [{"name": "receipt_id", "in": "path", "required": True,
                            "schema": {"type": "string"}}],
            "responses": {"200": _json("The signed receipt (Kantara v1.1 names).",
                                       {"type": "object"}),
                          "401": _UNAUTHENTICATED, "404": _NOT_FOUND},
        },
    },
    "/consent/public-key": {
        "get": {
            "summary": "The Ed25519 public key that verifies receipts and export manifests.",
            "security": _PUBLIC,
            "responses": {"200": {"description": "PEM public key.", "content": {
                "application/x-pem-file": {"schema": {"type": "string"}}}}},
        },
    },
    "/consent/export": {
        "post": _write("One subject's consent history (GDPR Arts. 15 and 20), for the DPO.",
                       "ExportIn", {"description": "The export; Repr-Digest carries SHA-256.",
                                    "content": {"application/json": {"schema": {}},
                                                "text/csv": {"schema": {"type": "string"}},
                                                "text/html": {"schema": {"type": "string"}}}},
                       admin=True),
    },
    "/consent/records": {
        "get": {
            "summary": "Every consent event of a period, streamed, for the DPO.",
            "description": _ADMIN_NOTE,
            "security": _SUBJECT_AUTH,
            "parameters": [
                {"name": "format", "in": "query", "required": False,
                 "schema": {"type": "string", "enum": ["csv", "jsonl"], "default": "csv"}},
                {"name": "since", "in": "query", "required": False,
                 "schema": {"type": "string", "format": "date-time"}},
                {"name": "until", "in": "query", "required": False,
                 "schema": {"type": "string", "format": "date-time"}},
            ],
            "responses": {"200": {"description": "The records.", "content": {
                "text/csv": {"schema": {"type": "string"}},
                "application/jsonl": {"schema": {"type": "string"}}}},
                "403": _FORBIDDEN, "422": _INVALID},
        },
    },
    "/ropa": {
        "get": {
            "summary": "The GDPR Art. 30 record-of-processing fragment, in DPV terms.",
            "security": _PUBLIC,
            "responses": {"200": _json("The record.", {"type": "object"})},
        },
    },
    "/requests": {
        "get": {
            "summary": "The caller's data-subject requests; `all=1` lists everyone's (DPO).",
            "security": _SUBJECT_AUTH,
            "parameters": [
                {"name": "all", "in": "query", "required": False,
                 "schema": {"type": "string", "enum": ["0", "1", "true", "false"]}},
                {"name": "overdue", "in": "query", "required": False,
                 "schema": {"type": "string", "enum": ["0", "1", "true", "false"]}},
            ],
            "responses": {"200": _json("Requests.", _ref("RequestList")),
                          "401": _UNAUTHENTICATED, "403": _FORBIDDEN},
        },
        "post": _write("Open a data-subject request (deadline: one month, GDPR Art. 12(3)).",
                       "RequestIn", _json("The request opened.", _ref("SubjectRequest")),
                       ok_status="201"),
    },
    "/requests/{request_id}/close": {
        "post": {
            "summary": "Close a data-subject request, for the DPO.",
            "description": _ADMIN_NOTE,
            "security": _SUBJECT_AUTH,
            "parameters": [{"name": "request_id", "in": "path", "required": True,
                            "schema": {"type": "string"}}],
            "responses": {"200": _json("The request closed.", _ref("SubjectRequest")),
                          "403": _FORBIDDEN, "404": _NOT_FOUND, "409": _error("Closed already.")},
        },
    },
    "/disclosure": {
        "get": {
            "summary": "The AI disclosure statement (EU AI Act Art. 50), JSON or an HTML page.",
            "security": _PUBLIC,
            "parameters": [{"name": "lang", "in": "query", "required": False,
                            "schema": {"type": "string", "enum": ["en", "fr"]}}],
            "responses": {"200": {"description": "The statement.", "content": {
                "application/json": {"schema": _ref("Disclosure")},
                "text/html": {"schema": {"type": "string"}}}}},
        },
    },
    "/openapi.json": {
        "get": {
            "summary": "This document.",
            "security": _PUBLIC,
            "responses": {"200": _json("OpenAPI 3.1.", {"type": "object"})},
        },
    },
}

_SCHEMAS: JSON = {
    "Error": {
        "type": "object", "required": ["error"],
        "properties": {"error": {"type": "object", "required": ["type", "message"],
                                 "properties": {"type": {"type": "string"},
                                                "message": {"type": "string"}}}},
    },
    "DecisionsIn": {
        "type": "object", "additionalProperties": False, "required": ["decisions"],
        "properties": {
            "decisions": {"type": "array", "minItems": 1, "maxItems": 64, "items": {
                "type": "object", "additionalProperties": False,
                "required": ["purpose", "decision", "notice_version"],
                "properties": {"purpose": {"type": "string", "maxLength": 64},
                               "decision": {"type": "string", "enum": ["grant", "refuse"]},
                               "notice_version": {"type": "string", "maxLength": 80}}}},
            "subject": {"type": ["string", "null"],
                        "description": "Optional; must be the caller's own id."},
        },
    },
    "WithdrawIn": {
        "type": "object", "additionalProperties": False,
        "properties": {"purposes": {"type": ["array", "null"], "maxItems": 64,
                                    "items": {"type": "string"}},
                       "subject": {"type": ["string", "null"]}},
    },
    "RequestIn": {
        "type": "object", "additionalProperties": False, "required": ["kind"],
        "properties": {"kind": {"type": "string", "enum": _REQUEST_KINDS},
                       "purpose": {"type": ["string", "null"], "maxLength": 64},
                       "subject": {"type": ["string", "null"]}},
    },
    "ExportIn": {
        "type": "object", "additionalProperties": False, "required": ["subject"],
        "properties": {"subject": {"type": "string", "minLength": 1, "maxLength": 256,
                                   "description": "The raw subject id; sent in the body, "
                                                  "never in a URL."},
                       "format": {"type": "string", "enum": ["json", "csv", "html"],
                                  "default": "json"}},
    },
    "ConsentState": {
        "type": "object", "required": ["language", "purposes"],
        "properties": {"language": {"type": "string"}, "purposes": {"type": "array", "items": {
            "type": "object",
            "required": ["id", "name", "legal_basis", "required", "state", "notice"],
            "properties": {"id": {"type": "string"}, "name": {"type": "string"},
                           "legal_basis": {"type": "string"}, "required": {"type": "boolean"},
                           "state": {"type": "string"}, "current": {"type": "boolean"},
                           "notice": {"type": "object",
                                      "required": ["version", "language", "text"]}}}}},
    },
    "Receipts": {
        "type": "object", "required": ["receipts"],
        "properties": {"receipts": {"type": "array", "items": {
            "type": "object", "required": ["id", "purpose", "event", "url", "receipt"],
            "properties": {"id": {"type": "string"}, "purpose": {"type": "string"},
                           "event": {"type": "string"}, "url": {"type": "string"},
                           "receipt": {"type": "object"}}}}},
    },
    "SubjectRequest": {
        "type": "object", "required": ["id", "kind", "status", "received_at", "due_at"],
        "properties": {"id": {"type": "string"}, "kind": {"type": "string", "enum": _REQUEST_KINDS},
                       "purpose": {"type": ["string", "null"]}, "status": {"type": "string"},
                       "received_at": {"type": "string"}, "due_at": {"type": "string"},
                       "closed_at": {"type": ["string", "null"]},
                       "overdue": {"type": "boolean"}},
    },
    "RequestList": {
        "type": "object", "required": ["requests"],
        "properties": {"requests": {"type": "array", "items": _ref("SubjectRequest")}},
    },
    "Disclosure": {
        "type": "object", "required": ["ai_disclosure", "notice", "links"],
        "properties": {"ai_disclosure": {"type": "object"}, "notice": {"type": "string"},
                       "provider": {"type": "string"}, "model": {"type": "string"},
                       "links": {"type": "object"}},
    },
}

DOCUMENT: JSON = {
    "openapi": "3.1.0",
    "info": {
        "title": "asgi-governance API",
        "version": "1",
        "description": (
            "Consent, data-subject requests, records and AI disclosure of the governance "
            "layer. Errors are always `{\"error\": {\"type\", \"message\"}}` with a precise "
            "status. Access: public (ROPA, public key, disclosure), the authenticated "
            "subject's own data (bearer JWT), or DPO/admin (bearer JWT with `role` claim). "
            "The compliance console mounted at `/console` is an HTML application with its "
            "own session login and is not described here."),
    },
    "servers": [{"url": "/governance"}],
    "security": _SUBJECT_AUTH,
    "paths": _PATHS,
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                       "bearerFormat": "JWT"}},
        "schemas": _SCHEMAS,
    },
}


def openapi_document(prefix: str = "/governance") -> JSON:
    """The document, with ``servers`` pointing at the prefix the API is mounted under."""
    document = copy.deepcopy(DOCUMENT)
    document["servers"] = [{"url": prefix}]
    return document


def openapi_routes(prefix: str = "/governance") -> list[BaseRoute]:
    """``GET /openapi.json``, to mount under the governance prefix with the other routes."""
    document = openapi_document(prefix)

    async def openapi(request: Request) -> Response:
        return JSONResponse(document, headers={"Cache-Control": "public, max-age=300"})

    return [Route("/openapi.json", openapi, methods=["GET"], name="openapi")]
