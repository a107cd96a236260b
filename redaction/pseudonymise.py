"""Pseudonymisation: an exchange's texts rewritten with typed, conversation-stable placeholders.

The detection half (the Presidio engine) is reached only through the :class:`Analyzer` protocol,
and placeholders come from a :class:`PlaceholderStore` (the :class:`~redaction.vault.Vault`).
Messages already analysed (history resent at every turn) are served from a
:class:`~redaction.cache.SpanCache`, so a turn costs the analysis of its new messages only.

Sync by design: the pipeline calls it on its single analysis thread. Any failure is a
:class:`~redaction.errors.RedactionError` (the request is refused, nothing unredacted leaves).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Protocol

from redaction.cache import SpanCache
from redaction.errors import AnalyzerError, RedactionError
from redaction.spans import PiiSpan

# Detectors often take the quotes, brackets or punctuation around a value; the value is inside.
# Trimming them also keeps JSON texts (tool-call arguments) valid after replacement.
_LEADING = " \t\r\n\"'`([{<,;:"
_TRAILING = " \t\r\n\"'`)]}>,;:.!?"


class Analyzer(Protocol):
    """The detection half: spans of personal data for each ``(text, language)``."""

    def analyze_batch(self, items: Sequence[tuple[str, str]]) -> list[list[PiiSpan]]: ...


class PlaceholderStore(Protocol):
    """Where placeholders are assigned: :class:`redaction.vault.Vault`."""

    def assign(
        self, conversation_id: str, subject: str, entities: Sequence[tuple[str, str]]
    ) -> list[str]: ...


@dataclass(frozen=True, slots=True)
class Pseudonymised:
    """The rewritten texts (same order as the input) and what was found, for the audit.

    ``counts`` maps an entity type to its number of occurrences in these texts;
    ``special_categories`` holds the GDPR Art. 9 types seen (the pipeline warns the user).
    """

    texts: tuple[str, ...]
    counts: Mapping[str, int] = field(default_factory=dict)
    special_categories: frozenset[str] = frozenset()


def clean_spans(text: str, spans: Sequence[PiiSpan]) -> tuple[PiiSpan, ...]:
    """Spans clipped to the text, trimmed of surrounding punctuation, sorted, overlaps dropped.

    On overlap the earlier span wins, then the longer one: one placeholder per character.
    """
    trimmed: list[PiiSpan] = []
    for span in spans:
        start, end = max(span.start, 0), min(span.end, len(text))
        while start < end and text[start] in _LEADING:
            start += 1
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if start < end:
            trimmed.append(PiiSpan(start, end, span.entity_type, span.score))
    return resolve_overlaps(trimmed)


def resolve_overlaps(spans: Sequence[PiiSpan]) -> tuple[PiiSpan, ...]:
    """Spans sorted by position; on overlap the earlier span wins, then the longer one."""
    ordered = sorted(spans, key=lambda s: (s.start, -(s.end - s.start), -s.score))
    kept: list[PiiSpan] = []
    for span in ordered:
        if span.start < span.end and (not kept or span.start >= kept[-1].end):
            kept.append(span)
    return tuple(kept)


class Pseudonymiser:
    """Rewrites an exchange's texts for the model; one instance per process."""

    __slots__ = ("_analyzer", "_cache", "_store")

    def __init__(
        self, analyzer: Analyzer, vault: PlaceholderStore, *, cache: SpanCache | None
    ) -> None:
        self._analyzer = analyzer
        self._store = vault
        self._cache = cache if cache is not None else SpanCache()

    @property
    def cache(self) -> SpanCache:
        return self._cache

    def remember(self, text: str, language: str, spans: Sequence[PiiSpan]) -> None:
        """Cache spans already known for ``text`` (a checked answer the client will resend)."""
        inside = [s for s in spans if s.start >= 0 and s.end <= len(text)]
        self._cache.put(text, language, resolve_overlaps(inside))

    def analyse(self, items: Sequence[tuple[str, str]]) -> list[tuple[PiiSpan, ...]]:
        """Cleaned spans for each ``(text, language)``; only cache misses reach the analyzer."""
        found: list[tuple[PiiSpan, ...] | None] = [self._cache.get(t, lang) for t, lang in items]
        missing: dict[tuple[str, str], list[int]] = {}
        for i, spans in enumerate(found):
            if spans is None:
                missing.setdefault((items[i][0], items[i][1]), []).append(i)
        if missing:
            batch = list(missing)
            try:
                results = self._analyzer.analyze_batch(batch)
            except RedactionError:
                raise
            except Exception as exc:
                raise AnalyzerError(f"analysis failed ({type(exc).__name__})") from exc
            if len(results) != len(batch):
                raise AnalyzerError(
                    f"analyzer returned {len(results)} results for {len(batch)} texts"
                )
            for (text, language), raw in zip(batch, results, strict=True):
                cleaned = clean_spans(text, raw)
                self._cache.put(text, language, cleaned)
                for i in missing[(text, language)]:
                    found[i] = cleaned
        return [spans if spans is not None else () for spans in found]

    def pseudonymise(
        self, conversation_id: str, subject: str, items: Sequence[tuple[str, str]]
    ) -> Pseudonymised:
        """Replace every value found in ``items`` (``(text, language)``) by its placeholder."""
        all_spans = self.analyse(items)
        entities = [
            (span.entity_type, text[span.start : span.end])
            for (text, _), spans in zip(items, all_spans, strict=True)
            for span in spans
        ]
        assigned = self._store.assign(conversation_id, subject, entities)
        if len(assigned) != len(entities):
            raise RedactionError("placeholder store returned a wrong number of placeholders")
        placeholders = iter(assigned)
        texts: list[str] = []
        counts: Counter[str] = Counter()
        special: set[str] = set()
        for (text, _), spans in zip(items, all_spans, strict=True):
            parts: list[str] = []
            last = 0
            for span in spans:
                parts.append(text[last : span.start])
                parts.append(next(placeholders))
                last = span.end
                counts[span.entity_type] += 1
                if span.special_category:
                    special.add(span.entity_type)
            parts.append(text[last:])
            texts.append("".join(parts))
        return Pseudonymised(tuple(texts), MappingProxyType(dict(counts)), frozenset(special))


def pseudonymise(
    conversation_id: str,
    subject: str,
    items: Sequence[tuple[str, str]],
    *,
    analyzer: Analyzer,
    vault: PlaceholderStore,
) -> Pseudonymised:
    """One-shot pseudonymisation without a shared cache (tests and tools)."""
    return Pseudonymiser(analyzer, vault, cache=None).pseudonymise(conversation_id, subject, items)
