"""Offline language detection for one message: English or French, nothing else.

Why lingua: it ships its n-gram models inside the wheel (no download, no network), it is
well kept, and restricting it to the two languages the engine has models for turns "which of
75 languages" into a far more accurate two-way choice. The detector is built once, lazily, and
cached; :func:`preload` lets the application pay that cost at startup rather than on the first
request. Short or language-less messages ("ok", "12345") fall back to the caller's choice, which
is the ``Accept-Language`` header or the policy default (see :func:`fallback_language`).
Conversations that switch language are handled message by message: call this per message.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

Lang = Literal["en", "fr"]

# Below this relative distance between the two candidates lingua answers None ("unsure") and
# the fallback wins: a two-word message is better routed by the user's declared language.
_MIN_RELATIVE_DISTANCE = 0.1
# Messages with fewer letters than this are not worth guessing from.
_MIN_LETTERS = 3

_CODES: dict[Language, Lang] = {Language.ENGLISH: "en", Language.FRENCH: "fr"}


@cache
def _detector() -> LanguageDetector:
    return (
        LanguageDetectorBuilder.from_languages(*_CODES)
        .with_minimum_relative_distance(_MIN_RELATIVE_DISTANCE)
        .with_preloaded_language_models()
        .build()
    )


def preload() -> None:
    """Build the detector and load its models now (about a second), not on the first message."""
    _detector()


def detect_language(text: str, *, fallback: Lang) -> Lang:
    """The language of ``text``, ``"en"`` or ``"fr"``; ``fallback`` when too short or unsure."""
    if sum(1 for char in text if char.isalpha()) < _MIN_LETTERS:
        return fallback
    detected = _detector().detect_language_of(text)
    if detected is None:
        return fallback
    return _CODES.get(detected, fallback)


def fallback_language(accept_language: str | None, default: Lang) -> Lang:
    """The first of ``en``/``fr`` in an ``Accept-Language`` header by q-value, else ``default``.

    ``"fr-FR,fr;q=0.9,en;q=0.8"`` gives ``"fr"``; ``"de-DE"`` or a missing header gives
    ``default``. Malformed entries are skipped rather than raised: the header is advisory.
    """
    if not accept_language:
        return default
    best: tuple[float, int, Lang] | None = None
    for position, entry in enumerate(accept_language.split(",")):
        tag, _, params = entry.strip().partition(";")
        primary = tag.strip().lower().split("-", 1)[0]
        if primary not in ("en", "fr"):
            continue
        quality = _quality(params)
        if quality <= 0.0:
            continue
        # Higher q first; on a tie the earlier entry wins (hence the negated position).
        candidate: tuple[float, int, Lang] = (quality, -position, "en" if primary == "en" else "fr")
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return default if best is None else best[2]


def _quality(params: str) -> float:
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "q":
            try:
                return float(value.strip())
            except ValueError:
                return 0.0
    return 1.0
