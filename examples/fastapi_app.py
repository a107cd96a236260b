"""Wrapping an existing FastAPI chatbot in one line.

    .venv/bin/uvicorn examples.fastapi_app:app --port 8001

The app below is any FastAPI service with an OpenAI-style endpoint; the governance layer is
the single ``add_middleware`` line. It reads ./governance.toml (or GOVERNANCE_POLICY).
"""

from __future__ import annotations

import os
from typing import Any

from fastapi import FastAPI

from examples.hr_assistant.faq import answer
from governance import GovernanceMiddleware, Policy

app = FastAPI(title="My HR bot")


@app.post("/v1/chat/completions")
async def chat(body: dict[str, Any]) -> dict[str, Any]:
    question = next((m["content"] for m in reversed(body["messages"]) if m["role"] == "user"), "")
    return {"id": "chatcmpl-1", "object": "chat.completion", "model": body.get("model", "bot"),
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": answer(str(question))}}]}


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


app.add_middleware(GovernanceMiddleware,
                   policy=Policy.from_file(os.environ.get("GOVERNANCE_POLICY", "governance.toml")))
