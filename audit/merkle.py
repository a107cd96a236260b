"""RFC 6962 / RFC 9162 Merkle tree arithmetic: hashing, proof shapes and proof verifiers.

Pure functions on bytes and integers. A tree is addressed by *perfect subtrees*
``(level, index)`` covering leaves ``[index << level, (index + 1) << level)``; every subtree
hash a proof needs is a fold of at most ``log2(n)`` of them, which is why the store keeps
exactly those nodes and nothing else.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from audit.errors import ProofError

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()

Node = tuple[int, int]
"""A perfect subtree: ``(level, index)``."""

Range = tuple[int, int]
"""A leaf range ``[start, end)`` whose hash is MTH(D[start:end])."""


def hash_leaf(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def hash_children(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two strictly smaller than ``n`` (n > 1)."""
    return 1 << ((n - 1).bit_length() - 1)


def range_nodes(start: int, end: int) -> list[Node]:
    """The perfect subtrees, left to right, whose right fold is MTH(D[start:end]).

    ``start`` must be aligned as in RFC 6962's recursion (always true for proof ranges).
    """
    nodes: list[Node] = []
    while start < end:
        level = (end - start).bit_length() - 1
        nodes.append((level, start >> level))
        start += 1 << level
    return nodes


def fold(hashes: Sequence[bytes]) -> bytes:
    """Combine left-to-right perfect subtree hashes into the hash of their union."""
    if not hashes:
        return EMPTY_ROOT
    acc = hashes[-1]
    for left in reversed(hashes[:-1]):
        acc = hash_children(left, acc)
    return acc


def inclusion_ranges(index: int, size: int) -> list[Range]:
    """The subtrees of RFC 9162 PATH(index, D[0:size]), in proof order (bottom-up)."""
    if not 0 <= index < size:
        raise ProofError(f"index {index} is outside a tree of size {size}")
    out: list[Range] = []
    start, end = 0, size
    while end - start > 1:
        k = _split(end - start)
        if index < start + k:
            out.append((start + k, end))
            end = start + k
        else:
            out.append((start, start + k))
            start += k
    out.reverse()
    return out


def consistency_ranges(size1: int, size2: int) -> list[Range]:
    """The subtrees of RFC 9162 PROOF(size1, D[0:size2]) for 0 < size1 < size2."""
    if not 0 < size1 < size2:
        raise ProofError(f"no consistency proof from size {size1} to size {size2}")
    out: list[Range] = []
    start, end, m, whole = 0, size2, size1, True
    while m != end - start:
        k = _split(end - start)
        if m <= k:
            out.append((start + k, end))
            end = start + k
        else:
            out.append((start, start + k))
            start, m, whole = start + k, m - k, False
    if not whole:
        out.append((start, end))
    out.reverse()
    return out


def push_leaf(frontier: list[bytes], size: int, leaf: bytes) -> list[tuple[int, int, bytes]]:
    """Append ``leaf`` as leaf number ``size``: update ``frontier`` in place.

    ``frontier`` holds the hashes of ``range_nodes(0, size)``. Returns the nodes completed by
    this leaf, ``(level, index, hash)``, the leaf itself first; amortised two per leaf.
    """
    made = [(0, size, leaf)]
    acc, level, index = leaf, 0, size
    while index & 1:
        acc = hash_children(frontier.pop(), acc)
        level, index = level + 1, index >> 1
        made.append((level, index, acc))
    frontier.append(acc)
    return made


def _check(hashes: Sequence[bytes], what: str) -> None:
    for h in hashes:
        if len(h) != HASH_SIZE:
            raise ProofError(f"{what} holds a hash of {len(h)} bytes, expected {HASH_SIZE}")


def root_from_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes]) -> bytes:
    """RFC 9162 section 2.1.3.2: the root implied by an inclusion proof."""
    if not 0 <= index < size:
        raise ProofError(f"index {index} is outside a tree of size {size}")
    _check([leaf, *proof], "inclusion proof")
    fn, sn, acc = index, size - 1, leaf
    for sibling in proof:
        if sn == 0:
            raise ProofError("inclusion proof is too long")
        if fn & 1 or fn == sn:
            acc = hash_children(sibling, acc)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            acc = hash_children(acc, sibling)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ProofError("inclusion proof is too short")
    return acc


def verify_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes],
                     root: bytes) -> None:
    """Raise ``ProofError`` unless ``leaf`` is at ``index`` in the tree of ``size`` and ``root``."""
    if root_from_inclusion(index, size, leaf, proof) != root:
        raise ProofError(f"inclusion proof for index {index} does not lead to the root")


def verify_consistency(size1: int, size2: int, proof: Sequence[bytes], root1: bytes,
                       root2: bytes) -> None:
    """RFC 9162 section 2.1.4.2. A proof from the empty tree is refused as meaningless."""
    if size1 == 0:
        raise ProofError("consistency with the empty tree proves nothing")
    if size2 < size1:
        raise ProofError(f"size2 {size2} is smaller than size1 {size1}")
    if size1 == size2:
        if proof:
            raise ProofError("equal sizes need an empty consistency proof")
        if root1 != root2:
            raise ProofError(f"two different roots for the same size {size1}")
        return
    if not proof:
        raise ProofError("empty consistency proof")
    _check(proof, "consistency proof")
    path = list(proof)
    if size1 & (size1 - 1) == 0:
        path.insert(0, root1)
    fn, sn = size1 - 1, size2 - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise ProofError("consistency proof is too long")
        if fn & 1 or fn == sn:
            fr, sr = hash_children(c, fr), hash_children(c, sr)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = hash_children(sr, c)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ProofError("consistency proof is too short")
    if fr != root1:
        raise ProofError(f"consistency proof does not lead to the root at size {size1}")
    if sr != root2:
        raise ProofError(f"consistency proof does not lead to the root at size {size2}")
