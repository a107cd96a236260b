"""The vault: stable, encrypted, expiring, erasable placeholder mappings shared by instances."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from governance.storage import create_engine
from redaction.errors import RedactionError
from redaction.vault import VAULT_TABLE, Vault, VaultError, VaultIntegrityError

KEY = bytes(range(32))
CANARY = "Zéphyrine Canarybird"
CANARY_EMAIL = "zephyrine.canary@example.org"


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_vault(database_url: str, clock: FakeClock) -> Iterator[Callable[..., Vault]]:
    """A vault on its own engine (a separate 'instance') over the test's database."""
    engines: list[sa.Engine] = []

    def make(key: bytes = KEY, ttl: timedelta = timedelta(hours=1)) -> Vault:
        engine = create_engine(database_url)
        engines.append(engine)
        vault = Vault(engine, key, ttl=ttl, clock=clock)
        vault.create_schema()
        return vault

    yield make
    for engine in engines:
        engine.dispose()


def raw_rows(vault: Vault) -> list[sa.Row[tuple[object, ...]]]:
    with vault._engine.connect() as conn:
        return list(conn.execute(sa.select(VAULT_TABLE)))


def test_same_value_keeps_its_placeholder_across_turns_and_instances(
    make_vault: Callable[..., Vault],
) -> None:
    first, second = make_vault(), make_vault()
    turn1 = first.assign("conv-1", "subj-a", [("PERSON", CANARY), ("EMAIL_ADDRESS", CANARY_EMAIL)])
    turn2 = second.assign("conv-1", "subj-a", [("EMAIL_ADDRESS", CANARY_EMAIL),
                                               ("PERSON", "Alice Martin"), ("PERSON", CANARY)])
    assert turn1 == ["<PERSON_1>", "<EMAIL_ADDRESS_1>"]
    assert turn2 == ["<EMAIL_ADDRESS_1>", "<PERSON_2>", "<PERSON_1>"]
    assert first.mapping("conv-1") == {
        "<PERSON_1>": CANARY, "<PERSON_2>": "Alice Martin", "<EMAIL_ADDRESS_1>": CANARY_EMAIL,
    }


@pytest.mark.parametrize(
    ("entity_type", "stored", "variant"),
    [
        ("PERSON", "Jean Dupont", "  jean   DUPONT "),
        ("PERSON", "Jean Dupont", "Jean\nDupont"),
        ("EMAIL_ADDRESS", "Jean.Dupont@Example.org", "jean.dupont@example.org"),
        ("PHONE_NUMBER", "06 12 34 56 78", "06.12.34.56.78"),
        ("FR_NIR", "1 84 12 75 123 456 78", "184127512345678"),
    ],
)
def test_spelling_variants_of_a_value_share_its_placeholder(
    make_vault: Callable[..., Vault], entity_type: str, stored: str, variant: str
) -> None:
    vault = make_vault()
    (placeholder,) = vault.assign("conv", "subj", [(entity_type, stored)])
    assert vault.assign("conv", "subj", [(entity_type, variant)]) == [placeholder]
    assert vault.find("conv", entity_type, variant) == placeholder
    assert vault.lookup("conv", placeholder) == stored  # the first spelling is restored


def test_same_value_with_another_type_is_another_entity(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    assert vault.assign("conv", "s", [("PERSON", "Paris"), ("LOCATION", "Paris")]) == [
        "<PERSON_1>", "<LOCATION_1>"]


def test_conversations_have_independent_mappings(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    assert vault.assign("conv-a", "s", [("PERSON", CANARY)]) == ["<PERSON_1>"]
    assert vault.assign("conv-b", "s", [("PERSON", "Alice Martin")]) == ["<PERSON_1>"]
    assert vault.lookup("conv-a", "<PERSON_1>") == CANARY
    assert vault.lookup("conv-b", "<PERSON_1>") == "Alice Martin"
    assert vault.find("conv-b", "PERSON", CANARY) is None
    rows = {row.conversation_id: row.value_index for row in raw_rows(vault)}
    assert vault.assign("conv-b", "s", [("PERSON", CANARY)]) == ["<PERSON_2>"]
    new_index = next(r.value_index for r in raw_rows(vault)
                     if r.conversation_id == "conv-b" and r.placeholder == "<PERSON_2>")
    assert new_index != rows["conv-a"]  # the same value is not linkable across conversations


def test_vault_rows_hold_ciphertext_only(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    vault.assign("conv", "subj", [("PERSON", CANARY), ("EMAIL_ADDRESS", CANARY_EMAIL)])
    rows = raw_rows(vault)
    assert len(rows) == 2
    dump = repr([tuple(row) for row in rows]).encode()
    for canary in (CANARY, CANARY_EMAIL, "Canarybird", "canary@"):
        for form in (canary.encode(), canary.lower().encode(), canary.encode("utf-16-le")):
            assert form not in dump
        for row in rows:
            blob = bytes(row.ciphertext) + bytes(row.value_index)
            assert canary.encode() not in blob
            assert hashlib.sha256(canary.encode()).digest() not in blob
    assert len({bytes(row.ciphertext)[1:13] for row in rows}) == 2  # a fresh nonce per row


def test_a_row_moved_to_another_slot_fails_authentication(
    make_vault: Callable[..., Vault],
) -> None:
    vault = make_vault()
    vault.assign("conv", "s", [("PERSON", CANARY), ("PERSON", "Alice Martin")])
    ciphertexts = {row.placeholder: row.ciphertext for row in raw_rows(vault)}
    with vault._engine.begin() as conn:
        conn.execute(sa.update(VAULT_TABLE).where(VAULT_TABLE.c.placeholder == "<PERSON_2>")
                     .values(ciphertext=ciphertexts["<PERSON_1>"]))
    with pytest.raises(VaultIntegrityError) as caught:
        vault.mapping("conv")
    assert CANARY not in str(caught.value)
    assert isinstance(caught.value, RedactionError)


def test_another_key_cannot_read_the_vault(make_vault: Callable[..., Vault]) -> None:
    make_vault().assign("conv", "s", [("PERSON", CANARY)])
    with pytest.raises(VaultIntegrityError):
        make_vault(key=b"\x07" * 32).lookup("conv", "<PERSON_1>")


def test_mapping_expires_after_the_ttl_since_last_use(
    make_vault: Callable[..., Vault], clock: FakeClock
) -> None:
    vault = make_vault(ttl=timedelta(minutes=30))
    vault.assign("old", "s", [("PERSON", CANARY)])
    vault.assign("active", "s", [("PERSON", "Alice Martin")])
    clock.advance(timedelta(minutes=20))
    vault.assign("active", "s", [("PERSON", "Alice Martin")])  # use extends the expiry
    clock.advance(timedelta(minutes=11))
    assert vault.lookup("old", "<PERSON_1>") is None  # invisible before the purge
    assert vault.mapping("old") == {}
    assert vault.lookup("active", "<PERSON_1>") == "Alice Martin"
    assert vault.purge_expired() == 1
    assert {row.conversation_id for row in raw_rows(vault)} == {"active"}
    clock.advance(timedelta(minutes=30))
    assert vault.purge_expired() == 1
    assert raw_rows(vault) == []


def test_expired_values_are_assigned_afresh(
    make_vault: Callable[..., Vault], clock: FakeClock
) -> None:
    vault = make_vault(ttl=timedelta(minutes=5))
    vault.assign("conv", "s", [("PERSON", CANARY), ("PERSON", "Alice Martin")])
    clock.advance(timedelta(minutes=6))
    assert vault.assign("conv", "s", [("PERSON", "Alice Martin")]) == ["<PERSON_1>"]
    assert vault.mapping("conv") == {"<PERSON_1>": "Alice Martin"}


def test_erase_subject_removes_only_that_subjects_rows(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    vault.assign("conv-1", "subj-a", [("PERSON", CANARY)])
    vault.assign("conv-2", "subj-a", [("EMAIL_ADDRESS", CANARY_EMAIL)])
    vault.assign("conv-3", "subj-b", [("PERSON", "Alice Martin")])
    assert vault.erase_subject("subj-a") == 2
    assert vault.mapping("conv-1") == {}
    assert vault.mapping("conv-2") == {}
    assert vault.mapping("conv-3") == {"<PERSON_1>": "Alice Martin"}


def test_erase_conversation_removes_its_whole_mapping(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    vault.assign("conv-1", "s", [("PERSON", CANARY), ("EMAIL_ADDRESS", CANARY_EMAIL)])
    vault.assign("conv-2", "s", [("PERSON", "Alice Martin")])
    assert vault.erase_conversation("conv-1") == 2
    assert vault.mapping("conv-1") == {}
    assert vault.mapping("conv-2") == {"<PERSON_1>": "Alice Martin"}


def test_concurrent_instances_never_give_two_values_one_placeholder(
    make_vault: Callable[..., Vault],
) -> None:
    vaults = [make_vault(), make_vault()]
    shared = [("PERSON", f"Shared Person {i}") for i in range(4)]
    own = [[("PERSON", f"Worker{w} Person {i}") for i in range(6)] for w in range(2)]
    barrier = threading.Barrier(2)
    results: list[dict[str, str]] = [{}, {}]
    errors: list[BaseException] = []

    def work(w: int) -> None:
        try:
            barrier.wait()
            for i in range(6):
                batch = [own[w][i], shared[i % 4]]
                for (_, value), ph in zip(batch, vaults[w].assign("conv", "s", batch),
                                          strict=True):
                    results[w][value] = ph
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    merged: dict[str, str] = {}
    for result in results:
        for value, ph in result.items():
            assert merged.setdefault(value, ph) == ph  # one value, one placeholder
    assert len(set(merged.values())) == len(merged)  # two values never share one
    assert vaults[0].mapping("conv") == {ph: value for value, ph in merged.items()}


def test_create_schema_is_idempotent(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    vault.assign("conv", "s", [("PERSON", CANARY)])
    vault.create_schema()
    assert vault.lookup("conv", "<PERSON_1>") == CANARY


def test_database_failure_raises_vault_error_without_values(
    make_vault: Callable[..., Vault],
) -> None:
    vault = make_vault()
    with vault._engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE redaction_vault"))
    with pytest.raises(VaultError) as caught:
        vault.assign("conv-secret-id", "subject-secret", [("PERSON", CANARY)])
    for secret in (CANARY, "conv-secret-id", "subject-secret"):
        assert secret not in str(caught.value)
    with pytest.raises(VaultError):
        vault.mapping("conv")


@pytest.mark.parametrize(
    ("key", "ttl"),
    [(b"short", timedelta(hours=1)), (KEY, timedelta(0)), (KEY, timedelta(seconds=-1))],
)
def test_bad_key_or_ttl_is_refused_at_construction(key: bytes, ttl: timedelta) -> None:
    with pytest.raises(ValueError, match="vault"):
        Vault(sa.create_engine("sqlite://"), key, ttl=ttl)


@pytest.mark.parametrize("entity_type", ["person", "EMAIL-ADDRESS", "", "A B"])
def test_entity_type_that_cannot_name_a_placeholder_is_refused(
    make_vault: Callable[..., Vault], entity_type: str
) -> None:
    with pytest.raises(ValueError, match="entity type"):
        make_vault().assign("conv", "s", [(entity_type, CANARY)])


def test_placeholder_taken_by_another_instance_meanwhile_is_retried(
    make_vault: Callable[..., Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    """B reads the mapping, A commits <PERSON_1> for another value, then B inserts: B retries."""
    first, second = make_vault(), make_vault()
    original = second._encrypt
    interleaved: list[str] = []

    def encrypt_after_other_instance(conversation_id: str, placeholder: str, value: str) -> bytes:
        if not interleaved:
            interleaved.extend(first.assign("conv", "s", [("PERSON", "Alice Martin")]))
        return original(conversation_id, placeholder, value)

    monkeypatch.setattr(second, "_encrypt", encrypt_after_other_instance)
    assert second.assign("conv", "s", [("PERSON", CANARY)]) == ["<PERSON_2>"]
    assert interleaved == ["<PERSON_1>"]
    assert first.mapping("conv") == {"<PERSON_1>": "Alice Martin", "<PERSON_2>": CANARY}
