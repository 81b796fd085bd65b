"""The command line is no back door (docs/domain.md §11): a command that changes data asks
for the credentials of a user with that right, the first administrator of an empty database
excepted, and each command run or refused is audited with the user, the OS user and the host;
verify-audit prints the chain's head and checks anchors."""

from __future__ import annotations

import getpass
import io
import socket
from pathlib import Path

import pytest
from payment_workers import new_account, open_desk
from sqlalchemy import func, select, text
from tampering import keyed, tampering

from counter_app.__main__ import main
from counter_app.db.engine import Database
from counter_app.db.models import AuditEntry, User
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import Role
from counter_app.services.audit_key import ENV_AUDIT_KEY
from counter_app.services.auth import create_user

ADMIN_PASSWORD = "Admin#Pass2026"
CLERK_PASSWORD = "Clerk#Pass2026"
NEW_PASSWORD = "Temp#Pass2026"


def run(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = ""
) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--db", db.url, "--data-dir", str(tmp_path / "data"), *args])


def add_x9999(*credentials: str) -> list[str]:
    return ["user", "add", "X9999", "--name", "新 管理员", "--role", "admin", *credentials]


@pytest.fixture
def staffed(db: Database, clock: FixedClock) -> Database:
    with db.write() as s:
        for no, role, password in (
            ("S0001", Role.ADMIN, ADMIN_PASSWORD),
            ("G0001", Role.CLERK, CLERK_PASSWORD),
        ):
            if role is Role.CLERK:
                from counter_app.db.models import Hall

                s.add(
                    Hall(
                        code="H01",
                        name="东城营业厅",
                        address="东城区1号",
                        hotline="96777",
                        active=True,
                    )
                )
                s.flush()
            create_user(
                s,
                employee_no=no,
                name="某人",
                role=role,
                password=password,
                hall_code="H01" if role is Role.CLERK else None,
                at_clock=clock,
            )
    return db


def users(db: Database) -> set[str]:
    with db.read() as s:
        return set(s.execute(select(User.employee_no)).scalars())


def cli_entries(db: Database) -> list[AuditEntry]:
    with db.read() as s:
        return list(
            s.execute(
                select(AuditEntry).where(AuditEntry.entity == "cli").order_by(AuditEntry.id)
            ).scalars()
        )


def test_user_add_without_credentials_is_refused_once_there_are_users(
    staffed: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        run(
            staffed,
            tmp_path,
            monkeypatch,
            *add_x9999("--password-stdin"),
            stdin=f"{NEW_PASSWORD}\n",
        )
        == 1
    )
    assert "--user" in capsys.readouterr().err
    assert "X9999" not in users(staffed)


@pytest.mark.parametrize(
    ("signer", "password"),
    [("G0001", CLERK_PASSWORD), ("S0001", "wrong password")],
    ids=["clerk", "wrong-password"],
)
def test_user_add_is_refused_to_a_clerk_and_to_a_wrong_password_and_audited(
    staffed: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signer: str, password: str
) -> None:
    code = run(
        staffed, tmp_path, monkeypatch, *add_x9999("--user", signer, "--password-stdin"),
        stdin=f"{password}\n{NEW_PASSWORD}\n",
    )  # fmt: skip
    assert code == 1
    assert "X9999" not in users(staffed)
    [entry] = cli_entries(staffed)
    assert entry.action == "refused"
    assert entry.user_id is None
    assert entry.after["employee_no"] == signer
    assert entry.after["refused"] in ("permission_denied", "auth_failed")
    assert entry.after["host"] == socket.gethostname()
    assert password not in str(entry.after)


def test_an_administrator_adds_a_user_and_both_entries_name_them(
    staffed: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = run(
        staffed, tmp_path, monkeypatch, *add_x9999("--user", "S0001", "--password-stdin"),
        stdin=f"{ADMIN_PASSWORD}\n{NEW_PASSWORD}\n",
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert "X9999" in users(staffed)
    with staffed.read() as s:
        admin_id = s.execute(select(User.id).where(User.employee_no == "S0001")).scalar_one()
        created = s.execute(
            select(AuditEntry)
            .where(AuditEntry.entity == "user", AuditEntry.action == "create")
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).scalar_one()
        everything = " ".join(str(e.after) for e in s.execute(select(AuditEntry)).scalars())
    assert created.user_id == admin_id
    [command] = cli_entries(staffed)
    assert (command.action, command.entity_id, command.user_id) == ("command", "user add", admin_id)
    assert command.after["os_user"] == getpass.getuser()
    assert command.after["host"] == socket.gethostname()
    assert ADMIN_PASSWORD not in everything
    assert NEW_PASSWORD not in everything


def test_the_first_administrator_of_an_empty_database_needs_no_credentials(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clerk = [
        "user",
        "add",
        "G0002",
        "--name",
        "某人",
        "--role",
        "clerk",
        "--hall",
        "H01",
        "--password-stdin",
    ]
    assert run(db, tmp_path, monkeypatch, *clerk, stdin=f"{NEW_PASSWORD}\n") == 1
    assert (
        run(db, tmp_path, monkeypatch, *add_x9999("--password-stdin"), stdin=f"{NEW_PASSWORD}\n")
        == 0
    )
    assert users(db) == {"X9999"}
    [command] = cli_entries(db)
    assert (command.action, command.user_id) == ("command", None)
    assert command.after["employee_no"] == "X9999"
    assert command.after["os_user"] == getpass.getuser()
    # The next one is no bootstrap any more.
    assert (
        run(db, tmp_path, monkeypatch, *add_x9999("--password-stdin"), stdin=f"{NEW_PASSWORD}\n")
        == 1
    )


def test_verify_audit_prints_the_head_and_catches_a_cut_off_trail_and_a_changed_payment(
    db: Database,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    key = keyed(db)
    monkeypatch.setenv(ENV_AUDIT_KEY, key.secret.hex())
    desk = open_desk(db, clock)
    account_id, _ = new_account(db)
    paid = desk.pay(account_id, "25.00")
    desk.pay(account_id, "5.00")
    assert run(db, tmp_path, monkeypatch, "verify-audit") == 0
    out = capsys.readouterr().out
    head = next(line for line in out.splitlines() if line.startswith("Head")).split()[-1]
    assert "Audit trail intact" in out
    assert run(db, tmp_path, monkeypatch, "verify-audit", "--anchor", head) == 0
    assert run(db, tmp_path, monkeypatch, "verify-audit", "--anchor", "12:nothex") == 2
    seq = int(head.split(":")[0])
    with tampering(db) as conn:
        conn.execute(text("DELETE FROM audit_entries WHERE id = :i"), {"i": seq})
    capsys.readouterr()
    assert (
        run(db, tmp_path, monkeypatch, "verify-audit", "--anchor", head[: len(str(seq)) + 17]) == 1
    )
    err = capsys.readouterr().err
    assert f"audit trail broken at entry id {seq}" in err
    with tampering(db) as conn:
        conn.execute(
            text("UPDATE payments SET amount = amount + 100 WHERE id = :p"), {"p": paid.payment_id}
        )
    assert run(db, tmp_path, monkeypatch, "verify-audit") == 1
    assert f"payment {paid.receipt_no} (id {paid.payment_id}): amount" in capsys.readouterr().err


def test_a_counter_with_another_audit_key_refuses_to_open_the_database(
    db: Database,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    keyed(db)
    with db.write() as s:
        from counter_app.services import audit

        audit.record(s, at=clock.now(), user_id=None, counter_id=None, action="x", entity="y")
    assert run(db, tmp_path, monkeypatch, "verify-audit") == 1
    assert "not the one the audit trail is keyed with" in capsys.readouterr().err
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == 2
