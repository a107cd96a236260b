"""No personal data in log lines: canary values never reach captured logs."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import structlog

from governance import Steps
from governance.logs import configure_logging, drop_raw_text
from governance.testing import SubstitutionRedactor, call_asgi

pytestmark = pytest.mark.anyio

CANARIES = ["Zelda Quinterro-Canary", "zelda.canary@example.com", "+33 6 99 88 77 66",
            "canary-subject-7f"]


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    configure_logging("json", "debug")
    structlog.configure(logger_factory=structlog.PrintLoggerFactory(stream))
    yield stream
    structlog.reset_defaults()


@pytest.mark.parametrize("stream", [False, True])
async def test_canaries_never_reach_the_logs(make_app: Callable[..., Any],
                                             token: Callable[..., str], captured: io.StringIO,
                                             stream: bool) -> None:
    app = make_app(Steps(redaction=SubstitutionRedactor({CANARIES[0]: "<PERSON_1>"})))
    headers = {"authorization": f"Bearer {token(CANARIES[3])}",
               "content-type": "application/json"}
    texts = [f"I am {CANARIES[0]}, mail {CANARIES[1]}, phone {CANARIES[2]}", "{not json"]
    for text in texts:
        body = json.dumps({"model": "m", "stream": stream,
                           "messages": [{"role": "user", "content": text}]}).encode()
        await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=headers)
    await call_asgi(app, "POST", "/v1/chat/completions", body=b"{bad " + CANARIES[1].encode(),
                    headers=headers)
    output = captured.getvalue()
    lines = [json.loads(line) for line in output.splitlines()]
    assert len(lines) == 3
    assert all(line["request_id"] and line["subject_ref"].startswith("pseud:") for line in lines)
    for canary in CANARIES:
        assert canary not in output


def test_processor_drops_text_fields_whatever_the_caller_passes() -> None:
    event: dict[str, Any] = {"event": "x", "content": "secret", "text": "secret",
                             "messages": ["secret"], "note": "s" * 500, "status": 200}
    assert drop_raw_text(None, "info", event) == {
        "event": "x", "content": "[dropped]", "text": "[dropped]", "messages": "[dropped]",
        "note": "[dropped: long text]", "status": 200}

