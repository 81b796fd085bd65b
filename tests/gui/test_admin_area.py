"""The Administration area and first-run setup, driven through the real widgets.

* the setup wizard on an empty database, ending at the sign-in with the new administrator;
* ``counter-app setup --config FILE`` and then ``counter-app`` starting at the sign-in,
  without demo data, after the new PC chose its counter;
* an administrator adds a clerk with a temporary password; the clerk must choose their own at
  the first sign-in and can then take a payment;
* a clerk or manager has no Administration area, by menu or shortcut.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from modal_dialogs import when_shown
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app import __main__ as cli
from counter_app.config import load_config, read_workstation
from counter_app.context import AppContext, build_context
from counter_app.db.models import Account, Bill
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import BillingMode, BillStatus, Role
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views import app as app_module
from counter_app.views.admin.admin_page import AdminPage
from counter_app.views.admin.users_page import UserDialog
from counter_app.views.counter_choice import CounterChoiceDialog
from counter_app.views.login import LoginDialog
from counter_app.views.main_window import MainWindow
from counter_app.views.pages import build_pages
from counter_app.views.password_dialog import ChangePasswordDialog
from counter_app.views.payments.payment_page import PaymentPage
from counter_app.views.setup_wizard import PAGE_ADMIN, PAGE_COMPANY, PAGE_HALL, SetupWizard

ROOT = Path(__file__).resolve().parents[2]
ADMIN_PASSWORD = "Jiangnan-2026"


def _admin_page(ctx: AppContext) -> AdminPage:
    services = ctx.services_for(ctx.auth.sign_in("S0001", DEMO_PASSWORD))
    page = build_pages(services, ctx.config)["admin"]()
    assert isinstance(page, AdminPage)
    return page


def _fill_wizard(qtbot: QtBot, wizard: SetupWizard) -> None:
    """Type a company into the wizard page by page and press 设置 on the last page."""
    wizard.show()
    wizard.next()
    assert wizard.currentId() == PAGE_COMPANY
    wizard.company.setText("江南燃气有限公司")
    wizard.next()
    assert wizard.currentId() == PAGE_HALL
    qtbot.keyClicks(wizard.hall.code, "H01")
    wizard.hall.name.setText("城南营业厅")
    wizard.hall.address.setText("上城区解放路100号")
    qtbot.keyClicks(wizard.hall.hotline, "0571-96777")
    wizard.counters.setValue(3)
    wizard.next()
    assert wizard.tariff_tabs.count() == 2  # 居民 and 非居民, gas prices filled in
    wizard.next()
    assert wizard.currentId() == PAGE_ADMIN
    qtbot.keyClicks(wizard.admin_no, "S0001")
    wizard.admin_name.setText("钱志强")
    qtbot.keyClicks(wizard.admin_password, ADMIN_PASSWORD)
    qtbot.keyClicks(wizard.admin_repeat, ADMIN_PASSWORD)
    wizard.this_counter.setCurrentIndex(1)


def test_setup_wizard_on_an_empty_database_ends_at_the_sign_in(
    qtbot: QtBot, tmp_path: Path, zh: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = load_config(tmp_path / "data", None, "zh_CN")
    seen: dict[str, object] = {}

    def run_wizard(wizard: SetupWizard) -> int:
        _fill_wizard(qtbot, wizard)
        # A refusal brings the wizard back to the page it is about: a hall code that is
        # no code.
        wizard.hall.code.setText("1")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert wizard.currentId() == PAGE_HALL
        assert "营业厅代码" in wizard.page(PAGE_HALL).error.text()  # type: ignore[attr-defined]
        wizard.hall.code.setText("H01")
        wizard.next()
        wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        seen["finished"] = wizard.result()
        return int(wizard.result())

    def sign_in(login: LoginDialog) -> int:
        seen["employee_no"] = login.employee_no.text()
        seen["demo_hint"] = login.hint.isVisibleTo(login)
        seen["counter"] = login.counter_label.text()
        qtbot.keyClicks(login.password, ADMIN_PASSWORD)
        login.sign_in_button.click()
        seen["actor"] = login.actor
        return int(QDialog.DialogCode.Rejected)  # stop before the main window

    monkeypatch.setattr(SetupWizard, "exec", run_wizard)
    monkeypatch.setattr(LoginDialog, "exec", sign_in)
    from counter_app.setup_command import context_without_demo

    assert app_module.run_gui(config, context_without_demo) == 0
    assert seen["finished"] == QDialog.DialogCode.Accepted
    assert seen["employee_no"] == "S0001"
    assert seen["demo_hint"] is False
    assert seen["counter"] == "2 号窗口"
    actor = seen["actor"]
    assert actor is not None
    assert actor.role is Role.ADMIN  # type: ignore[attr-defined]
    assert read_workstation(config.data_dir).counter_number == 2


def test_setup_from_a_file_then_the_counter_starts_at_the_sign_in(
    tmp_path: Path,
    zh: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "data"
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    command = ["--data-dir", str(data), "setup", "--config", str(ROOT / "docs/setup-example.toml")]
    assert cli.main([*command, "--password-stdin"]) == 0
    assert "H01" in capsys.readouterr().out
    seen: dict[str, object] = {}

    def choose(dialog: CounterChoiceDialog) -> int:
        seen["choices"] = dialog.counter.count()
        dialog.counter.setCurrentIndex(2)
        return int(QDialog.DialogCode.Accepted)

    def login(dialog: LoginDialog) -> int:
        seen["demo_hint"] = dialog.hint.isVisibleTo(dialog)
        seen["counter"] = dialog.counter_label.text()
        seen["signed_in"] = dialog._auth.sign_in("S0001", ADMIN_PASSWORD).role
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(CounterChoiceDialog, "exec", choose)
    monkeypatch.setattr(LoginDialog, "exec", login)
    assert cli.main(["--data-dir", str(data)]) == 0
    assert seen == {
        "choices": 4,
        "demo_hint": False,
        "counter": "3 号窗口",
        "signed_in": Role.ADMIN,
    }
    assert read_workstation(data).counter_number == 3
    ctx = build_context(load_config(data, None, "zh_CN"), seed_if_empty=False)
    assert not ctx.has_demo_data()
    ctx.db.dispose()


def _debtor(ctx: AppContext) -> int:
    with ctx.db.read() as s:
        return s.execute(
            select(Account.id)
            .join(Bill, Bill.account_id == Account.id)
            .where(
                Account.billing_mode == BillingMode.POSTPAID,
                Account.hall_id == 1,
                Bill.status == BillStatus.UNPAID,
            )
            .order_by(Account.number)
            .limit(1)
        ).scalar_one()


def test_a_new_clerk_changes_the_temporary_password_and_takes_a_payment(
    qtbot: QtBot, ctx: AppContext, en: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _admin_page(ctx)
    qtbot.addWidget(page)
    page.show()

    def add_clerk(dialog: UserDialog) -> None:
        qtbot.keyClicks(dialog.employee_no, "G1009")
        dialog.name.setText("钱多多")
        dialog.hall.setCurrentIndex(dialog.hall.findData("H01"))
        qtbot.keyClicks(dialog.password, "short")
        dialog.save_button.click()
        assert "at least 8" in dialog.error.text()
        dialog.password.setText("Welcome-2026")
        dialog.save_button.click()

    when_shown(UserDialog, add_clerk)
    page.users.findChild(type(page.users.toggle_button), "addUser").click()
    assert "G1009 added" in page.users.message.text()
    row = page.users.model.find_row(lambda r: r.employee_no == "G1009")
    assert page.users.model.rows[row].must_change_password

    def change(dialog: ChangePasswordDialog) -> None:
        qtbot.keyClicks(dialog.old, "Welcome-2026")
        qtbot.keyClicks(dialog.new, "G1009-own")
        qtbot.keyClicks(dialog.repeat, "G1009-own")
        dialog.ok_button.click()
        assert "employee number" in dialog.error.text()
        qtbot.keyClicks(dialog.new, "Qianduoduo-8")
        qtbot.keyClicks(dialog.repeat, "Qianduoduo-8")
        dialog.ok_button.click()

    login = LoginDialog(ctx.auth, 1, language="en")
    qtbot.addWidget(login)
    login.show()
    qtbot.keyClicks(login.employee_no, "G1009")
    qtbot.keyClicks(login.password, "Welcome-2026")
    when_shown(ChangePasswordDialog, change)
    login.sign_in_button.click()
    assert login.actor is not None, login.error.text()
    assert not login.actor.must_change_password
    assert ctx.auth.sign_in("G1009", "Qianduoduo-8", 1).employee_no == "G1009"

    services = ctx.services_for(login.actor)
    services.shifts.open_shift(Decimal("500.00"))
    payments = build_pages(services, ctx.config)["payments"]()
    assert isinstance(payments, PaymentPage)
    qtbot.addWidget(payments)
    payments._ask_rating = False
    payments.show()
    payments.load_account(_debtor(ctx))
    due = Decimal(payments.amount.text())
    qtbot.keyClicks(payments.cash_received, str((due + 100).quantize(Decimal(1))))
    qtbot.mouseClick(payments.confirm_button, Qt.MouseButton.LeftButton)
    assert payments.last_result is not None, payments.error.text()
    assert payments.last_result.receipt_no.startswith("H01-2026-")


@pytest.mark.parametrize("employee_no", ["G1001", "M1001", "A1001"])
def test_only_administrators_have_the_area(
    qtbot: QtBot, ctx: AppContext, en: QApplication, employee_no: str
) -> None:
    services = ctx.services_for(ctx.auth.sign_in(employee_no, DEMO_PASSWORD, 1))
    window = MainWindow(services, services.auth, pages=build_pages(services, ctx.config))
    qtbot.addWidget(window)
    assert window.page("admin") is None
    assert "admin" not in {a.key for a in window.allowed_areas()}
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert QKeySequence("Ctrl+8").toString() not in shortcuts
    window.show_area("admin")
    assert window.current_area() != "admin"
    window.close()


def test_the_administrator_opens_the_area_with_ctrl_8(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    services = ctx.services_for(ctx.auth.sign_in("S0001", DEMO_PASSWORD))
    window = MainWindow(services, services.auth, pages=build_pages(services, ctx.config))
    qtbot.addWidget(window)
    window.show()
    (ctrl_8,) = [a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+8")]
    ctrl_8.trigger()
    assert isinstance(window.page("admin"), AdminPage)
    assert window.current_area() == "admin"
    window.close()


def test_the_wizard_opens_the_demo_company_instead(
    qtbot: QtBot, tmp_path: Path, en: QApplication
) -> None:
    from counter_app.setup_command import context_without_demo

    ctx = context_without_demo(load_config(tmp_path / "data", None, "en"))
    wizard = SetupWizard(ctx.setup)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.demo.setChecked(True)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible()
    assert finish.text() == "&Open the demo"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    finish.click()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.demo_chosen
    assert wizard.admin_employee_no is None
    assert ctx.has_demo_data()
    assert not ctx.setup.needs_setup()
    ctx.db.dispose()


def test_the_pages_refuse_bad_input_and_save_nothing(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    from counter_app.views.admin.calendar_page import OverrideDialog
    from counter_app.views.admin.halls_page import HallDialog
    from counter_app.views.admin.tariffs_page import TariffDialog

    page = _admin_page(ctx)
    qtbot.addWidget(page)
    page.show()
    tariffs_before = page.tariffs.model.rows

    def overlapping(dialog: TariffDialog) -> None:
        dialog.fields.tier_table.table.item(1, 0).setText("250")
        dialog.save_button.click()
        assert "must not overlap" in dialog.error.text()
        dialog.fields.tier_table.table.item(1, 0).setText("300")
        dialog.fields.tier_table.table.item(2, 2).setText("-1")
        dialog.save_button.click()
        assert "must not be negative" in dialog.error.text()
        dialog.reject()

    page.tabs.setCurrentWidget(page.tariffs)
    page.tariffs.table.selectRow(0)
    when_shown(TariffDialog, overlapping)
    page.tariffs.new_change()
    assert page.tariffs.model.rows == tariffs_before

    def duplicate(dialog: HallDialog) -> None:
        dialog.fields.code.setText("h01")
        dialog.fields.name.setText("重复营业厅")
        dialog.fields.address.setText("某路1号")
        dialog.fields.hotline.setText("0571-1234")
        dialog.save_button.click()
        assert "H01 exists already" in dialog.error.text()
        dialog.reject()

    page.tabs.setCurrentWidget(page.halls)
    when_shown(HallDialog, duplicate)
    page.halls.add_hall()
    assert [h.code for h in page.halls.model.rows] == ["H01", "H02"]

    def already_off(dialog: OverrideDialog) -> None:
        dialog.save_button.click()  # 1 October 2026 is National Day in the library
        assert "already a day off" in dialog.error.text()
        dialog.reject()

    page.tabs.setCurrentWidget(page.calendar)
    page.calendar.table.selectRow(page.calendar.model.find_row(lambda d: d.day.month == 10))
    when_shown(OverrideDialog, already_off)
    page.calendar.add_override(False)

    page.tabs.setCurrentWidget(page.users)
    page.users.table.selectRow(page.users.model.find_row(lambda r: r.employee_no == "S0001"))
    page.users.toggle_active()
    assert "cannot disable your own account" in page.users.message.text()


def test_settings_are_saved_within_their_ranges(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    page = _admin_page(ctx)
    qtbot.addWidget(page)
    page.show()
    settings = page.settings
    settings.fields["security.idle_lock_minutes"].setText("0")
    settings.fields["payments.maximum"].setText("80000")
    settings.save_button.click()
    assert "between 1 and 120" in settings.message.text()
    admin = ctx.services_for(ctx.auth.sign_in("S0001", DEMO_PASSWORD)).settings
    assert admin.get("payments.maximum") == "100000.00"  # nothing stored
    settings.fields["security.idle_lock_minutes"].setText("5")
    settings.save_button.click()
    assert "Saved" in settings.message.text()
    assert admin.get("security.idle_lock_minutes") == 5
    assert admin.get("payments.maximum") == "80000.00"
    assert settings.fields["payments.maximum"].text() == "80000.00"


def test_settings_of_one_save_are_stored_together_or_not_at_all(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    page = _admin_page(ctx)
    qtbot.addWidget(page)
    page.show()
    settings = page.settings
    admin = ctx.services_for(ctx.auth.sign_in("S0001", DEMO_PASSWORD)).settings
    settings.fields["security.idle_lock_minutes"].setText("5")
    settings.fields["payments.maximum"].setText("10000")  # below the 50,000.00 threshold
    settings.save_button.click()
    assert settings.message.text().startswith("Largest payment (¥): Cash needing approval")
    assert admin.get("security.idle_lock_minutes") == 10  # nothing of the save is stored
    assert admin.get("payments.maximum") == "100000.00"
    assert settings.fields["security.idle_lock_minutes"].text() == "5"  # what was typed stays
    settings.fields["payments.cash_approval_above"].setText("8000")
    settings.save_button.click()
    assert settings.message.text().startswith("Saved:"), settings.message.text()
    assert admin.get("security.idle_lock_minutes") == 5
    assert admin.get("payments.maximum") == "10000.00"
    assert admin.get("payments.cash_approval_above") == "8000.00"


def test_the_calendar_names_the_library_holidays_in_chinese_and_warns_until_2027_is_done(
    qtbot: QtBot, ctx: AppContext, zh: QApplication
) -> None:
    from datetime import date

    page = _admin_page(ctx)
    qtbot.addWidget(page)
    page.show()
    calendar = page.calendar
    page.tabs.setCurrentWidget(calendar)
    calendar.year.setValue(2026)
    row = calendar.model.find_row(lambda d: d.day == date(2026, 10, 1))
    assert calendar.model.index(row, 4).data() == "国庆节"
    row = calendar.model.find_row(lambda d: d.day == date(2026, 2, 14))
    assert calendar.model.index(row, 4).data() == "春节"
    assert calendar.warning.isVisibleTo(page)
    assert "2027" in calendar.warning.text()
    assert not calendar.confirm_button.isEnabled()  # 2026 is the library's
    calendar.year.setValue(2027)
    assert "节假日库没有 2027 年数据" in calendar.status.text()
    row = calendar.model.find_row(lambda d: d.day == date(2027, 2, 1))
    assert calendar.model.index(row, 4).data() == "春节（演示，待国务院通知）"  # typed as is
    calendar.confirm_button.click()
    assert "2027" in calendar.message.text()
    assert not calendar.warning.isVisibleTo(page)
    assert not calendar.confirm_button.isEnabled()


def _click(page: QWidget, name: str) -> None:
    from PySide6.QtWidgets import QPushButton

    button = page.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isEnabled(), name
    button.click()


def _select(tab: object, keep: object) -> None:
    tab.table.selectRow(tab.model.find_row(keep))  # type: ignore[attr-defined]


def test_every_button_of_the_users_and_halls_tabs_does_what_it_says(
    qtbot: QtBot, ctx: AppContext, en: QApplication, clock: FixedClock
) -> None:
    from datetime import timedelta

    from counter_app.db.models import User
    from counter_app.views.admin.halls_page import CounterDialog, HallDialog
    from counter_app.views.admin.users_page import ResetPasswordDialog

    page = _admin_page(ctx)
    qtbot.addWidget(page)
    page.show()
    users = page.users

    def row(no: str):  # type: ignore[no-untyped-def]
        return users.model.rows[users.model.find_row(lambda r: r.employee_no == no)]

    # Edit: 李娜 moves to the other hall.
    _select(users, lambda r: r.employee_no == "G1002")
    when_shown(
        UserDialog,
        lambda d: (d.hall.setCurrentIndex(d.hall.findData("H02")), d.save_button.click()),
    )
    _click(users, "editUser")
    assert users.message.text() == "User G1002 changed."
    assert row("G1002").hall_code == "H02"
    # Disable, then enable again: the one button follows the row.
    _click(users, "toggleUser")
    assert not row("G1002").active
    assert users.toggle_button.text() == "E&nable"
    _click(users, "toggleUser")
    assert row("G1002").active
    # Reset the password: a temporary one, to be changed at the next sign-in.
    when_shown(
        ResetPasswordDialog,
        lambda d: (d.password.setText("Reset-2026a"), d.save_button.click()),
    )
    _click(users, "resetPassword")
    assert row("G1002").must_change_password
    assert ctx.auth.sign_in("G1002", "Reset-2026a", 1).must_change_password
    # Unlock a locked account.
    with ctx.db.write() as s:
        locked = s.execute(select(User).where(User.employee_no == "G1003")).scalar_one()
        locked.locked_until = clock.now() + timedelta(minutes=15)
    users.refresh()
    _select(users, lambda r: r.employee_no == "G1003")
    assert users.model.index(users.table.currentIndex().row(), 4).data() == "Locked"
    _click(users, "unlockUser")
    assert row("G1003").locked_until is None

    halls = page.halls
    page.tabs.setCurrentWidget(halls)

    def add_hall(dialog: HallDialog) -> None:
        dialog.fields.code.setText("h03")
        dialog.fields.name.setText("城北营业厅")
        dialog.fields.address.setText("拱墅区莫干山路1号")
        dialog.fields.hotline.setText("0571-96777")
        dialog.counters.setValue(2)
        dialog.save_button.click()

    when_shown(HallDialog, add_hall)
    _click(halls, "addHall")
    assert halls.message.text() == "Hall H03 added."
    _select(halls, lambda h: h.code == "H03")
    assert halls.counter_model.rowCount() == 2
    when_shown(
        HallDialog,
        lambda d: (d.fields.name.setText("城北营业厅（新）"), d.save_button.click()),
    )
    _click(halls, "editHall")
    assert halls.selected() is not None
    assert halls.selected().name == "城北营业厅（新）"  # type: ignore[union-attr]
    when_shown(CounterDialog, lambda d: (d.name.setText("综合窗口"), d.save_button.click()))
    _click(halls, "addCounter")
    assert [c.name for c in halls.selected().counters] == [  # type: ignore[union-attr]
        "1号窗口",
        "2号窗口",
        "综合窗口",
    ]
    halls.counters.selectRow(0)
    when_shown(CounterDialog, lambda d: (d.in_use.setChecked(False), d.save_button.click()))
    _click(halls, "editCounter")
    assert [c.active for c in halls.selected().counters] == [False, True, True]  # type: ignore[union-attr]
    assert ("H03", 1) not in {(c.hall_code, c.number) for c in ctx.setup.counter_choices()}


def test_every_button_of_the_tariffs_and_calendar_tabs_does_what_it_says(
    qtbot: QtBot, ctx: AppContext, en: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from counter_app.views import msgbox
    from counter_app.views.admin.calendar_page import OverrideDialog
    from counter_app.views.admin.tariffs_page import TariffDialog

    page = _admin_page(ctx)
    qtbot.addWidget(page)
    page.show()
    tariffs = page.tariffs
    page.tabs.setCurrentWidget(tariffs)
    in_force = tariffs.model.find_row(lambda t: t.tariff_class == "居民" and t.state == "in_force")

    # A price change of 居民 from tomorrow, entered ahead.
    tariffs.table.selectRow(in_force)

    def raise_prices(dialog: TariffDialog) -> None:
        assert dialog.effective.date().toString("yyyy-MM-dd") == "2026-11-24"
        dialog.fields.tier_table.table.item(0, 2).setText("2.70")
        dialog.save_button.click()

    when_shown(TariffDialog, raise_prices)
    _click(tariffs, "newPriceChange")
    assert tariffs.message.text() == "Price change of 居民 entered."

    def new_row():  # type: ignore[no-untyped-def]
        found = tariffs.model.find_row(lambda t: t.effective_from == date(2026, 11, 24))
        return None if found < 0 else tariffs.model.rows[found]

    assert new_row().state == "scheduled"
    assert new_row().tiers[0].unit_price == Decimal("2.70")
    # The tariff in force cannot be corrected, only superseded.
    tariffs.table.selectRow(in_force)
    _click(tariffs, "correctTariff")
    assert "Only a price change not yet in force" in tariffs.message.text()
    # The scheduled change is corrected, then withdrawn.
    _select(tariffs, lambda t: t.effective_from == date(2026, 11, 24))
    when_shown(
        TariffDialog,
        lambda d: (d.fields.tier_table.table.item(0, 2).setText("2.75"), d.save_button.click()),
    )
    _click(tariffs, "correctTariff")
    assert new_row().tiers[0].unit_price == Decimal("2.75")
    monkeypatch.setattr(msgbox, "question", lambda *_args: True)
    _click(tariffs, "withdrawTariff")
    assert new_row() is None
    # A tariff class of its own.

    def new_class(dialog: TariffDialog) -> None:
        dialog.fields.tariff_class.setText("学校")
        dialog.fields.tier_table.table.item(0, 2).setText("3.00")
        dialog.save_button.click()

    when_shown(TariffDialog, new_class)
    _click(tariffs, "newTariffClass")
    assert tariffs.message.text() == "Tariff entered.", tariffs.message.text()
    assert any(t.tariff_class == "学校" for t in tariffs.model.rows)

    calendar = page.calendar
    page.tabs.setCurrentWidget(calendar)
    calendar.year.setValue(2027)

    def holiday(dialog: OverrideDialog) -> None:
        dialog.day.setDate(dialog.day.date().fromString("2027-03-08", "yyyy-MM-dd"))
        dialog.note.setText("检修停业")
        dialog.save_button.click()

    when_shown(OverrideDialog, holiday)
    _click(calendar, "addHoliday")
    found = calendar.model.find_row(lambda d: d.day == date(2027, 3, 8))
    assert calendar.model.rows[found].source == "override"
    assert not calendar.model.rows[found].working

    def working(dialog: OverrideDialog) -> None:
        dialog.day.setDate(dialog.day.date().fromString("2027-03-13", "yyyy-MM-dd"))
        dialog.save_button.click()

    when_shown(OverrideDialog, working)
    _click(calendar, "addWorkingDay")
    found = calendar.model.find_row(lambda d: d.day == date(2027, 3, 13))
    assert calendar.model.rows[found].working
    calendar.table.selectRow(found)
    _click(calendar, "removeOverride")
    assert calendar.message.text() == "Override removed."
    assert calendar.model.find_row(lambda d: d.day == date(2027, 3, 13)) < 0


def test_the_service_catalogue_tab_adds_edits_and_takes_a_type_out_of_use(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    from counter_app.views.admin.catalogue_page import ServiceTypeDialog

    page = _admin_page(ctx)
    qtbot.addWidget(page)
    page.show()
    catalogue = page.catalogue
    page.tabs.setCurrentWidget(catalogue)

    def row(code: str):  # type: ignore[no-untyped-def]
        found = catalogue.model.find_row(lambda t: t.code == code)
        return None if found < 0 else catalogue.model.rows[found]

    def add(dialog: ServiceTypeDialog) -> None:
        dialog.code.setText("VALVE_CHECK")
        dialog.name.setText("阀门检查")
        dialog.documents.setPlainText("身份证原件\n")
        dialog.fee.setText("-5")
        dialog.save_button.click()
        assert dialog.error.text(), "a negative fee is refused"
        dialog.fee.setText("30")
        dialog.save_button.click()

    when_shown(ServiceTypeDialog, add)
    _click(catalogue, "addServiceType")
    assert catalogue.message.text() == "Service type added."
    added = row("VALVE_CHECK")
    assert added is not None
    assert (added.name, added.fee, added.required_documents) == (
        "阀门检查",
        Decimal("30.00"),
        ("身份证原件",),
    )
    _select(catalogue, lambda t: t.code == "VALVE_CHECK")
    when_shown(ServiceTypeDialog, lambda d: (d.fee.setText("40"), d.save_button.click()))
    _click(catalogue, "editServiceType")
    assert row("VALVE_CHECK").fee == Decimal("40.00")
    _click(catalogue, "toggleServiceType")
    assert not row("VALVE_CHECK").active
    clerk = ctx.services_for(ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1))
    assert "VALVE_CHECK" not in {t.code for t in clerk.catalogue.list_types()}


def test_the_status_bar_warns_of_2027_beside_the_whole_status_until_the_year_is_complete(
    qtbot: QtBot, ctx: AppContext, zh: QApplication
) -> None:
    from counter_app.views.pages import connect_pages

    services = ctx.services_for(ctx.auth.sign_in("S0001", DEMO_PASSWORD))
    window = MainWindow(services, services.auth, pages=build_pages(services, ctx.config))
    connect_pages(window)
    qtbot.addWidget(window)
    window.resize(1354, 733)  # the window on a 1366×768 monitor
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert window.calendar_warning.isVisible()
    assert "2027" in window.calendar_warning.text()
    for label in (window.status_hall, window.status_counter, window.status_clerk):
        assert label.text()
        assert not label.is_elided(), label.text()  # the warning takes what they leave
    window.show_area("admin")
    page = window.page("admin")
    assert isinstance(page, AdminPage)
    page.tabs.setCurrentWidget(page.calendar)
    page.calendar.year.setValue(2027)
    page.calendar.confirm_button.click()
    assert not window.calendar_warning.isVisible()
    window.close()


def test_the_wizard_refuses_bad_input_in_chinese_on_its_page_and_stores_nothing(
    qtbot: QtBot, tmp_path: Path, zh: QApplication
) -> None:
    from counter_app.setup_command import context_without_demo
    from counter_app.views.setup_wizard import PAGE_TARIFFS

    ctx = context_without_demo(load_config(tmp_path / "data", None, "zh_CN"))
    wizard = SetupWizard(ctx.setup)
    qtbot.addWidget(wizard)
    _fill_wizard(qtbot, wizard)
    finish = wizard.button(QWizard.WizardButton.FinishButton)

    def error_on(page: int) -> str:
        return wizard.page(page).error.text()  # type: ignore[attr-defined,no-any-return]

    wizard.admin_repeat.setText("Jiangnan-2027")
    finish.click()
    assert wizard.currentId() == PAGE_ADMIN
    assert error_on(PAGE_ADMIN) == "两次输入的密码不一致。"
    wizard.admin_password.setText(DEMO_PASSWORD)
    wizard.admin_repeat.setText(DEMO_PASSWORD)
    finish.click()
    assert "演示密码" in error_on(PAGE_ADMIN)
    wizard.admin_password.setText(ADMIN_PASSWORD)
    wizard.admin_repeat.setText(ADMIN_PASSWORD)
    # Tier 2 of 居民 from 250 overlaps tier 1 (up to 300): back on the tariffs page.
    wizard.tariff_fields[0].tier_table.table.item(1, 0).setText("250")
    finish.click()
    assert wizard.currentId() == PAGE_TARIFFS
    assert "阶梯不能重叠" in error_on(PAGE_TARIFFS)
    wizard.tariff_fields[0].tier_table.table.item(1, 0).setText("300")
    wizard.company.setText(" ")
    wizard.next()
    wizard.next()
    finish.click()
    assert wizard.currentId() == PAGE_COMPANY
    assert "公司名称" in error_on(PAGE_COMPANY)
    assert ctx.setup.needs_setup()  # nothing of it was stored
    with ctx.db.read() as s:
        from counter_app.db.models import Hall

        assert s.execute(select(Hall.id)).first() is None
    ctx.db.dispose()
