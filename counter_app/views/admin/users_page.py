"""Users (工号) and their roles: add, edit, disable, reset a password, unlock (docs/domain.md §1).

A user is never deleted; a password set here is temporary and its user must choose their own
at the next sign-in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from counter_app.domain.enums import Role
from counter_app.services.admin.dto import UserRow
from counter_app.services.passwords import MIN_PASSWORD_LENGTH
from counter_app.views.admin.common import FormDialog, ListTab
from counter_app.views.labels import role_label
from counter_app.views.password_dialog import password_field
from counter_app.views.table_models import MUTED_GREY, WARNING_RED, Column

if TYPE_CHECKING:
    from counter_app.domain.clock import Clock
    from counter_app.services.admin.users import UserAdminService


class UserDialog(FormDialog):
    """Add a user with a temporary password, or edit one (the 工号 stays)."""

    def __init__(
        self,
        users: UserAdminService,
        hall_codes: list[str],
        user: UserRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("userDialog", parent)
        self._users = users
        self._user = user
        self.setWindowTitle(self.tr("Edit user") if user else self.tr("Add user"))
        self.employee_no = QLineEdit(user.employee_no if user else "")
        self.employee_no.setObjectName("employeeNo")
        self.employee_no.setMaxLength(20)
        self.employee_no.setReadOnly(user is not None)
        self.name = QLineEdit(user.name if user else "")
        self.name.setObjectName("userName")
        self.name.setMaxLength(50)
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(self.role.findData(user.role if user else Role.CLERK))
        self.hall = QComboBox()
        self.hall.setObjectName("hall")
        self.hall.addItem(self.tr("No hall (whole company)"), None)
        codes = list(hall_codes)
        if user is not None and user.hall_code and user.hall_code not in codes:
            codes.append(user.hall_code)  # a hall out of use still shows whose it is
        for code in codes:
            self.hall.addItem(code, code)
        if user is not None:
            self.hall.setCurrentIndex(max(0, self.hall.findData(user.hall_code)))
        elif hall_codes:
            self.hall.setCurrentIndex(1)
        self.add_row(self.tr("&Employee no.:"), self.employee_no)
        self.add_row(self.tr("&Full name:"), self.name)
        self.add_row(self.tr("&Role:"), self.role)
        self.add_row(self.tr("&Hall:"), self.hall)
        self.password = password_field("temporaryPassword")
        if user is None:
            self.add_row(self.tr("&Temporary password:"), self.password)
            self.set_intro(
                self.tr(
                    "The user must replace the temporary password with their own at the first "
                    "sign-in. At least {n} characters, not the employee number."
                ).format(n=MIN_PASSWORD_LENGTH)
            )

    def save(self) -> None:
        role = Role(self.role.currentData())
        hall = self.hall.currentData()
        if self._user is None:
            self._users.add_user(
                employee_no=self.employee_no.text(),
                name=self.name.text(),
                role=role,
                password=self.password.text(),
                hall_code=hall,
            )
        else:
            self._users.edit_user(
                self._user.employee_no, name=self.name.text(), role=role, hall_code=hall
            )


class ResetPasswordDialog(FormDialog):
    """Give a user a temporary password; they choose their own at the next sign-in."""

    def __init__(
        self, users: UserAdminService, user: UserRow, parent: QWidget | None = None
    ) -> None:
        super().__init__("resetPasswordDialog", parent)
        self._users = users
        self._user = user
        self.setWindowTitle(self.tr("Reset password"))
        self.set_intro(
            self.tr(
                "A temporary password for {name} [{no}]. They must choose their own at the next "
                "sign-in; a lock on the account is lifted."
            ).format(name=user.name, no=user.employee_no)
        )
        self.password = password_field("temporaryPassword")
        self.add_row(self.tr("&Temporary password:"), self.password)

    def save(self) -> None:
        self._users.reset_password(self._user.employee_no, self.password.text())


class UsersPage(ListTab[UserRow]):
    """Every user with role, hall and state; the buttons act on the selected one."""

    def __init__(
        self,
        users: UserAdminService,
        clock: Clock,
        hall_codes: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        self._users = users
        self._clock = clock
        self._hall_codes = hall_codes

        def state(row: UserRow) -> str:
            if not row.active:
                return self.tr("Disabled")
            if row.locked_until is not None and row.locked_until > clock.now():
                return self.tr("Locked")
            if row.must_change_password:
                return self.tr("Temporary password")
            return self.tr("Active")

        def colour(row: UserRow):  # type: ignore[no-untyped-def]
            if not row.active:
                return MUTED_GREY
            if row.locked_until is not None and row.locked_until > clock.now():
                return WARNING_RED
            return None

        columns: list[Column[UserRow]] = [
            Column(self.tr("Employee no."), lambda r: r.employee_no),
            Column(self.tr("Full name"), lambda r: r.name),
            Column(self.tr("Role"), lambda r: role_label(r.role)),
            Column(self.tr("Hall"), lambda r: r.hall_code or self.tr("Company")),
            Column(self.tr("State"), state, foreground=colour),
            Column(self.tr("Last sign-in"), lambda r: r.last_login_at),
        ]
        super().__init__("usersPage", columns, stretch=(1,), parent=parent)
        self.add_button(self.tr("&Add user…"), "addUser", self.add_user)
        self.add_button(self.tr("&Edit…"), "editUser", self.edit_user)
        self.toggle_button = self.add_toggle_button(
            (self.tr("&Disable"), self.tr("E&nable")),
            "toggleUser",
            self.toggle_active,
            lambda r: r.active,
        )
        self.add_button(self.tr("&Reset password…"), "resetPassword", self.reset_password)
        self.add_button(self.tr("&Unlock"), "unlockUser", self.unlock)
        self.end_buttons()
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        self.show_rows(
            self._users.users(),
            (lambda r: r.employee_no == chosen.employee_no) if chosen else None,
        )

    def on_double_click(self) -> None:
        self.edit_user()

    def add_user(self) -> None:
        dialog = UserDialog(self._users, self._hall_codes(), parent=self)
        if dialog.exec():
            self.say(self.tr("User {no} added.").format(no=dialog.employee_no.text().strip()))
            self.refresh()

    def edit_user(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = UserDialog(self._users, self._hall_codes(), row, parent=self)
        if dialog.exec():
            self.say(self.tr("User {no} changed.").format(no=row.employee_no))
            self.refresh()

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        done = (
            self.tr("{no} disabled: they can no longer sign in.")
            if row.active
            else self.tr("{no} can sign in again.")
        )
        self.act(
            lambda: self._users.set_active(row.employee_no, not row.active),
            done.format(no=row.employee_no),
        )

    def reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = ResetPasswordDialog(self._users, row, parent=self)
        if dialog.exec():
            self.say(self.tr("{no} has a temporary password now.").format(no=row.employee_no))
            self.refresh()

    def unlock(self) -> None:
        row = self.selected()
        if row is not None:
            self.act(
                lambda: self._users.unlock_user(row.employee_no),
                self.tr("{no} is unlocked.").format(no=row.employee_no),
            )
