"""``counter-app backup`` and ``counter-app restore`` (docs/domain.md §11): an administrator's
credentials or nothing, each run audited with the user, the OS user and the host; the restore
recorded in the restored trail."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import pytest
from sqlalchemy import select

from counter_app.__main__ import main
from counter_app.db.engine import Database
from counter_app.db.models import AuditEntry
from counter_app.services.demo import DEMO_PASSWORD


def run(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = ""
) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--db", db.url, "--data-dir", str(tmp_path / "data"), *args])


def entries(db: Database, entity: str) -> list[AuditEntry]:
    with db.read() as s:
        return list(
            s.execute(
                select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
            ).scalars()
        )


def test_backup_and_restore_need_an_administrator(
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "hall.cbak"
    with pytest.raises(SystemExit):  # no --user at all
        run(demo_db, tmp_path, monkeypatch, "backup", "--out", str(out))
    for who, password in (("G1001", DEMO_PASSWORD), ("M1001", DEMO_PASSWORD), ("S0001", "x")):
        code = run(
            demo_db,
            tmp_path,
            monkeypatch,
            "backup",
            "--out",
            str(out),
            "--user",
            who,
            "--password-stdin",
            stdin=password + "\n",
        )
        assert code == 1
        assert not out.exists()
    refused = [e for e in entries(demo_db, "cli") if e.action == "refused"]
    assert [e.after["employee_no"] for e in refused] == ["G1001", "M1001", "S0001"]
    assert capsys.readouterr().err.count("counter-app: error:") == 3

    code = run(
        demo_db,
        tmp_path,
        monkeypatch,
        "restore",
        str(out),
        "--user",
        "G1001",
        "--password-stdin",
        stdin=DEMO_PASSWORD + "\n",
    )
    assert code == 1


def test_an_administrator_backs_up_and_restores_and_both_are_audited(
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "hall.cbak"
    admin = ("--user", "S0001", "--password-stdin")
    assert (
        run(
            demo_db,
            tmp_path,
            monkeypatch,
            "backup",
            "--out",
            str(out),
            *admin,
            stdin=DEMO_PASSWORD + "\n",
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "proved by a test restore" in printed
    assert "keep as an anchor" in printed
    assert out.exists()
    made = entries(demo_db, "database")[-1]
    assert made.action == "backup"
    assert made.after["employee_no"] == "S0001"
    assert made.after["host"] == socket.gethostname()

    assert (
        run(demo_db, tmp_path, monkeypatch, "restore", str(out), *admin, stdin=DEMO_PASSWORD + "\n")
        == 0
    )
    assert "Restored from" in capsys.readouterr().out
    restored = [e for e in entries(demo_db, "database") if e.action in {"backup", "restore"}]
    # The backup's own entry came after the file was made: the restored trail has only the
    # restore, by the administrator, from this host.
    assert [e.action for e in restored] == ["restore"]
    assert restored[0].after["employee_no"] == "S0001"
    assert restored[0].after["host"] == socket.gethostname()
    assert restored[0].user_id is not None
    assert run(demo_db, tmp_path, monkeypatch, "verify-audit") == 0


def test_restore_check_proves_an_off_site_copy_and_changes_nothing(
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "hall.cbak"
    admin = ("--user", "S0001", "--password-stdin")
    password = DEMO_PASSWORD + "\n"
    assert (
        run(demo_db, tmp_path, monkeypatch, "backup", "--out", str(out), *admin, stdin=password)
        == 0
    )
    capsys.readouterr()
    before = len(entries(demo_db, "customer")) + len(entries(demo_db, "database"))

    code = run(
        demo_db, tmp_path, monkeypatch, "restore", str(out), "--check", *admin, stdin=password
    )
    assert code == 0
    assert "nothing was changed" in capsys.readouterr().out
    checked = entries(demo_db, "database")[-1]
    assert checked.action == "verify_backup"
    assert len(entries(demo_db, "customer")) + len(entries(demo_db, "database")) == before + 1

    short = tmp_path / "short.cbak"
    short.write_bytes(out.read_bytes()[:-10])
    code = run(
        demo_db, tmp_path, monkeypatch, "restore", str(short), "--check", *admin, stdin=password
    )
    assert code == 1
    assert "short.cbak 不完整" in capsys.readouterr().err  # the default language: Chinese
