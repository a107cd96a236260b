"""The compliance console: a server-rendered web UI for compliance officers, DPOs and admins.

    from governance.console import console_app, create_console_schema
    create_console_schema(engine)
    app.mount("/governance/console", console_app(engine=engine, session_secret=..., ...))

Roles: ``compliance`` sees the audit trail (no subject pseudonym, no consent history);
``dpo`` sees consent records, receipts, subject requests, exports and erasure; ``admin``
manages users and the kill switch and may see everything. Nobody gets in by default: accounts
come from ``governance users add``.
"""

from governance.console.accounts import (
    AccountError,
    Accounts,
    Role,
    Token,
    User,
)
from governance.console.app import KillSwitchLike, OnEvent, console_app
from governance.console.schema import create_console_schema
from governance.console.trail import TrailFilter
from governance.console.trail_index import sync_index

__all__ = [
    "AccountError",
    "Accounts",
    "KillSwitchLike",
    "OnEvent",
    "Role",
    "Token",
    "TrailFilter",
    "User",
    "console_app",
    "create_console_schema",
    "sync_index",
]
