"""The ``Governance-Decision`` response header: an RFC 9651 token with parameters."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Literal

from http_sfv.item import Item
from http_sfv.types import Token

HEADER = "governance-decision"
Kind = Literal["forwarded", "refused", "handoff", "passthrough"]


@dataclass(frozen=True, slots=True)
class Decision:
    kind: Kind
    params: dict[str, str] = field(default_factory=dict)

    def header_value(self) -> str:
        return _serialise(self.kind, tuple(self.params.items()))

    @classmethod
    def parse(cls, value: str) -> Decision:
        item = Item()
        item.parse(value.encode("ascii"))
        return cls(str(item.value), {k: str(v) for k, v in item.params.items()})  # type: ignore[arg-type]


@functools.lru_cache(maxsize=256)
def _serialise(kind: str, params: tuple[tuple[str, str], ...]) -> str:
    item = Item()
    item.value = Token(kind)
    for key, value in params:
        item.params[key] = Token(value) if _is_token(value) else value
    return str(item)


FORWARDED = Decision("forwarded")


def refused(reason: str) -> Decision:
    return Decision("refused", {"reason": reason})


def handoff(category: str) -> Decision:
    return Decision("handoff", {"category": category})


def _is_token(value: str) -> bool:
    if not value or not (value[0].isalpha() or value[0] == "*"):
        return False
    allowed = set("!#$%&'*+-.^_`|~:/")
    return all(c.isalnum() or c in allowed for c in value) and value.isascii()
