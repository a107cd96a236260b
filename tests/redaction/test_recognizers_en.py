"""English: the false positives of Presidio's defaults fixed by context and validation (the
entity types still fire when their context is there), and English dates and addresses."""

from __future__ import annotations

import pytest

from redaction.engine import PiiEngine, default_engine

pytestmark = pytest.mark.models


@pytest.fixture(scope="module")
def engine() -> PiiEngine:
    return default_engine()


def found(engine: PiiEngine, text: str, language: str = "en") -> set[tuple[str, str]]:
    return {(s.entity_type, text[s.start : s.end]) for s in engine.analyze(text, language)}


def types_in(engine: PiiEngine, text: str) -> set[str]:
    return {entity for entity, _ in found(engine, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Please check ticket 12345678, it is still open.",
        "order 123456789012 was shipped",
        "invoice 2026-9795 was paid twice",
        "room B1234 is booked",
        "the year 2024 was busy",
        "reference 98765432 in the request",
    ],
)
def test_ordinary_numbers_are_not_bank_or_licence_numbers(engine: PiiEngine, text: str) -> None:
    assert not {"US_BANK_NUMBER", "US_DRIVER_LICENSE"} & types_in(engine, text)


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("my bank account number is 12345678901", "US_BANK_NUMBER", "12345678901"),
        ("driver license D1234567 expires soon", "US_DRIVER_LICENSE", "D1234567"),
        ("My NHS number is 943 476 5919", "UK_NHS", "943 476 5919"),
    ],
)
def test_types_still_fire_with_their_context(
    engine: PiiEngine, text: str, entity: str, value: str
) -> None:
    assert (entity, value) in found(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "call me at (415) 555-0105 tomorrow",  # 4155550105 passes the NHS mod-11 check
        "my number is 415-555-0105",
        "ticket 943 476 5919",
    ],
)
def test_nhs_numbers_are_not_reported_on_us_phones(engine: PiiEngine, text: str) -> None:
    assert "UK_NHS" not in types_in(engine, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("call me at (415) 555-0132", "(415) 555-0132"),
        ("my mobile is +44 20 7946 0958", "+44 20 7946 0958"),
        ("reach me on 212-555-5555", "212-555-5555"),
        ("phone: +33 6 12 34 56 78", "+33 6 12 34 56 78"),
    ],
)
def test_phone_numbers_are_found(engine: PiiEngine, text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in found(engine, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I started on March 3rd, 2024.", "March 3rd, 2024"),
        ("born the 7th of November 1984", "the 7th of November 1984"),
        ("my appointment is 2024-06-13", "2024-06-13"),
        ("leave from 12/22/1986 onwards", "12/22/1986"),
    ],
)
def test_english_dates_are_found(engine: PiiEngine, text: str, value: str) -> None:
    assert ("DATE_TIME", value) in found(engine, text)


@pytest.mark.parametrize(
    "text",
    ["payday is the 25th of each month", "version 2.3.14 is out", "it takes 10 days"],
)
def test_recurring_or_numeric_non_dates_are_not_dates(engine: PiiEngine, text: str) -> None:
    assert "DATE_TIME" not in types_in(engine, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("new address is 1769 Pine Street.", "1769 Pine Street"),
        ("it should be 744 Elm Court, Apt 4B", "744 Elm Court, Apt 4B"),
        ("send it to 150 Kingsway, Manchester M19 2LL please", "150 Kingsway, Manchester M19 2LL"),
        ("742 Evergreen Terrace, Springfield, IL 62704", "742 Evergreen Terrace, Springfield, IL 62704"),
    ],
)
def test_english_street_addresses_are_found(engine: PiiEngine, text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in found(engine, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hi, it's rose from payroll.", "rose"),
        ("i'm chase and chloé is my manager", "chloé"),
        ("Mr Walker asked me to forward his CV", "Walker"),
        ("thanks, Carol van der Berg", "Carol van der Berg"),
        ("please update claire martin's badge", "claire martin"),
    ],
)
def test_names_the_small_model_misses_are_found(engine: PiiEngine, text: str, value: str) -> None:
    assert ("PERSON", value) in found(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "I hope you are well.",
        "Will the office be open?",
        "the rose garden is closed",
        "Is the Hope Street car park open?",
    ],
)
def test_names_that_are_words_are_not_persons_without_a_cue(engine: PiiEngine, text: str) -> None:
    assert "PERSON" not in types_in(engine, text)
