"""Reading a request body within limits and parsing it as strict JSON.

Every failure is a ``BadRequest`` carrying the precise status and error type the client gets:
413 too large, 415 not JSON, 400 invalid UTF-8 / malformed JSON / duplicate keys / lone
surrogates. Messages describe the problem, never the content.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.datastructures import Headers
from starlette.types import Receive

from governance.errors import GovernanceError


class BadRequest(GovernanceError):
    def __init__(self, status: int, type_: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.type = type_


class ClientDisconnected(GovernanceError):
    """The client went away before the body was complete."""


async def read_body(receive: Receive, headers: Headers, *, limit: int) -> bytes:
    declared = headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise BadRequest(400, "invalid_content_length", "Content-Length is not a number")
        if int(declared) > limit:
            raise BadRequest(413, "body_too_large",
                             f"the body is {declared} bytes; the limit is {limit}")
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnected("client disconnected while sending the body")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BadRequest(413, "body_too_large", f"the body exceeds the limit of {limit} bytes")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise BadRequest(400, "duplicate_key", "a JSON object repeats a key")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise BadRequest(400, "malformed_json", f"{name} is not valid JSON")


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise BadRequest(400, "malformed_json", "a number is too large to represent")
    return value


def is_json_media_type(content_type: str | None) -> bool:
    if not content_type:
        return False
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/")
                                           and media.endswith("+json"))


def parse_json(body: bytes, content_type: str | None) -> Any:
    if not is_json_media_type(content_type):
        raise BadRequest(415, "unsupported_media_type",
                         "this route accepts application/json bodies only")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(400, "invalid_utf8",
                         f"the body is not valid UTF-8 (byte offset {exc.start})") from None
    try:
        doc = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants,
                         parse_float=_finite)
    except json.JSONDecodeError as exc:
        raise BadRequest(400, "malformed_json",
                         f"the body is not valid JSON: {exc.msg} at line {exc.lineno} "
                         f"column {exc.colno}") from None
    except RecursionError:
        raise BadRequest(400, "malformed_json", "the JSON is nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with too many digits
        raise BadRequest(400, "malformed_json", f"the body is not valid JSON: {exc}") from None
    try:
        # Escaped lone surrogates (\ud800) decode but cannot be re-encoded to UTF-8.
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise BadRequest(400, "invalid_unicode", "the JSON holds a lone surrogate escape") from None
    except RecursionError:
        raise BadRequest(400, "malformed_json", "the JSON is nested too deeply") from None
    return doc
