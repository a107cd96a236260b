"""structlog configuration and the processor that keeps raw text out of every log line.

The library only calls ``structlog.get_logger()``; the app or the CLI calls
``configure_logging``. ``drop_raw_text`` removes fields that could hold user or model text
whatever the caller passed: the guarantee does not rest on every call site being careful.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any, Literal

import structlog

# Field names that carry chat text in any of the formats, or identities in clear.
TEXT_FIELDS = frozenset({
    "text", "content", "body", "messages", "message_text", "input", "prompt", "completion",
    "answer", "question", "delta", "arguments", "instructions", "system", "subject", "user",
    "email", "name", "query", "payload", "data", "value", "values",
})
MAX_VALUE_CHARS = 200


def drop_raw_text(_logger: Any, _method: str, event_dict: MutableMapping[str, Any]
                  ) -> MutableMapping[str, Any]:
    for key in list(event_dict):
        if key in TEXT_FIELDS:
            event_dict[key] = "[dropped]"
        elif key != "event" and isinstance(event_dict[key], str) and (
                len(event_dict[key]) > MAX_VALUE_CHARS):
            event_dict[key] = "[dropped: long text]"
    return event_dict


def processors(fmt: Literal["json", "console"]) -> list[Any]:
    renderer: Any = (structlog.processors.JSONRenderer() if fmt == "json"
                     else structlog.dev.ConsoleRenderer(colors=False))
    return [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        drop_raw_text,
        structlog.processors.format_exc_info,
        renderer,
    ]


def configure_logging(fmt: Literal["json", "console"] = "json", level: str = "info") -> None:
    structlog.configure(
        processors=processors(fmt),
        wrapper_class=structlog.make_filtering_bound_logger(
            logging.getLevelNamesMapping()[level.upper()]),
        cache_logger_on_first_use=False,
    )
