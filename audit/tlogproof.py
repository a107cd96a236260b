"""C2SP ``tlog-proof@v1``: an offline-verifiable proof that an entry is in the log.

    c2sp.org/tlog-proof@v1
    extra <base64 of the canonical entry bytes whose leaf hash is logged>
    index <decimal>
    <base64 inclusion proof hash>      (zero or more lines)
    <blank line>
    <the signed checkpoint, verbatim>

Any RFC 6962 / C2SP implementation can check it: leaf = SHA-256(0x00 || extra).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from audit import merkle
from audit.errors import FormatError
from audit.note import Checkpoint, Verifier

HEADER = "c2sp.org/tlog-proof@v1"


@dataclass(frozen=True, slots=True)
class TlogProof:
    extra: bytes
    index: int
    proof: tuple[bytes, ...]
    checkpoint: str

    def encode(self) -> str:
        lines = [HEADER, f"extra {base64.b64encode(self.extra).decode()}", f"index {self.index}"]
        lines += [base64.b64encode(h).decode() for h in self.proof]
        return "\n".join(lines) + "\n\n" + self.checkpoint

    @classmethod
    def decode(cls, text: str) -> TlogProof:
        head, sep, checkpoint = text.partition("\n\n")
        lines = head.split("\n")
        if not sep or lines[0] != HEADER:
            raise FormatError(f"not a {HEADER} file")
        extra = b""
        rest = lines[1:]
        try:
            if rest and rest[0].startswith("extra "):
                extra = base64.b64decode(rest[0][6:], validate=True)
                rest = rest[1:]
            if not rest or not rest[0].startswith("index ") or not rest[0][6:].isdigit():
                raise FormatError("tlog-proof has no index line")
            index = int(rest[0][6:])
            proof = tuple(base64.b64decode(h, validate=True) for h in rest[1:])
        except binascii.Error as exc:
            raise FormatError("tlog-proof holds a line that is not base64") from exc
        return cls(extra, index, proof, checkpoint)

    def verify(self, verifier: Verifier, *, origin: str | None = None) -> Checkpoint:
        """Check the checkpoint signature, then the inclusion of ``extra`` at ``index``.

        Returns the verified checkpoint; raises ``ProofError`` or ``FormatError``.
        """
        checkpoint = Checkpoint.open(self.checkpoint, verifier, origin=origin)
        merkle.verify_inclusion(self.index, checkpoint.size, merkle.hash_leaf(self.extra),
                                self.proof, checkpoint.root)
        return checkpoint
