"""Reprint (补打, F10), the reprint queue, void (冲正, F11) and refund (退费, Shift+F11) on the
payment screen.

Each picks the receipt in :class:`~counter_app.views.payments.receipt_dialogs.ReceiptDialog`
with a reason; a void or refund then needs a manager's approval at the counter, and each prints
its own document through the print step. The words stay in the payment screen's translation
context: they are the payment screen's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
)

from counter_app.domain.errors import CounterError
from counter_app.domain.money import format_yuan
from counter_app.services.payments.dto import (
    REFUND,
    VOID,
    PaymentResult,
    VoidResult,
)
from counter_app.services.payments.errors import RefundRequired
from counter_app.views.approval import ApprovalDialog
from counter_app.views.errors import error_message
from counter_app.views.payments.receipt_dialogs import (
    ReceiptAction,
    ReceiptDialog,
    what_is_approved,
)
from counter_app.views.printing import PrintOutcome

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QWidget

    from counter_app.domain.receipts import Receipt, VoidSlip
    from counter_app.services.auth import ApprovalGrant, AuthService
    from counter_app.services.payments.prints import ReceiptPrintService
    from counter_app.services.payments.reversals import ReversalService
    from counter_app.services.payments.taking import PaymentService
    from counter_app.views.printing import PrintStep


class ReceiptActions:
    """What the payment screen does with a receipt already taken; mixed into PaymentPage."""

    if TYPE_CHECKING:  # what PaymentPage provides
        _auth: AuthService
        _payments: PaymentService
        _prints: ReceiptPrintService
        _reversals: ReversalService
        _print: PrintStep
        _layout: str
        _refund_keys: dict[str, str]
        error: QLabel
        result_label: QLabel
        last_void: VoidResult | None
        last_void_print: PrintOutcome | None
        last_refund: PaymentResult | None
        last_refund_print: PrintOutcome | None

        def refresh_queue(self) -> None: ...
        def _print_original(self, document: Receipt | VoidSlip) -> PrintOutcome | None: ...
        def _print_receipt(self, result: PaymentResult) -> PrintOutcome | None: ...
        @staticmethod
        def _new_key() -> str: ...

    def _dialog_parent(self) -> QWidget:
        # Mixed into the payment screen, which is the widget the dialogs belong to.
        return cast("QWidget", self)

    def _choose_receipt(self, action: ReceiptAction) -> ReceiptDialog | None:
        """The receipt and reason the clerk chose for ``action``; None when cancelled."""
        dialog = ReceiptDialog(action, self._prints, self._dialog_parent())
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.receipt is None:
            return None
        return dialog

    def ask_reprint(self) -> None:
        chosen = self._choose_receipt(ReceiptAction.REPRINT)
        if chosen is not None and chosen.receipt is not None:
            self.reprint(chosen.receipt.receipt_no, chosen.reason())

    def reprint(self, receipt_no: str, reason: str) -> PrintOutcome | None:
        try:
            copy = self._prints.reprint(receipt_no, reason, self._layout)
        except CounterError as exc:
            self.error.setText(error_message(exc))
            return None
        outcome = self._print.send(copy)
        if outcome.report_error is not None:
            self.error.setText(error_message(outcome.report_error))
            return outcome
        self.result_label.setText(
            QCoreApplication.translate(
                "PaymentPage", "Reprint {n} of receipt {number} made."
            ).format(n=copy.document.reprint_no, number=receipt_no)
        )
        return outcome

    def print_queue(self) -> None:
        try:
            waiting = self._prints.print_queue()
        except CounterError as exc:
            self.error.setText(error_message(exc))
            return
        for item in waiting:
            try:
                outcome = self._print.issue(item.receipt, self._layout, queued=item.doc_id)
            except CounterError as exc:
                self.error.setText(error_message(exc))
                break
            if outcome.report_error is not None:
                self.error.setText(error_message(outcome.report_error))
                break
            if not outcome.printed:
                self.error.setText(
                    QCoreApplication.translate(
                        "PaymentPage", "Still no printer: the receipts keep waiting."
                    )
                )
                break
        self.refresh_queue()

    def _approve_receipt(
        self, action: ReceiptAction, approval: str, explanation: str
    ) -> tuple[str, str, ApprovalGrant] | None:
        """The receipt and reason the clerk chose for ``action``, with the manager's approval.

        ``explanation`` tells the manager what they approve, naming the receipt as
        ``{number}`` and the reason as ``{reason}``. None when either dialog is cancelled.
        """
        chosen = self._choose_receipt(action)
        if chosen is None or chosen.receipt is None:
            return None
        number, reason = chosen.receipt.receipt_no, chosen.reason()
        dialog = ApprovalDialog(
            self._auth,
            self._payments.actor,
            approval,
            number,
            explanation.format(number=number, reason=reason),
            self._dialog_parent(),
            shown=what_is_approved(chosen.receipt),
        )
        dialog.reason.setPlainText(reason)
        if not dialog.exec() or dialog.grant is None:
            return None
        return number, reason, dialog.grant

    def ask_void(self) -> None:
        approved = self._approve_receipt(
            ReceiptAction.VOID,
            VOID,
            QCoreApplication.translate("PaymentPage", "Void receipt {number}: {reason}"),
        )
        if approved is not None:
            self.void(*approved)

    def void(self, receipt_no: str, reason: str, grant: ApprovalGrant) -> bool:
        """Void the receipt with the manager's ``grant`` and print the void slip."""
        self.error.clear()
        try:
            result = self._reversals.void(receipt_no, reason, grant)
        except RefundRequired as exc:
            # The service's wording says why; the clerk also needs to know where to go next.
            self.error.setText(
                error_message(exc)
                + "\n"
                + QCoreApplication.translate(
                    "PaymentPage", "Use Refund (Shift+F11) for this receipt."
                )
            )
            return False
        except CounterError as exc:
            self.error.setText(error_message(exc))
            return False
        self.last_void = result
        self.last_void_print = outcome = self._print_void_slip(result)
        lines = [
            QCoreApplication.translate(
                "PaymentPage", "Receipt {number} voided; its bills are unpaid again."
            ).format(number=result.receipt_no)
        ]
        if outcome is not None and outcome.printed:
            lines.append(QCoreApplication.translate("PaymentPage", "The void slip has printed."))
        elif outcome is not None:
            lines.append(
                QCoreApplication.translate(
                    "PaymentPage", "The void slip did not print; its PDF waits at {path}."
                ).format(path=outcome.pdf_path)
            )
        self.result_label.setText("\n".join(lines))
        self.refresh_queue()
        return True

    def _print_void_slip(self, result: VoidResult) -> PrintOutcome | None:
        return self._print_original(result.slip)

    def ask_refund(self) -> None:
        """Refund (退费) a whole receipt whose day is closed: receipt, reason, approval."""
        approved = self._approve_receipt(
            ReceiptAction.REFUND,
            REFUND,
            QCoreApplication.translate(
                "PaymentPage", "Refund receipt {number} in full, the way it was paid: {reason}"
            ),
        )
        if approved is not None:
            self.refund(*approved)

    def refund(self, receipt_no: str, reason: str, grant: ApprovalGrant) -> PaymentResult | None:
        """Refund the whole receipt with the manager's ``grant`` and print the refund receipt.

        The money goes back the way it came in; the refund is a payment of its own, with its
        own receipt number.
        """
        self.error.clear()
        key = self._refund_keys.setdefault(receipt_no, self._new_key())
        try:
            result = self._reversals.refund(receipt_no, reason, grant, key)
        except CounterError as exc:
            self.error.setText(error_message(exc))
            return None
        del self._refund_keys[receipt_no]
        self.last_refund = result
        self.last_refund_print = outcome = self._print_receipt(result)
        lines = [
            QCoreApplication.translate(
                "PaymentPage", "Receipt {original} refunded with refund receipt {number}."
            ).format(original=receipt_no, number=result.receipt_no),
            QCoreApplication.translate("PaymentPage", "Give back to the customer: {amount}").format(
                amount=format_yuan(-result.amount)
            ),
        ]
        if outcome is None or not outcome.printed:
            lines.append(
                QCoreApplication.translate(
                    "PaymentPage",
                    "The refund receipt did not print; it waits in the reprint queue.",
                )
            )
        self.result_label.setText("\n".join(lines))
        self.refresh_queue()
        return result
