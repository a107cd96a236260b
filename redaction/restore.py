"""Restoration: placeholders in a model's answer replaced by the conversation's original values.

The model saw ``<PERSON_1>``; the user must read "Jean Dupont". Matching is tolerant of the
alterations models make (see :mod:`redaction.placeholders`); a placeholder the conversation
does not know is left exactly as written, so nothing is invented.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from redaction.errors import AnalyzerError, RedactionError
from redaction.placeholders import (
    canonical,
    match_pattern,
    max_form_length,
    prefix_pattern,
)
from redaction.spans import PiiSpan

if TYPE_CHECKING:
    from redaction.pseudonymise import Analyzer

AnswerPolicy = Literal["mask", "keep"]
ANSWER_POLICIES: tuple[AnswerPolicy, ...] = ("mask", "keep")

_CANONICAL_RE = re.compile(r"<([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)_(\d+)>")


@dataclass(frozen=True, slots=True)
class Restored:
    """A restored text and where the restored values sit in it.

    ``regions`` are spans in ``text`` typed from their placeholders (score 1.0): the answer
    check uses them to tell the user's own data from data the model produced itself, and the
    next turn's pseudonymisation may reuse them (the client resends this text as history).
    """

    text: str
    regions: tuple[PiiSpan, ...]


class Restorer:
    """Restores the answers of one conversation from its ``placeholder -> value`` mapping.

    Build it once per exchange (``Restorer(vault.mapping(conversation_id))``); it is immutable
    and cheap to share between a response body and its stream channels. ``escape`` encodes
    values for the text they land in: pass :func:`json_string_escape` for a raw JSON text such
    as streamed tool-call arguments, where a value's quote or line break would break the JSON.
    """

    __slots__ = ("_mapping", "_pattern", "_prefix", "max_hold")

    def __init__(
        self, mapping: Mapping[str, str], *, escape: Callable[[str], str] | None = None
    ) -> None:
        values: dict[str, str] = {}
        types: set[str] = set()
        for placeholder, value in mapping.items():
            found = _CANONICAL_RE.fullmatch(placeholder)
            if found is None:
                raise ValueError("mapping keys must be canonical placeholders like <PERSON_1>")
            values[canonical(found.group(1), found.group(2))] = escape(value) if escape else value
            types.add(found.group(1))
        self._mapping = values
        self._pattern = match_pattern(types)
        self._prefix = prefix_pattern(types)
        self.max_hold = max_form_length(types) if types else 0

    @property
    def mapping(self) -> Mapping[str, str]:
        return dict(self._mapping)

    def value_for(self, match: re.Match[str]) -> str | None:
        """The original value a placeholder match stands for, or None if unknown."""
        return self._mapping.get(canonical(match.group("type"), match.group("num")))

    def restore(self, text: str) -> str:
        """``text`` with every known placeholder replaced by its value."""
        return self.restore_regions(text).text

    def restore_regions(self, text: str, pos: int = 0) -> Restored:
        """Restore ``text[pos:]``; characters before ``pos`` only serve as left context."""
        out: list[str] = []
        regions: list[PiiSpan] = []
        length = 0
        last = pos
        for match in self._pattern.finditer(text, pos):
            value = self.value_for(match)
            if value is None:
                continue
            head = text[last : match.start()]
            out.append(head)
            length += len(head)
            out.append(value)
            entity_type = match.group("type").upper()
            regions.append(PiiSpan(length, length + len(value), entity_type, 1.0))
            length += len(value)
            last = match.end()
        out.append(text[last:])
        return Restored("".join(out), tuple(regions))

    def iter_matches(self, text: str, pos: int, endpos: int) -> list[re.Match[str]]:
        """Placeholder matches (known or not) starting in ``text[pos:endpos]``."""
        return [m for m in self._pattern.finditer(text, pos) if m.start() < endpos]

    def may_extend(self, text: str, start: int) -> bool:
        """Could ``text[start:]`` still become (or extend) a placeholder as more text arrives?"""
        return self._prefix.fullmatch(text, start) is not None


def json_string_escape(value: str) -> str:
    """``value`` as it must appear inside a JSON string literal (quotes, backslashes, controls)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def restore(text: str, mapping: Mapping[str, str]) -> str:
    """One-shot restoration with a ``placeholder -> value`` mapping (tests and tools)."""
    return Restorer(mapping).restore(text)


@dataclass(frozen=True, slots=True)
class CheckedAnswer:
    """An answer after the check.

    ``found`` counts model-produced values by entity type (for the audit); ``spans`` are the
    personal data left in ``text`` (restored values, and model values under ``"keep"``), in
    ``text`` coordinates: the pipeline may hand them to :meth:`Pseudonymiser.remember` so the
    answer, resent by the client as history, is not analysed again.
    """

    text: str
    found: Mapping[str, int] = field(default_factory=dict)
    spans: tuple[PiiSpan, ...] = ()


def check_answer(
    restored: Restored, analyzer: Analyzer, language: str, *, policy: AnswerPolicy
) -> CheckedAnswer:
    """Mask (``"mask"`` -> ``[REDACTED:TYPE]``) or keep personal data the model produced itself.

    A span overlapping a restored region is the user's own data and is left alone; every other
    span was written by the model. Both policies count what they found, for the audit.
    """
    from redaction.pseudonymise import clean_spans  # the two modules share the span rules

    if policy not in ANSWER_POLICIES:
        raise ValueError(f"answer policy must be one of {ANSWER_POLICIES}, got {policy!r}")
    text = restored.text
    if not text.strip():
        return CheckedAnswer(text, {}, restored.regions)
    try:
        results = analyzer.analyze_batch([(text, language)])
    except RedactionError:
        raise
    except Exception as exc:
        raise AnalyzerError(f"answer analysis failed ({type(exc).__name__})") from exc
    if len(results) != 1:
        raise AnalyzerError(f"analyzer returned {len(results)} results for 1 text")
    found: Counter[str] = Counter()
    parts: list[str] = []
    kept: list[PiiSpan] = []
    shift = 0  # output offset minus input offset, after the masks so far
    last = 0
    model_spans = [
        span for span in clean_spans(text, results[0])
        if not any(r.start < span.end and span.start < r.end for r in restored.regions)
    ]
    tagged = sorted([(r, True) for r in restored.regions] + [(m, False) for m in model_spans],
                    key=lambda item: item[0].start)
    for span, is_restored in tagged:
        if is_restored:
            kept.append(PiiSpan(span.start + shift, span.end + shift, span.entity_type, 1.0))
            continue
        found[span.entity_type] += 1
        if policy == "keep":
            kept.append(PiiSpan(span.start + shift, span.end + shift, span.entity_type,
                                span.score))
            continue
        mask = f"[REDACTED:{span.entity_type}]"
        parts.append(text[last : span.start])
        parts.append(mask)
        last = span.end
        shift += len(mask) - (span.end - span.start)
    parts.append(text[last:])
    return CheckedAnswer("".join(parts), MappingProxyType(dict(found)), tuple(kept))
