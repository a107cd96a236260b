"""The shape every recognizer of this package shares: Presidio's declarative style, typed.

A subclass declares ``ENTITY``, ``PATTERNS``, ``CONTEXT`` and, when the value carries a check
digit or a fixed shape, one ``validate_result``. The convention for ``validate_result``:

* ``True``  - the checksum proves it (score becomes 1.0, no context needed);
* ``False`` - the match cannot be that identifier (dropped);
* ``None``  - plausible but unproven: keep the pattern's (low) score, so only a context word
  near the match (+0.35 in the analyzer) lifts it over the engine's threshold.

That last case is how ordinary numbers ("ticket 12345678") stop being reported as bank or
licence numbers without dropping those entity types: they need their context.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer


class DeclarativeRecognizer(PatternRecognizer):
    """A ``PatternRecognizer`` configured from class attributes, one instance per language."""

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[tuple[Pattern, ...]]
    CONTEXT: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self,
        *,
        supported_language: str = "fr",
        context: Sequence[str] | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=name or type(self).__name__,
            supported_language=supported_language,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT if context is None else context),
        )
