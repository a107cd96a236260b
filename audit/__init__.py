"""Tamper-evident audit log: an RFC 6962 Merkle log in SQL with C2SP signed checkpoints.

    log = AuditLog(engine, origin="example.org/audit", signing_key=key, details_secret=secret)
    create_schema(engine)
    receipt = log.append(ExchangeOpened(...))       # raises AppendError: fail closed (503)
    Checkpointer(log, sinks=[FileSink(path)]).maybe_checkpoint()
    verify_log(engine, log.origin, log.verifier)    # -> VerifyReport

Errors: see ``audit.errors`` (AuditError > AppendError, ProofError, FormatError).
"""

from audit.checkpoints import (
    Checkpointer,
    CheckpointSink,
    FileSink,
    WebhookSink,
    latest_checkpoint,
    prove_entry,
    read_checkpoints,
    sign_checkpoint,
)
from audit.entries import (
    ConfigChange,
    ConsentEvent,
    ConsoleEvent,
    DsrAction,
    Entry,
    Erasure,
    ExchangeClosed,
    ExchangeOpened,
    KeyRotation,
    KillSwitchFlip,
    canonical_bytes,
    from_bytes,
)
from audit.erasure import erase_subject, prune_details, scrub
from audit.errors import AppendError, AuditError, FormatError, ProofError
from audit.export import iter_entries, write_export
from audit.log import AuditLog, Receipt
from audit.note import Checkpoint, Signer, Verifier, origin_for
from audit.schema import create_schema
from audit.tlogproof import TlogProof
from audit.verify import VerifyReport, verify_log

__all__ = [
    "AppendError",
    "AuditError",
    "AuditLog",
    "Checkpoint",
    "CheckpointSink",
    "Checkpointer",
    "ConfigChange",
    "ConsentEvent",
    "ConsoleEvent",
    "DsrAction",
    "Entry",
    "Erasure",
    "ExchangeClosed",
    "ExchangeOpened",
    "FileSink",
    "FormatError",
    "KeyRotation",
    "KillSwitchFlip",
    "ProofError",
    "Receipt",
    "Signer",
    "TlogProof",
    "Verifier",
    "VerifyReport",
    "WebhookSink",
    "canonical_bytes",
    "create_schema",
    "erase_subject",
    "from_bytes",
    "iter_entries",
    "latest_checkpoint",
    "origin_for",
    "prove_entry",
    "prune_details",
    "read_checkpoints",
    "scrub",
    "sign_checkpoint",
    "verify_log",
    "write_export",
]
