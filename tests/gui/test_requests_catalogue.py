"""The service catalogue kept by the administrator through the real screens: a free type is
edited and a new one added (the fee typed as 0.00), each change audited; only requests accepted
afterwards follow the edit, and a type taken out of use is no longer offered at intake."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from modal_dialogs import when_shown
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from requests_steps import accept_request, debtor_account, requests_page, window_for
from sqlalchemy import select

from counter_app.context import AppContext
from counter_app.db.models import AuditEntry
from counter_app.domain.enums import UtilityKind
from counter_app.views.admin.admin_page import AdminPage
from counter_app.views.admin.catalogue_page import CataloguePage, ServiceTypeDialog


def _catalogue(window) -> CataloguePage:  # type: ignore[no-untyped-def]
    window.show_area("admin")
    page = window.page("admin")
    assert isinstance(page, AdminPage)
    return page.catalogue


def _select(page: CataloguePage, code: str) -> None:
    row = page.model.find_row(lambda t: t.code == code and t.utility_kind is UtilityKind.GAS)
    assert row >= 0, code
    page.table.selectRow(row)
    assert page.selected() is not None


def save_or_give_up(dialog: ServiceTypeDialog) -> None:
    """Save; a form the service refused stays open, so close it for the test to go on."""
    dialog.save_button.click()
    if dialog.isVisible():
        refusal = dialog.error.text()
        dialog.reject()
        dialog.setProperty("refusal", refusal)


def _audit(ctx: AppContext, type_id: int) -> list[tuple[str, dict | None, dict | None]]:
    with ctx.db.read() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.before, AuditEntry.after)
            .where(AuditEntry.entity == "service_type", AuditEntry.entity_id == str(type_id))
            .order_by(AuditEntry.id)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_an_administrator_keeps_the_catalogue_and_only_new_requests_follow(
    qtbot: QtBot,
    ctx: AppContext,
    zh: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clerk_window, clerk = window_for(qtbot, ctx, tmp_path, monkeypatch)
    account_id, _ = debtor_account(ctx)
    before = accept_request(clerk, account_id, "REPAIR", description="灶具打不着火")
    admin_window, _admin = window_for(qtbot, ctx, tmp_path, monkeypatch, employee_no="S0001")
    page = _catalogue(admin_window)

    # A free type (报修, ¥0.00, 4 hours) edited: 6 hours; its fee stays as shown, 0.00.
    _select(page, "REPAIR")
    repair = page.selected()
    assert repair is not None
    assert repair.sla_amount == 4
    seen: list[ServiceTypeDialog] = []

    def six_hours(dialog: ServiceTypeDialog) -> None:
        seen.append(dialog)
        assert dialog.fee.text() == "0.00"
        dialog.sla.setValue(6)
        save_or_give_up(dialog)

    when_shown(ServiceTypeDialog, six_hours)
    page.edit_type()
    assert seen
    assert seen[0].property("refusal") is None, seen[0].property("refusal")
    assert seen[0].result() == ServiceTypeDialog.DialogCode.Accepted
    assert "REPAIR" in page.message.text()
    assert "新受理" in page.message.text()  # said in Chinese: new requests use it
    assert _audit(ctx, repair.id)[-1] == ("update", {"sla_amount": 4}, {"sla_amount": 6})

    # Only requests accepted afterwards follow the edit.
    after = accept_request(clerk, account_id, "REPAIR", description="热水器不出热水")
    assert after.summary.deadline_at == after.summary.accepted_at + timedelta(hours=6)
    again = clerk.requests.get(before.summary.id)
    assert again.summary.deadline_at == before.summary.deadline_at
    assert again.summary.deadline_at == before.summary.accepted_at + timedelta(hours=4)

    # A new free type, its fee left at the form's 0.00, is offered at intake at once.
    def alarm(dialog: ServiceTypeDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(UtilityKind.GAS))
        dialog.code.setText("ALARM")
        dialog.name.setText("报警器安装")
        dialog.documents.setPlainText("身份证原件")
        dialog.site_work.setChecked(True)
        save_or_give_up(dialog)

    when_shown(ServiceTypeDialog, alarm)
    page.add_type()
    _select(page, "ALARM")
    added = page.selected()
    assert added is not None, page.message.text()
    assert (added.name, str(added.fee), added.required_documents) == (
        "报警器安装",
        "0.00",
        ("身份证原件",),
    )
    assert _audit(ctx, added.id)[0][0] == "create"
    requests = requests_page(clerk_window)
    dialog = requests.new_request(account_id)
    assert dialog is not None
    assert dialog.choose_type("ALARM")
    dialog.reject()

    # Taken out of use: no longer offered; the change is audited.
    page.toggle_button.click()
    QApplication.processEvents()
    assert _audit(ctx, added.id)[-1] == ("update", {"active": True}, {"active": False})
    dialog = requests.new_request(account_id)
    assert dialog is not None
    assert not dialog.choose_type("ALARM")
    assert dialog.choose_type("REPAIR")
    dialog.reject()
