"""The console's public surface: a sorted ``__all__`` of names that exist, and no import of
the middleware runtime (the lead mounts the console; the console does not import the lead)."""

from __future__ import annotations

import ast
from pathlib import Path

import governance.console as console

PACKAGE = Path(console.__file__).parent
ALLOWED_GOVERNANCE = {"governance.console"}


def test_all_is_sorted_and_complete() -> None:
    assert console.__all__ == sorted(console.__all__)
    for name in console.__all__:
        assert hasattr(console, name), name


def test_the_console_imports_only_itself_from_governance() -> None:
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                module = node.module
            elif isinstance(node, ast.Import):
                module = node.names[0].name
            else:
                continue
            if module.startswith("governance"):
                assert any(module.startswith(p) for p in ALLOWED_GOVERNANCE), (path, module)


def test_the_chart_library_is_vendored_with_its_licence() -> None:
    vendor = PACKAGE / "static" / "vendor"
    assert (vendor / "chart.umd.js").read_text().startswith("/*!\n * Chart.js v4")
    assert "MIT License" in (vendor / "chart.js.LICENSE.md").read_text()
