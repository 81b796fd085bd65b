"""What the payment screen does with a confirmed payment's outcome: taken, refused, waiting
for a manager's cash approval, refused because the bills changed (docs/domain.md §5 "Two
counters, one account"), or of unknown fate because the connection broke during the commit,
when the screen asks the database by the confirm key until it answers. Mixed into
:class:`~counter_app.views.payments.payment_page.PaymentPage`; the words stay in the payment
screen's translation context.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from counter_app.domain.errors import CommitUncertain, CounterError, DatabaseUnavailable
from counter_app.domain.money import ZERO, format_yuan
from counter_app.services.payments.dto import (
    LARGE_CASH,
    PaymentRequest,
    PaymentResult,
    TenderLine,
)
from counter_app.services.payments.errors import ApprovalRequired, QuoteChanged
from counter_app.views import msgbox
from counter_app.views.errors import error_message

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QPushButton, QWidget

    from counter_app.services.auth import ApprovalGrant
    from counter_app.services.bills_dto import BillsDue, DueBill
    from counter_app.services.payments.taking import PaymentService
    from counter_app.views.background import Loads
    from counter_app.views.table_models import DtoTableModel


class PaymentOutcome:
    """Submitting a payment and telling its outcome; mixed into PaymentPage."""

    if TYPE_CHECKING:  # what PaymentPage provides
        _payments: PaymentService
        _due: BillsDue | None
        _cash_approval: ApprovalGrant | None
        uncertain_key: str | None
        loads: Loads
        confirm_button: QPushButton
        result_label: QLabel
        error: QLabel
        bills_model: DtoTableModel[DueBill]

        def _approve_cash(self, cash: Decimal) -> bool: ...
        def _cash_part(self, lines: list[TenderLine]) -> Decimal: ...
        def _after_payment(self, result: PaymentResult) -> None: ...
        def load_account(self, account_id: int) -> None: ...

    def _submit(self, request: PaymentRequest) -> None:
        """Take the payment off the GUI thread; one press, one payment."""
        self.confirm_button.setEnabled(False)
        self.result_label.setText(QCoreApplication.translate("PaymentPage", "Taking the payment…"))
        payments = self._payments
        self.loads.run(
            "confirm",
            lambda: payments.take_payment(request),
            self._after_payment,
            lambda exc: self._not_paid(request, exc),
            retry=False,  # a payment is taken when the clerk says so, never by itself
        )

    def _not_paid(self, request: PaymentRequest, exc: CounterError) -> None:
        self.result_label.clear()
        if isinstance(exc, ApprovalRequired) and exc.params.get("action") == LARGE_CASH:
            lines = [t for t in request.tenders if isinstance(t, TenderLine)]
            if not self._approve_cash(self._cash_part(lines)):
                self.confirm_button.setEnabled(True)
                return
            self._submit(replace(request, cash_approval=self._cash_approval))
            return
        if isinstance(exc, CommitUncertain):
            self._ask_fate(request.idempotency_key)
            return
        if isinstance(exc, QuoteChanged):
            self._quote_changed(request, exc)
            return
        if isinstance(exc, DatabaseUnavailable):
            self.error.setText(
                QCoreApplication.translate(
                    "PaymentPage",
                    "The database cannot be reached: the payment was NOT taken and nothing was "
                    "saved. Do not keep the customer's money as paid; try again when the "
                    "connection is back.",
                )
            )
        else:
            self.error.setText(error_message(exc))
        self.confirm_button.setEnabled(True)

    def _quote_changed(self, request: PaymentRequest, changed: QuoteChanged) -> None:
        """The bills changed since the quote (docs/domain.md §5 "Two counters, one account"):
        nothing was taken. The clerk takes the typed amount on the account as it now stands
        only by saying so; otherwise the screen shows the bills as they are now."""
        due = changed.params.get("amount", ZERO)
        assert isinstance(due, Decimal)
        amount = request.amount
        question = QCoreApplication.translate(
            "PaymentPage", "The amount due is now {due}. Take {amount} as typed anyway?"
        ).format(due=format_yuan(due), amount=format_yuan(amount))
        if amount > due:
            question += " " + QCoreApplication.translate(
                "PaymentPage", "{credit} of it becomes credit on the account."
            ).format(credit=format_yuan(amount - due))
        else:
            question += " " + QCoreApplication.translate(
                "PaymentPage", "It goes to the bills as they are now, oldest first."
            )
        if msgbox.question(
            cast("QWidget", self),
            QCoreApplication.translate("PaymentPage", "The amount due has changed"),
            question,
        ):
            self._submit(replace(request, quote=changed.current))
            return
        self.load_account(request.account_id)  # the bills as they are now, the new amount
        self.error.setText(error_message(changed))

    def _ask_fate(self, key: str) -> None:
        """The connection broke during the commit: ask the database by the confirm key
        whether the payment was taken, now and (by the loads' retry) whenever it is back."""
        self.uncertain_key = key
        self.confirm_button.setEnabled(False)
        self.error.setText(
            QCoreApplication.translate(
                "PaymentPage",
                "The connection broke while the payment was being saved: it is not known yet "
                "whether it was taken. Keep the customer's money apart and do not take it "
                "again. This screen asks the database as soon as it answers and tells you here.",
            )
        )
        payments = self._payments
        self.loads.run(
            "fate",
            lambda: payments.payment_for_key(key),
            lambda found: self._fate_known(key, found),
            self._fate_not_known_yet,
        )

    def _fate_not_known_yet(self, exc: CounterError) -> None:
        if not isinstance(exc, DatabaseUnavailable):
            self.error.setText(error_message(exc))  # F12 asks again

    def _fate_known(self, key: str, found: PaymentResult | None) -> None:
        if self.uncertain_key != key:
            return
        self.uncertain_key = None
        if found is None:
            self.error.setText(
                QCoreApplication.translate(
                    "PaymentPage",
                    "The database answers again: the payment was NOT taken (the connection "
                    "broke before it was saved) and nothing was booked. Confirm again to take it.",
                )
            )
            self.confirm_button.setEnabled(self._due is not None)
            return
        self.error.clear()
        if self._due is None or self._due.account_id != found.account_id:
            self.bills_model.set_rows(())  # the bills on screen are another account's
        self._after_payment(found)
        self.result_label.setText(
            QCoreApplication.translate(
                "PaymentPage",
                "The database answers again: the payment WAS taken before the connection "
                "broke. Do not take it again.",
            )
            + "\n"
            + self.result_label.text()
        )
