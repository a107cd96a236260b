"""GDPR Art. 9 special categories in English and French: found, typed, flagged."""

from __future__ import annotations

import pytest

from redaction.engine import PiiEngine, default_engine

pytestmark = pytest.mark.models


@pytest.fixture(scope="module")
def engine() -> PiiEngine:
    return default_engine()


@pytest.mark.parametrize(
    ("language", "text", "entity", "value"),
    [
        ("en", "my doctor put me on sick leave for burn-out", "HEALTH", "burn-out"),
        ("en", "my doctor put me on sick leave for a week", "HEALTH", "sick leave"),
        ("en", "I'm pregnant and need a new chair", "HEALTH", "pregnant"),
        ("en", "I've been diagnosed with endometriosis", "HEALTH", "endometriosis"),
        ("en", "I have a disability and use a wheelchair", "HEALTH", "disability"),
        ("en", "I'm a UNISON member and a union rep", "TRADE_UNION", "UNISON"),
        ("en", "As a practising Muslim, can I pray at noon?", "RELIGION", "Muslim"),
        ("en", "I'm fasting for Yom Kippur next week", "RELIGION", "Yom Kippur"),
        ("en", "my husband and I are both men, I'm gay", "SEXUAL_ORIENTATION", "gay"),
        ("en", "I came out as bi at work", "SEXUAL_ORIENTATION", "bi"),
        ("fr", "je suis en arrêt maladie depuis lundi", "HEALTH", "arrêt maladie"),
        ("fr", "j'ai la RQTH depuis 2019", "HEALTH", "RQTH"),
        ("fr", "je suis enceinte de trois mois", "HEALTH", "enceinte"),
        ("fr", "On m'a diagnostiqué une fibromyalgie", "HEALTH", "fibromyalgie"),
        ("fr", "mon médecin parle de burn-out", "HEALTH", "burn-out"),
        ("fr", "Je suis adhérente à la CGT", "TRADE_UNION", "CGT"),
        ("fr", "je suis délégué syndical", "TRADE_UNION", "délégué syndical"),
        ("fr", "Je suis musulmane, puis-je poser un jour pour l'Aïd ?", "RELIGION", "musulmane"),
        ("fr", "je fais le ramadan cette année", "RELIGION", "ramadan"),
        ("fr", "à la mutuelle ? je suis lesbienne", "SEXUAL_ORIENTATION", "lesbienne"),
    ],
)
def test_special_category_terms_are_found_and_flagged(
    engine: PiiEngine, language: str, text: str, entity: str, value: str
) -> None:
    spans = [s for s in engine.analyze(text, language) if text[s.start : s.end] == value]
    assert [s.entity_type for s in spans] == [entity]
    assert spans[0].special_category


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "What is the sick leave policy for contractors?"),
        ("en", "Is the European Union holiday list published?"),
        ("en", "we need a bi-weekly report"),
        ("fr", "quel est le délai de carence pour un arrêt maladie ?"),
        ("fr", "le site du sud de la France ferme à 18h"),
    ],
)
def test_generic_mentions_are_not_special_categories(
    engine: PiiEngine, language: str, text: str
) -> None:
    assert not [s for s in engine.analyze(text, language) if s.special_category]
