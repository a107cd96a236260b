"""Pseudonymising an exchange: stable placeholders, cached history, fail-closed analysis."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import timedelta
from pathlib import Path

import pytest

from governance.storage import create_engine
from redaction.cache import SpanCache
from redaction.errors import AnalyzerError, RedactionError
from redaction.pseudonymise import Pseudonymiser, clean_spans
from redaction.restore import Restorer, check_answer
from redaction.spans import PiiSpan
from redaction.vault import Vault

KEY = b"k" * 32
CANARIES = ("Zéphyrine Canarybird", "zephyrine.canary@example.org", "06 98 76 54 32")


class RegexAnalyzer:
    """A stand-in for the Presidio engine: a table of regexes; records what it analysed."""

    TABLE: Sequence[tuple[str, str]] = (
        ("PERSON", r"(?i)\b(?:z[ée]phyrine\s+canarybird|alice\s+martin|jean\s+dupont)\b"),
        ("EMAIL_ADDRESS", r"[\w.+-]+@[\w-]+\.\w+"),
        ("PHONE_NUMBER", r"\b0\d(?: ?\d\d){4}\b"),
        ("HEALTH", r"(?i)\b(?:burn-out|sick leave|arrêt maladie)\b"),
    )

    def __init__(self) -> None:
        self.batches: list[list[tuple[str, str]]] = []

    def analyze_batch(self, items: Sequence[tuple[str, str]]) -> list[list[PiiSpan]]:
        self.batches.append(list(items))
        return [
            [PiiSpan(m.start(), m.end(), t, 0.85) for t, rx in self.TABLE
             for m in re.finditer(rx, text)]
            for text, _ in items
        ]

    @property
    def analysed_chars(self) -> int:
        return sum(len(text) for batch in self.batches for text, _ in batch)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    engine = create_engine(f"sqlite:///{tmp_path / 'vault.db'}")
    vault = Vault(engine, KEY, ttl=timedelta(hours=1))
    vault.create_schema()
    yield vault
    engine.dispose()


@pytest.fixture
def make_pseudonymiser(vault: Vault) -> Callable[..., tuple[Pseudonymiser, RegexAnalyzer]]:
    def make(cache: SpanCache | None = None) -> tuple[Pseudonymiser, RegexAnalyzer]:
        analyzer = RegexAnalyzer()
        return Pseudonymiser(analyzer, vault, cache=cache or SpanCache()), analyzer

    return make


def test_values_become_typed_placeholders_with_counts_and_special_categories(
    make_pseudonymiser: Callable[..., tuple[Pseudonymiser, RegexAnalyzer]],
) -> None:
    pseudonymiser, _ = make_pseudonymiser()
    result = pseudonymiser.pseudonymise("conv", "subj", [
        ("I am Zéphyrine Canarybird, mail zephyrine.canary@example.org", "en"),
        ("Je suis en arrêt maladie, appelez le 06 98 76 54 32. zéphyrine canarybird", "fr"),
    ])
    assert result.texts == (
        "I am <PERSON_1>, mail <EMAIL_ADDRESS_1>",
        "Je suis en <HEALTH_1>, appelez le <PHONE_NUMBER_1>. <PERSON_1>",
    )
    assert result.counts == {"PERSON": 2, "EMAIL_ADDRESS": 1, "HEALTH": 1, "PHONE_NUMBER": 1}
    assert result.special_categories == frozenset({"HEALTH"})
    assert not any(c in t for c in CANARIES for t in result.texts)


def test_placeholders_are_stable_across_turns_and_pseudonymiser_instances(
    make_pseudonymiser: Callable[..., tuple[Pseudonymiser, RegexAnalyzer]],
) -> None:
    first, _ = make_pseudonymiser()
    second, _ = make_pseudonymiser()
    turn1 = first.pseudonymise("conv", "s", [("Alice Martin and Jean Dupont", "en")])
    turn2 = second.pseudonymise("conv", "s", [("jean  dupont, then ALICE MARTIN", "en")])
    assert turn1.texts == ("<PERSON_1> and <PERSON_2>",)
    assert turn2.texts == ("<PERSON_2>, then <PERSON_1>",)


def test_other_conversations_get_their_own_placeholders(
    make_pseudonymiser: Callable[..., tuple[Pseudonymiser, RegexAnalyzer]], vault: Vault
) -> None:
    pseudonymiser, _ = make_pseudonymiser()
    pseudonymiser.pseudonymise("conv-a", "s", [("Alice Martin", "en")])
    other = pseudonymiser.pseudonymise("conv-b", "s", [("Jean Dupont", "en")])
    assert other.texts == ("<PERSON_1>",)
    assert vault.mapping("conv-a") == {"<PERSON_1>": "Alice Martin"}
    assert vault.mapping("conv-b") == {"<PERSON_1>": "Jean Dupont"}


def test_resent_history_is_not_analysed_again_over_twenty_turns(
    make_pseudonymiser: Callable[..., tuple[Pseudonymiser, RegexAnalyzer]], vault: Vault
) -> None:
    """Each turn: pseudonymise the whole history, answer, check and remember the answer."""
    pseudonymiser, analyzer = make_pseudonymiser()
    history: list[tuple[str, str]] = []
    analysed_per_turn: list[int] = []
    for turn in range(1, 21):
        question = (f"Turn {turn}: Alice Martin asks about sick leave, call 06 11 22 33 "
                    f"{turn % 90 + 10}", "en")
        history.append(question)
        before = analyzer.analysed_chars
        result = pseudonymiser.pseudonymise("conv", "s", history)
        assert analyzer.batches[-1] == [question]  # only the new message is analysed
        assert "Alice Martin" not in " ".join(result.texts)
        model_answer = f"Noted, {result.texts[-1]}."
        restored = Restorer(vault.mapping("conv")).restore_regions(model_answer)
        checked = check_answer(restored, analyzer, "en", policy="mask")
        pseudonymiser.remember(checked.text, "en", checked.spans)
        history.append((checked.text, "en"))  # the client resends what the user saw
        analysed_per_turn.append(analyzer.analysed_chars - before)
    assert len(analyzer.batches) == 40  # per turn: the new question, then the answer check
    assert analysed_per_turn[19] <= 1.5 * analysed_per_turn[0]
    assert pseudonymiser.cache.hits == sum(range(0, 40, 2))  # 2 * (turn - 1) items resent


def test_a_checked_answer_resent_as_history_is_not_analysed_again(
    make_pseudonymiser: Callable[..., tuple[Pseudonymiser, RegexAnalyzer]], vault: Vault
) -> None:
    pseudonymiser, analyzer = make_pseudonymiser()
    question = ("Can Alice Martin call me on 06 98 76 54 32?", "en")
    masked = pseudonymiser.pseudonymise("conv", "s", [question]).texts[0]
    model_answer = masked.replace("Can", "Yes,").replace("call me", "call you") + " Ask Jean Dupont."
    checked = check_answer(Restorer(vault.mapping("conv")).restore_regions(model_answer),
                           RegexAnalyzer(), "en", policy="mask")
    assert checked.text == "Yes, Alice Martin call you on 06 98 76 54 32? Ask [REDACTED:PERSON]."
    pseudonymiser.remember(checked.text, "en", checked.spans)
    analyzer.batches.clear()
    turn2 = pseudonymiser.pseudonymise("conv", "s", [question, (checked.text, "en"),
                                                     ("Thanks", "en")])
    assert analyzer.batches == [[("Thanks", "en")]]
    assert turn2.texts[1] == "Yes, <PERSON_1> call you on <PHONE_NUMBER_1>? Ask [REDACTED:PERSON]."


def test_the_cache_holds_keyed_digests_and_offsets_never_text() -> None:
    cache = SpanCache(key=b"c" * 32)
    cache.put("Zéphyrine Canarybird is ill", "en", [PiiSpan(0, 20, "PERSON", 0.9)])
    (key, spans), = cache._entries.items()
    assert len(key) == 32
    assert b"Canarybird" not in key
    assert key != SpanCache(key=b"d" * 32).key_for("Zéphyrine Canarybird is ill", "en")
    assert spans == (PiiSpan(0, 20, "PERSON", 0.9),)
    assert cache.get("Zéphyrine Canarybird is ill", "fr") is None  # the language is in the key


def test_the_cache_evicts_the_least_recently_used_entry() -> None:
    cache = SpanCache(max_entries=2)
    cache.put("a", "en", [])
    cache.put("b", "en", [])
    assert cache.get("a", "en") == ()
    cache.put("c", "en", [])
    assert len(cache) == 2
    assert cache.get("b", "en") is None
    assert cache.get("a", "en") == ()
    assert cache.get("c", "en") == ()


def test_duplicate_texts_in_one_exchange_are_analysed_once(
    make_pseudonymiser: Callable[..., tuple[Pseudonymiser, RegexAnalyzer]],
) -> None:
    pseudonymiser, analyzer = make_pseudonymiser()
    result = pseudonymiser.pseudonymise("conv", "s", [("Jean Dupont", "en")] * 3)
    assert result.texts == ("<PERSON_1>",) * 3
    assert analyzer.batches == [[("Jean Dupont", "en")]]


@pytest.mark.parametrize(
    "failure", [RuntimeError("Zéphyrine Canarybird"), MemoryError(), AnalyzerError("boom")]
)
def test_analysis_failure_fails_closed_without_text(
    vault: Vault, failure: BaseException
) -> None:
    class Broken:
        def analyze_batch(self, items: Sequence[tuple[str, str]]) -> list[list[PiiSpan]]:
            raise failure

    pseudonymiser = Pseudonymiser(Broken(), vault, cache=None)
    with pytest.raises(RedactionError) as caught:
        pseudonymiser.pseudonymise("conv", "s", [("Zéphyrine Canarybird", "en")])
    assert "Canarybird" not in str(caught.value)
    assert vault.mapping("conv") == {}


def test_analyzer_returning_too_few_results_fails_closed(vault: Vault) -> None:
    class Short:
        def analyze_batch(self, items: Sequence[tuple[str, str]]) -> list[list[PiiSpan]]:
            return []

    with pytest.raises(AnalyzerError):
        Pseudonymiser(Short(), vault, cache=None).pseudonymise("c", "s", [("text", "en")])


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ('{"name": "Jean Dupont"}', 9, 22, "Jean Dupont"),
        ("Call Jean Dupont.", 5, 17, "Jean Dupont"),
        ("(Jean Dupont)", 0, 13, "Jean Dupont"),
        ("mail <a@b.fr>", 5, 13, "a@b.fr"),
        ("past the end Jean", 13, 99, "Jean"),
        ('only quotes ""', 12, 14, None),
    ],
)
def test_spans_are_trimmed_of_surrounding_punctuation(
    text: str, start: int, end: int, expected: str | None
) -> None:
    spans = clean_spans(text, [PiiSpan(start, end, "PERSON", 0.9)])
    assert [text[s.start : s.end] for s in spans] == ([expected] if expected else [])


def test_overlapping_spans_keep_the_earlier_then_longer_one() -> None:
    text = "Jean Dupont Martin"
    spans = clean_spans(text, [PiiSpan(5, 18, "PERSON", 0.9), PiiSpan(0, 11, "PERSON", 0.6),
                               PiiSpan(0, 4, "LOCATION", 0.99)])
    assert [(s.start, s.end) for s in spans] == [(0, 11)]


def test_tool_call_arguments_survive_pseudonymise_and_restore_as_json(
    make_pseudonymiser: Callable[..., tuple[Pseudonymiser, RegexAnalyzer]], vault: Vault
) -> None:
    pseudonymiser, _ = make_pseudonymiser()
    arguments = json.dumps({"employee": "Zéphyrine Canarybird",
                            "contact": {"email": "zephyrine.canary@example.org",
                                        "phone": "06 98 76 54 32"},
                            "note": "burn-out since May", "ids": [1, 2]}, ensure_ascii=False)
    masked = pseudonymiser.pseudonymise("conv", "s", [(arguments, "en")]).texts[0]
    decoded = json.loads(masked)
    assert decoded["employee"] == "<PERSON_1>"
    assert decoded["contact"] == {"email": "<EMAIL_ADDRESS_1>", "phone": "<PHONE_NUMBER_1>"}
    assert not any(c in masked for c in CANARIES)
    # The model answers with a tool call built from the placeholders, slightly altered.
    model_arguments = json.dumps({"to": "[EMAIL_ADDRESS_1]", "who": "<person_1>",
                                  "text": "Dear PERSON_1, about <HEALTH_1>"})
    restored = json.loads(Restorer(vault.mapping("conv")).restore(model_arguments))
    assert restored == {"to": "zephyrine.canary@example.org", "who": "Zéphyrine Canarybird",
                        "text": "Dear Zéphyrine Canarybird, about burn-out"}


@pytest.mark.models
def test_real_engine_pseudonymises_and_restores(vault: Vault) -> None:
    """Integration with the detection half: the Presidio engine satisfies the Analyzer protocol.

    ``default_engine()`` is ``build_engine(EngineConfig())`` built once per process, so the
    suite loads the models once.
    """
    from redaction.engine import default_engine

    pseudonymiser = Pseudonymiser(default_engine(), vault, cache=SpanCache())
    items = [
        ("Hi, I am John Smith, call me on +33 6 12 34 56 78 or john.smith@example.org.", "en"),
        ("Bonjour, je suis Marie Dubois, mon numéro est le 06 12 34 56 78 et je suis en "
         "arrêt maladie.", "fr"),
    ]
    result = pseudonymiser.pseudonymise("conv", "s", items)
    for canary in ("Smith", "john.smith@example.org", "Dubois", "12 34 56 78", "maladie"):
        assert all(canary not in text for text in result.texts)
    assert result.special_categories == frozenset({"HEALTH"})
    assert {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"} <= set(result.counts)
    restorer = Restorer(vault.mapping("conv"))
    assert [restorer.restore(text) for text in result.texts] == [text for text, _ in items]
