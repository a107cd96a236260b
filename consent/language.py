"""Pick the notice language from an ``Accept-Language`` header (RFC 9110 section 12.5.4)."""

from __future__ import annotations

from consent.purposes import LANGUAGES, Language


def negotiate_language(header: str | None, default: Language = "en") -> Language:
    """The supported language with the highest weight; ``default`` when none matches."""
    best: tuple[float, int, Language] | None = None
    for index, item in enumerate((header or "").split(",")):
        tag, _, params = item.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        weight = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        language = next((lang for lang in LANGUAGES if lang == primary), None)
        if language is None or weight <= 0:
            continue
        # Highest weight wins; on a tie the earlier entry wins (hence -index).
        candidate = (weight, -index, language)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best else default
