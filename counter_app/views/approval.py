"""Supervisor approval at the clerk's counter: the manager types their own credentials.

A manager must see what they approve: the dialog names the action and shows the customer,
account, amount and receipt it is about (:class:`WhatIsApproved`) above the reason, which the
clerk's request fills in and the manager may correct.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.enums import ApprovalAction
from counter_app.domain.errors import CounterError
from counter_app.domain.money import format_yuan
from counter_app.views.dialogs import KeepsTypedWork, message_line, not_typed_work, submit_buttons
from counter_app.views.errors import error_message
from counter_app.views.labels import approval_action_label
from counter_app.views.widgets import wrapping_label

if TYPE_CHECKING:
    from counter_app.services.auth import ApprovalGrant, AuthService
    from counter_app.services.base import Actor

REASON_MAX = 200


@dataclass(frozen=True)
class WhatIsApproved:
    """What the manager is shown before approving; empty parts are left out.

    ``amount`` is only shown; an approval that covers an exact amount (large cash) passes it
    to :class:`ApprovalDialog` as ``amount`` as well.
    """

    customer: str = ""
    account: str = ""
    amount: Decimal | None = None
    receipt_no: str = ""


class ApprovalDialog(KeepsTypedWork, QDialog):
    """Ask a manager to approve ``action`` on ``subject``; ``grant`` is set when they do.

    Args:
        auth: checks the manager's credentials and records the approval.
        requester: the clerk at this counter (a manager cannot approve their own request).
        action: what is approved, e.g. ``arrears_override``.
        subject: what it is about, e.g. a customer or receipt reference.
        explanation: one or two sentences telling the manager what they approve.
        amount: the amount the manager is shown, for an approval about money (large cash):
            the approval then covers exactly that amount.
        shown: the customer, account, amount and receipt the approval is about.
    """

    def __init__(
        self,
        auth: AuthService,
        requester: Actor,
        action: str,
        subject: str,
        explanation: str,
        parent: QWidget | None = None,
        *,
        amount: Decimal | None = None,
        shown: WhatIsApproved | None = None,
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._requester = requester
        self._action = action
        self._subject = subject
        self._amount = amount
        self.grant: ApprovalGrant | None = None
        self.setObjectName("approvalDialog")
        self.setWindowTitle(self.tr("Manager approval"))
        self.setMinimumWidth(460)

        what = wrapping_label(explanation)
        what.setObjectName("approvalExplanation")
        self.what = self._what_is_approved(action, shown or WhatIsApproved(), amount)
        self.employee_no = QLineEdit()
        self.employee_no.setObjectName("approverEmployeeNo")
        self.employee_no.setMaxLength(20)
        not_typed_work(self.employee_no)  # the manager's own number, typed again in seconds
        self.password = QLineEdit()
        self.password.setObjectName("approverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("approvalReason")
        self.reason.setFixedHeight(70)
        self.reason.setTabChangesFocus(True)
        self.error = message_line("approvalError")

        form = QFormLayout()
        form.addRow(self.tr("Manager employee no.:"), self.employee_no)
        form.addRow(self.tr("Manager password:"), self.password)
        form.addRow(self.tr("Reason:"), self.reason)
        self.buttons, _ok = submit_buttons(self, self.tr("Approve"), "approveOk", self._approve)

        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.employee_no.setFocus()

    def _what_is_approved(
        self, action: str, shown: WhatIsApproved, covered: Decimal | None
    ) -> QGroupBox:
        box = QGroupBox(self.tr("What is approved"))
        box.setObjectName("approvalWhat")
        form = QFormLayout(box)
        amount = shown.amount if shown.amount is not None else covered
        rows = (
            ("approvalAction", self.tr("Action:"), approval_action_label(ApprovalAction(action))),
            ("approvalReceipt", self.tr("Receipt:"), shown.receipt_no),
            ("approvalCustomer", self.tr("Customer:"), shown.customer),
            ("approvalAccount", self.tr("Account:"), shown.account),
            (
                "approvalAmount",
                self.tr("Amount:"),
                format_yuan(amount) if amount is not None else "",
            ),
        )
        for name, caption, value in rows:
            if not value:
                continue
            label = wrapping_label(value)
            label.setObjectName(name)
            if name in ("approvalAction", "approvalAmount"):
                font = QFont(label.font())
                font.setBold(True)
                label.setFont(font)
            form.addRow(caption, label)
        return box

    def _approve(self) -> None:
        reason = " ".join(self.reason.toPlainText().split())
        if not self.employee_no.text().strip():
            self.error.setText(self.tr("The manager must enter their employee number."))
            self.employee_no.setFocus()
            return
        if not reason:
            self.error.setText(self.tr("Please give a reason."))
            self.reason.setFocus()
            return
        if len(reason) > REASON_MAX:
            self.error.setText(
                self.tr("The reason may have at most {max} characters.").format(max=REASON_MAX)
            )
            return
        try:
            self.grant = self._auth.approve(
                self._requester,
                self.employee_no.text(),
                self.password.text(),
                action=self._action,
                subject=self._subject,
                reason=reason,
                amount=self._amount,
            )
        except CounterError as exc:
            self.error.setText(error_message(exc))
            self.password.clear()
            return
        self.accept()
