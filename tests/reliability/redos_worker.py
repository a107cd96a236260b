"""A child process that runs one text-scanning function per request, for the ReDoS bounds.

A regular expression stuck in catastrophic backtracking holds the GIL inside ``re``'s C code,
so a thread cannot time it out; a child process can be killed. The parent
(``bounded.BoundedWorker``) writes one JSON line per call and waits a bounded time for the
answer line. Heavy objects (the Presidio engine) are built on first use and kept.

Request:  {"target": <a name in TARGETS>, "text": "...", "lang": "en"|"fr"}
Answer:   {"ok": true, "found": <int>} or {"ok": false, "error": "<ExceptionType: message>"}
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from functools import cache
from typing import Any


@cache
def _classifier() -> Any:
    from governance.oversight import HandoffClassifier

    return HandoffClassifier()


@cache
def _guard() -> Any:
    from governance.oversight import DecisionGuard

    return DecisionGuard()


@cache
def _pattern_recognizers(lang: str) -> list[Any]:
    """Every recognizer the engine registers except spaCy NER, built without any model."""
    from presidio_analyzer import PatternRecognizer

    from redaction.engine_registry import RECOGNIZER_FACTORIES

    found: list[Any] = []
    for name, factory in RECOGNIZER_FACTORIES.items():
        if name == "ner":
            continue
        found += [r for r in factory(lang) if isinstance(r, PatternRecognizer)]
    return found


@cache
def _email_recognizer(lang: str) -> Any:
    from redaction.recognizers import OfflineEmailRecognizer

    return OfflineEmailRecognizer(supported_language=lang)


def _email(text: str, lang: str) -> int:
    recognizer = _email_recognizer(lang)
    return len(recognizer.analyze(text, recognizer.supported_entities, None))


def _handoff(text: str, lang: str) -> int:
    return int(_classifier().classify(text, lang) is not None)


def _decision(text: str, lang: str) -> int:
    return int(_guard().check(text, lang) is not None)


def _sse(text: str, lang: str) -> int:
    from governance.sse import SSEParser

    raw = text.encode("utf-8")
    count = 0
    for size in (len(raw) or 1, 4096):  # whole, page-sized chunks (trickling: see the tests)
        parser = SSEParser()
        for start in range(0, len(raw), size):
            count += len(parser.feed(raw[start:start + size]))
        parser.close()
    return count


def _json(text: str, lang: str) -> int:
    from governance.bodies import BadRequest, parse_json

    try:
        parse_json(text.encode("utf-8", "surrogatepass"), "application/json")
    except BadRequest:
        return 0
    return 1


def _recognizers(text: str, lang: str) -> int:
    return sum(len(r.analyze(text, r.supported_entities, None))
               for r in _pattern_recognizers(lang))


def _find_pii(text: str, lang: str) -> int:
    from redaction.engine import find_pii

    return len(find_pii(text, lang))


TARGETS: dict[str, Callable[[str, str], int]] = {
    "handoff": _handoff, "guard": _decision, "sse": _sse, "json": _json,
    "recognizers": _recognizers, "email": _email, "find_pii": _find_pii,
    "warm": lambda text, lang: _find_pii("Bonjour Marie Dupont", "fr"),
    # A known catastrophic pattern: proves the parent's bound fires (see the harness test).
    "stall": lambda text, lang: int(re.match(r"(a+)+$", text) is not None),
}


def main() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        try:
            answer: dict[str, Any] = {
                "ok": True, "found": TARGETS[request["target"]](request["text"], request["lang"])}
        except Exception as exc:  # reported to the parent, which fails the test
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:500]}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
