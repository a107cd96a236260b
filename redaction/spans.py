"""The value every part of redaction shares: a span of personal data found in a text."""

from __future__ import annotations

from dataclasses import dataclass

# GDPR Art. 9 special categories: pseudonymised like other data and flagged to the pipeline.
SPECIAL_CATEGORIES: frozenset[str] = frozenset(
    {"HEALTH", "TRADE_UNION", "RELIGION", "SEXUAL_ORIENTATION"}
)


@dataclass(frozen=True, slots=True)
class PiiSpan:
    """``text[start:end]`` is personal data of ``entity_type`` (Presidio's names, e.g. PERSON)."""

    start: int
    end: int
    entity_type: str
    score: float

    @property
    def special_category(self) -> bool:
        return self.entity_type in SPECIAL_CATEGORIES
