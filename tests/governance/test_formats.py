"""Every chat format, both ways: request texts, answers, stream events, replies in kind."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from governance.formats import (
    AnthropicMessages,
    FormatError,
    GenericFormat,
    OpenAIChat,
    OpenAIResponses,
    pointer,
)

CHAT = OpenAIChat()
RESPONSES = OpenAIResponses()
ANTHROPIC = AnthropicMessages()
GENERIC = GenericFormat(request_texts=["/question", "/context/*/text"],
                        response_texts=["/answer"], stream_texts=["/delta"])

# (format, request, [(pointer, role, kind, text)])
REQUESTS: list[tuple[Any, dict[str, Any], list[tuple[str, str, str, str]]]] = [
    (CHAT, {"model": "m", "messages": [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "I am Ada"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function",
             "function": {"name": "lookup", "arguments": "{\"who\": \"Ada\"}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "Ada works in Paris"},
        {"role": "user", "content": [{"type": "text", "text": "and Bob?"},
                                     {"type": "image_url", "image_url": {"url": "x"}}]},
    ]}, [
        ("/messages/0/content", "system", "system", "Be brief."),
        ("/messages/1/content", "user", "message", "I am Ada"),
        ("/messages/2/tool_calls/0/function/arguments", "assistant", "tool_arguments",
         "{\"who\": \"Ada\"}"),
        ("/messages/3/content", "tool", "tool_result", "Ada works in Paris"),
        ("/messages/4/content/0/text", "user", "message", "and Bob?"),
    ]),
    (RESPONSES, {"model": "m", "input": "I am Ada", "instructions": "Be brief."}, [
        ("/instructions", "system", "system", "Be brief."),
        ("/input", "user", "message", "I am Ada"),
    ]),
    (RESPONSES, {"model": "m", "input": [
        {"role": "user", "content": [{"type": "input_text", "text": "I am Ada"}]},
        {"type": "message", "role": "assistant",
         "content": [{"type": "output_text", "text": "Hello Ada"}]},
        {"type": "function_call", "call_id": "c", "name": "f", "arguments": "{\"a\": \"Ada\"}"},
        {"type": "function_call_output", "call_id": "c", "output": "Ada: Paris"},
        {"role": "user", "content": "thanks"},
    ]}, [
        ("/input/0/content/0/text", "user", "message", "I am Ada"),
        ("/input/1/content/0/text", "assistant", "message", "Hello Ada"),
        ("/input/2/arguments", "assistant", "tool_arguments", "{\"a\": \"Ada\"}"),
        ("/input/3/output", "tool", "tool_result", "Ada: Paris"),
        ("/input/4/content", "user", "message", "thanks"),
    ]),
    (ANTHROPIC, {"model": "m", "max_tokens": 10, "system": [{"type": "text", "text": "Be brief."}],
                 "messages": [
                     {"role": "user", "content": "I am Ada"},
                     {"role": "assistant", "content": [
                         {"type": "text", "text": "Let me look"},
                         {"type": "tool_use", "id": "t", "name": "f",
                          "input": {"who": "Ada", "n": 3, "tags": ["Paris"]}}]},
                     {"role": "user", "content": [
                         {"type": "tool_result", "tool_use_id": "t",
                          "content": [{"type": "text", "text": "Ada: Paris"}]},
                         {"type": "text", "text": "and Bob?"}]},
                 ]}, [
        ("/system/0/text", "system", "system", "Be brief."),
        ("/messages/0/content", "user", "message", "I am Ada"),
        ("/messages/1/content/0/text", "assistant", "message", "Let me look"),
        ("/messages/1/content/1/input/who", "assistant", "tool_arguments", "Ada"),
        ("/messages/1/content/1/input/tags/0", "assistant", "tool_arguments", "Paris"),
        ("/messages/2/content/0/content/0/text", "tool", "tool_result", "Ada: Paris"),
        ("/messages/2/content/1/text", "user", "message", "and Bob?"),
    ]),
    (GENERIC, {"question": "I am Ada", "context": [{"text": "c1"}, {"text": "c2"}, {"n": 1}]}, [
        ("/question", "user", "message", "I am Ada"),
        ("/context/0/text", "user", "message", "c1"),
        ("/context/1/text", "user", "message", "c2"),
    ]),
]


@pytest.mark.parametrize(("fmt", "doc", "expected"), REQUESTS,
                         ids=lambda v: getattr(v, "name", None))
def test_request_texts_are_found_and_written_back(fmt: Any, doc: dict[str, Any],
                                                  expected: list[tuple[str, ...]]) -> None:
    slots = fmt.request_texts(doc)
    assert [(s.pointer, s.role, s.kind, s.text) for s in slots] == expected
    rewritten = copy.deepcopy(doc)
    for slot in slots:
        pointer.set_value(rewritten, slot.pointer, slot.text.upper())
    assert [s.text for s in fmt.request_texts(rewritten)] == [t.upper() for *_, t in expected]


RESPONSE_DOCS: list[tuple[Any, dict[str, Any], list[tuple[str, str]]]] = [
    (CHAT, {"id": "c", "object": "chat.completion", "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "Hi Ada", "tool_calls": [
            {"id": "x", "type": "function", "function": {"name": "f", "arguments": "{\"a\":1}"}}]},
         "finish_reason": "stop"}]},
     [("/choices/0/message/content", "Hi Ada"),
      ("/choices/0/message/tool_calls/0/function/arguments", "{\"a\":1}")]),
    (RESPONSES, {"id": "resp_1", "object": "response", "output": [
        {"type": "message", "role": "assistant",
         "content": [{"type": "output_text", "text": "Hi Ada"}]},
        {"type": "function_call", "name": "f", "arguments": "{}", "call_id": "c"}]},
     [("/output/0/content/0/text", "Hi Ada"), ("/output/1/arguments", "{}")]),
    (ANTHROPIC, {"id": "msg_1", "type": "message", "role": "assistant", "content": [
        {"type": "text", "text": "Hi Ada"},
        {"type": "tool_use", "id": "t", "name": "f", "input": {"q": "Ada"}}]},
     [("/content/0/text", "Hi Ada"), ("/content/1/input/q", "Ada")]),
    (GENERIC, {"answer": "Hi Ada"}, [("/answer", "Hi Ada")]),
]


@pytest.mark.parametrize(("fmt", "doc", "expected"), RESPONSE_DOCS,
                         ids=lambda v: getattr(v, "name", None))
def test_response_texts_are_found(fmt: Any, doc: dict[str, Any],
                                  expected: list[tuple[str, str]]) -> None:
    assert [(s.pointer, s.text) for s in fmt.response_texts(doc)] == expected
    assert all(s.role == "assistant" for s in fmt.response_texts(doc))


STREAM_EVENTS: list[tuple[Any, dict[str, Any], list[tuple[str, str, str, bool]]]] = [
    (CHAT, {"object": "chat.completion.chunk", "choices": [
        {"index": 0, "delta": {"content": "Hi A"}}]},
     [("/choices/0/delta/content", "Hi A", "0/content", True)]),
    (CHAT, {"object": "chat.completion.chunk", "choices": [
        {"index": 0, "delta": {"tool_calls": [{"index": 1, "function": {"arguments": "{\"a"}}]}}]},
     [("/choices/0/delta/tool_calls/0/function/arguments", "{\"a", "0/tool/1", True)]),
    (CHAT, {"object": "chat.completion.chunk", "choices": [
        {"index": 0, "delta": {}, "finish_reason": "stop"}]}, []),
    (RESPONSES, {"type": "response.output_text.delta", "output_index": 0, "content_index": 0,
                 "delta": "Hi A"}, [("/delta", "Hi A", "0/0/text", True)]),
    (RESPONSES, {"type": "response.function_call_arguments.delta", "output_index": 1,
                 "delta": "{\"a"}, [("/delta", "{\"a", "1/0/args", True)]),
    (RESPONSES, {"type": "response.output_text.done", "output_index": 0, "content_index": 0,
                 "text": "Hi Ada"}, [("/text", "Hi Ada", "", False)]),
    (RESPONSES, {"type": "response.content_part.done", "part": {"type": "output_text",
                                                                 "text": "Hi Ada"}},
     [("/part/text", "Hi Ada", "", False)]),
    (RESPONSES, {"type": "response.output_item.done", "item": {
        "type": "message", "role": "assistant",
        "content": [{"type": "output_text", "text": "Hi Ada"}]}},
     [("/item/content/0/text", "Hi Ada", "", False)]),
    (RESPONSES, {"type": "response.completed", "response": {"id": "r", "output": [
        {"type": "message", "role": "assistant",
         "content": [{"type": "output_text", "text": "Hi Ada"}]}]}},
     [("/response/output/0/content/0/text", "Hi Ada", "", False)]),
    (ANTHROPIC, {"type": "content_block_delta", "index": 0,
                 "delta": {"type": "text_delta", "text": "Hi A"}},
     [("/delta/text", "Hi A", "0/text", True)]),
    (ANTHROPIC, {"type": "content_block_delta", "index": 1,
                 "delta": {"type": "input_json_delta", "partial_json": "{\"q\": \"A"}},
     [("/delta/partial_json", "{\"q\": \"A", "1/json", True)]),
    (ANTHROPIC, {"type": "message_stop"}, []),
    (GENERIC, {"delta": "Hi A"}, [("/delta", "Hi A", "/delta", True)]),
]


@pytest.mark.parametrize(("fmt", "event", "expected"), STREAM_EVENTS,
                         ids=lambda v: getattr(v, "name", None))
def test_stream_event_texts_are_found(fmt: Any, event: dict[str, Any],
                                      expected: list[tuple[str, str, str, bool]]) -> None:
    slots = fmt.stream_texts(event)
    assert [(s.pointer, s.text, s.channel, s.delta) for s in slots] == expected
    for slot in slots:
        pointer.set_value(event, slot.pointer, "X")
        assert pointer.get(event, slot.pointer) == "X"


@pytest.mark.parametrize("fmt", [CHAT, RESPONSES, ANTHROPIC, GENERIC], ids=lambda f: f.name)
def test_replies_in_kind_hold_the_text(fmt: Any) -> None:
    reply = fmt.reply("Please contact HR.", model="m")
    assert [s.text for s in fmt.response_texts(reply)] == ["Please contact HR."]
    streamed = "".join(s.text for _, data in fmt.reply_events("Please contact HR.", model="m")
                       for s in fmt.stream_texts(data) if s.delta)
    assert streamed == "Please contact HR."


@pytest.mark.parametrize("fmt", [CHAT, RESPONSES, ANTHROPIC, GENERIC], ids=lambda f: f.name)
def test_text_event_carries_text_on_its_channel(fmt: Any) -> None:
    template = next(data for _, data in fmt.reply_events("x", model=None)
                    if any(s.delta for s in fmt.stream_texts(data)))
    channel = next(s.channel for s in fmt.stream_texts(template) if s.delta)
    event = fmt.text_event(template, channel, "held back")
    assert [(s.channel, s.text) for s in fmt.stream_texts(event)] == [(channel, "held back")]


@pytest.mark.parametrize(("fmt", "doc", "message"), [
    (CHAT, [], "the body must be a JSON object"),
    (CHAT, {"model": "m"}, "'messages' must be a non-empty array"),
    (CHAT, {"messages": []}, "'messages' must be a non-empty array"),
    (CHAT, {"messages": ["hi"]}, "messages[0] must be an object with a string 'role'"),
    (CHAT, {"messages": [{"role": "wizard", "content": "x"}]}, "is not a known role"),
    (RESPONSES, {"model": "m"}, "'input' must be a non-empty string or array"),
    (RESPONSES, {"input": [1]}, "input[0] must be an object"),
    (ANTHROPIC, {"messages": [{"role": "system", "content": "x"}]}, "must be 'user' or 'assistant'"),
    (ANTHROPIC, {"messages": [{"role": "user"}]}, "content must be a string or an array"),
    (GENERIC, {"other": 1}, "no text at /question"),
], ids=lambda v: getattr(v, "name", None))
def test_bodies_that_do_not_match_the_format_are_rejected(fmt: Any, doc: Any,
                                                          message: str) -> None:
    with pytest.raises(FormatError, match=message.replace("[", r"\[").replace("]", r"\]")) as info:
        fmt.request_texts(doc)
    assert str(info.value).startswith(fmt.name)


@pytest.mark.parametrize(("fmt", "doc", "first", "assistant", "previous"), [
    (CHAT, {"messages": [{"role": "system", "content": "s"}, {"role": "user", "content": "q1"}]},
     "q1", False, None),
    (CHAT, {"messages": [{"role": "user", "content": "q1"}, {"role": "assistant", "content": "a"},
                         {"role": "user", "content": "q2"}]}, "q1", True, None),
    (RESPONSES, {"input": "q1"}, "q1", False, None),
    (RESPONSES, {"input": "q2", "previous_response_id": "resp_1"}, "q2", True, "resp_1"),
    (ANTHROPIC, {"messages": [{"role": "user", "content": [{"type": "text", "text": "q1"}]}]},
     "q1", False, None),
])
def test_hints_tell_first_turn_and_first_message(fmt: Any, doc: Any, first: str,
                                                 assistant: bool, previous: str | None) -> None:
    hints = fmt.hints(doc)
    assert (hints.first_user_text, hints.has_assistant_turn, hints.previous_response_id) == (
        first, assistant, previous)
