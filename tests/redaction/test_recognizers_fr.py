"""French recognizers through the engine: each identifier found with its context and checksum,
and its look-alikes (bad key, no context, ordinary numbers) left alone."""

from __future__ import annotations

import pytest

from redaction.engine import PiiEngine, default_engine
from redaction.spans import PiiSpan

pytestmark = pytest.mark.models


@pytest.fixture(scope="module")
def engine() -> PiiEngine:
    return default_engine()


def found(engine: PiiEngine, text: str, language: str = "fr") -> set[tuple[str, str]]:
    return {(s.entity_type, text[s.start : s.end]) for s in engine.analyze(text, language)}


def types_of(spans: list[PiiSpan]) -> set[str]:
    return {span.entity_type for span in spans}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mon numéro de sécurité sociale : 1 85 05 78 006 084 91.", "1 85 05 78 006 084 91"),
        ("NIR 185057800608491 merci", "185057800608491"),
        ("Voici mon NIR : 1 69 02 2B 088 952 89", "1 69 02 2B 088 952 89"),
        ("sécu 175022A00402118", "175022A00402118"),
        ("numéro 2.69.02.99.350.123.36 sur ma carte vitale", "2.69.02.99.350.123.36"),
    ],
)
def test_nir_with_valid_key_is_found(engine: PiiEngine, text: str, expected: str) -> None:
    assert ("FR_NIR", expected) in found(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mon numéro de sécurité sociale : 1 85 05 78 006 084 92.",  # wrong key
        "NIR 169022B08895288",
        "référence 985057800608491",
    ],
)
def test_nir_with_wrong_key_is_not_reported(engine: PiiEngine, text: str) -> None:
    assert "FR_NIR" not in types_of(engine.analyze(text, "fr"))


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("SIRET de mon employeur : 732 829 320 00074", "FR_SIRET", "732 829 320 00074"),
        ("siret 73282932000074", "FR_SIRET", "73282932000074"),
        ("La Poste, SIRET 35600000049837", "FR_SIRET", "35600000049837"),
        ("SIREN de la société : 732 829 320", "FR_SIREN", "732 829 320"),
        ("mon entreprise a le SIREN 732829320", "FR_SIREN", "732829320"),
    ],
)
def test_siren_and_siret_are_found(engine: PiiEngine, text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "SIRET 732 829 320 00075",  # Luhn fails
        "SIREN 732 829 321",
        "commande 732829320 livrée hier",  # Luhn passes, but no company context
    ],
)
def test_siren_siret_look_alikes_are_not_reported(engine: PiiEngine, text: str) -> None:
    assert not {"FR_SIREN", "FR_SIRET"} & types_of(engine.analyze(text, "fr"))


@pytest.mark.parametrize(
    "value",
    [
        "+33 6 12 34 56 78",
        "+33612345678",
        "0033 6 12 34 56 78",
        "0033612345678",
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "0612345678",
        "+33 (0)1 44 55 66 77",
        "+33 4.65.71.51.16",
    ],
)
def test_french_phone_formats_are_found(engine: PiiEngine, value: str) -> None:
    text = f"Vous pouvez me joindre au {value} demain."
    assert ("PHONE_NUMBER", value) in found(engine, text)


@pytest.mark.parametrize(
    "text",
    ["le montant est de 1 250,00 €", "poste 4521", "06 12 34 56", "version 10.12.34"],
)
def test_phone_look_alikes_are_not_reported(engine: PiiEngine, text: str) -> None:
    assert "PHONE_NUMBER" not in types_of(engine.analyze(text, "fr"))


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Mon nouvel IBAN : FR76 3000 6000 0112 3456 7890 189", "IBAN_CODE",
         "FR76 3000 6000 0112 3456 7890 189"),
        ("iban FR1420041010050500013M02606 svp", "IBAN_CODE", "FR1420041010050500013M02606"),
        ("Mon RIB : 30004 00550 00012345678 40", "FR_RIB", "30004 00550 00012345678 40"),
    ],
)
def test_bank_accounts_are_found(engine: PiiEngine, text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(engine, text)


@pytest.mark.parametrize(
    "text",
    ["Mon IBAN : FR76 3000 6000 0112 3456 7890 188", "Mon RIB : 30004 00550 00012345678 72"],
)
def test_bank_accounts_with_bad_check_digits_are_not_reported(
    engine: PiiEngine, text: str
) -> None:
    assert not {"IBAN_CODE", "FR_RIB"} & types_of(engine.analyze(text, "fr"))


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("n° de carte d'identité : 880692310285", "FR_ID_CARD", "880692310285"),
        ("ma CNI X4RTBPFW4 expire bientôt", "FR_ID_CARD", "X4RTBPFW4"),
        ("passeport n° 18AB12345", "FR_PASSPORT", "18AB12345"),
    ],
)
def test_identity_documents_are_found_with_context(
    engine: PiiEngine, text: str, entity: str, value: str
) -> None:
    assert (entity, value) in found(engine, text)


@pytest.mark.parametrize(
    "text",
    ["référence de commande 880692310285", "le code X4RTBPFW4 du colis", "ticket 18AB12345"],
)
def test_identity_document_shapes_without_context_are_not_reported(
    engine: PiiEngine, text: str
) -> None:
    assert not {"FR_ID_CARD", "FR_PASSPORT"} & types_of(engine.analyze(text, "fr"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Je suis née le 3 mars 2024 à Lyon", "3 mars 2024"),
        ("arrêt jusqu'au 12/03/2024 inclus", "12/03/2024"),
        ("reprise le 1er janvier", "1er janvier"),
        ("entretien lundi 12 février", "lundi 12 février"),
        ("en arrêt du 13/05 au 15/06", "13/05"),
        ("date de naissance : 07.03.1986", "07.03.1986"),
    ],
)
def test_french_dates_are_found(engine: PiiEngine, text: str, value: str) -> None:
    assert ("DATE_TIME", value) in found(engine, text)


@pytest.mark.parametrize(
    "text",
    ["la version 2.3.14 est installée", "le 32/13/2024 n'existe pas", "la moitié, soit 1/2 litre"],
)
def test_french_date_look_alikes_are_not_reported(engine: PiiEngine, text: str) -> None:
    assert "DATE_TIME" not in types_of(engine.analyze(text, "fr"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("J'habite au 12 rue de la Paix, 75002 Paris depuis mars.",
         "12 rue de la Paix, 75002 Paris"),
        ("nouvelle adresse : 3 bis avenue Jean Jaurès 69007 Lyon", "3 bis avenue Jean Jaurès 69007 Lyon"),
        ("au 65 bis, chemin du Moulin, 75011 Paris.", "65 bis, chemin du Moulin, 75011 Paris"),
        ("j'habite 12 rue de la paix et je voudrais changer", "12 rue de la paix"),
    ],
)
def test_french_street_addresses_are_found(engine: PiiEngine, text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in found(engine, text)


def test_credit_card_is_found_in_french_text(engine: PiiEngine) -> None:
    text = "J'ai perdu ma carte bancaire 4111 1111 1111 1111 hier soir."
    assert ("CREDIT_CARD", "4111 1111 1111 1111") in found(engine, text)


def test_luhn_valid_siret_is_not_taken_for_a_credit_card(engine: PiiEngine) -> None:
    assert found(engine, "SIRET 73282932000074") == {("FR_SIRET", "73282932000074")}
