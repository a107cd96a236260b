"""Offline language detection, restricted to English and French, with fallbacks."""

from __future__ import annotations

import pytest

from redaction.language import detect_language, fallback_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bonjour, je voudrais poser un jour de congé la semaine prochaine.", "fr"),
        ("Hi, can I take a day off next week for my move?", "en"),
        ("Quand se termine ma période d'essai ? J'ai commencé le 11/08.", "fr"),
        ("When will my probation end? I started on 10 May 2024.", "en"),
    ],
)
def test_language_of_a_message_is_detected(text: str, expected: str) -> None:
    assert detect_language(text, fallback="en" if expected == "fr" else "fr") == expected


@pytest.mark.parametrize("text", ["", "   ", "12345", "ok", "+33 6 12 34 56 78"])
@pytest.mark.parametrize("fallback", ["en", "fr"])
def test_messages_without_enough_language_use_the_fallback(text: str, fallback: str) -> None:
    assert detect_language(text, fallback=fallback) == fallback  # type: ignore[arg-type]


def test_mixed_conversation_is_detected_message_by_message() -> None:
    messages = ["Hello, I need my payslip for March please.", "Merci, et pour avril aussi ?"]
    assert [detect_language(m, fallback="en") for m in messages] == ["en", "fr"]


@pytest.mark.parametrize(
    ("header", "default", "expected"),
    [
        ("fr-FR,fr;q=0.9,en;q=0.8", "en", "fr"),
        ("en-GB,en;q=0.9,fr;q=0.8", "fr", "en"),
        ("de-DE,de;q=0.9", "fr", "fr"),
        ("de;q=1, en;q=0.5, fr;q=0.7", "en", "fr"),
        ("fr;q=0, en", "fr", "en"),
        ("en;q=abc, fr", "en", "fr"),
        ("", "en", "en"),
        (None, "fr", "fr"),
    ],
)
def test_accept_language_gives_the_fallback(header: str | None, default: str, expected: str) -> None:
    assert fallback_language(header, default) == expected  # type: ignore[arg-type]
