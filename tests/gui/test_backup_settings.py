"""The backup settings on the administrator's settings page, and what the day close says of
its backup (docs/domain.md §11): made and proved with its path and audit head, or FAILED in
red with the reason while the day stays closed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_reports_day_close import reports_page, services_of

from counter_app.context import AppContext
from counter_app.views.admin.settings_page import SettingsPage
from counter_app.views.printing import DocumentPrinter
from counter_app.views.timefmt import hall_today


@pytest.fixture
def printer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DocumentPrinter:
    printer = DocumentPrinter(tmp_path / "documents")
    monkeypatch.setattr(printer, "default_printer", lambda: None)
    return printer


def test_the_administrator_sets_the_backup_folders_and_retention(
    qtbot: QtBot, ctx: AppContext, en: QApplication, tmp_path: Path
) -> None:
    admin = services_of(ctx, "S0001")
    page = SettingsPage(admin.settings)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    assert page.fields["backups.keep_daily"].text() == "30"
    assert page.fields["backups.keep_monthly"].text() == "12"
    folder = page.folder_fields["backups.folder"]
    offsite = page.folder_fields["backups.offsite_folder"]
    assert folder.text() == ""
    assert offsite.text() == ""

    folder.setText(str(tmp_path / "nightly"))
    offsite.setText("share/backups")  # not a full path
    page.save()
    assert "full path" in page.message.text()
    assert admin.settings.get("backups.folder") == ""  # nothing saved while one is wrong

    offsite.setText(str(tmp_path / "share"))
    page.fields["backups.keep_daily"].setText("45")
    page.save()
    message = page.message.text()
    assert "Saved" in message
    assert "Backup folder" in message
    assert "Off-site copy folder" in message
    assert admin.settings.get("backups.folder") == str(tmp_path / "nightly")
    assert admin.settings.get("backups.offsite_folder") == str(tmp_path / "share")
    assert admin.settings.get("backups.keep_daily") == 45
    qtbot.wait(20)
    page.grab().save(str(tmp_path / "backup-settings.png"))


def test_the_day_close_reports_its_backup_or_its_failure(
    qtbot: QtBot,
    ctx: AppContext,
    en: QApplication,
    printer: DocumentPrinter,
    tmp_path: Path,
) -> None:
    admin = services_of(ctx, "S0001")
    admin.settings.set("backups.offsite_folder", str(tmp_path / "share"))
    page = reports_page(qtbot, ctx, printer, tmp_path)
    view = page.day_close
    assert view is not None
    page.tabs.setCurrentWidget(view)

    result = view.close_day(hall_today(ctx.clock))
    assert result is not None
    text = view.message.text()
    assert "closed" in text
    assert result.backup is not None
    assert result.backup.ok
    made = result.backup.result
    assert made is not None
    assert "proved by a test restore" in text
    assert made.path in text
    assert made.audit_head is not None
    assert made.audit_head in text
    assert f"Off-site copy: {made.offsite_path}" in text
    assert "b00020" not in view.message.styleSheet()
    qtbot.wait(20)
    view.grab().save(str(tmp_path / "day-close-backup.png"))

    # The next day the backup folder is a file: the day closes, the backup fails, in red.
    blocker = tmp_path / "blocked"
    blocker.write_text("not a folder")
    admin.settings.set("backups.folder", str(blocker))
    ctx.clock.advance(days=1)  # type: ignore[attr-defined]
    failed = view.close_day(hall_today(ctx.clock))
    assert failed is not None
    assert failed.backup is not None
    assert not failed.backup.ok
    text = view.message.text()
    assert "closed" in text
    assert "backup FAILED" in text
    assert str(blocker) in text
    assert "b00020" in view.message.styleSheet()
    day = view.chosen_day()
    assert day is not None
    qtbot.wait(20)
    view.grab().save(str(tmp_path / "day-close-backup-failed.png"))


def test_the_close_and_its_backup_run_off_the_screen_s_thread(
    qtbot: QtBot,
    ctx: AppContext,
    en: QApplication,
    printer: DocumentPrinter,
    tmp_path: Path,
    threaded_loads: None,
) -> None:
    page = reports_page(qtbot, ctx, printer, tmp_path)
    view = page.day_close
    assert view is not None
    page.tabs.setCurrentWidget(view)

    assert view.close_day(hall_today(ctx.clock)) is None  # not yet: it runs on a worker
    assert "backing up" in view.message.text()
    assert not view.close_button.isEnabled()
    view.refresh()  # the list read again meanwhile: still one close at a time
    assert not view.close_button.isEnabled()
    qtbot.waitUntil(lambda: view.last_close is not None, timeout=20000)
    assert view.last_close is not None
    assert view.last_close.backup is not None
    assert view.last_close.backup.ok
    assert "proved by a test restore" in view.message.text()
