"""The package's public surface and its place in the dependency graph."""

from __future__ import annotations

import ast
from pathlib import Path

import consent

PACKAGE = Path(consent.__file__).parent


def test_public_names_are_sorted_and_importable() -> None:
    assert consent.__all__ == sorted(consent.__all__)
    for name in consent.__all__:
        assert getattr(consent, name) is not None


def test_consent_never_imports_governance_or_asgi() -> None:
    offenders = []
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names
                          if n.split(".")[0] in {"governance", "starlette", "redaction", "audit"}]
    assert offenders == []
