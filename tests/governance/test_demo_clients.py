"""The demo over real HTTP: the official openai client and curl-like httpx, streaming and not."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import openai
import pytest

from governance import Steps
from governance.testing import SubstitutionRedactor, live_server

CANARY = "Zelda Quinterro-Canary"


@pytest.fixture
def server(make_app: Callable[..., Any]) -> Iterator[tuple[str, Any]]:
    app = make_app(Steps(redaction=SubstitutionRedactor({CANARY: "<PERSON_1>"})))
    with live_server(app) as url:
        yield url, app


def test_openai_client_gets_answers_streaming_and_not(server: tuple[str, Any],
                                                      token: Callable[..., str]) -> None:
    url, app = server
    client = openai.OpenAI(base_url=f"{url}/v1", api_key=token(), max_retries=0)
    messages: list[Any] = [{"role": "user", "content": f"I am {CANARY}. When is payday?"}]
    raw = client.chat.completions.with_raw_response.create(model="hr-faq", messages=messages)
    answer = raw.parse().choices[0].message.content or ""
    assert raw.headers["governance-decision"] == "forwarded"
    assert CANARY in answer
    assert "25th" in answer
    messages += [{"role": "assistant", "content": answer},
                 {"role": "user", "content": "And how many days of leave?"}]
    stream = client.chat.completions.create(model="hr-faq", messages=messages, stream=True)
    streamed = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert "25 days" in streamed
    assert not any(CANARY in text for text in app.received)
    client.close()


def test_plain_http_client_gets_a_401_json_error_without_a_token(
        server: tuple[str, Any]) -> None:
    url, _ = server
    response = httpx.post(f"{url}/v1/chat/completions",
                          json={"model": "m", "messages": [{"role": "user", "content": "hi"}]})
    assert response.status_code == 401
    assert response.json()["error"]["type"] == "unauthenticated"
    assert response.headers["governance-decision"] == "refused;reason=unauthenticated"


def test_openai_client_surfaces_refusals_as_sdk_errors(server: tuple[str, Any]) -> None:
    url, _ = server
    client = openai.OpenAI(base_url=f"{url}/v1", api_key="not-a-jwt", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as info:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert "bearer token is invalid" in str(info.value)
    client.close()
