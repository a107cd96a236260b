"""The consent HTTP API, mounted in a tiny Starlette app with a fake identity."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.routing import Mount
from starlette.testclient import TestClient

from consent import CSV_COLUMNS, ConsentService, verify
from governance.api.consent import consent_routes
from tests.consent.conftest import MakeService
from tests.consent.factories import ANALYTICS, ASSISTANT, HISTORY, SECURITY, Clock

ALICE, BOB = "alice", "bob"


def pseudonymise(subject_id: str) -> str:
    return f"pseud:{subject_id[::-1]}"


async def subject_of(request: Request) -> str | None:
    raw = request.headers.get("x-test-subject")
    return pseudonymise(raw) if raw else None


async def is_admin(request: Request) -> bool:
    return request.headers.get("x-test-admin") == "yes"


MakeClient = Callable[..., TestClient]


@pytest.fixture
def service(sqlite_url: str, make_service: MakeService) -> ConsentService:
    return make_service(sqlite_url)


@pytest.fixture
def client(service: ConsentService) -> Iterator[TestClient]:
    app = Starlette(routes=[Mount("/governance", routes=consent_routes(
        service, subject_of=subject_of, is_admin=is_admin, pseudonymise=pseudonymise))])
    with TestClient(app, headers={"x-test-subject": ALICE}) as test_client:
        yield test_client


def events(service: ConsentService) -> int:
    with service.engine.connect() as conn:
        return int(conn.execute(sa.text("SELECT count(*) FROM consent_events")).scalar_one())


def grant_body(service: ConsentService, *purposes: str, **extra: object) -> dict[str, object]:
    decisions = [{"purpose": p, "decision": "grant", "notice_version": service.versions[p]}
                 for p in purposes]
    return {"decisions": decisions, **extra}


def test_state_lists_every_purpose_in_the_requested_language(client: TestClient) -> None:
    response = client.get("/governance/consent", headers={"accept-language": "fr-FR,fr;q=0.9"})
    assert response.status_code == 200
    body = response.json()
    assert body["language"] == "fr"
    assert [p["id"] for p in body["purposes"]] == [ASSISTANT, HISTORY, ANALYTICS, SECURITY]
    first = body["purposes"][0]
    assert (first["state"], first["required"], first["legal_basis"]) == (
        "none", True, "eu-gdpr:A6-1-a")
    assert first["notice"]["language"] == "fr"
    assert first["notice"]["text"] == "Vos messages pour assistant."


def test_grant_then_withdraw_returns_verifiable_receipts(
        client: TestClient, service: ConsentService, signing_key: Ed25519PrivateKey) -> None:
    granted = client.post("/governance/consent", json=grant_body(service, ASSISTANT, HISTORY))
    assert granted.status_code == 200, granted.text
    receipts = granted.json()["receipts"]
    assert [(r["purpose"], r["event"]) for r in receipts] == [
        (ASSISTANT, "grant"), (HISTORY, "grant")]
    assert service.check(pseudonymise(ALICE), [ASSISTANT]).allowed
    fetched = client.get(receipts[0]["url"])
    assert fetched.status_code == 200
    assert verify(fetched.content, signing_key.public_key())["consentReceiptID"] == \
        receipts[0]["id"]

    withdrawn = client.post("/governance/consent/withdraw", json={"purposes": [HISTORY]})
    assert [(r["purpose"], r["event"]) for r in withdrawn.json()["receipts"]] == [
        (HISTORY, "withdraw")]
    everything = client.post("/governance/consent/withdraw", json={})
    assert [r["purpose"] for r in everything.json()["receipts"]] == [ASSISTANT]
    assert not service.check(pseudonymise(ALICE), [ASSISTANT]).allowed
    states = {p["id"]: p["state"] for p in client.get("/governance/consent").json()["purposes"]}
    assert states[ASSISTANT] == states[HISTORY] == "withdrawn"


@pytest.mark.parametrize(("body", "status", "error_type"), [
    (b"{not json", 400, "malformed_json"),
    (b"[]", 422, "invalid_body"),
    (b'{"decisions": []}', 422, "invalid_body"),
    (b'{"decisions": [{"purpose": "history", "decision": "yes", "notice_version": "v"}]}',
     422, "invalid_body"),
    (b'{"decisions": [{"purpose": "history", "decision": "grant"}]}', 422, "invalid_body"),
    (b'{"decisions": [{"purpose": "nope", "decision": "grant", "notice_version": "v"}]}',
     422, "unknown_purpose"),
    (b'{"decisions": [{"purpose": "security", "decision": "grant", "notice_version": "v"}]}',
     422, "invalid_decision"),
    (b'{"decisions": [{"purpose": "history", "decision": "grant", "notice_version": "v"}]}',
     409, "stale_notice"),
    (b'{"decisions": [], "extra": true}', 422, "invalid_body"),
])
def test_bad_decision_bodies_are_refused_and_write_nothing(
        client: TestClient, service: ConsentService, body: bytes, status: int,
        error_type: str) -> None:
    response = client.post("/governance/consent", content=body,
                           headers={"content-type": "application/json"})
    assert response.status_code == status
    assert response.json()["error"]["type"] == error_type
    assert response.json()["error"]["message"]
    assert events(service) == 0


@pytest.mark.parametrize(("path", "body"), [
    ("/governance/consent/withdraw", {"purposes": [ASSISTANT]}),
    ("/governance/requests", {"kind": "objection", "purpose": SECURITY}),
])
def test_acting_for_another_subject_is_forbidden(client: TestClient, service: ConsentService,
                                                 path: str, body: dict[str, object]) -> None:
    client.post("/governance/consent", json=grant_body(service, ASSISTANT))
    before = events(service)
    response = client.post(path, json={**body, "subject": BOB})
    assert response.status_code == 403
    assert response.json()["error"]["type"] == "forbidden"
    assert events(service) == before
    assert service.requests() == []
    assert service.check(pseudonymise(ALICE), [ASSISTANT, SECURITY]).permitted == (
        ASSISTANT, SECURITY)


def test_granting_for_another_subject_is_forbidden(client: TestClient,
                                                   service: ConsentService) -> None:
    response = client.post("/governance/consent",
                           json=grant_body(service, ASSISTANT, subject=BOB))
    assert response.status_code == 403
    assert response.json()["error"]["type"] == "forbidden"
    assert events(service) == 0
    own = client.post("/governance/consent", json=grant_body(service, ASSISTANT, subject=ALICE))
    assert own.status_code == 200


def test_one_bad_decision_among_good_ones_writes_nothing(client: TestClient,
                                                         service: ConsentService) -> None:
    body = grant_body(service, ASSISTANT, HISTORY)
    body["decisions"][1]["notice_version"] = "sha256:old"  # type: ignore[index]
    assert client.post("/governance/consent", json=body).status_code == 409
    assert events(service) == 0


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/governance/consent"),
    ("POST", "/governance/consent"),
    ("POST", "/governance/consent/withdraw"),
    ("GET", "/governance/requests"),
    ("POST", "/governance/requests"),
])
def test_anonymous_callers_get_401(client: TestClient, method: str, path: str) -> None:
    response = client.request(method, path, headers={"x-test-subject": ""}, json={})
    assert response.status_code == 401
    assert response.json()["error"]["type"] == "unauthenticated"


def test_a_receipt_is_hidden_from_other_subjects(client: TestClient,
                                                 service: ConsentService) -> None:
    receipt = client.post("/governance/consent",
                          json=grant_body(service, HISTORY)).json()["receipts"][0]
    assert client.get(receipt["url"], headers={"x-test-subject": BOB}).status_code == 404
    assert client.get(receipt["url"], headers={"x-test-subject": "",
                                               "x-test-admin": "yes"}).status_code == 200
    assert client.get("/governance/consent/receipts/not-a-uuid").status_code == 404


@pytest.mark.parametrize(("method", "path"), [
    ("POST", "/governance/consent/export"),
    ("GET", "/governance/consent/records"),
    ("GET", "/governance/requests?all=1"),
    ("POST", "/governance/requests/00000000-0000-4000-8000-000000000000/close"),
])
def test_dpo_routes_need_the_admin_role(client: TestClient, method: str, path: str) -> None:
    response = client.request(method, path, json={"subject": ALICE})
    assert response.status_code == 403
    assert response.json()["error"]["type"] == "forbidden"


def test_dpo_exports_one_subject_deterministically(client: TestClient,
                                                   service: ConsentService) -> None:
    client.post("/governance/consent", json=grant_body(service, ASSISTANT, HISTORY))
    client.post("/governance/consent/withdraw", json={"purposes": [HISTORY]})
    admin = {"x-test-admin": "yes", "x-test-subject": ""}
    first = client.post("/governance/consent/export", json={"subject": ALICE, "format": "json"},
                        headers=admin)
    assert first.status_code == 200
    again = client.post("/governance/consent/export", json={"subject": ALICE, "format": "json"},
                        headers=admin)
    assert first.content == again.content
    assert first.headers["repr-digest"].startswith("sha-256=:")
    document = first.json()
    assert document["subject"] == pseudonymise(ALICE)
    assert [e["event"] for e in document["events"]] == ["grant", "grant", "withdraw"]
    assert len(document["consent_records"]) == 3
    table = client.post("/governance/consent/export", json={"subject": ALICE, "format": "csv"},
                        headers=admin)
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert [r["purpose"] for r in rows] == [ASSISTANT, HISTORY, HISTORY]
    page = client.post("/governance/consent/export", json={"subject": ALICE, "format": "html"},
                       headers=admin)
    assert page.headers["content-type"].startswith("text/html")
    assert "<table>" in page.text


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_period_export_streams_the_documented_columns(client: TestClient,
                                                      service: ConsentService,
                                                      fmt: str) -> None:
    client.post("/governance/consent", json=grant_body(service, ASSISTANT))
    client.post("/governance/consent", json=grant_body(service, HISTORY),
                headers={"x-test-subject": BOB})
    response = client.get(f"/governance/consent/records?format={fmt}&since=2026-03-01",
                          headers={"x-test-admin": "yes"})
    assert response.status_code == 200
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(response.text))
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        rows = list(reader)
    else:
        rows = [json.loads(line) for line in response.text.splitlines()]
        assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["subject"] for r in rows] == [pseudonymise(ALICE), pseudonymise(BOB)]
    empty = client.get("/governance/consent/records?format=jsonl&until=2026-03-01",
                       headers={"x-test-admin": "yes"})
    assert empty.text == ""


@pytest.mark.parametrize("query", ["format=xml", "since=yesterday", "until=2026-13-01"])
def test_bad_export_queries_are_refused(client: TestClient, query: str) -> None:
    response = client.get(f"/governance/consent/records?{query}",
                          headers={"x-test-admin": "yes"})
    assert response.status_code == 422
    assert response.json()["error"]["type"] == "invalid_query"


def test_ropa_lists_every_purpose_in_dpv_terms(client: TestClient) -> None:
    ropa = client.get("/governance/ropa").json()
    assert [p["@id"] for p in ropa["processing"]] == [
        f"#purpose-{p}" for p in (ASSISTANT, HISTORY, ANALYTICS, SECURITY)]
    security = ropa["processing"][3]
    assert security["dpv:hasLegalBasis"] == "eu-gdpr:A6-1-f"
    assert security["dpv:hasPurpose"] == ["dpv:EnforceSecurity"]
    assert security["dpv:hasStorageCondition"]["dpv:hasDuration"] == "P30D"


def test_subject_requests_have_a_one_month_deadline_and_can_be_closed(
        client: TestClient, service: ConsentService) -> None:
    opened = client.post("/governance/requests", json={"kind": "access"})
    assert opened.status_code == 201
    request = opened.json()
    assert (request["status"], request["due_at"]) == ("open", "2026-04-02T09:00:00Z")
    assert [r["id"] for r in client.get("/governance/requests").json()["requests"]] == [
        request["id"]]
    assert client.get("/governance/requests",
                      headers={"x-test-subject": BOB}).json()["requests"] == []
    admin = {"x-test-admin": "yes"}
    closed = client.post(f"/governance/requests/{request['id']}/close", headers=admin)
    assert closed.json()["status"] == "closed"
    again = client.post(f"/governance/requests/{request['id']}/close", headers=admin)
    assert again.status_code == 404


def test_objection_request_stops_the_legitimate_interest_purpose(
        client: TestClient, service: ConsentService) -> None:
    response = client.post("/governance/requests", json={"kind": "objection",
                                                         "purpose": SECURITY})
    assert response.status_code == 201
    assert service.check(pseudonymise(ALICE), [SECURITY]).withheld == (SECURITY,)
    refused = client.post("/governance/requests", json={"kind": "objection",
                                                        "purpose": ASSISTANT})
    assert refused.status_code == 422
    assert refused.json()["error"]["type"] == "invalid_decision"


def test_overdue_requests_are_listed_for_the_dpo(client: TestClient, service: ConsentService,
                                                 clock: Clock) -> None:
    client.post("/governance/requests", json={"kind": "erasure"})
    admin = {"x-test-admin": "yes"}
    assert client.get("/governance/requests?all=1&overdue=1",
                      headers=admin).json()["requests"] == []
    clock.advance(days=32)
    overdue = client.get("/governance/requests?all=1&overdue=1", headers=admin).json()
    assert [r["kind"] for r in overdue["requests"]] == ["erasure"]
    assert overdue["requests"][0]["overdue"] is True


def test_public_key_is_published_for_offline_verification(
        client: TestClient, signing_key: Ed25519PrivateKey) -> None:
    response = client.get("/governance/consent/public-key")
    assert response.content.startswith(b"-----BEGIN PUBLIC KEY-----")
