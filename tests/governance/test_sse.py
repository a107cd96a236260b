"""SSE framing: events come out whole whatever the chunking, bytes kept verbatim."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from governance.sse import SSEParser, StreamError, encode

STREAM = (b'event: a\ndata: {"x": 1}\n\n'
          b": comment\r\ndata: line1\r\ndata: line2\r\n\r\n"
          b"data: [DONE]\r\r"
          b"id: 7\nretry: 10\ndata: {}\n\n")


def _events(chunks: list[bytes]) -> list[tuple[str | None, str | None, bytes]]:
    parser = SSEParser()
    out = [e for c in chunks for e in parser.feed(c)]
    assert parser.close() == b""
    return [(e.event, e.data, e.raw) for e in out]


def test_events_are_split_on_all_three_line_endings() -> None:
    assert [(name, data) for name, data, _ in _events([STREAM])] == [
        ("a", '{"x": 1}'), (None, "line1\nline2"), (None, "[DONE]"), (None, "{}")]
    assert b"".join(raw for *_, raw in _events([STREAM])) == STREAM


@pytest.mark.parametrize("cut", range(1, len(STREAM)))
def test_a_split_at_any_byte_gives_the_same_events(cut: int) -> None:
    assert _events([STREAM[:cut], STREAM[cut:]]) == _events([STREAM])


@given(st.lists(st.integers(min_value=0, max_value=len(STREAM)), max_size=12))
def test_any_chunking_gives_the_same_events(cuts: list[int]) -> None:
    points = sorted(set(cuts))
    chunks = [STREAM[a:b] for a, b in zip([0, *points], [*points, len(STREAM)], strict=True)]
    assert _events(chunks) == _events([STREAM])


def test_unterminated_tail_is_returned_verbatim() -> None:
    parser = SSEParser()
    assert parser.feed(b"data: 1\n\ndata: partial") != []
    assert parser.close() == b"data: partial"


def test_an_event_larger_than_the_buffer_is_an_error() -> None:
    parser = SSEParser(max_event_bytes=100)
    with pytest.raises(StreamError):
        parser.feed(b"data: " + b"x" * 200)


def test_encode_round_trips_multiline_and_json() -> None:
    raw = encode("e", {"t": "a\nb"}) + encode(None, "[DONE]")
    assert [(n, d) for n, d, _ in _events([raw])] == [("e", '{"t":"a\\nb"}'), (None, "[DONE]")]
