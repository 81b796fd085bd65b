"""What the complaint screens refuse, with a message in the user's language and nothing saved:
missing or bad intake fields, a file that is not an image or PDF, and a clerk closing a major
complaint they do not own (docs/domain.md §7)."""

from __future__ import annotations

import re
from pathlib import Path

from complaints_steps import (  # noqa: F401 (desk_fixture, desk_zh_fixture give the desks)
    MANAGER,
    Desk,
    accept_directly,
    desk_fixture,
    desk_zh_fixture,
    fill_intake,
    press_ok,
    press_save,
)

from counter_app.context import Services
from counter_app.domain.enums import ComplaintStatus, MilestoneKind, Satisfaction, Severity
from counter_app.services.complaints.dto import ComplaintScope, ContactMethod
from counter_app.services.demo import DEMO_PASSWORD


def _count(services: Services) -> int:
    return len(services.complaints.list(ComplaintScope.ALL, limit=1000).rows)


def _shown_errors(dialog: object) -> dict[str, str]:
    errors = dialog.errors  # type: ignore[attr-defined]
    return {name: label.text() for name, label in errors.items() if label.isVisibleTo(dialog)}


def test_intake_refuses_missing_fields_and_a_bad_phone(desk: Desk) -> None:
    page, services = desk.page()
    before = _count(services)
    dialog = page.new_complaint()
    dialog.responsible.setText("营业厅")
    assert not dialog.save()
    shown = _shown_errors(dialog)
    for field in ("complainant_name", "contact_phone", "content"):
        assert shown.get(field), (field, shown)
    assert dialog.isVisible()
    assert dialog.accepted_complaint is None

    fill_intake(dialog, phone="1380013800x")
    assert not dialog.save()
    shown = _shown_errors(dialog)
    assert set(shown) == {"contact_phone"}, shown
    assert "phone" in shown["contact_phone"].lower() or "digit" in shown["contact_phone"].lower()
    assert _count(services) == before

    # Leaving the field says so at once; a right number clears it.
    dialog.phone.setText("12")
    dialog.phone.editingFinished.emit()
    assert dialog.errors["contact_phone"].isVisibleTo(dialog)
    dialog.phone.setText("0571-88886666")
    dialog.phone.textEdited.emit(dialog.phone.text())
    assert not dialog.errors["contact_phone"].isVisibleTo(dialog)


def test_a_file_that_is_no_image_or_pdf_is_refused(desk: Desk) -> None:
    page, services = desk.page()
    before = _count(services)
    disguised = desk.tmp_path / "现场照片.jpg"  # the name says photo; the content is text
    disguised.write_text("这不是照片", encoding="utf-8")
    photo = desk.tmp_path / "meter.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    dialog = page.new_complaint()
    assert not dialog.add_file(disguised)
    message = dialog.errors["attachments"].text()
    assert message
    assert dialog.errors["attachments"].isVisibleTo(dialog)
    assert "现场照片.jpg" in message
    assert dialog.uploads == []
    assert dialog.attachments.count() == 0
    assert dialog.add_file(photo)
    assert not dialog.errors["attachments"].isVisibleTo(dialog)
    assert dialog.attachments.count() == 1
    assert _count(services) == before

    # Saved, the photo is kept with the complaint and opens from its detail.
    fill_intake(dialog)
    opened: list[Path] = []

    def open_path(path: Path) -> bool:
        opened.append(path)
        return True

    desk.monkeypatch.setattr("counter_app.views.complaints.detail_view.open_path", open_path)
    assert dialog.save()
    view = page.detail
    assert view.attachments_model.rowCount() == 1
    path = view.open_attachment()
    assert path is not None
    assert opened == [path]
    assert path.read_bytes() == photo.read_bytes()
    # Kept in the database: a colleague at another counter of the hall opens the same file.
    colleague = desk.ctx.services_for(desk.ctx.auth.sign_in("G1002", DEMO_PASSWORD, 3))
    kept = colleague.complaints.attachment(view.attachments_model.rows[0].attachment_id)
    assert (kept.info.filename, kept.data) == ("meter.png", photo.read_bytes())
    # Later files are checked the same way by the service.
    assert not view.add_attachment(disguised)
    assert view.message.isVisibleTo(view)
    assert view.attachments_model.rowCount() == 1
    scan = desk.tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert view.add_attachment(scan)
    assert view.attachments_model.rowCount() == 2
    assert view.tabs.tabText(5) == "Attachments (2)"


def _through_to_callback(manager: Services, complaint_id: int) -> None:
    for kind in MilestoneKind:
        manager.complaints.record_milestone(complaint_id, kind, "已处理")
    now = manager.clock.now()
    manager.complaints.record_feedback(
        complaint_id,
        resolution="已更换燃气表",
        feedback_at=now,
        feedback_method=ContactMethod.PHONE,
    )
    manager.complaints.record_callback(
        complaint_id, callback_at=now, satisfaction=Satisfaction.SATISFIED
    )


def test_a_clerk_cannot_close_a_major_complaint_they_do_not_own(desk: Desk) -> None:
    page, clerk = desk.page()
    major = accept_directly(clerk, severity=Severity.MAJOR)
    assert major.row.owner_id != clerk.actor.user_id  # a major complaint is the manager's
    manager = desk.ctx.services_for(desk.ctx.auth.sign_in(MANAGER, DEMO_PASSWORD, 2))
    _through_to_callback(manager, major.row.complaint_id)

    assert page.open_complaint(major.row.complaint_id)
    view = page.detail
    assert not view.close_button.isEnabled()
    dialog = view.steps.close_complaint()  # the service refuses even when asked directly
    assert dialog is not None
    assert not press_ok(dialog)
    assert dialog.isVisible()
    assert major.row.owner_name in dialog.error.text()
    assert major.row.number in dialog.error.text()
    after = clerk.complaints.get(major.row.complaint_id)
    assert after.row.status is ComplaintStatus.RESOLVED
    assert after.closed_at is None


def test_a_chinese_counter_is_refused_in_chinese(desk_zh: Desk) -> None:
    page, clerk = desk_zh.page()
    before = _count(clerk)
    dialog = page.new_complaint()
    dialog.responsible.setText("营业厅")
    # The form offers no time after it opened; a future time that gets through all the same
    # (the workstation's clock set back since) is the service's to refuse.
    dialog.received_at.setMaximumDateTime(dialog.received_at.dateTime().addDays(2))
    dialog.received_at.setDateTime(dialog.received_at.dateTime().addDays(1))  # tomorrow
    assert not press_save(dialog)
    shown = _shown_errors(dialog)
    assert shown["complainant_name"] == "姓名不能为空"
    assert shown["content"] == "请填写投诉内容。"
    assert shown["received_at"] == "受理时间不能晚于现在。"
    assert shown["contact_phone"]
    disguised = desk_zh.tmp_path / "现场照片.jpg"
    disguised.write_text("这不是照片", encoding="utf-8")
    assert not dialog.add_file(disguised)
    assert dialog.errors["attachments"].text() == (
        "文件“现场照片.jpg”不是照片或 PDF，只能添加图片或 PDF 附件。"
    )
    for text in (*_shown_errors(dialog).values(), dialog.errors["attachments"].text()):
        words = text.replace("现场照片.jpg", "").replace("PDF", "")
        assert not re.search("[A-Za-z]{3,}", words), text  # no English
    assert _count(clerk) == before

    # A clerk closing a major complaint the manager owns: told so in Chinese, nothing saved.
    major = accept_directly(clerk, severity=Severity.MAJOR, phone="13957106666")
    manager = desk_zh.ctx.services_for(desk_zh.ctx.auth.sign_in(MANAGER, DEMO_PASSWORD, 2))
    _through_to_callback(manager, major.row.complaint_id)
    assert page.open_complaint(major.row.complaint_id)
    close = page.detail.steps.close_complaint()
    assert close is not None
    assert not press_ok(close)
    assert close.error.text() == (
        f"投诉 {major.row.number} 由{major.row.owner_name}负责：只有负责人或值班长可以办理此操作。"
    )
    after = clerk.complaints.get(major.row.complaint_id)
    assert after.row.status is ComplaintStatus.RESOLVED
    assert after.closed_at is None
