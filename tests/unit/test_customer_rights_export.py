"""The copy of a customer's personal data (docs/domain.md §11): a PDF whose text holds every
personal field in full and a JSON file that reads back to the same, both written whole into
the chosen folder, the PDF entered in the print register with its hash, the request audited;
from the service and from ``counter-app customer export``."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from request_cases import Counter, open_counter
from rights_cases import EMERGENCY, HOME, ID_NUMBER, NAME, PHONE, served
from sqlalchemy import select

from counter_app.db.engine import Database
from counter_app.db.models import AuditEntry, PrintedDocument
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import DocumentType
from counter_app.services.customer_rights import CustomerRightsService
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.reports_dto import ExportFailed


@pytest.fixture
def hall(db: Database, clock: FixedClock) -> Counter:
    return open_counter(db, clock)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_copy_holds_every_personal_field_in_full_in_the_pdf_and_the_json(
    hall: Counter, tmp_path: Path
) -> None:
    story = served(hall)
    rights = CustomerRightsService(hall.db, hall.clock, hall.manager)

    files = rights.export_files(story.customer_id, "客户到柜台申请个人信息副本", tmp_path)

    assert (files.pdf_path.parent, files.json_path.parent) == (tmp_path, tmp_path)
    pdf = files.pdf_path.read_bytes()
    words = pdf_text(pdf).replace(" ", "")
    for value in (NAME, ID_NUMBER, PHONE, EMERGENCY[1], story.account_number, files.number):
        assert value in words, value
    for heading in ("个人信息副本", "户主记录", "资料变更记录", "投诉", "联系记录"):
        assert heading in words, heading

    copy = json.loads(files.json_path.read_text(encoding="utf-8"))
    assert copy["format"] == "counter.personal_data/1"
    assert copy["number"] == files.number
    person = copy["customer"]
    assert (person["name"], person["id_number"], person["phone"]) == (NAME, ID_NUMBER, PHONE)
    assert person["emergency_contact"] == f"{EMERGENCY[0]} {EMERGENCY[1]}"
    assert (person["address"], person["id_type"]) == (HOME, "resident_id")
    assert [a["number"] for a in copy["accounts"]] == [story.account_number]
    assert copy["accounts"][0]["held_now"] is True
    assert [o["account_number"] for o in copy["ownership_history"]] == [story.account_number]
    # The record's history with its values in full, as the customer gave them.
    created = copy["change_history"][0]
    assert created["action"] == "create"
    assert (created["after"]["name"], created["after"]["phone"]) == (NAME, PHONE)
    assert [c["complainant_name"] for c in copy["complaints"]] == [NAME]
    assert len(copy["service_requests"]) == 1  # the opening
    assert ID_NUMBER in copy["contacts"][0]["note"]

    with hall.db.read() as s:
        entry = s.execute(
            select(PrintedDocument).where(
                PrintedDocument.doc_type == DocumentType.PERSONAL_DATA_EXPORT
            )
        ).scalar_one()
        assert entry.doc_number == files.number
        assert entry.content_hash == hashlib.sha256(pdf).hexdigest()
        # Saved for the customer, not printed (nor failed): the counter prints it if asked.
        assert (entry.printed, entry.pdf_path) == (False, None)
        assert entry.user_id == hall.manager.user_id
        assert files.issued.doc_id == entry.id
        asked = s.execute(select(AuditEntry).where(AuditEntry.action == "export")).scalar_one()
        assert asked.entity_id == str(story.customer_id)
        assert asked.after == {"number": files.number, "reason": "客户到柜台申请个人信息副本"}


def test_a_folder_that_cannot_be_written_says_so_and_leaves_no_file(
    hall: Counter, tmp_path: Path
) -> None:
    story = served(hall)
    rights = CustomerRightsService(hall.db, hall.clock, hall.manager)
    missing = tmp_path / "no such folder"
    with pytest.raises(ExportFailed) as failed:
        rights.export_files(story.customer_id, "客户申请副本", missing)
    assert failed.value.code == "export.not_writable"
    assert not missing.exists()


def test_the_command_line_writes_the_copy_for_a_manager_and_refuses_a_clerk(
    hall: Counter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from counter_app import cli_customers
    from counter_app.__main__ import build_parser

    story = served(hall)

    def run(user: str, folder: Path) -> int:
        args = build_parser().parse_args(
            [
                "customer",
                "export",
                story.account_number,
                "--out",
                str(folder),
                "--reason",
                "客户书面申请个人信息副本",
                "--user",
                user,
                "--password-stdin",
            ]
        )
        monkeypatch.setattr("sys.stdin", io.StringIO(DEMO_PASSWORD + "\n"))
        monkeypatch.setattr(cli_customers, "SystemClock", lambda: hall.clock)
        return cli_customers.run_customer(args, hall.db)

    refused = tmp_path / "clerk"
    refused.mkdir()
    assert run("G1001", refused) == 1
    assert list(refused.iterdir()) == []
    assert "counter-app: error:" in capsys.readouterr().err

    written = tmp_path / "manager"
    written.mkdir()
    assert run("M1001", written) == 0
    names = sorted(p.suffix for p in written.iterdir())
    assert names == [".json", ".pdf"]
    out = capsys.readouterr().out
    assert out.count("Written: ") == 2
    with hall.db.read() as s:
        commands = s.execute(
            select(AuditEntry.action, AuditEntry.after)
            .where(AuditEntry.entity == "cli")
            .order_by(AuditEntry.id)
        ).all()
    assert [(a, after["employee_no"]) for a, after in commands][-2:] == [
        ("refused", "G1001"),
        ("command", "M1001"),
    ]
