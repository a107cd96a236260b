"""The public surface: re-exported from ``__init__`` with a sorted ``__all__``; pure ASGI."""

from __future__ import annotations

import importlib
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("package", ["governance", "consent", "redaction", "audit"])
def test_exported_members_are_sorted_and_exist(package: str) -> None:
    module = importlib.import_module(package)
    exported = getattr(module, "__all__", [])
    # ruff's RUF022 order: CONSTANTS, then Classes, then functions, each alphabetical
    assert exported == sorted(exported, key=lambda n: (not n.isupper(), not n[0].isupper(), n))
    for name in exported:
        assert hasattr(module, name), name
    assert (ROOT / package / "py.typed").exists()


def test_no_base_http_middleware_anywhere_in_governance() -> None:
    found = subprocess.run(["grep", "-r", "BaseHTTPMiddleware", str(ROOT / "governance")],
                           capture_output=True, text=True, check=False)
    assert found.stdout == ""


@pytest.mark.parametrize("package", ["consent", "redaction", "audit"])
def test_core_packages_do_not_import_governance_or_starlette(package: str) -> None:
    for path in (ROOT / package).rglob("*.py"):
        source = path.read_text()
        for forbidden in ("import governance", "from governance", "starlette"):
            assert forbidden not in source, f"{path} uses {forbidden}"
