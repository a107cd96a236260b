"""Entries: canonical RFC 8785 bytes, round trip, timezone discipline, exported surface."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

import audit
from audit import (
    ConfigChange,
    ConsentEvent,
    ConsoleEvent,
    DsrAction,
    Erasure,
    ExchangeClosed,
    FormatError,
    KeyRotation,
    canonical_bytes,
    from_bytes,
)
from audit.entries import to_json
from tests.audit.audit_factories import opened

T = datetime(2026, 1, 2, 3, 4, 5, 600000, tzinfo=UTC)

EXAMPLES: list[audit.Entry] = [
    dataclasses.replace(opened(1), time=T),
    ExchangeClosed(exchange_id="ex-1", upstream_status=200, latency_ms=812,
                   answer_check={"restored": 2, "blocked": 0}, time=T),
    ConsentEvent(subject="hmac:1", action="withdrawn", purposes=("analytics",), time=T),
    DsrAction(subject="hmac:1", request_id="dsr-9", right="erasure", step="completed", time=T),
    KeyRotation(key_name="audit", key_id="2903104f", actor="hmac:op", time=T),
    ConsoleEvent(actor="hmac:op", action="export", scope="consent-records", time=T),
    ConfigChange(actor="hmac:op", policy_version="sha256:2", previous_version="sha256:1", time=T),
    Erasure(scope="retention", before=T, details_erased=3, time=T),
]


@pytest.mark.parametrize("entry", EXAMPLES, ids=lambda e: e.kind)
def test_entry_round_trips_through_its_canonical_bytes(entry: audit.Entry) -> None:
    data = canonical_bytes(entry)
    assert from_bytes(data) == entry
    assert canonical_bytes(from_bytes(data)) == data


def test_canonical_bytes_are_sorted_compact_json_with_utc_times() -> None:
    data = canonical_bytes(EXAMPLES[1])
    assert data == (b'{"answer_check":{"blocked":0,"restored":2},"exchange_id":"ex-1",'
                    b'"kind":"exchange-closed","latency_ms":812,'
                    b'"time":"2026-01-02T03:04:05.600000Z","upstream_status":200,"v":1}')


def test_exchange_opened_holds_only_the_enumerated_minimal_fields() -> None:
    doc = json.loads(canonical_bytes(opened()))
    assert set(doc) == {
        "kind", "v", "time", "exchange_id", "route", "subject", "purposes", "consent_receipts",
        "notice_version", "disclosure_version", "redactions", "handoff", "policy_version",
        "decision", "reason", "details_commitment",
    }
    assert doc["redactions"] == {"EMAIL_ADDRESS": 1, "PERSON": 2}


texts = st.text(st.characters(codec="utf-8"), max_size=12)


@settings(max_examples=200, deadline=None)
@given(route=texts, purposes=st.lists(texts, max_size=3),
       redactions=st.dictionaries(texts, st.integers(0, 10**6), max_size=4),
       reason=st.none() | texts)
def test_canonical_bytes_equal_the_rfc8785_reference_encoder(
        route: str, purposes: list[str], redactions: dict[str, int], reason: str | None) -> None:
    entry = dataclasses.replace(opened(), route=route, purposes=tuple(purposes),
                                redactions=redactions, reason=reason)
    assert canonical_bytes(entry) == rfc8785.dumps(to_json(entry))
    assert from_bytes(canonical_bytes(entry)) == entry


def test_naive_times_are_refused() -> None:
    with pytest.raises(FormatError):
        canonical_bytes(dataclasses.replace(opened(), time=datetime(2026, 1, 1)))


@pytest.mark.parametrize("data", [b"not json", b'{"kind":"unknown"}', b'{"kind":"console"}'])
def test_unknown_bytes_are_not_parsed_as_entries(data: bytes) -> None:
    with pytest.raises(FormatError):
        from_bytes(data)


def test_public_surface_is_sorted_and_importable() -> None:
    assert audit.__all__ == sorted(audit.__all__)
    for name in audit.__all__:
        assert hasattr(audit, name), name
