"""JSON Pointer (RFC 6901) reading and writing, with ``*`` as an "every element" segment."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def split(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"JSON Pointer {pointer!r} must start with '/'")
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def join(*tokens: str | int) -> str:
    return "".join("/" + escape(str(t)) for t in tokens)


def _child(node: Any, token: str) -> tuple[bool, Any]:
    if isinstance(node, dict):
        return (token in node, node.get(token))
    if isinstance(node, list) and token.isdigit() and (token == "0" or token[0] != "0"):
        index = int(token)
        return (index < len(node), node[index] if index < len(node) else None)
    return (False, None)


def expand(doc: Any, pattern: str) -> Iterator[tuple[str, Any]]:
    """Every (concrete pointer, value) matching ``pattern``; ``*`` walks array elements."""

    def walk(node: Any, tokens: list[str], prefix: str) -> Iterator[tuple[str, Any]]:
        if not tokens:
            yield prefix, node
            return
        head, rest = tokens[0], tokens[1:]
        if head == "*":
            if isinstance(node, list):
                for i, item in enumerate(node):
                    yield from walk(item, rest, f"{prefix}/{i}")
            return
        found, child = _child(node, head)
        if found:
            yield from walk(child, rest, prefix + "/" + escape(head))

    yield from walk(doc, split(pattern), "")


def get(doc: Any, pointer: str) -> Any:
    node = doc
    for token in split(pointer):
        found, node = _child(node, token)
        if not found:
            raise KeyError(pointer)
    return node


def set_value(doc: Any, pointer: str, value: Any) -> None:
    """Replace the value at an existing ``pointer`` in place."""
    tokens = split(pointer)
    if not tokens:
        raise ValueError("cannot replace the whole document")
    parent = get(doc, join(*tokens[:-1])) if len(tokens) > 1 else doc
    last = tokens[-1]
    if isinstance(parent, list):
        parent[int(last)] = value
    elif isinstance(parent, dict):
        parent[last] = value
    else:
        raise KeyError(pointer)
