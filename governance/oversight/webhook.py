"""The optional handoff ticket: a small JSON POST to the policy's webhook.

The payload carries the category, the language, the exchange id and the time; the message
text only when the policy's ``include_text`` allows it. A failing or slow webhook is logged
(status or exception type only, never content) and never delays or breaks the user's answer:
call ``notify`` from a background task, or ``schedule`` it from the event loop.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import structlog

from governance.oversight.handoff import HandoffMatch
from governance.oversight.settings import HandoffSettings, language

_log = structlog.get_logger(__name__)


class HandoffWebhook:
    """Posts handoff tickets; build once, share the underlying ``httpx.AsyncClient``."""

    def __init__(self, url: str, *, timeout: float = 5.0, include_text: bool = False,
                 client: httpx.AsyncClient | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.url = url
        self.include_text = include_text
        self._owns_client = client is None
        self._client = client or httpx.AsyncClient(timeout=timeout)
        self._timeout = timeout
        self._clock = clock
        self._tasks: set[asyncio.Task[bool]] = set()

    @classmethod
    def from_settings(cls, settings: HandoffSettings, *,
                      client: httpx.AsyncClient | None = None) -> HandoffWebhook | None:
        if settings.webhook_url is None:
            return None
        return cls(settings.webhook_url, timeout=settings.webhook_timeout_seconds,
                   include_text=settings.include_text, client=client)

    def payload(self, match: HandoffMatch, lang: str, exchange_id: str,
                text: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {
            "event": "handoff",
            "category": match.category,
            "language": language(lang),
            "exchange_id": exchange_id,
            "time": datetime.fromtimestamp(self._clock(), UTC).isoformat(),
        }
        if self.include_text and text is not None:
            body["text"] = text
        return body

    async def notify(self, match: HandoffMatch, lang: str, exchange_id: str,
                     text: str | None = None) -> bool:
        """Post one ticket; ``True`` when the webhook accepted it. Never raises."""
        body = self.payload(match, lang, exchange_id, text)
        try:
            response = await self._client.post(self.url, json=body, timeout=self._timeout)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            _log.warning("handoff.webhook_failed", category=match.category,
                         exchange_id=exchange_id, error=type(exc).__name__)
            return False
        if response.is_success:
            return True
        _log.warning("handoff.webhook_rejected", category=match.category,
                     exchange_id=exchange_id, status=response.status_code)
        return False

    def schedule(self, match: HandoffMatch, lang: str, exchange_id: str,
                 text: str | None = None) -> asyncio.Task[bool]:
        """Run ``notify`` in the background; the task is kept alive until it finishes."""
        task = asyncio.get_running_loop().create_task(
            self.notify(match, lang, exchange_id, text))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def aclose(self) -> None:
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._owns_client:
            await self._client.aclose()
