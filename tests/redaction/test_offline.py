"""The engine is built and used with the network unreachable, and never tries to reach it."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from redaction.engine import PiiEngine, build_engine

pytestmark = pytest.mark.models


@pytest.fixture
def blocked_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way to open a connection raises, and is recorded."""
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def refused(*args: object, **kwargs: object) -> None:
            attempts.append(name)
            raise OSError(f"network blocked by the test ({name})")

        return refused

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    return attempts


def test_engine_builds_and_analyses_with_sockets_blocked(blocked_network: list[str]) -> None:
    engine: PiiEngine = build_engine()
    english = "Email jane.doe@example.co.uk or call +44 20 7946 0958, I'm Jane Smith."
    french = "Écrivez à claire.mercier@exemple.fr ou au 06 12 34 56 78, NIR 1 85 05 78 006 084 91."

    found_en = {(s.entity_type, english[s.start : s.end]) for s in engine.analyze(english, "en")}
    found_fr = {(s.entity_type, french[s.start : s.end]) for s in engine.analyze(french, "fr")}

    assert ("EMAIL_ADDRESS", "jane.doe@example.co.uk") in found_en
    assert ("PHONE_NUMBER", "+44 20 7946 0958") in found_en
    assert ("EMAIL_ADDRESS", "claire.mercier@exemple.fr") in found_fr
    assert ("FR_NIR", "1 85 05 78 006 084 91") in found_fr
    assert blocked_network == []


def test_the_parser_is_not_loaded(blocked_network: list[str]) -> None:
    from redaction.engine import default_engine

    nlp = default_engine().analyzer.nlp_engine.nlp
    assert all("parser" not in pipeline.pipe_names for pipeline in nlp.values())
    assert all("ner" in pipeline.pipe_names for pipeline in nlp.values())
    assert blocked_network == []


def test_email_validation_uses_the_bundled_suffix_list_only() -> None:
    from redaction.recognizers import OfflineEmailRecognizer

    extractor = OfflineEmailRecognizer()._extract
    assert extractor.suffix_list_urls == ()
    assert extractor.fallback_to_snapshot
