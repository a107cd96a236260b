"""The AI disclosure: header, Link, JSON object and notices (REQUIREMENTS.md section 3)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from http_sfv.dictionary import Dictionary
from pydantic import ValidationError

from governance.oversight import (
    DisclosureSettings,
    HumanContact,
    ai_disclosure_header,
    ai_disclosure_object,
    first_turn_notice,
    link_header,
    parse_ai_disclosure,
    special_category_warning,
)
from governance.oversight.settings import BodyField

SETTINGS = DisclosureSettings(provider="Banque X", model="hr-model-1",
                              ai_notice_url="https://hr.example/ai-notice",
                              privacy_url="https://hr.example/privacy")
DATE = 1767225600

SECTION_3_EN = (
    "You are chatting with an AI assistant, not a person. It can explain HR policies and "
    "procedures. It cannot make decisions about your job, leave, pay or evaluation, and it "
    "cannot give medical or legal advice. For sick-leave return, conflicts, evaluations or "
    "anything personal, type 'human' to reach HR. Please do not share health details here. "
    "Privacy: https://hr.example/privacy."
)
SECTION_3_FR = (
    "Vous échangez avec un assistant d'intelligence artificielle, et non avec une personne. "
    "Il peut expliquer les politiques et procédures RH. Il ne prend aucune décision concernant "
    "votre emploi, vos congés, votre rémunération ou votre évaluation, et ne donne pas d'avis "
    "médical ou juridique. Pour une reprise après arrêt maladie, un conflit, une évaluation ou "
    "toute question personnelle, tapez « humain » pour joindre les RH. Merci de ne pas "
    "communiquer d'informations de santé ici. Données personnelles : https://hr.example/privacy."
)


def test_header_is_an_rfc9651_dictionary_with_the_draft_keys() -> None:
    value = ai_disclosure_header(SETTINGS, date=DATE)
    field = Dictionary()
    field.parse(value.encode("ascii"))
    assert list(field.keys()) == ["mode", "provider", "model", "date"]
    assert field["mode"].value == "machine-generated"
    assert field["provider"].value == "Banque X"
    assert field["model"].value == "hr-model-1"
    assert int(field["date"].value.timestamp()) == DATE
    assert value == ('mode=machine-generated, provider="Banque X", model="hr-model-1", '
                     f"date=@{DATE}")


def test_header_for_a_reviewed_draft_and_a_human_turn() -> None:
    reviewed = parse_ai_disclosure(ai_disclosure_header(
        SETTINGS, mode="ai-originated", reviewed_by="hr-agent-7",
        date=datetime.fromtimestamp(DATE, UTC)))
    assert reviewed == {"mode": "ai-originated", "provider": "Banque X", "model": "hr-model-1",
                        "reviewed-by": "hr-agent-7", "date": DATE}
    assert parse_ai_disclosure(ai_disclosure_header(SETTINGS, mode="none", date=DATE))[
        "mode"] == "none"


@pytest.mark.parametrize("value", [
    'mode=machine-generated, provider="Banque X", model="hr-model-1", date=@1767225600',
    'mode=machine-generated; provider="Banque X"; model="hr-model-1"; date=@1767225600',
    'mode=machine-generated;provider="Banque X";model="hr-model-1";date=@1767225600',
])
def test_both_the_comma_and_the_drafts_semicolon_forms_parse(value: str) -> None:
    assert parse_ai_disclosure(value) == {"mode": "machine-generated", "provider": "Banque X",
                                          "model": "hr-model-1", "date": DATE}


def test_non_ascii_provider_becomes_a_display_string_and_round_trips() -> None:
    settings = SETTINGS.model_copy(update={"provider": "Société Générale"})
    value = ai_disclosure_header(settings, date=DATE)
    assert value.isascii()
    assert parse_ai_disclosure(value)["provider"] == "Société Générale"


@pytest.mark.parametrize("value", ["", "Mode=1", 'mode="unterminated', "mode=a,,b=c"])
def test_a_malformed_header_is_refused_without_echoing_it(value: str) -> None:
    with pytest.raises(ValueError, match="not an RFC 9651 Dictionary") as caught:
        parse_ai_disclosure(value)
    assert value == "" or value not in str(caught.value)


def test_link_header_points_at_the_ai_notice_and_the_privacy_notice() -> None:
    assert link_header(SETTINGS) == ('<https://hr.example/ai-notice>; rel="describedby", '
                                     '<https://hr.example/privacy>; rel="privacy-policy"')


def test_json_object_matches_section_3() -> None:
    assert ai_disclosure_object(SETTINGS.model_copy(update={
        "human_contact": HumanContact(channel="https://hr.example/rh", hours="9-17")}),
        "fr-FR") == {
        "is_ai": True,
        "legal_basis": "AIA Art.50(1)",
        "notice_version": "2026-08-v1",
        "lang": "fr",
        "cannot": ["hr_decisions", "medical_advice", "legal_advice", "personnel_file_access"],
        "human_contact": {"channel": "https://hr.example/rh", "hours": "9-17"},
        "mode": "machine-generated",
    }


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", SECTION_3_EN), ("en-GB", SECTION_3_EN), ("de", SECTION_3_EN),
    ("fr", SECTION_3_FR), ("fr-CA", SECTION_3_FR),
])
def test_first_turn_notice_is_the_section_3_text_with_the_privacy_link(
        lang: str, expected: str) -> None:
    assert first_turn_notice(SETTINGS, lang) == expected


def test_notice_texts_and_limits_are_configurable_per_deployment() -> None:
    settings = DisclosureSettings.model_validate({
        "notice": {"en": "Bot here. See {privacy_url}.", "fr": "Robot ici. Voir {privacy_url}."},
        "privacy_url": "/p", "cannot": ["hr_decisions"],
    })
    assert first_turn_notice(settings, "fr") == "Robot ici. Voir /p."
    assert ai_disclosure_object(settings, "en")["cannot"] == ["hr_decisions"]


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ("health", "human")), ("fr", ("santé", "humain")), ("fr-BE", ("santé", "humain")),
])
def test_special_category_warning_discourages_health_data_and_offers_a_human(
        lang: str, words: tuple[str, ...]) -> None:
    warning = special_category_warning(lang)
    for word in words:
        assert word in warning


def test_settings_are_frozen_and_reject_unknown_keys() -> None:
    with pytest.raises(ValidationError, match="extra"):
        DisclosureSettings.model_validate({"provder": "typo"})
    with pytest.raises(ValidationError):
        SETTINGS.provider = "other"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="privacy_url"):
        DisclosureSettings(privacy_url='https://x/"><script>')


def test_body_field_is_per_format_and_accepts_the_policys_format_names() -> None:
    body = BodyField.model_validate({"anthropic-messages": False})
    assert body.enabled("openai-chat")
    assert body.enabled("generic")
    assert not body.enabled("anthropic-messages")
    assert not body.enabled("unknown-format")
