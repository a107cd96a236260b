"""Streaming restoration: any split of an answer restores exactly like the whole answer."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaction.restore import Restorer, check_answer, json_string_escape
from redaction.spans import PiiSpan
from redaction.stream import AnswerStream, StreamRestorer

MAPPING = {
    "<PERSON_1>": "Jean Dupont",
    "<PERSON_12>": "Alice Martin",
    "<EMAIL_ADDRESS_1>": "jean@example.org",
    "<ADDRESS_1>": "12 rue de la Paix",
    "<FR_NIR_3>": "1 84 12 75 123 456 78",
}
RESTORER = Restorer(MAPPING)
TEXT = ("Bonjour <PERSON_1>, écrivez à [EMAIL_ADDRESS_1] ou < PERSON_12 >'s office; "
        "PERSON_1 habite <ADDRESS_1>. NIR: <fr_nir_3>, inconnu <PERSON_2>, fin PERSON_12")


def run_stream(stream: StreamRestorer, chunks: Sequence[str]) -> tuple[str, int]:
    out: list[str] = []
    most_held = 0
    for chunk in chunks:
        out.append(stream.feed(chunk))
        most_held = max(most_held, stream.held)
    out.append(stream.finish())
    return "".join(out), most_held


def split(text: str, cuts: Sequence[int]) -> list[str]:
    bounds = [0, *sorted(cuts), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


@pytest.mark.parametrize("cut", range(len(TEXT.encode()) + 1))
def test_a_split_at_any_byte_restores_like_the_whole_text(cut: int) -> None:
    # SSE chunks split bytes; the decoder hands over characters, so a byte cut inside a
    # multi-byte character surfaces as a cut at that character's boundary.
    head = TEXT.encode()[:cut].decode(errors="ignore")
    chunks = [head, TEXT[len(head) :]]
    output, held = run_stream(StreamRestorer(RESTORER), chunks)
    assert output == RESTORER.restore(TEXT)
    assert held <= RESTORER.max_hold


def test_one_character_chunks_restore_like_the_whole_text() -> None:
    output, held = run_stream(StreamRestorer(RESTORER), list(TEXT))
    assert output == RESTORER.restore(TEXT)
    assert held <= RESTORER.max_hold


def test_text_without_placeholder_starts_is_never_held_back() -> None:
    stream = StreamRestorer(RESTORER)
    assert stream.feed("12345 hello, world. ") == "12345 hello, world. "
    assert stream.held == 0
    assert stream.feed("A partial <PER") == "A partial "
    assert stream.feed("SON_1> done") == "Jean Dupont done"


PIECES = ["<", ">", "[", "]", " ", "  ", "PERSON", "person", "_", "1", "2", "12", "0",
          "EMAIL_ADDRESS", "ADDRESS", "FR_NIR", "_3", "x", "'s", "\n", "é", "<PERSON_1>",
          "PERSON_12", "MY", ".", "\u00a0"]


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    data=st.data(),
)
def test_any_split_of_any_text_restores_like_the_whole_text(text: str, data: st.DataObject) -> None:
    cuts = data.draw(st.lists(st.integers(0, len(text)), max_size=8))
    output, held = run_stream(StreamRestorer(RESTORER), split(text, cuts))
    assert output == RESTORER.restore(text)
    assert held <= RESTORER.max_hold


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=60), data=st.data())
def test_arbitrary_unicode_streams_restore_like_the_whole_text(
    text: str, data: st.DataObject
) -> None:
    cuts = data.draw(st.lists(st.integers(0, len(text)), max_size=6))
    output, held = run_stream(StreamRestorer(RESTORER), split(text, cuts))
    assert output == RESTORER.restore(text)
    assert held <= RESTORER.max_hold


def test_a_conversation_without_mapping_streams_through() -> None:
    stream = StreamRestorer(Restorer({}))
    assert stream.feed("<PERSON_1> as is") == "<PERSON_1> as is"
    assert stream.finish() == ""


class RegexAnalyzer:
    TABLE: Sequence[tuple[str, str]] = (
        ("PERSON", r"\b(?:Jean Dupont|Alice Martin|Marie Curie|Paul Durand)\b"),
        ("PHONE_NUMBER", r"\b0\d(?: ?\d\d){4}\b"),
    )

    def __init__(self) -> None:
        self.texts: list[str] = []

    def analyze_batch(self, items: Sequence[tuple[str, str]]) -> list[list[PiiSpan]]:
        self.texts.extend(text for text, _ in items)
        return [
            [PiiSpan(m.start(), m.end(), t, 0.9) for t, rx in self.TABLE
             for m in re.finditer(rx, text)]
            for text, _ in items
        ]


ANSWER = ("Bonjour <PERSON_1>. Appelez Marie Curie au 06 11 22 33 44!\n"
          "Ou voyez <PERSON_12> avec Paul Durand. Fin")


@pytest.mark.parametrize("cut", range(len(ANSWER) + 1))
def test_answer_stream_masks_model_data_like_the_whole_answer(cut: int) -> None:
    stream = AnswerStream(RESTORER, RegexAnalyzer(), "fr", policy="mask")
    output = stream.feed(ANSWER[:cut]) + stream.feed(ANSWER[cut:]) + stream.finish()
    whole = check_answer(RESTORER.restore_regions(ANSWER), RegexAnalyzer(), "fr", policy="mask")
    assert output == whole.text
    assert "Marie Curie" not in output
    assert "Jean Dupont" in output
    assert stream.counts() == whole.found == {"PERSON": 2, "PHONE_NUMBER": 1}
    assert stream.spans == whole.spans
    assert [output[s.start : s.end] for s in stream.spans] == ["Jean Dupont", "Alice Martin"]


def test_answer_stream_analyses_whole_sentences() -> None:
    analyzer = RegexAnalyzer()
    stream = AnswerStream(RESTORER, analyzer, "en", policy="keep")
    first = stream.feed("Ask Paul ")
    second = stream.feed("Durand. Then")
    assert (first, second) == ("", "Ask Paul Durand. ")
    assert analyzer.texts == ["Ask Paul Durand. "]
    assert stream.finish() == "Then"
    assert stream.counts() == {"PERSON": 1}


def test_answer_stream_holds_back_at_most_a_window() -> None:
    window = 50
    stream = AnswerStream(RESTORER, RegexAnalyzer(), "en", policy="mask", window=window)
    emitted = []
    for word in ["word"] * 200 + ["<PERSON_1>"] * 20:
        emitted.append(stream.feed(word + " "))
        assert stream.held <= window + RESTORER.max_hold + len("Jean Dupont")
    emitted.append(stream.finish())
    assert "".join(emitted) == "word " * 200 + "Jean Dupont " * 20


@pytest.mark.parametrize("chunk_size", [1, 3, 7, 1000])
def test_streamed_tool_call_arguments_stay_valid_json_with_awkward_values(chunk_size: int) -> None:
    mapping = {"<ADDRESS_1>": '12 rue "La Paix"\n75002 Paris', "<PERSON_1>": "Zoé \\ Martin"}
    stream = StreamRestorer(Restorer(mapping, escape=json_string_escape))
    arguments = json.dumps({"to": "<PERSON_1>", "where": "[ADDRESS_1]", "n": 2})
    chunks = [arguments[i : i + chunk_size] for i in range(0, len(arguments), chunk_size)]
    output, _ = run_stream(stream, chunks)
    assert json.loads(output) == {"to": "Zoé \\ Martin",
                                  "where": '12 rue "La Paix"\n75002 Paris', "n": 2}
