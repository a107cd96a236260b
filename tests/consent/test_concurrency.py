"""Eight workers, each with its own engine, granting and withdrawing in parallel."""

from __future__ import annotations

import random
import threading

import sqlalchemy as sa

from consent import ConsentService, Decision, IssuedReceipt
from consent.values import DecisionKind
from tests.consent.conftest import MakeService
from tests.consent.factories import ANALYTICS, HISTORY

WORKERS = 8
OPERATIONS = 25
SUBJECTS = ("pseud:aaaa", "pseud:bbbb", "pseud:cccc")
PURPOSES = (HISTORY, ANALYTICS)
DECISIONS: tuple[DecisionKind, ...] = ("grant", "refuse")


def work(service: ConsentService, seed: int, barrier: threading.Barrier,
         issued: list[IssuedReceipt], decided: list[str],
         errors: list[BaseException]) -> None:
    rng = random.Random(seed)
    barrier.wait()
    try:
        for _ in range(OPERATIONS):
            subject, purpose = rng.choice(SUBJECTS), rng.choice(PURPOSES)
            if rng.random() < 1 / 3:
                receipts = service.withdraw(subject, [purpose])
            else:
                action = rng.choice(DECISIONS)
                receipts = service.decide(
                    subject, [Decision(purpose, action, service.versions[purpose])])
                decided.append(action)
            issued.extend(receipts)
    except BaseException as exc:  # surfaced by the test below
        errors.append(exc)


def test_parallel_decisions_lose_no_event_and_state_is_the_last_event(
        database_url: str, make_service: MakeService) -> None:
    services = [make_service(database_url) for _ in range(WORKERS)]
    barrier = threading.Barrier(WORKERS)
    issued: list[IssuedReceipt] = []
    decided: list[str] = []
    errors: list[BaseException] = []
    threads = [threading.Thread(target=work, args=(s, i, barrier, issued, decided, errors))
               for i, s in enumerate(services)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []

    with services[0].engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT seq, event_id, subject, purpose, event FROM consent_events ORDER BY seq"
        )).all()
        receipts = conn.execute(sa.text("SELECT receipt_id FROM consent_receipts")).scalars()
        stored_receipts = set(receipts)
    # No lost event: every receipt handed out is in the ledger, and nothing else is.
    assert sorted(r.event_id for r in rows) == sorted(r.receipt_id for r in issued)
    assert stored_receipts == {r.receipt_id for r in issued}
    # Every grant and refusal wrote exactly one event.
    assert sorted(r.event for r in rows if r.event != "withdraw") == sorted(decided)

    last: dict[tuple[str, str], str] = {}
    for row in rows:
        last[(row.subject, row.purpose)] = row.event
    expected = {"grant": "granted", "refuse": "refused", "withdraw": "withdrawn"}
    for subject in SUBJECTS:
        states = {s.purpose: s.state for s in services[-1].state(subject, purposes=PURPOSES)}
        for purpose in PURPOSES:
            assert states[purpose] == expected.get(last.get((subject, purpose), ""), "none")
