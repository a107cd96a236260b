"""Typed placeholders (``<PERSON_1>``) and the tolerant patterns that find them in answers.

Models echo placeholders with small alterations (``PERSON_1``, ``<person_1>``, ``[PERSON_1]``,
``< PERSON_1 >``, ``<PERSON_1>'s``). One grammar describes every accepted form, and its length
is bounded (at most two spaces inside the brackets, at most six digits) so that a stream never
has to hold back more than :func:`max_form_length` characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_DIGITS = 6
MAX_SPACES = 2
_TYPE_RE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")
_WS_RE = re.compile(r"\s+")
_DIGIT_SEPARATORS_RE = re.compile(r"[\s.\-/()]+")

# Left context: a name must not continue a word ("XPERSON_1", "MY_PERSON_1" are not placeholders).
WORD_BEFORE = r"(?<![A-Za-z0-9_])"


def check_entity_type(entity_type: str) -> str:
    """An entity type usable in a placeholder: upper-case letters, digits and underscores."""
    if not _TYPE_RE.fullmatch(entity_type):
        raise ValueError(
            f"entity type {entity_type!r} cannot name a placeholder: expected upper-case "
            "letters, digits and underscores such as PERSON or EMAIL_ADDRESS"
        )
    return entity_type


def format_placeholder(entity_type: str, number: int) -> str:
    """The canonical form the model sees: ``<PERSON_1>``."""
    if not 1 <= number < 10**MAX_DIGITS:
        raise ValueError(f"placeholder number {number} out of range 1..{10**MAX_DIGITS - 1}")
    return f"<{check_entity_type(entity_type)}_{number}>"


def canonical(entity_type: str, number: str | int) -> str:
    """The canonical placeholder for a matched (possibly altered) type and number."""
    return f"<{entity_type.upper()}_{int(number)}>"


def normalise_value(entity_type: str, value: str) -> str:
    """The form two spellings of the same value share, for the value -> placeholder index.

    Case and runs of whitespace never distinguish two values ("Jean  DUPONT" is "jean dupont");
    in mostly-digit values (phones, IBAN, NIR) separators do not either.
    """
    text = _WS_RE.sub(" ", unicodedata.normalize("NFKC", value)).strip().casefold()
    digits = sum(ch.isdigit() for ch in text)
    if digits and digits * 2 >= len(text.replace(" ", "")):
        text = _DIGIT_SEPARATORS_RE.sub("", text)
    return f"{entity_type}\x00{text}"


def _alternation(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in ordered)


def match_pattern(entity_types: Iterable[str]) -> re.Pattern[str]:
    """Every accepted form of a placeholder of one of ``entity_types`` (case-insensitive).

    Groups: ``type`` and ``num``. Brackets are optional and may be ``<>`` or ``[]``.
    """
    types = _alternation(entity_types) or r"(?!)"
    return re.compile(
        rf"(?:[<\[]\s{{0,{MAX_SPACES}}})?{WORD_BEFORE}(?P<type>{types})_"
        rf"(?P<num>\d{{1,{MAX_DIGITS}}})(?!\d)(?:\s{{0,{MAX_SPACES}}}[>\]])?",
        re.IGNORECASE,
    )


def prefix_pattern(entity_types: Iterable[str]) -> re.Pattern[str]:
    """Texts that may still grow into, or extend, a match of :func:`match_pattern`.

    A stream holds back a suffix that fully matches this pattern: an opening bracket, a partial
    type name, a name with a number that may gain digits, or trailing spaces that may precede the
    closing bracket. A form that already has its closing bracket is settled and not listed.
    """
    types = sorted(set(entity_types))
    partial = {f"{t}_"[:i] for t in types for i in range(1, len(t) + 2)}
    names = _alternation(types) or r"(?!)"
    opener = rf"[<\[]\s{{0,{MAX_SPACES}}}"
    return re.compile(
        rf"{opener}|(?:{opener})?{WORD_BEFORE}(?:{_alternation(partial) or '(?!)'})"
        rf"|(?:{opener})?{WORD_BEFORE}(?:{names})_\d{{1,{MAX_DIGITS}}}\s{{0,{MAX_SPACES}}}",
        re.IGNORECASE,
    )


def max_form_length(entity_types: Iterable[str]) -> int:
    """The longest accepted form: a bound on what a stream may hold back."""
    longest = max((len(t) for t in entity_types), default=0)
    return 1 + MAX_SPACES + longest + 1 + MAX_DIGITS + MAX_SPACES + 1
