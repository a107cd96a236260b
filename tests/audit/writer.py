"""A writer process for the concurrency tests: appends until its time is up, reporting each
receipt only after ``append`` returned (like an answered exchange).

Forked by the tests (``fork_writer``) so that no process pays the import cost again.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from audit import AuditLog, ExchangeOpened


def create_engine(url: str) -> sa.Engine:
    """As governance.storage.create_engine (WAL, busy timeout), for a fresh process."""
    if not url.startswith("sqlite"):
        return sa.create_engine(url)
    engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    @sa.event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "busy_timeout=30000"):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    return engine


def run(url: str, origin: str, seconds: float, threads: int, out: Connection) -> None:
    log = AuditLog(create_engine(url), origin=origin, signing_key=Ed25519PrivateKey.generate())
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def work(t: int) -> None:
        n = 0
        while time.monotonic() < deadline:
            receipt = log.append(ExchangeOpened(
                exchange_id=f"{os.getpid()}-{t}-{n}", route="/chat", subject="hmac:w",
                policy_version="v1", decision="forwarded"))
            with lock:
                out.send((receipt.index, receipt.leaf_hash.hex()))
            n += 1

    workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    out.send(None)
    out.close()


def fork_writer(url: str, origin: str, seconds: float, threads: int = 4
                ) -> tuple[multiprocessing.process.BaseProcess, Connection]:
    """Start a writer in a forked process; receipts arrive on the returned connection."""
    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=run, args=(url, origin, seconds, threads, sender))
    proc.start()
    sender.close()
    return proc, receiver
