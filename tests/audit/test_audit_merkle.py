"""RFC 6962 proofs: every transparency-dev vector (including each wantErr), known roots and
hypothesis properties on random trees."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit import merkle
from audit.errors import ProofError

VECTORS = Path("/work/shared/testdata/rfc6962")
if not VECTORS.exists():  # the copy next to the repository, wherever it is checked out
    VECTORS = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "rfc6962"


def _load(kind: str) -> list[Any]:
    files = sorted((VECTORS / kind).rglob("*.json"))
    return [pytest.param(json.loads(f.read_text()), id=str(f.relative_to(VECTORS)))
            for f in files]


def _b(value: str | None) -> bytes:
    return base64.b64decode(value) if value else b""


INCLUSION = _load("inclusion")
CONSISTENCY = _load("consistency")


def test_every_vector_folder_is_loaded() -> None:
    assert len(INCLUSION) + len(CONSISTENCY) == len(list(VECTORS.rglob("*.json")))
    assert len(INCLUSION) > 50
    assert len(CONSISTENCY) > 50
    assert any(p.values[0]["wantErr"] for p in INCLUSION + CONSISTENCY)


@pytest.mark.parametrize("case", INCLUSION)
def test_inclusion_vector(case: dict[str, Any]) -> None:
    proof = [_b(p) for p in case["proof"] or []]
    def check() -> None:
        merkle.verify_inclusion(case["leafIdx"], case["treeSize"], _b(case["leafHash"]), proof,
                                _b(case["root"]))

    if case["wantErr"]:
        with pytest.raises(ProofError):
            check()
    else:
        check()


@pytest.mark.parametrize("case", CONSISTENCY)
def test_consistency_vector(case: dict[str, Any]) -> None:
    proof = [_b(p) for p in case["proof"] or []]
    def check() -> None:
        merkle.verify_consistency(case["size1"], case["size2"], proof, _b(case["root1"]),
                                  _b(case["root2"]))

    if case["wantErr"]:
        with pytest.raises(ProofError):
            check()
    else:
        check()


LEAVES = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657",
          "606162636465666768696a6b6c6d6e6f"]
ROOTS = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]


@pytest.mark.parametrize("n", range(9))
def test_frontier_gives_the_known_root(n: int) -> None:
    frontier: list[bytes] = []
    for i, leaf in enumerate(LEAVES[:n]):
        merkle.push_leaf(frontier, i, merkle.hash_leaf(bytes.fromhex(leaf)))
    assert merkle.fold(frontier).hex() == ROOTS[n]


# -- properties on random trees ---------------------------------------------------------------

def _mth(leaves: list[bytes]) -> bytes:
    """RFC 6962 section 2.1, literally (the reference the fast code is checked against)."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return merkle.hash_leaf(leaves[0])
    k = 1 << ((len(leaves) - 1).bit_length() - 1)
    return merkle.hash_children(_mth(leaves[:k]), _mth(leaves[k:]))


class _Tree:
    """Stored perfect subtrees, as the SQL store keeps them."""

    def __init__(self, data: list[bytes]) -> None:
        self.data = data
        self.nodes: dict[tuple[int, int], bytes] = {}
        frontier: list[bytes] = []
        for i, d in enumerate(data):
            for level, idx, h in merkle.push_leaf(frontier, i, merkle.hash_leaf(d)):
                self.nodes[(level, idx)] = h
        self.root = merkle.fold(frontier)

    def hashes(self, ranges: list[merkle.Range]) -> list[bytes]:
        return [merkle.fold([self.nodes[n] for n in merkle.range_nodes(a, b)]) for a, b in ranges]


trees = st.lists(st.binary(max_size=8), min_size=1, max_size=70)


@settings(max_examples=150, deadline=None)
@given(trees)
def test_stored_subtrees_give_the_reference_root(data: list[bytes]) -> None:
    assert _Tree(data).root == _mth(data)


@settings(max_examples=150, deadline=None)
@given(trees, st.data())
def test_inclusion_proof_verifies_and_a_flipped_bit_fails(data: list[bytes],
                                                          draw: st.DataObject) -> None:
    size = draw.draw(st.integers(1, len(data)))
    index = draw.draw(st.integers(0, size - 1))
    tree = _Tree(data)
    root = _mth(data[:size])
    proof = tree.hashes(merkle.inclusion_ranges(index, size))
    leaf = merkle.hash_leaf(data[index])
    merkle.verify_inclusion(index, size, leaf, proof, root)
    assert len(proof) <= max(1, size - 1).bit_length()
    if proof:
        which = draw.draw(st.integers(0, len(proof) - 1))
        bad = list(proof)
        bad[which] = bytes([bad[which][0] ^ 1]) + bad[which][1:]
        with pytest.raises(ProofError):
            merkle.verify_inclusion(index, size, leaf, bad, root)
    with pytest.raises(ProofError):
        merkle.verify_inclusion(index, size, merkle.hash_leaf(data[index] + b"x"), proof, root)


@settings(max_examples=150, deadline=None)
@given(trees, st.data())
def test_consistency_proof_verifies_and_a_changed_root_fails(data: list[bytes],
                                                             draw: st.DataObject) -> None:
    size2 = draw.draw(st.integers(1, len(data)))
    size1 = draw.draw(st.integers(1, size2))
    tree = _Tree(data)
    root1, root2 = _mth(data[:size1]), _mth(data[:size2])
    proof = [] if size1 == size2 else tree.hashes(merkle.consistency_ranges(size1, size2))
    merkle.verify_consistency(size1, size2, proof, root1, root2)
    forked = _mth([*data[: size1 - 1], data[size1 - 1] + b"fork"])
    with pytest.raises(ProofError):
        merkle.verify_consistency(size1, size2, proof, forked, root2)
