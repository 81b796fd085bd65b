from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from counter_app.context import AppContext
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views.login import LoginDialog


def _dialog(qtbot: QtBot, ctx: AppContext, **kw: object) -> LoginDialog:
    dialog = LoginDialog(ctx.auth, 1, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_enter_signs_in_with_the_right_password(
    qtbot: QtBot, ctx: AppContext, zh: QApplication
) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.employee_no, "G1001")
    qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None
    assert dialog.actor.employee_no == "G1001"
    assert dialog.actor.counter_id is not None


def test_wrong_password_says_how_many_tries_are_left(
    qtbot: QtBot, ctx: AppContext, zh: QApplication
) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.employee_no, "G1001")
    qtbot.keyClicks(dialog.password, "not-it")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == "工号或密码错误。再错 4 次账号将被锁定。"
    assert dialog.password.text() == ""  # cleared for the next try


def test_fifth_wrong_password_locks(qtbot: QtBot, ctx: AppContext, zh: QApplication) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.employee_no, "G1001")
    for _ in range(5):
        qtbot.keyClicks(dialog.password, "not-it")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "锁定至" in dialog.error.text()
    qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None
    assert "锁定至" in dialog.error.text()


def test_empty_fields_are_named(qtbot: QtBot, ctx: AppContext, zh: QApplication) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClick(dialog.employee_no, Qt.Key.Key_Return)
    assert dialog.error.text() == "请输入工号。"
    qtbot.keyClicks(dialog.employee_no, "G1001")
    qtbot.keyClick(dialog.employee_no, Qt.Key.Key_Return)
    assert dialog.error.text() == "请输入密码。"


def test_escape_quits(qtbot: QtBot, ctx: AppContext, zh: QApplication) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_demo_hint_only_with_demo_data(qtbot: QtBot, ctx: AppContext, zh: QApplication) -> None:
    assert _dialog(qtbot, ctx, demo_hint=True).hint.isVisible()
    assert not _dialog(qtbot, ctx, demo_hint=False).hint.isVisible()


def test_switching_language_retranslates(qtbot: QtBot, ctx: AppContext, zh: QApplication) -> None:
    from counter_app.views.translation import install_language

    chosen: list[str] = []

    def switch(code: str) -> None:
        chosen.append(code)
        install_language(zh, code)

    dialog = _dialog(qtbot, ctx, on_language=switch)
    assert dialog.title.text() == "营业厅柜台系统"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert chosen == ["en"]
    # LanguageChange is delivered through the event loop.
    qtbot.waitUntil(lambda: dialog.title.text() == "Service Hall Counter", timeout=2000)
    assert dialog.employee_label.text() == "&Employee no.:"


def test_sign_in_buttons_keep_their_words_across_a_language_change(
    qtbot: QtBot, ctx: AppContext, zh: QApplication
) -> None:
    from counter_app.views.translation import install_language

    dialog = _dialog(qtbot, ctx, on_language=lambda code: install_language(zh, code))

    def words() -> list[str]:
        return [dialog.sign_in_button.text(), dialog.quit_button.text()]

    assert words() == ["登录", "退出"]
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: dialog.title.text() == "Service Hall Counter", timeout=2000)
    assert words() == ["Sign in", "Quit"]  # not the button box's own "OK" and "Cancel"
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: dialog.title.text() == "营业厅柜台系统", timeout=2000)
    assert words() == ["登录", "退出"]
