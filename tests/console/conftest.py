"""Console fixtures: a console mounted under /governance/console with seeded data and one
operator per role, on SQLite (or any database URL through ``make_env``)."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from audit import AuditLog, ConsentEvent, ExchangeOpened, create_schema
from consent import ConsentService, ConsentSettings, Decision
from governance.console import Accounts, console_app, create_console_schema
from governance.storage import create_engine
from tests.consent.factories import Clock, demo_purposes

PREFIX = "/governance/console"
PASSWORD = "correct-horse-battery-1"
USERS = {"admin": "ada", "compliance": "carl", "dpo": "dora"}
ALICE = "alice.martin@example.com"
BOB = "bob.durand@example.com"
ORIGIN = "console.test/audit"
PSEUDONYM_KEY = b"k" * 32


def pseudonymise(subject_id: str) -> str:
    return "pseud:" + hmac.new(PSEUDONYM_KEY, subject_id.encode(), hashlib.sha256).hexdigest()[:32]


class FloatClock:
    """A wall clock in seconds that a test can move forward."""

    def __init__(self) -> None:
        import time

        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class ConsoleEnv:
    app: Starlette
    engine: Engine
    log: AuditLog
    service: ConsentService
    accounts: Accounts
    clock: FloatClock
    consent_clock: Clock
    events: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    erased: list[str] = field(default_factory=list)

    def client(self) -> TestClient:
        return TestClient(self.app, base_url="http://testserver", follow_redirects=False)


def exchange(n: int, at: datetime, *, route: str = "/v1/chat/completions",
             decision: str = "forwarded", handoff: str | None = None,
             redactions: Mapping[str, int] | None = None,
             subject: str | None = None) -> ExchangeOpened:
    return ExchangeOpened(exchange_id=f"ex-{n}", route=route, subject=subject,
                          purposes=("assistant",), policy_version="sha256:abcd",
                          decision=decision,  # type: ignore[arg-type]
                          handoff=handoff, redactions=dict(redactions or {}), time=at)


def seed(log: AuditLog, service: ConsentService, now: datetime) -> None:
    """30 exchanges over 10 days (three decisions, two routes, handoffs, entity types),
    Alice's consent history and an access request, and sealed details for Alice."""
    alice = pseudonymise(ALICE)
    entries: list[Any] = []
    for i in range(30):
        decision = ("forwarded", "refused", "handoff")[i % 3]
        entries.append(exchange(
            i, now - timedelta(days=10) + timedelta(hours=8 * i),
            route="/v1/chat/completions" if i % 2 else "/v1/responses", decision=decision,
            handoff=("harassment" if i % 2 else "sick-leave") if decision == "handoff" else None,
            redactions={"PERSON": 1 + i % 2, "EMAIL_ADDRESS": 1} if i % 5 else {},
            subject=alice if i % 4 == 0 else pseudonymise(BOB)))
    log.append_many(entries)
    log.append(ConsentEvent(subject=alice, action="given", purposes=("assistant",),
                            time=now - timedelta(hours=1)),
               subject_details={"channel": "chat-ui"})
    versions = service.versions
    service.decide(alice, [Decision("assistant", "grant", versions["assistant"]),
                           Decision("history", "grant", versions["history"]),
                           Decision("analytics", "refuse", versions["analytics"])])
    service.withdraw(alice, ["history"])
    service.open_request(alice, "access")


@pytest.fixture
def fast_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


MakeEnv = Callable[..., ConsoleEnv]


def build_env(url: str, hasher: PasswordHasher, *, seeded: bool = True, with_users: bool = True,
              **options: Any) -> ConsoleEnv:
    """A console on ``url``, mounted under ``PREFIX``; the caller disposes ``env.engine``."""
    engine = create_engine(url)
    create_schema(engine)
    create_console_schema(engine)
    log = AuditLog(engine, origin=ORIGIN, signing_key=Ed25519PrivateKey.generate(),
                   details_secret=b"d" * 32)
    consent_clock = Clock()
    consent_clock.now = datetime.now(UTC).replace(microsecond=0)
    service = ConsentService(engine, demo_purposes(), ConsentSettings(),
                             Ed25519PrivateKey.generate(), clock=consent_clock)
    service.create_schema()
    clock = FloatClock()
    accounts = Accounts(engine, clock=clock, hasher=hasher)
    env = ConsoleEnv(Starlette(), engine, log, service, accounts, clock, consent_clock)
    if with_users:
        for role, name in USERS.items():
            accounts.add_user(name, role, PASSWORD)
    if seeded:
        seed(log, service, consent_clock.now)

    def on_event(kind: str, fields: Mapping[str, object]) -> None:
        env.events.append((kind, dict(fields)))

    options.setdefault("secure_cookies", False)
    console = console_app(engine=engine, session_secret=b"s" * 32, audit_log=log,
                          audit_origin=ORIGIN, audit_verifier=log.verifier,
                          consent_service=service, pseudonymise=pseudonymise,
                          on_event=on_event, clock=clock, accounts=accounts, **options)
    env.app = Starlette(routes=[Mount(PREFIX, app=console)])
    return env


@pytest.fixture
def make_env(fast_hasher: PasswordHasher) -> Iterator[MakeEnv]:
    envs: list[ConsoleEnv] = []

    def make(url: str, **options: Any) -> ConsoleEnv:
        envs.append(build_env(url, fast_hasher, **options))
        return envs[-1]

    yield make
    for env in envs:
        env.engine.dispose()


@pytest.fixture
def env(make_env: MakeEnv, tmp_path: Any) -> ConsoleEnv:
    return make_env(f"sqlite:///{tmp_path / 'console.db'}")


@pytest.fixture(scope="module")
def shared_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ConsoleEnv]:
    """One seeded console for a module's read-only checks (refusals, the role matrix)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('shared') / 'console.db'}"
    env = build_env(url, PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield env
    env.engine.dispose()


@pytest.fixture(scope="module")
def shared_as_role(shared_env: ConsoleEnv) -> Callable[[str], TestClient]:
    """Signed-in clients on ``shared_env``, one per role, reused across the module."""
    clients: dict[str, TestClient] = {}

    def make(role: str) -> TestClient:
        if role not in clients:
            clients[role] = _signed_in(shared_env, role)
        return clients[role]

    return make


CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def login(client: TestClient, name: str, password: str = PASSWORD) -> Any:
    page = client.get(f"{PREFIX}/login")
    return client.post(f"{PREFIX}/login", data={"name": name, "password": password,
                                                "csrf": csrf_of(page.text)})


@pytest.fixture
def as_role(env: ConsoleEnv) -> Callable[[str], TestClient]:
    """A client signed in with the role's account (its page CSRF token on ``.csrf``)."""

    def make(role: str) -> TestClient:
        return _signed_in(env, role)

    return make


def _signed_in(env: ConsoleEnv, role: str) -> TestClient:
    client = env.client()
    response = login(client, USERS[role])
    assert response.status_code == 303, response.text
    home = client.get(f"{PREFIX}/charts")
    client.csrf = csrf_of(home.text)  # type: ignore[attr-defined]
    return client
