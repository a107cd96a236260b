"""What the pages show: entry detail and proof (no pseudonym for compliance), verify now,
checkpoint download, the DPO's history, bundle, erasure, charts, admin actions."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from typing import Any

import pytest
from starlette.testclient import TestClient

from audit import TlogProof
from consent import load_public_key, verify
from tests.console.conftest import ALICE, PREFIX, USERS, ConsoleEnv, csrf_of, login, pseudonymise


def _post(client: TestClient, path: str, **data: str) -> Any:
    return client.post(PREFIX + path, data={"csrf": client.csrf, **data})  # type: ignore[attr-defined]


@pytest.mark.parametrize(("role", "shows_pseudonym"), [("compliance", False), ("admin", True)])
def test_entry_detail_hides_the_subject_from_compliance(
        as_role: Callable[[str], TestClient], env: ConsoleEnv, role: str,
        shows_pseudonym: bool) -> None:
    response = as_role(role).get(f"{PREFIX}/audit/entries/0")  # entry 0 is Alice's
    assert response.status_code == 200
    assert (pseudonymise(ALICE) in response.text) is shows_pseudonym
    assert ("(hidden for this role)" in response.text) is not shows_pseudonym
    assert "Verified: this entry is in the log" in response.text
    views = [f for k, f in env.events if k == "view"]
    assert bool(views) is shows_pseudonym


def test_the_proof_download_verifies_offline(as_role: Callable[[str], TestClient],
                                             env: ConsoleEnv) -> None:
    response = as_role("compliance").get(f"{PREFIX}/audit/entries/7/proof")
    assert response.status_code == 200
    assert "entry-7.tlog-proof" in response.headers["content-disposition"]
    proof = TlogProof.decode(response.text)
    checkpoint = proof.verify(env.log.verifier)
    assert proof.index == 7
    assert checkpoint.size == env.log.size()
    assert as_role("compliance").get(f"{PREFIX}/audit/entries/9999").status_code == 404


def test_verify_now_runs_in_the_background_and_reports(as_role: Callable[[str], TestClient],
                                                       env: ConsoleEnv) -> None:
    client = as_role("compliance")
    assert client.get(f"{PREFIX}/api/verify").json()["state"] == "idle"
    response = _post(client, "/audit/verify")
    assert response.status_code == 303
    console = env.app.routes[0].app.state.console  # type: ignore[attr-defined]
    console.verify_job.join(30)
    job = client.get(f"{PREFIX}/api/verify").json()
    assert job["state"] == "done"
    assert job["percent"] == 100
    assert job["report"]["ok"] is True
    assert job["report"]["size"] == env.log.size()
    page = client.get(f"{PREFIX}/audit/status")
    assert "entries verified" in page.text


def test_the_latest_checkpoint_downloads_after_one_is_signed(
        as_role: Callable[[str], TestClient], env: ConsoleEnv) -> None:
    client = as_role("compliance")
    assert client.get(f"{PREFIX}/audit/checkpoint").status_code == 404
    client.get(f"{PREFIX}/audit/entries/3")  # proving signs a checkpoint covering the entry
    response = client.get(f"{PREFIX}/audit/checkpoint")
    assert response.status_code == 200
    assert response.text.startswith(f"console.test/audit\n{env.log.size()}\n")


def test_dpo_sees_history_and_receipts_of_the_typed_subject(
        as_role: Callable[[str], TestClient], env: ConsoleEnv) -> None:
    client = as_role("dpo")
    response = _post(client, "/dpo/subject", subject=ALICE)
    assert response.status_code == 200
    text = response.text
    assert "Consent history (4 events)" in text
    assert "withdraw" in text
    assert "refuse" in text
    assert text.count("Receipt ") == 4
    rid = text.split("/dpo/receipts/", 1)[1].split('"', 1)[0]
    receipt = client.get(f"{PREFIX}/dpo/receipts/{rid}")
    assert receipt.status_code == 200
    verify(receipt.content, load_public_key(env.service.public_key_pem()))


def test_the_export_bundle_holds_the_files_and_a_signed_manifest(
        as_role: Callable[[str], TestClient], env: ConsoleEnv) -> None:
    response = _post(as_role("dpo"), "/dpo/export", subject=ALICE)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = set(archive.namelist())
    assert names == {"consent_records.json", "consent_records.csv", "consent_records.html",
                     "audit_details.json", "manifest.json"}
    manifest = verify(archive.read("manifest.json"),
                      load_public_key(env.service.public_key_pem()), name="manifest")
    for item in manifest["files"]:
        assert hashlib.sha256(archive.read(item["name"])).hexdigest() == item["sha256"]
    records = json.loads(archive.read("consent_records.json"))
    assert records["subject"] == pseudonymise(ALICE)
    assert len(records["events"]) == 4
    details = json.loads(archive.read("audit_details.json"))
    assert details["details"][0]["details"] == {"channel": "chat-ui"}
    assert ("export", {"actor": next(u.user_id for u in env.accounts.list_users()
                                     if u.name == USERS["dpo"]),
                       "role": "dpo", "scope": "subject-bundle",
                       "subject": pseudonymise(ALICE)}) in env.events


def test_erasure_needs_the_confirmation_step(as_role: Callable[[str], TestClient],
                                             env: ConsoleEnv) -> None:
    client = as_role("dpo")
    ask = _post(client, "/dpo/erase", subject=ALICE)
    assert ask.status_code == 200
    assert "I confirm the erasure" in ask.text
    assert env.log.subject_details(pseudonymise(ALICE))  # nothing erased yet
    refused = _post(client, "/dpo/erase/confirm", subject=ALICE)
    assert refused.status_code == 422
    assert env.log.subject_details(pseudonymise(ALICE))
    done = _post(client, "/dpo/erase/confirm", subject=ALICE, confirm="erase")
    assert done.status_code == 200
    assert "was erased" in done.text
    assert env.log.subject_details(pseudonymise(ALICE)) == []
    assert [k for k, _ in env.events].count("erasure") == 1
    kinds = [r.kind for r in env.service.requests(pseudonymise(ALICE))]
    assert "erasure" in kinds


def test_a_lead_supplied_erase_callable_gets_the_typed_id(
        make_env: Callable[..., ConsoleEnv], tmp_path: object) -> None:
    erased: list[str] = []
    env = make_env(f"sqlite:///{tmp_path}/e.db", erase=erased.append)
    client = env.client()
    login(client, USERS["dpo"])
    client.csrf = csrf_of(client.get(f"{PREFIX}/dpo").text)  # type: ignore[attr-defined]
    _post(client, "/dpo/erase/confirm", subject=BOB_ID, confirm="erase")
    assert erased == [BOB_ID]


BOB_ID = "bob.durand@example.com"


def test_charts_have_data_tables_and_no_subjects(as_role: Callable[[str], TestClient]) -> None:
    response = as_role("compliance").get(f"{PREFIX}/charts")
    text = response.text
    assert response.status_code == 200
    for chart_id in ("exchanges", "entities", "consent", "handoffs"):
        assert f'id="{chart_id}-table"' in text
        assert f'id="{chart_id}-canvas"' in text
    assert "harassment" in text
    assert "sick-leave" in text
    assert "PERSON" in text
    assert "assistant @" in text
    assert "pseud:" not in text
    assert ALICE not in text


def test_admin_adds_unlocks_and_removes_users(as_role: Callable[[str], TestClient],
                                              env: ConsoleEnv) -> None:
    client = as_role("admin")
    assert _post(client, "/admin/users/add", name="nina", role="dpo",
                 password="another-long-password").status_code == 303
    assert _post(client, "/admin/users/add", name="short", role="dpo",
                 password="short").status_code == 422
    assert login(env.client(), "nina", "another-long-password").status_code == 303
    assert _post(client, "/admin/users/change", name="nina", action="remove").status_code == 303
    assert "nina" not in {u.name for u in env.accounts.list_users()}
    assert [f["action"] for k, f in env.events if k == "user-admin"] == ["add", "remove"]


def test_admin_flips_the_kill_switch(make_env: Callable[..., ConsoleEnv],
                                     tmp_path: object) -> None:
    flips: list[tuple[str, bool, str, str]] = []

    class Switch:
        def set(self, scope: str, on: bool, actor: str, reason: str) -> None:
            flips.append((scope, on, actor, reason))

        def state(self) -> dict[str, Any]:
            return {}

    env = make_env(f"sqlite:///{tmp_path}/k.db", seeded=False, killswitch=Switch())
    client = env.client()
    login(client, USERS["admin"])
    client.csrf = csrf_of(client.get(f"{PREFIX}/admin/killswitch").text)  # type: ignore[attr-defined]
    assert _post(client, "/admin/killswitch", scope="global", on="on",
                 reason="incident").status_code == 303
    assert flips
    assert flips[0][:2] == ("global", True)
    assert flips[0][2].startswith("u-")
