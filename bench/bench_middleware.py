"""Pass-through cost of GovernanceMiddleware with every step a no-op.

The demo app bare vs the same app behind the middleware (JWT identity, body parsing, format
extraction, conversation id, answer rewriting), same run, same machine, alternating rounds so
drift hits both sides. Two drivers: in-process ASGI calls (the middleware's own cost, no
network noise) and real HTTP through uvicorn with an httpx client (what a user sees).
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.common import summary, write
from examples.hr_assistant.app import create_app
from governance import GovernanceMiddleware, Policy, Runtime, Steps
from governance.keys import KeyStore
from governance.logs import configure_logging
from governance.testing import call_asgi, live_server
from governance.tokens import issue_token

ROUNDS = 6
SECONDS_PER_ROUND = 1.5
CONCURRENCY = 8


def _policy(tmp: Path) -> Policy:
    return Policy.from_dict({
        "storage": {"url": f"sqlite:///{tmp / 'g.db'}", "keys_dir": str(tmp / "keys")},
        "identity": {"issuer": "bench", "audience": "bench"},
        "routes": [{"path": "/v1/chat/completions", "format": "openai-chat"}],
    })


def _body(stream: bool) -> bytes:
    return json.dumps({"model": "m", "stream": stream, "messages": [
        {"role": "user", "content": "Hello, I would like to know when the payroll is paid "
                                    "this month and how to submit an expense claim."}]}).encode()


async def _drive(call: Any, seconds: float) -> tuple[list[float], float]:
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        while time.perf_counter() < deadline:
            t0 = time.perf_counter()
            await call()
            latencies.append(time.perf_counter() - t0)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return latencies, time.perf_counter() - started


async def in_process(apps: dict[str, Any], headers: dict[str, str],
                     stream: bool) -> dict[str, Any]:
    body = _body(stream)
    samples: dict[str, list[float]] = {name: [] for name in apps}
    elapsed: dict[str, float] = dict.fromkeys(apps, 0.0)
    for _ in range(ROUNDS):
        for name, app in apps.items():
            async def call(app: Any = app) -> None:
                result = await call_asgi(app, "POST", "/v1/chat/completions", body=body,
                                         headers=headers)
                assert result.status == 200, result.body
            lat, secs = await _drive(call, SECONDS_PER_ROUND)
            samples[name] += lat
            elapsed[name] += secs
    return {name: summary(samples[name], elapsed[name]) for name in apps}


async def over_http(urls: dict[str, str], headers: dict[str, str]) -> dict[str, Any]:
    body = _body(False)
    samples: dict[str, list[float]] = {name: [] for name in urls}
    elapsed: dict[str, float] = dict.fromkeys(urls, 0.0)
    limits = httpx.Limits(max_connections=CONCURRENCY)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        for _ in range(ROUNDS):
            for name, url in urls.items():
                async def call(url: str = url) -> None:
                    response = await client.post(f"{url}/v1/chat/completions", content=body,
                                                 headers=headers)
                    assert response.status_code == 200
                lat, secs = await _drive(call, SECONDS_PER_ROUND)
                samples[name] += lat
                elapsed[name] += secs
    return {name: summary(samples[name], elapsed[name]) for name in urls}


def _ratio(result: dict[str, Any]) -> dict[str, float]:
    bare, governed = result["bare"], result["governed"]
    return {"throughput_ratio": round(governed["rps"] / bare["rps"], 3),
            "p50_added_ms": round(governed["p50_ms"] - bare["p50_ms"], 3),
            "p99_added_ms": round(governed["p99_ms"] - bare["p99_ms"], 3)}


def main() -> int:
    configure_logging("json", "warning")
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        policy = _policy(tmp)
        keys = KeyStore(tmp / "keys")
        keys.init()
        headers = {"authorization": f"Bearer {issue_token(policy, keys, 'bench-user')}",
                   "content-type": "application/json"}
        bare = create_app()
        governed = GovernanceMiddleware(create_app(), policy=policy,
                                        runtime=Runtime.build(policy, steps=Steps(), keys=keys))
        apps = {"bare": bare, "governed": governed}
        results: dict[str, Any] = {}
        for label, stream in (("asgi_json", False), ("asgi_sse", True)):
            results[label] = asyncio.run(in_process(apps, headers, stream))
            results[label]["ratio"] = _ratio(results[label])
        with live_server(create_app()) as bare_url, live_server(
                GovernanceMiddleware(create_app(), policy=policy,
                                     runtime=Runtime.build(policy, steps=Steps(), keys=keys))) as gov_url:
            results["http_json"] = asyncio.run(over_http({"bare": bare_url, "governed": gov_url},
                                                         headers))
            results["http_json"]["ratio"] = _ratio(results["http_json"])
    print(f"{'driver':<10} {'side':<9} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8}")
    for label, result in results.items():
        for side in ("bare", "governed"):
            r = result[side]
            print(f"{label:<10} {side:<9} {r['rps']:>9} {r['p50_ms']:>8} {r['p99_ms']:>8}")
        print(f"{label:<10} ratio governed/bare throughput = {result['ratio']['throughput_ratio']}"
              f", p50 +{result['ratio']['p50_added_ms']} ms")
    path = write("middleware", {"concurrency": CONCURRENCY, "rounds": ROUNDS,
                                "seconds_per_round": SECONDS_PER_ROUND, "results": results,
                                "target": "no-op middleware costs < 10% of bare throughput"})
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn", force=True)
    sys.exit(main())
