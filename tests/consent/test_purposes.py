from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from consent import Notice, negotiate_language, notice_version
from consent.durations import parse_duration
from tests.consent.factories import make_purpose


def test_required_consent_purpose_without_justification_is_refused_with_clear_message() -> None:
    with pytest.raises(ValidationError) as info:
        make_purpose("assistant", required=True)
    message = str(info.value)
    assert "consent (eu-gdpr:A6-1-a)" in message
    assert "consent_justification" in message
    assert "EDPB Guidelines 05/2020" in message


@pytest.mark.parametrize("justification", [None, "", "   "])
def test_blank_justification_does_not_count(justification: str | None) -> None:
    with pytest.raises(ValidationError, match="needs a consent_justification"):
        make_purpose("assistant", required=True, consent_justification=justification)


def test_required_consent_purpose_with_justification_loads() -> None:
    purpose = make_purpose("assistant", required=True, consent_justification="HR answers too.")
    assert purpose.required
    assert purpose.consent_based


@pytest.mark.parametrize(("overrides", "expected"), [
    ({"legal_basis": "eu-gdpr:A6-1-g"}, "legal_basis"),
    ({"retention": "30 days"}, "not an ISO 8601 duration"),
    ({"validity": "P"}, "not an ISO 8601 duration"),
    ({"legal_basis": "eu-gdpr:A6-1-b", "validity": "P1Y"}, "validity applies only to consent"),
    ({"legal_basis": "eu-gdpr:A6-1-f", "consent_justification": "x"},
     "consent_justification applies only to consent"),
    ({"purpose_category": ["HumanResourceManagement"]}, "not a DPV term"),
    ({"purpose_category": []}, "purpose_category"),
    ({"data_categories": ["pd:"]}, "not a DPV term"),
    ({"id": "Has Spaces"}, "id"),
    ({"notice": {"en": "only English"}}, "notice.fr"),
    ({"colour": "blue"}, "colour"),
])
def test_invalid_purpose_is_refused_naming_the_problem(overrides: dict[str, object],
                                                       expected: str) -> None:
    with pytest.raises(ValidationError, match=expected):
        make_purpose("history", **overrides)


def test_purpose_is_frozen() -> None:
    purpose = make_purpose("history")
    with pytest.raises(ValidationError):
        purpose.required = True  # type: ignore[misc]


@pytest.mark.parametrize(("change", "new_version"), [
    ({"notice": Notice(en="We keep your messages 30 days.", fr="Vos messages pour history.")},
     True),
    ({"notice": Notice(en="We use your messages for history.", fr="Autre texte.")}, True),
    ({"recipients": ["Another processor"]}, True),
    ({"retention": "P60D"}, True),
    ({"notice": Notice(en="We use your messages for history.  \r\n",
                       fr="Vos messages pour history.")}, False),
    ({"name": "Renamed"}, False),
])
def test_notice_version_follows_the_text_and_stated_facts(change: dict[str, object],
                                                          new_version: bool) -> None:
    before = make_purpose("history")
    after = before.model_copy(update=change)
    assert notice_version(before).startswith("sha256:")
    assert (notice_version(after) != notice_version(before)) is new_version


@pytest.mark.parametrize(("header", "expected"), [
    (None, "en"),
    ("", "en"),
    ("fr", "fr"),
    ("fr-FR,fr;q=0.9,en;q=0.8", "fr"),
    ("de-DE,en;q=0.5,fr;q=0.7", "fr"),
    ("en;q=0.9,fr;q=0.9", "en"),
    ("fr;q=0,en;q=0.1", "en"),
    ("de, it", "en"),
    ("fr;q=abc, en", "en"),
])
def test_notice_language_follows_accept_language(header: str | None, expected: str) -> None:
    assert negotiate_language(header) == expected


@pytest.mark.parametrize(("duration", "start", "end"), [
    ("P1M", datetime(2026, 1, 31, tzinfo=UTC), datetime(2026, 2, 28, tzinfo=UTC)),
    ("P1M", datetime(2028, 1, 31, tzinfo=UTC), datetime(2028, 2, 29, tzinfo=UTC)),
    ("P1Y", datetime(2026, 3, 2, tzinfo=UTC), datetime(2027, 3, 2, tzinfo=UTC)),
    ("P30D", datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC)),
    ("P1DT12H", datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 3, 12, tzinfo=UTC)),
    ("P1W", datetime(2026, 12, 28, tzinfo=UTC), datetime(2027, 1, 4, tzinfo=UTC)),
])
def test_durations_count_calendar_months(duration: str, start: datetime, end: datetime) -> None:
    assert parse_duration(duration).after(start) == end


@pytest.mark.parametrize("text", ["", "P", "PT", "30D", "P1.5D", "P1H", "p1d"])
def test_malformed_durations_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="ISO 8601 duration"):
        parse_duration(text)
