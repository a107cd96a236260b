"""Chat formats: where the texts are in each API's requests, answers and stream events."""

from __future__ import annotations

from governance.formats.anthropic import AnthropicMessages
from governance.formats.base import ChatFormat, ConversationHints, FormatError, TextSlot
from governance.formats.generic import GenericFormat
from governance.formats.openai_chat import OpenAIChat
from governance.formats.openai_responses import OpenAIResponses
from governance.policy import Route

__all__ = [
    "AnthropicMessages",
    "ChatFormat",
    "ConversationHints",
    "FormatError",
    "GenericFormat",
    "OpenAIChat",
    "OpenAIResponses",
    "TextSlot",
    "format_for",
]


def format_for(route: Route) -> ChatFormat:
    """The chat format a route speaks."""
    if route.format == "generic":
        assert route.generic is not None  # guaranteed by the policy validator
        return GenericFormat(request_texts=route.generic.request_texts,
                             response_texts=route.generic.response_texts,
                             stream_texts=route.generic.stream_texts)
    formats: dict[str, ChatFormat] = {"openai-chat": OpenAIChat(),
                                      "openai-responses": OpenAIResponses(),
                                      "anthropic-messages": AnthropicMessages()}
    return formats[route.format]
