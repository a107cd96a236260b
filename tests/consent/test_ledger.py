"""The ledger through the service, on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from consent import (
    ConsentEvent,
    ConsentService,
    Decision,
    InvalidDecision,
    Notice,
    RequestEvent,
    StaleNotice,
    UnknownPurpose,
)
from tests.consent.conftest import MakeService
from tests.consent.factories import ANALYTICS, ASSISTANT, HISTORY, SECURITY, Clock, demo_purposes

SUBJECT = "pseud:0123456789abcdef"
OTHER = "pseud:fedcba9876543210"
CHAT = (ASSISTANT, HISTORY)


def grant(service: ConsentService, subject: str = SUBJECT, *purposes: str) -> None:
    service.decide(subject, [Decision(p, "grant", service.versions[p])
                             for p in purposes or (ASSISTANT,)])


def event_count(service: ConsentService) -> int:
    with service.engine.connect() as conn:
        return int(conn.execute(sa.text("SELECT count(*) FROM consent_events")).scalar_one())


def test_new_subject_is_refused_until_consent_is_given(database_url: str,
                                                      make_service: MakeService) -> None:
    service = make_service(database_url)
    check = service.check(SUBJECT, CHAT, "en")
    assert not check.allowed
    assert [s.purpose for s in check.blocking] == [ASSISTANT]
    grant(service)
    check = service.check(SUBJECT, CHAT, "en")
    assert check.allowed
    assert check.withheld == (HISTORY,)
    assert len(check.receipt_ids) == 1
    assert not service.check(OTHER, CHAT).allowed


def test_withdrawn_consent_blocks_next_request_on_every_instance(
        database_url: str, make_service: MakeService) -> None:
    first = make_service(database_url)
    second = make_service(database_url)  # another app instance: its own engine
    grant(first)
    assert first.check(SUBJECT, CHAT).allowed
    assert second.check(SUBJECT, CHAT).allowed
    receipts = second.withdraw(SUBJECT)
    assert [(r.purpose, r.event) for r in receipts] == [(ASSISTANT, "withdraw")]
    assert not first.check(SUBJECT, CHAT).allowed
    assert not second.check(SUBJECT, CHAT).allowed
    assert first.state(SUBJECT, purposes=[ASSISTANT])[0].state == "withdrawn"


def test_changed_notice_requires_consent_again(database_url: str,
                                               make_service: MakeService) -> None:
    before = make_service(database_url)
    grant(before)
    old_version = before.versions[ASSISTANT]
    changed = demo_purposes(assistant=Notice(en="New wording.", fr="Nouveau texte."))
    after = make_service(database_url, changed)
    check = after.check(SUBJECT, CHAT, "fr")
    assert not check.allowed
    blocked = check.blocking[0]
    assert (blocked.state, blocked.current, blocked.decided_version) == (
        "granted", False, old_version)
    assert blocked.notice.text == "Nouveau texte."
    with pytest.raises(StaleNotice):
        after.decide(SUBJECT, [Decision(ASSISTANT, "grant", old_version)])
    grant(after)
    assert after.check(SUBJECT, CHAT).allowed


def test_refusing_every_optional_purpose_leaves_required_ones_allowed(
        database_url: str, make_service: MakeService) -> None:
    service = make_service(database_url)
    grant(service)
    service.decide(SUBJECT, [Decision(p, "refuse", service.versions[p])
                             for p in (HISTORY, ANALYTICS)])
    check = service.check(SUBJECT, (ASSISTANT, HISTORY, ANALYTICS, SECURITY))
    assert check.allowed
    assert check.withheld == (HISTORY, ANALYTICS)
    assert set(check.permitted) == {ASSISTANT, SECURITY}
    states = {s.purpose: s.state for s in service.state(SUBJECT)}
    assert states == {ASSISTANT: "granted", HISTORY: "refused", ANALYTICS: "refused",
                      SECURITY: "not-applicable"}


@pytest.mark.parametrize(("decisions", "error"), [
    ([Decision("nope", "grant", "sha256:x")], UnknownPurpose),
    ([Decision(SECURITY, "grant", "sha256:x")], InvalidDecision),
    ([Decision(ASSISTANT, "grant", "sha256:old")], StaleNotice),
    ([Decision(ASSISTANT, "maybe", "")], InvalidDecision),  # type: ignore[arg-type]
    ([], InvalidDecision),
])
def test_bad_decisions_write_nothing(sqlite_url: str, make_service: MakeService,
                                     decisions: list[Decision], error: type[Exception]) -> None:
    service = make_service(sqlite_url)
    valid = [Decision(HISTORY, "grant", service.versions[HISTORY])]
    with pytest.raises(error):
        service.decide(SUBJECT, valid + decisions if decisions else [])
    assert event_count(service) == 0


def test_duplicate_purpose_in_one_request_is_refused(sqlite_url: str,
                                                     make_service: MakeService) -> None:
    service = make_service(sqlite_url)
    version = service.versions[HISTORY]
    with pytest.raises(InvalidDecision, match="twice"):
        service.decide(SUBJECT, [Decision(HISTORY, "grant", version),
                                 Decision(HISTORY, "refuse", version)])
    assert event_count(service) == 0


def test_unknown_purpose_message_does_not_echo_arbitrary_input(sqlite_url: str,
                                                               make_service: MakeService) -> None:
    service = make_service(sqlite_url)
    with pytest.raises(UnknownPurpose) as info:
        service.check(SUBJECT, ["jean.dupont@example.com"])
    assert "dupont" not in str(info.value)


TAMPERING = (
    "UPDATE consent_events SET event = 'grant'",
    "DELETE FROM consent_events",
    "UPDATE consent_receipts SET document = '{}'",
    "DELETE FROM consent_receipts",
)
POSTGRES_TAMPERING = ("TRUNCATE consent_events", "TRUNCATE consent_receipts")


def test_ledger_rows_cannot_be_updated_or_deleted(database_url: str,
                                                  make_service: MakeService) -> None:
    service = make_service(database_url)
    grant(service)
    service.withdraw(SUBJECT)
    attempts = TAMPERING + (POSTGRES_TAMPERING if database_url.startswith("postgres") else ())
    refused = []
    for statement in attempts:  # one database for all: PostgreSQL setup is slow
        try:
            with service.engine.begin() as conn:
                conn.execute(sa.text(statement))
        except sa.exc.DatabaseError as exc:
            if "append-only" in str(exc):
                refused.append(statement)
    assert refused == list(attempts)
    assert event_count(service) == 2
    assert service.state(SUBJECT, purposes=[ASSISTANT])[0].state == "withdrawn"


def test_create_schema_again_keeps_the_ledger_and_its_guard(sqlite_url: str,
                                                            make_service: MakeService) -> None:
    service = make_service(sqlite_url)
    grant(service)
    service.create_schema()
    assert service.check(SUBJECT, CHAT).allowed
    with pytest.raises(sa.exc.DatabaseError, match="append-only"), \
            service.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM consent_events"))


def test_consent_expires_after_its_validity(database_url: str, make_service: MakeService,
                                            clock: Clock) -> None:
    service = make_service(database_url)
    grant(service, SUBJECT, ASSISTANT, HISTORY)
    clock.advance(days=29)
    assert service.check(SUBJECT, CHAT).permitted == CHAT
    assert service.expire_due() == 0
    clock.advance(days=2)
    check = service.check(SUBJECT, CHAT)
    assert check.allowed  # the required purpose has no validity
    assert check.withheld == (HISTORY,)
    assert service.state(SUBJECT, purposes=[HISTORY])[0].state == "expired"
    assert service.expire_due() == 1
    assert service.expire_due() == 0
    events, _, _ = service.history(SUBJECT)
    assert [e.event for e in events] == ["grant", "grant", "expire"]


def test_withdraw_only_records_consent_that_was_given(sqlite_url: str,
                                                      make_service: MakeService) -> None:
    service = make_service(sqlite_url)
    assert service.withdraw(SUBJECT) == ()
    service.decide(SUBJECT, [Decision(HISTORY, "refuse", service.versions[HISTORY])])
    assert service.withdraw(SUBJECT, [HISTORY]) == ()
    with pytest.raises(InvalidDecision):
        service.withdraw(SUBJECT, [SECURITY])
    with pytest.raises(UnknownPurpose):
        service.withdraw(SUBJECT, ["nope"])
    assert event_count(service) == 1


def test_objection_stops_a_legitimate_interest_purpose(sqlite_url: str,
                                                       make_service: MakeService) -> None:
    service = make_service(sqlite_url)
    grant(service)
    assert service.check(SUBJECT, (ASSISTANT, SECURITY)).permitted == (ASSISTANT, SECURITY)
    request = service.open_request(SUBJECT, "objection", SECURITY)
    assert request.status == "closed"
    check = service.check(SUBJECT, (ASSISTANT, SECURITY))
    assert check.withheld == (SECURITY,)
    assert service.state(SUBJECT, purposes=[SECURITY])[0].state == "objected"
    assert service.check(OTHER, (SECURITY,)).permitted == (SECURITY,)


@pytest.mark.parametrize(("purpose", "message"), [
    (ASSISTANT, "withdraw consent instead"),
    (None, "names the purpose"),
])
def test_objection_needs_a_legitimate_interest_purpose(sqlite_url: str,
                                                       make_service: MakeService,
                                                       purpose: str | None,
                                                       message: str) -> None:
    service = make_service(sqlite_url)
    with pytest.raises(InvalidDecision, match=message):
        service.open_request(SUBJECT, "objection", purpose)
    assert service.requests() == []


def test_events_reach_the_hook_without_the_subject(sqlite_url: str,
                                                   make_service: MakeService) -> None:
    seen: list[ConsentEvent | RequestEvent] = []
    service = make_service(sqlite_url, on_event=seen.append)
    grant(service)
    service.withdraw(SUBJECT)
    service.open_request(SUBJECT, "access")
    assert [type(e).__name__ for e in seen] == ["ConsentEvent", "ConsentEvent", "RequestEvent"]
    assert [getattr(e, "event", None) for e in seen[:2]] == ["grant", "withdraw"]
    for event in seen:
        assert SUBJECT not in repr(event)


def test_refusal_body_carries_the_notice_in_the_subjects_language(
        sqlite_url: str, make_service: MakeService) -> None:
    service = make_service(sqlite_url, api_prefix="/gov")
    check = service.check(SUBJECT, CHAT, "fr-CA,fr;q=0.9,en;q=0.5")
    body = check.refusal_body()
    assert body["error"]["type"] == "consent_required"  # type: ignore[index]
    required = body["consent_required"]
    assert required["grant_url"] == "/gov/consent"  # type: ignore[index]
    assert required["withdraw_url"] == "/gov/consent/withdraw"  # type: ignore[index]
    [purpose] = required["purposes"]  # type: ignore[index]
    assert purpose["id"] == ASSISTANT
    assert purpose["notice"] == {"version": service.versions[ASSISTANT], "language": "fr",
                                 "text": "Vos messages pour assistant."}
    assert [p["id"] for p in required["optional"]] == [HISTORY]  # type: ignore[index]
