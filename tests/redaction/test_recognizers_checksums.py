"""Check-digit functions of French identifiers: valid and invalid values, table-driven."""

from __future__ import annotations

import pytest

from redaction.recognizers.checksums import (
    compact,
    iban_valid,
    luhn_valid,
    nir_key,
    nir_valid,
    rib_valid,
    siren_valid,
    siret_valid,
)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("1 85 05 78 006 084 91", True),
        ("185057800608491", True),
        ("1.85.05.78.006.084.91", True),
        ("269029935012336", True),
        ("1 69 02 2B 088 952 89", True),  # Corsica: 2B counts as 18
        ("17502 2A 004 021 18", True),  # Corsica: 2A counts as 19
        ("1 85 05 78 006 084 92", False),  # key off by one
        ("169022B08895288", False),
        ("185057800608", False),  # too short
        ("985057800608491", False),  # sex digit 9 does not exist
        ("1850578006084AB", False),
    ],
)
def test_nir_key_is_97_minus_body_mod_97(value: str, valid: bool) -> None:
    assert nir_valid(compact(value)) is valid


def test_nir_key_of_malformed_body_is_none() -> None:
    assert nir_key("18505X8006084") is None


@pytest.mark.parametrize(
    ("value", "siren", "siret"),
    [
        ("732829320", True, False),
        ("732 829 321", False, False),
        ("73282932000074", False, True),
        ("732 829 320 00075", False, False),
        ("35600000049837", False, True),  # La Poste: digit sum divisible by 5, not Luhn
        ("35600000049838", False, False),
    ],
)
def test_siren_and_siret_use_luhn(value: str, siren: bool, siret: bool) -> None:
    assert siren_valid(compact(value)) is siren
    assert siret_valid(compact(value)) is siret


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("4111111111111111", True),
        ("4111111111111112", False),
        ("12a4", False),
    ],
)
def test_luhn(value: str, valid: bool) -> None:
    assert luhn_valid(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("FR76 3000 6000 0112 3456 7890 189", True),
        ("FR1420041010050500013M02606", True),
        ("FR76 3000 6000 0112 3456 7890 188", False),
        ("FR76", False),
    ],
)
def test_iban_mod_97(value: str, valid: bool) -> None:
    assert iban_valid(compact(value)) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("30004 00550 00012345678 40", True),
        ("20041 01005 0500013M026 06", True),  # a letter in the account number
        ("30004 00550 00012345678 72", False),
        ("30004 00550 0001234567 40", False),
    ],
)
def test_rib_key(value: str, valid: bool) -> None:
    assert rib_valid(compact(value)) is valid
