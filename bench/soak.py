"""Soak, saturation and fault run of the governance reverse proxy on PostgreSQL.

    python -m bench.soak --seconds 600 --workers 2            # `make soak`: the long run
    python -m bench.soak --short                               # the CI version (in make test)

Starts its own PostgreSQL (Debian's binaries, as the tests do), the example assistant as the
upstream (recording every text it receives), and `governance serve --workers N` in front of
it with the demo's policy on PostgreSQL. Users with consent chat at a steady rate carrying
canary personal data; then concurrency steps up to saturation. Faults (``--fault``, both by
default): ``pg-restart`` stops PostgreSQL for a few seconds at 40% of the steady phase and
starts it again; ``worker-kill`` kills one serving worker with SIGKILL at 70%, with requests
in flight, and waits for the supervisor to replace it. Afterwards: the audit log must verify,
every answered exchange (by its Governance-Exchange-Id) must have exactly one opening and one
closing entry, no canary may have reached the upstream, and answers must go on after each
fault.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import psutil

from bench.common import percentile, write

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CANARIES = ["Zelda Quinterro", "zelda.quinterro@exemple.fr", "06 98 76 54 32"]
MESSAGE = ("Bonjour, je suis {name}, mon e-mail est {email} et mon téléphone {phone}. "
           "Quand est versée la paie ce mois-ci ?")


def _port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes], seconds: float = 900) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url}: process exited with {proc.returncode}")
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not start")


class Run:
    def __init__(self, args: argparse.Namespace, tmp: Path) -> None:
        self.args = args
        self.tmp = tmp
        self.procs: list[subprocess.Popen[bytes]] = []
        self.answered: list[str] = []          # exchange ids of 200 answers
        self.statuses: Counter[int] = Counter()
        self.latencies: list[float] = []
        self.rss: list[dict[str, float]] = []
        self.faults: list[str] = []
        self.rss_t0 = time.monotonic()
        self.killed_at: float | None = None  # seconds after rss_t0

    # set-up ------------------------------------------------------------------------------
    def start(self) -> None:
        sys.path.insert(0, str(ROOT))
        from tests.conftest import PostgresServer, _pg_bindir

        bindir = _pg_bindir()
        if bindir is None:
            raise SystemExit("PostgreSQL binaries not found (apt-get install postgresql)")
        self.pg = PostgresServer(bindir)
        self.pg.start()
        url = self.pg.create_database()
        policy = (ROOT / "governance.toml").read_text()
        policy = policy.replace('url = "sqlite:///var/governance.db"', f'url = "{url}"')
        policy = policy.replace('keys_dir = "var/keys"', f'keys_dir = "{self.tmp / "keys"}"')
        policy = policy.replace('format = "console"', 'format = "json"').replace(
            'level = "info"', 'level = "warning"')
        self.policy = self.tmp / "governance.toml"
        self.policy.write_text(policy)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "GOVERNANCE_POLICY": str(self.policy)}
        subprocess.run([str(BIN / "governance"), "keys", "init"], env=env, check=True,
                       capture_output=True)
        self.received = self.tmp / "received.jsonl"
        up = _port()
        self.procs.append(subprocess.Popen(
            [sys.executable, "-m", "examples.proxy_upstreams", "--port", str(up),
             "--chunk-delay", "0", "--record", str(self.received)], env=env, cwd=ROOT))
        _wait(f"http://127.0.0.1:{up}/healthz", self.procs[-1])
        self.port = _port()
        self.server = subprocess.Popen(
            [str(BIN / "governance"), "serve", "--upstream", f"http://127.0.0.1:{up}",
             "--port", str(self.port), "--workers", str(self.args.workers)],
            env=env, cwd=self.tmp, stdout=subprocess.DEVNULL,
            stderr=(self.tmp / "serve.log").open("wb"))
        self.procs.append(self.server)
        self.base = f"http://127.0.0.1:{self.port}"
        try:
            _wait(f"{self.base}/healthz", self.server)
        except RuntimeError:
            print((self.tmp / "serve.log").read_text()[-3000:], file=sys.stderr)
            raise
        from governance import Policy
        from governance.keys import KeyStore
        from governance.tokens import issue_token

        loaded = Policy.from_file(self.policy)
        keys = KeyStore(self.tmp / "keys")
        self.tokens = [issue_token(loaded, keys, f"soak-user-{i}") for i in range(self.args.users)]

    def stop(self) -> None:
        for proc in reversed(self.procs):
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()

    # load --------------------------------------------------------------------------------
    async def grant_all(self, client: httpx.AsyncClient) -> None:
        for token in self.tokens:
            headers = {"authorization": f"Bearer {token}"}
            state = (await client.get(f"{self.base}/governance/consent", headers=headers)).json()
            decisions = [{"purpose": p["id"], "decision": "grant" if p["required"] else "refuse",
                          "notice_version": p["notice"]["version"]} for p in state["purposes"]]
            response = await client.post(f"{self.base}/governance/consent", headers=headers,
                                         json={"decisions": decisions})
            response.raise_for_status()

    async def one(self, client: httpx.AsyncClient, i: int) -> None:
        token = self.tokens[i % len(self.tokens)]
        text = MESSAGE.format(name=CANARIES[0], email=CANARIES[1], phone=CANARIES[2])
        body = {"model": "m", "stream": i % 3 == 0,
                "messages": [{"role": "user", "content": f"{text} (#{i})"}]}
        t0 = time.perf_counter()
        try:
            response = await client.post(f"{self.base}/v1/chat/completions", json=body,
                                         headers={"authorization": f"Bearer {token}"})
        except httpx.HTTPError:
            self.statuses[0] += 1
            return
        self.statuses[response.status_code] += 1
        if response.status_code == 200:
            self.latencies.append(time.perf_counter() - t0)
            self.answered.append(response.headers["governance-exchange-id"])

    async def steady(self, client: httpx.AsyncClient, seconds: float, rate: float) -> None:
        tasks = []
        started = time.monotonic()
        i = len(self.answered) + sum(self.statuses.values())
        faults = {"pg-restart": (0.4, self.pg_restart), "worker-kill": (0.7, self.worker_kill)}
        pending = sorted((started + seconds * at, name, inject) for name, (at, inject)
                         in faults.items() if name in self.args.fault)
        while (now := time.monotonic()) - started < seconds:
            if pending and now >= pending[0][0]:
                tasks.append(asyncio.create_task(pending.pop(0)[2]()))
            tasks.append(asyncio.create_task(self.one(client, i)))
            i += 1
            await asyncio.sleep(1 / rate)
        await asyncio.gather(*tasks)

    async def pg_restart(self) -> None:
        bindir, datadir = str(self.pg.bindir), str(self.pg.datadir)
        await asyncio.to_thread(self.pg._run, f"{bindir}/pg_ctl", "-D", datadir, "-m", "fast",
                                "-w", "stop")
        self.faults.append("postgresql stopped")
        await asyncio.sleep(4)
        opts = (f"-p {self.pg.port} -k {self.pg.root} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c max_connections=200")
        await asyncio.to_thread(self.pg._run, f"{bindir}/pg_ctl", "-D", datadir, "-o", opts,
                                "-l", str(self.pg.root / "log"), "-w", "start")
        self.faults.append("postgresql started again")

    def _workers(self) -> list[psutil.Process]:
        """The serving worker processes (uvicorn spawns them; not its resource tracker).

        A killed worker stays a zombie until the supervisor reaps it, and a child can exit
        between the listing and the look at its command line: neither is a serving worker."""
        found = []
        for p in psutil.Process(self.server.pid).children():
            try:
                if "spawn_main" in " ".join(p.cmdline()):
                    found.append(p)
            except (psutil.ZombieProcess, psutil.NoSuchProcess):
                continue
        return found

    async def worker_kill(self) -> None:
        victim = self._workers()[0]
        answered_before = len(self.answered)
        victim.send_signal(signal.SIGKILL)
        self.killed_at = time.monotonic() - self.rss_t0
        self.faults.append("worker killed with SIGKILL")
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            await asyncio.sleep(0.5)
            alive = [p for p in self._workers() if p.pid != victim.pid and p.is_running()]
            if len(alive) >= self.args.workers and len(self.answered) > answered_before:
                self.faults.append("worker replaced by the supervisor")
                return
        self.faults.append("worker NOT replaced within 180 s")

    async def saturate(self, client: httpx.AsyncClient, seconds: float) -> list[dict[str, Any]]:
        steps = []
        for concurrency in (2, 4, 8, 16):
            done, lat = 0, list[float]()
            deadline = time.monotonic() + seconds

            async def worker(w: int, deadline: float = deadline, lat: list[float] = lat) -> None:
                nonlocal done
                while time.monotonic() < deadline:
                    t0 = time.perf_counter()
                    await self.one(client, 100_000 + w * 10_000 + done)
                    lat.append(time.perf_counter() - t0)
                    done += 1

            t0 = time.monotonic()
            await asyncio.gather(*(worker(w) for w in range(concurrency)))
            steps.append({"concurrency": concurrency, "rps": round(done / (time.monotonic() - t0), 1),
                          "p50_ms": round(percentile(lat, 50) * 1000, 1),
                          "p99_ms": round(percentile(lat, 99) * 1000, 1)})
        return steps

    async def sample_rss(self, stop: asyncio.Event) -> None:
        t0 = self.rss_t0 = time.monotonic()
        while not stop.is_set():
            try:
                procs = [psutil.Process(self.server.pid), *psutil.Process(
                    self.server.pid).children(recursive=True)]
                rss = sum(p.memory_info().rss for p in procs) / 2**20
            except psutil.Error:
                rss = float("nan")
            self.rss.append({"t": round(time.monotonic() - t0, 1), "rss_mib": round(rss, 1)})
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=5)

    async def drive(self) -> dict[str, Any]:
        async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=64)) as c:
            await self.grant_all(c)
            stop = asyncio.Event()
            sampler = asyncio.create_task(self.sample_rss(stop))
            t0 = time.monotonic()
            await self.steady(c, self.args.seconds, self.args.rate)
            steady_s = time.monotonic() - t0
            steps = await self.saturate(c, self.args.step_seconds)
            stop.set()
            await sampler
        return {"steady_seconds": round(steady_s, 1), "saturation": steps}

    # checks ------------------------------------------------------------------------------
    def check(self) -> dict[str, Any]:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "GOVERNANCE_POLICY": str(self.policy)}
        verify = subprocess.run([str(BIN / "governance"), "audit", "verify", "--json"],
                                env=env, capture_output=True, text=True)
        export = subprocess.run([str(BIN / "governance"), "audit", "export", "--format",
                                 "jsonl"], env=env, capture_output=True, text=True, check=True)
        opened: Counter[str] = Counter()
        closed: Counter[str] = Counter()
        for line in export.stdout.splitlines():
            entry = json.loads(line)
            entry = entry.get("entry", entry)
            if entry.get("kind") == "exchange-opened":
                opened[entry["exchange_id"]] += 1
            elif entry.get("kind") == "exchange-closed":
                closed[entry["exchange_id"]] += 1
        missing = [x for x in self.answered if opened[x] != 1 or closed[x] != 1]
        received = self.received.read_text(encoding="utf-8") if self.received.exists() else ""
        leaked = sum(received.count(c) for c in CANARIES)
        return {"audit_verify_ok": verify.returncode == 0,
                "audit_verify": verify.stdout.strip()[-500:],
                "answered": len(self.answered),
                "answered_without_exactly_one_open_and_close": len(missing),
                "canaries_forwarded": leaked,
                "upstream_texts_received": received.count("\n")}


def _growth(samples: list[dict[str, float]], until: float | None = None) -> float | None:
    """RSS at the end minus RSS after warm-up (the first third of the run), in MiB.

    With a worker killed at ``until`` seconds, only the samples before it count: its
    replacement starts from scratch, so later samples say nothing about growth.
    """
    values = [s["rss_mib"] for s in samples
              if s["rss_mib"] == s["rss_mib"] and (until is None or s["t"] < until)]
    if len(values) < 6:
        return None
    third = len(values) // 3
    warm = sorted(values[third:2 * third])[len(values[third:2 * third]) // 2]
    end = sorted(values[2 * third:])[len(values[2 * third:]) // 2]
    return round(end - warm, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--rate", type=float, default=8, help="requests/s in the steady phase")
    parser.add_argument("--step-seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--fault", action="append", choices=["pg-restart", "worker-kill"],
                        help="faults to inject (repeatable; default: both)")
    parser.add_argument("--short", action="store_true", help="the CI version: 30 s, small steps")
    parser.add_argument("--out", default="soak")
    parser.add_argument("--result", type=Path,
                        help="write the JSON result here instead of bench/results/<out>.json")
    args = parser.parse_args()
    args.fault = args.fault or ["pg-restart", "worker-kill"]
    if args.short:
        args.seconds, args.step_seconds, args.users, args.rate = 24, 4, 4, 6
        args.out = "soak-short"
    tmp = Path(tempfile.mkdtemp(prefix="gov-soak-"))
    run = Run(args, tmp)
    try:
        run.start()
        load = asyncio.run(run.drive())
        run.stop()
        result = {**load, **run.check(), "statuses": {str(k): v for k, v in
                                                      sorted(run.statuses.items())},
                  "faults": run.faults, "workers": args.workers, "rate": args.rate,
                  "p50_ms": round(percentile(run.latencies, 50) * 1000, 1),
                  "p95_ms": round(percentile(run.latencies, 95) * 1000, 1),
                  "p99_ms": round(percentile(run.latencies, 99) * 1000, 1),
                  "rss": run.rss, "rss_growth_after_warmup_mib": _growth(run.rss, run.killed_at),
                  "worker_killed_at_s": run.killed_at}
    finally:
        for proc in run.procs:
            if proc.poll() is None:
                proc.kill()
        if hasattr(run, "pg"):
            run.pg.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    path = write(args.out, result, path=args.result)
    summary = {k: v for k, v in result.items() if k not in ("rss", "audit_verify")}
    print(json.dumps(summary, indent=2))
    print(f"wrote {path}")
    ok = (result["audit_verify_ok"] and result["canaries_forwarded"] == 0
          and result["answered_without_exactly_one_open_and_close"] == 0
          and result["answered"] > 0 and result["statuses"].get("500", 0) == 0)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
