"""Checks on the labelled PII evaluation set in tests/data/pii_eval/.

The recognizers are measured on these files, so a wrong offset or an invalid checksum would
silently move the reported figures. The validators below are written independently of the
generator (they do not import it) and are themselves tested on known good and bad values.
"""

from __future__ import annotations

import importlib
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

DATA = Path(__file__).parent / "data" / "pii_eval"
LANGS = ("en", "fr")
DIRECT = {
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "STREET_ADDRESS",
    "FR_NIR",
    "IBAN_CODE",
    "FR_SIRET",
    "FR_SIREN",
    "CREDIT_CARD",
    "FR_ID_CARD",
    "FR_PASSPORT",
    "US_SSN",
}
QUASI = {"DATE", "LOCATION"}
SPECIAL = {"HEALTH", "TRADE_UNION", "RELIGION", "SEXUAL_ORIENTATION"}
SCHEME = DIRECT | QUASI | SPECIAL
FAKE_DOMAINS = (
    "example.com",
    "example.org",
    "example.net",
    "example.fr",
    "exemple.fr",
    "exemple.com",
)

Record = dict[str, Any]


def load(lang: str) -> list[Record]:
    lines = (DATA / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module", params=LANGS)
def records(request: pytest.FixtureRequest) -> list[Record]:
    return load(request.param)


def values(records: list[Record], label: str) -> list[str]:
    return [
        r["text"][s["start"] : s["end"]] for r in records for s in r["spans"] if s["label"] == label
    ]


# --- independent validators -------------------------------------------------------------------


def digits_of(value: str) -> str:
    return re.sub(r"[\s.\-]", "", value)


def luhn_valid(value: str) -> bool:
    d = digits_of(value)
    if not d.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def nir_valid(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    if not re.fullmatch(r"[12]\d{4}(\d{2}|2A|2B)\d{8}", compact):
        return False
    body = compact[:13].replace("2A", "19").replace("2B", "18")
    return 97 - int(body) % 97 == int(compact[13:])


def iban_valid(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    lengths = {"FR": 27, "GB": 22, "DE": 22}
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact) or lengths.get(compact[:2]) != len(
        compact
    ):
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def siren_valid(value: str) -> bool:
    return len(digits_of(value)) == 9 and luhn_valid(value)


def siret_valid(value: str) -> bool:
    return len(digits_of(value)) == 14 and luhn_valid(value)


def card_valid(value: str) -> bool:
    return len(digits_of(value)) in (15, 16) and luhn_valid(value)


def ssn_valid(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", value)
    if m is None:
        return False
    area, group, serial = m.groups()
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def passport_valid(value: str) -> bool:
    return re.fullmatch(r"\d{2}[A-Z]{2}\d{5}", value) is not None


def id_card_valid(value: str) -> bool:
    old = r"\d{4}(\d{3}|2[AB]\d)\d{5}"
    new = r"[A-Z][A-Z0-9]{8}"
    return re.fullmatch(old, value) is not None or re.fullmatch(new, value) is not None


def email_valid(value: str) -> bool:
    m = re.fullmatch(r"[a-z0-9._%+-]+@([a-z0-9-]+\.)*([a-z0-9-]+\.[a-z]{2,})", value)
    return m is not None and m[2] in FAKE_DOMAINS


def phone_valid(value: str) -> bool:
    return (
        re.fullmatch(r"\+?[\d\s().\-]+", value) is not None
        and 9 <= len(re.sub(r"\D", "", value)) <= 15
    )


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "FR_NIR": nir_valid,
    "IBAN_CODE": iban_valid,
    "FR_SIREN": siren_valid,
    "FR_SIRET": siret_valid,
    "CREDIT_CARD": card_valid,
    "US_SSN": ssn_valid,
    "FR_PASSPORT": passport_valid,
    "FR_ID_CARD": id_card_valid,
    "EMAIL_ADDRESS": email_valid,
    "PHONE_NUMBER": phone_valid,
}


@pytest.mark.parametrize(
    ("label", "value", "expected"),
    [
        ("FR_NIR", "2 55 08 14 168 025 38", True),
        ("FR_NIR", "2 55 08 14 168 025 39", False),
        ("FR_NIR", "184127645108946", True),
        ("IBAN_CODE", "FR76 3000 6000 0112 3456 7890 189", True),
        ("IBAN_CODE", "FR76 3000 6000 0112 3456 7890 188", False),
        ("IBAN_CODE", "GB82 WEST 1234 5698 7654 32", True),
        ("FR_SIREN", "732 829 320", True),
        ("FR_SIREN", "732 829 321", False),
        ("FR_SIRET", "732 829 320 00074", True),
        ("FR_SIRET", "73282932000075", False),
        ("CREDIT_CARD", "4111 1111 1111 1111", True),
        ("CREDIT_CARD", "4111-1111-1111-1112", False),
        ("US_SSN", "078-05-1120", True),
        ("US_SSN", "666-05-1120", False),
        ("FR_PASSPORT", "18AB12345", True),
        ("FR_ID_CARD", "880692310285", True),
        ("EMAIL_ADDRESS", "jean.dupont@exemple.fr", True),
        ("EMAIL_ADDRESS", "jean.dupont@gmail.com", False),
        ("PHONE_NUMBER", "+33 6 12 34 56 78", True),
        ("PHONE_NUMBER", "ext. 4521", False),
    ],
)
def test_validators_accept_known_good_and_reject_known_bad(
    label: str, value: str, expected: bool
) -> None:
    assert VALIDATORS[label](value) is expected


# --- the files -------------------------------------------------------------------------------


def test_every_line_follows_the_contract(records: list[Record]) -> None:
    for r in records:
        assert set(r) == {"id", "lang", "split", "text", "spans"}
        assert r["split"] in ("dev", "test")
        assert isinstance(r["text"], str)
        assert r["text"].strip()
        assert r["id"].startswith(f"{r['lang']}-")
        for s in r["spans"]:
            assert set(s) == {"start", "end", "label"}


def test_each_file_holds_only_its_language(records: list[Record]) -> None:
    assert len({r["lang"] for r in records}) == 1


def test_ids_and_texts_are_unique(records: list[Record]) -> None:
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)


def test_splits_have_100_dev_and_300_test_messages(records: list[Record]) -> None:
    counts = Counter(r["split"] for r in records)
    assert counts == {"dev": 100, "test": 300}


def test_spans_are_inside_text_sorted_non_overlapping_and_trimmed(records: list[Record]) -> None:
    for r in records:
        previous_end = 0
        for s in r["spans"]:
            assert previous_end <= s["start"] < s["end"] <= len(r["text"]), r["id"]
            value = r["text"][s["start"] : s["end"]]
            assert value == value.strip(), r["id"]
            previous_end = s["end"]


def test_labels_belong_to_the_scheme(records: list[Record]) -> None:
    used = {s["label"] for r in records for s in r["spans"]}
    assert used <= SCHEME


@pytest.mark.parametrize("split", ["dev", "test"])
def test_every_label_of_the_scheme_occurs_in_each_split(records: list[Record], split: str) -> None:
    used = {s["label"] for r in records if r["split"] == split for s in r["spans"]}
    assert used == SCHEME


@pytest.mark.parametrize("label", sorted(VALIDATORS))
def test_every_labelled_identifier_is_valid(records: list[Record], label: str) -> None:
    found = values(records, label)
    assert found, label
    invalid = [value for value in found if not VALIDATORS[label](value)]
    assert invalid == []


@pytest.mark.parametrize("split", ["dev", "test"])
def test_about_a_quarter_of_messages_carry_no_personal_data(
    records: list[Record], split: str
) -> None:
    part = [r for r in records if r["split"] == split]
    share = sum(not r["spans"] for r in part) / len(part)
    assert 0.2 <= share <= 0.3


def test_most_messages_with_personal_data_have_several_spans(records: list[Record]) -> None:
    with_pii = [r for r in records if r["spans"]]
    assert sum(len(r["spans"]) >= 2 for r in with_pii) / len(with_pii) > 0.6


def test_unlabelled_long_numbers_fail_the_checksums_they_imitate(records: list[Record]) -> None:
    """Hard negatives (parcel references, order numbers) must not be valid cards or SIRETs."""
    for r in records:
        text = list(r["text"])
        for s in r["spans"]:
            text[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        for run in re.findall(r"\d{13,19}", "".join(text)):
            assert not luhn_valid(run), r["id"]
            assert not (len(run) == 15 and nir_valid(run)), r["id"]


def test_unlabelled_text_has_no_email_address(records: list[Record]) -> None:
    for r in records:
        text = list(r["text"])
        for s in r["spans"]:
            text[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        assert "@" not in "".join(text), r["id"]


@pytest.fixture
def generator(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(DATA))
    return importlib.import_module("make_pii_eval")


@pytest.mark.parametrize("lang", LANGS)
def test_committed_file_is_what_the_generator_writes(generator: ModuleType, lang: str) -> None:
    expected = generator.dumps(generator.build(lang))
    assert (DATA / f"{lang}.jsonl").read_text(encoding="utf-8") == expected


def test_readme_count_table_is_what_the_generator_computes(generator: ModuleType) -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    table = generator.counts_markdown({lang: load(lang) for lang in LANGS})
    assert table in readme
