"""The reverse proxy's cost: through ``governance serve`` vs calling the upstream directly.

Same run, same machine, separate processes (upstream, proxy, driver). Non-streaming:
requests/s (8 concurrent) and p50/p99 latency (sequential, direct and proxied requests
alternated one by one; the added latency is the median of the pairs' differences). Streaming:
time to first content token, paired the same way. Proxy variants: the relay alone without
the governance middleware (reference: the price of any extra Python HTTP hop on this
machine), redaction off (pure pass-through with identity), redaction on with the answer
check keeping model-produced data (placeholders restored as they stream), and on with the
check masking it (which holds each sentence until it is complete).
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.common import percentile, summary, write

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SEQUENTIAL = 150
CONCURRENT_SECONDS = 6.0
CONCURRENCY = 8
MESSAGE = ("Hello, I am Marie Dupont (marie.dupont@example.com, 06 12 34 56 78). When is the "
           "payroll paid this month and how do I submit an expense claim?")


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"process for {url} exited with {proc.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not start")


def _policy(tmp: Path, name: str, steps: list[str], answer_pii: str) -> Path:
    path = tmp / f"{name}.toml"
    path.write_text(f"""
[storage]
url = "sqlite:///{tmp / name}.db"
keys_dir = "{tmp / 'keys'}"
[identity]
issuer = "bench"
audience = "bench"
[logging]
level = "warning"
[redaction]
answer_pii = "{answer_pii}"
[[routes]]
path = "/v1/chat/completions"
steps = {json.dumps(steps)}
""")
    return path


def _has_content(line: str) -> bool:
    """An SSE data line carrying a non-empty text delta (the first token)."""
    if not line.startswith("data:"):
        return False
    try:
        data = json.loads(line[5:])
    except ValueError:
        return False
    choices = data.get("choices") if isinstance(data, dict) else None
    return bool(choices and (choices[0].get("delta") or {}).get("content"))


async def _one(client: httpx.AsyncClient, url: str, headers: dict[str, str],
               stream: bool) -> float:
    """One request's latency: the whole JSON answer, or the first content token of a stream."""
    body = {"model": "m", "stream": stream, "messages": [{"role": "user", "content": MESSAGE}]}
    t0 = time.perf_counter()
    if stream:
        async with client.stream("POST", url, json=body, headers=headers) as response:
            async for line in response.aiter_lines():
                if _has_content(line):
                    break
    else:
        response = await client.post(url, json=body, headers=headers)
        assert response.status_code == 200, response.text
    return time.perf_counter() - t0


async def _paired(client: httpx.AsyncClient, direct: str, url: str, headers: dict[str, str],
                  stream: bool) -> tuple[list[float], list[float]]:
    """Direct and proxied requests alternated one by one, so that whatever else the machine
    does at a moment weighs on both alike; the added latency is the median of the pairs'
    differences."""
    direct_samples, proxied = [], []
    for _ in range(SEQUENTIAL):
        direct_samples.append(await _one(client, direct, {}, stream))
        proxied.append(await _one(client, url, headers, stream))
    return direct_samples, proxied


async def _concurrent(url: str, headers: dict[str, str]) -> dict[str, float]:
    body = {"model": "m", "messages": [{"role": "user", "content": MESSAGE}]}
    latencies: list[float] = []
    deadline = time.perf_counter() + CONCURRENT_SECONDS
    async with httpx.AsyncClient(timeout=60) as client:
        async def worker() -> None:
            while time.perf_counter() < deadline:
                t0 = time.perf_counter()
                response = await client.post(url, json=body, headers=headers)
                assert response.status_code == 200
                latencies.append(time.perf_counter() - t0)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        return summary(latencies, time.perf_counter() - started)


async def measure(direct: str, url: str, headers: dict[str, str]) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=60) as client:
        await _paired(client, direct, url, headers, False)  # warm-up
        d_json, p_json = await _paired(client, direct, url, headers, False)
        d_ttft, p_ttft = await _paired(client, direct, url, headers, True)
    return {"p50_ms": _ms(percentile(p_json, 50)), "p99_ms": _ms(percentile(p_json, 99)),
            "ttft_p50_ms": _ms(percentile(p_ttft, 50)),
            "ttft_p99_ms": _ms(percentile(p_ttft, 99)),
            "direct_p50_ms": _ms(percentile(d_json, 50)),
            "direct_ttft_p50_ms": _ms(percentile(d_ttft, 50)),
            "added_p50_ms": _ms(percentile([p - d for p, d in zip(p_json, d_json, strict=True)],
                                           50)),
            "added_ttft_p50_ms": _ms(percentile(
                [p - d for p, d in zip(p_ttft, d_ttft, strict=True)], 50)),
            "concurrent": await _concurrent(url, headers)}


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def main() -> int:
    procs: list[subprocess.Popen[bytes]] = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        try:
            up = _port()
            procs.append(subprocess.Popen([sys.executable, "-m", "examples.proxy_upstreams",
                                           "--port", str(up)], env=env, cwd=ROOT))
            _wait(f"http://127.0.0.1:{up}/healthz", procs[-1])
            variants = {"redaction_off": ([], "keep"), "redaction_on_keep": (["redaction"], "keep"),
                        "redaction_on_mask": (["redaction"], "mask")}
            ports = {"relay_only": _port()}
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "--factory", "bench.relay_only:app",
                 "--port", str(ports["relay_only"]), "--loop", "uvloop", "--http", "httptools",
                 "--log-level", "warning"],
                env={**env, "BENCH_UPSTREAM": f"http://127.0.0.1:{up}"}, cwd=ROOT))
            _wait(f"http://127.0.0.1:{ports['relay_only']}/healthz", procs[-1])
            for name, (steps, answer_pii) in variants.items():
                policy = _policy(tmp, name, steps, answer_pii)
                subprocess.run([str(BIN / "governance"), "--policy", str(policy), "keys", "init"],
                               check=True, capture_output=True)
                ports[name] = _port()
                procs.append(subprocess.Popen(
                    [str(BIN / "governance"), "--policy", str(policy), "serve", "--upstream",
                     f"http://127.0.0.1:{up}", "--port", str(ports[name])], env=env, cwd=tmp,
                    stderr=subprocess.DEVNULL))
                _wait(f"http://127.0.0.1:{ports[name]}/healthz", procs[-1])
            token = subprocess.run(
                [str(BIN / "governance"), "--policy", str(tmp / "redaction_off.toml"), "token",
                 "--subject", "bench"], check=True, capture_output=True, text=True).stdout.strip()
            headers = {"authorization": f"Bearer {token}"}
            direct = f"http://127.0.0.1:{up}/v1/chat/completions"
            results["direct"] = {"concurrent": asyncio.run(_concurrent(direct, {}))}
            for name, port in ports.items():
                results[name] = asyncio.run(measure(
                    direct, f"http://127.0.0.1:{port}/v1/chat/completions", headers))
        finally:
            for proc in procs:
                proc.terminate()
                proc.wait(timeout=20)
    direct_rps = results["direct"]["concurrent"]["rps"]
    print(f"{'path':<20} {'direct p50':>10} {'p50':>7} {'+p50':>6} {'direct ttft':>11} "
          f"{'ttft':>7} {'+ttft':>7} {'req/s x8':>9} {'ratio':>6}")
    print(f"{'direct':<20} {'':>10} {'':>7} {'':>6} {'':>11} {'':>7} {'':>7} {direct_rps:>9}")
    for name, r in results.items():
        if name == "direct":
            continue
        r["throughput_ratio"] = round(r["concurrent"]["rps"] / direct_rps, 3)
        print(f"{name:<20} {r['direct_p50_ms']:>10} {r['p50_ms']:>7} {r['added_p50_ms']:>6} "
              f"{r['direct_ttft_p50_ms']:>11} {r['ttft_p50_ms']:>7} {r['added_ttft_p50_ms']:>7} "
              f"{r['concurrent']['rps']:>9} {r['throughput_ratio']:>6}")
    path = write("proxy", {"results": results, "targets": {
        "redaction_off_added_p50_ms": 2.0, "redaction_on_added_ttft_p50_ms": 25.0}})
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
