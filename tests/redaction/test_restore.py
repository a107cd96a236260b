"""Restoring answers: tolerant placeholder matching and the check of model-produced data."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from redaction.errors import AnalyzerError
from redaction.restore import Restorer, check_answer, restore
from redaction.spans import PiiSpan

MAPPING = {
    "<PERSON_1>": "Jean Dupont",
    "<PERSON_12>": "Alice Martin",
    "<EMAIL_ADDRESS_1>": "jean@example.org",
    "<ADDRESS_1>": "12 rue de la Paix",
}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Hello <PERSON_1>.", "Hello Jean Dupont."),
        ("Hello PERSON_1.", "Hello Jean Dupont."),
        ("<PERSON_1>'s manager", "Jean Dupont's manager"),
        ("PERSON_1's manager", "Jean Dupont's manager"),
        ("ask <person_1>", "ask Jean Dupont"),
        ("ask <Person_1>", "ask Jean Dupont"),
        ("ask [PERSON_1]", "ask Jean Dupont"),
        ("ask < PERSON_1 >", "ask Jean Dupont"),
        ("ask <  PERSON_1  >", "ask Jean Dupont"),
        ("ask <PERSON_1 and", "ask Jean Dupont and"),
        ("(PERSON_1)", "(Jean Dupont)"),
        ("<<PERSON_1>>", "<Jean Dupont>"),
        ("<PERSON_12> and <PERSON_1>", "Alice Martin and Jean Dupont"),
        ("mail <EMAIL_ADDRESS_1> at <ADDRESS_1>", "mail jean@example.org at 12 rue de la Paix"),
        ('{"to": "<EMAIL_ADDRESS_1>"}', '{"to": "jean@example.org"}'),
        ("line1\n<PERSON_1>\n", "line1\nJean Dupont\n"),
    ],
)
def test_altered_placeholders_are_restored(answer: str, expected: str) -> None:
    assert restore(answer, MAPPING) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "unknown <PERSON_2> stays",
        "longer number <PERSON_123> stays",
        "another type <PHONE_NUMBER_1> stays",
        "inside a word XPERSON_1 stays",
        "after an underscore MY_PERSON_1 stays",
        "no number <PERSON_> stays",
        "too many digits PERSON_0000001 stays",
        "plain text with person and 1",
    ],
)
def test_unknown_or_malformed_placeholders_are_left_as_written(answer: str) -> None:
    assert restore(answer, MAPPING) == answer


def test_restored_regions_locate_the_restored_values() -> None:
    restored = Restorer(MAPPING).restore_regions("<PERSON_1> wrote to [EMAIL_ADDRESS_1].")
    assert [(restored.text[r.start : r.end], r.entity_type) for r in restored.regions] == [
        ("Jean Dupont", "PERSON"), ("jean@example.org", "EMAIL_ADDRESS")]


def test_mapping_keys_must_be_canonical_placeholders() -> None:
    with pytest.raises(ValueError, match="canonical"):
        Restorer({"PERSON_1": "Jean Dupont"})


class RegexAnalyzer:
    """A stand-in for the Presidio engine: a table of regexes, one entity type each."""

    TABLE: Sequence[tuple[str, str]] = (
        ("PERSON", r"\b(?:Jean Dupont|Alice Martin|Marie Curie|Paul Durand)\b"),
        ("PHONE_NUMBER", r"\b0\d(?: ?\d\d){4}\b"),
        ("EMAIL_ADDRESS", r"[\w.+-]+@[\w-]+\.\w+"),
    )

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def analyze_batch(self, items: Sequence[tuple[str, str]]) -> list[list[PiiSpan]]:
        self.calls.extend(items)
        return [
            [PiiSpan(m.start(), m.end(), t, 0.9) for t, rx in self.TABLE
             for m in re.finditer(rx, text)]
            for text, _ in items
        ]


def test_model_produced_personal_data_is_masked_and_counted() -> None:
    restored = Restorer(MAPPING).restore_regions(
        "<PERSON_1> should call Marie Curie on 06 11 22 33 44 or mail jean@example.org."
    )
    checked = check_answer(restored, RegexAnalyzer(), "en", policy="mask")
    assert checked.text == ("Jean Dupont should call [REDACTED:PERSON] on "
                            "[REDACTED:PHONE_NUMBER] or mail [REDACTED:EMAIL_ADDRESS].")
    assert checked.found == {"PERSON": 1, "PHONE_NUMBER": 1, "EMAIL_ADDRESS": 1}
    assert [(checked.text[s.start : s.end], s.entity_type) for s in checked.spans] == [
        ("Jean Dupont", "PERSON")]  # what remains personal data in the checked text


def test_restored_values_are_never_masked() -> None:
    restored = Restorer(MAPPING).restore_regions("Mail <EMAIL_ADDRESS_1>, <PERSON_12>.")
    checked = check_answer(restored, RegexAnalyzer(), "fr", policy="mask")
    assert checked.text == "Mail jean@example.org, Alice Martin."
    assert checked.found == {}


def test_keep_policy_leaves_the_text_but_counts() -> None:
    restored = Restorer(MAPPING).restore_regions("Ask Paul Durand, not <PERSON_1>.")
    checked = check_answer(restored, RegexAnalyzer(), "en", policy="keep")
    assert checked.text == "Ask Paul Durand, not Jean Dupont."
    assert checked.found == {"PERSON": 1}
    assert [checked.text[s.start : s.end] for s in checked.spans] == ["Paul Durand",
                                                                     "Jean Dupont"]


def test_restored_values_stay_personal_data_even_if_the_analyzer_misses_them() -> None:
    restored = Restorer(MAPPING).restore_regions("Your NIR is <ADDRESS_1>, J.")
    checked = check_answer(restored, RegexAnalyzer(), "en", policy="mask")
    assert [(checked.text[s.start : s.end], s.entity_type) for s in checked.spans] == [
        ("12 rue de la Paix", "ADDRESS")]


def test_answer_analysis_failure_fails_closed_without_text() -> None:
    class Broken:
        def analyze_batch(self, items: Sequence[tuple[str, str]]) -> list[list[PiiSpan]]:
            raise RuntimeError(items[0][0])

    restored = Restorer(MAPPING).restore_regions("Marie Curie is here")
    with pytest.raises(AnalyzerError) as caught:
        check_answer(restored, Broken(), "en", policy="mask")
    assert "Marie" not in str(caught.value)


def test_unknown_answer_policy_is_refused() -> None:
    restored = Restorer(MAPPING).restore_regions("text")
    with pytest.raises(ValueError, match="answer policy"):
        check_answer(restored, RegexAnalyzer(), "en", policy="drop")  # type: ignore[arg-type]
