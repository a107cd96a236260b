"""The exception tree of the audit log.

    AuditError
    ├── AppendError        an entry could not be committed: the caller must fail closed (503)
    ├── ProofError         an inclusion/consistency proof, note or checkpoint does not verify
    └── FormatError        a checkpoint, note, verifier key or proof file is malformed

Messages carry indices, sizes and kinds only, never entry content or personal data.
"""

from __future__ import annotations


class AuditError(Exception):
    """Root of every error raised by the audit package."""


class AppendError(AuditError):
    """The entry was not durably appended; the governed exchange must be refused."""


class ProofError(AuditError):
    """A proof, signature or root did not verify."""


class FormatError(AuditError, ValueError):
    """A checkpoint, signed note, verifier key or proof file is malformed."""
