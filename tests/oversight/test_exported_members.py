"""The public surface of ``governance.oversight`` is what ``__all__`` says, sorted."""

from __future__ import annotations

import ast
from pathlib import Path

import governance.oversight as oversight

PACKAGE = Path(oversight.__file__).parent


def test_all_is_sorted_and_every_name_exists() -> None:
    assert oversight.__all__ == sorted(oversight.__all__, key=lambda n: (not n.isupper(),
                                                                         n[0].islower(), n))
    for name in oversight.__all__:
        assert hasattr(oversight, name), name


def test_the_package_imports_no_asgi_framework() -> None:
    for module in PACKAGE.glob("*.py"):
        tree = ast.parse(module.read_text())
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert not name.startswith(("starlette", "fastapi")), module.name
