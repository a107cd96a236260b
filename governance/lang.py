"""The user's language from ``Accept-Language`` (RFC 9110 quality values), among those we speak."""

from __future__ import annotations

SUPPORTED = ("en", "fr")


def preferred_language(header: str | None, supported: tuple[str, ...] = SUPPORTED) -> str | None:
    if not header:
        return None
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in supported and quality > 0:
            ranked.append((-quality, position, primary))
    return min(ranked)[2] if ranked else None
