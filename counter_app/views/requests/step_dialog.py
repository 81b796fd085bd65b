"""What a step of a request asks for before it is taken: the team of a dispatch, what was done
at completion, the customer's satisfaction at the callback, the reason of a rejection or a
withdrawal, the documents brought later. One dialog, its fields chosen by the step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.enums import RequestEffect, Satisfaction
from counter_app.services.requests.dto import (
    NOTE_MAX_LENGTH,
    TEAM_MAX_LENGTH,
    RequestDetail,
    Step,
)
from counter_app.views.dialogs import KeepsTypedWork, message_line
from counter_app.views.labels import request_step_label, satisfaction_label
from counter_app.views.requests.common import submit_buttons
from counter_app.views.widgets import wrapping_label

#: Steps whose note is required (what was done, why it is rejected or withdrawn).
NOTE_REQUIRED = frozenset({Step.COMPLETE, Step.REJECT, Step.WITHDRAW})


@dataclass(frozen=True)
class StepInput:
    """What the clerk entered for a step."""

    step: Step
    note: str = ""
    team: str = ""
    satisfaction: Satisfaction | None = None
    documents: tuple[str, ...] = ()


#: Takes the step with what was entered; returns None when done, else the message to show.
StepRunner = Callable[[StepInput], str | None]


class StepDialog(KeepsTypedWork, QDialog):
    """Ask for what ``step`` needs and take it through ``run``; stays open on a refusal.

    Args:
        step: The step to take.
        detail: The request as shown (its number, type and missing documents).
        run: Takes the step; returns None when done, else the message to show.
        teams: Teams offered for a dispatch (any name may be typed).
    """

    def __init__(
        self,
        step: Step,
        detail: RequestDetail,
        run: StepRunner,
        teams: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._step = step
        self._run = run
        self.setObjectName("stepDialog")
        summary = detail.summary
        self.setWindowTitle(
            self.tr("{step}: {number}").format(step=request_step_label(step), number=summary.number)
        )
        self.setMinimumWidth(480)
        heading = wrapping_label(
            self.tr("{type} for {customer}, account {account}").format(
                type=summary.type_name,
                customer=summary.customer_name,
                account=summary.account_number or "—",
            )
        )
        heading.setObjectName("stepHeading")
        self.effect = wrapping_label(self._effect_text(detail) if step is Step.COMPLETE else "")
        self.effect.setObjectName("stepEffect")
        self.effect.setStyleSheet("font-weight: bold;")
        self.effect.setVisible(bool(self.effect.text()))
        form = QFormLayout()

        self.team = QComboBox()
        self.team.setObjectName("stepTeam")
        self.team.setEditable(True)
        self.team.addItems(teams)
        if detail.team:
            self.team.setCurrentText(detail.team)
        team_line = self.team.lineEdit()
        if team_line is not None:
            team_line.setMaxLength(TEAM_MAX_LENGTH)
        if step is Step.DISPATCH:
            form.addRow(self.tr("Team:"), self.team)

        self.satisfaction = QButtonGroup(self)
        self.satisfaction_buttons: dict[Satisfaction, QRadioButton] = {}
        if step is Step.CALLBACK:
            row = QHBoxLayout()
            for value in Satisfaction:
                button = QRadioButton(satisfaction_label(value))
                button.setObjectName(f"satisfaction_{value.value}")
                self.satisfaction.addButton(button)
                self.satisfaction_buttons[value] = button
                row.addWidget(button)
            row.addStretch(1)
            form.addRow(self.tr("Satisfaction:"), row)

        self.document_checks: list[QCheckBox] = []
        if step is Step.COMPLETE_DOCUMENTS:
            column = QVBoxLayout()
            for index, name in enumerate(detail.documents_missing):
                check = QCheckBox(name)
                check.setObjectName(f"stepDocument_{index}")
                self.document_checks.append(check)
                column.addWidget(check)
            form.addRow(self.tr("Brought now:"), column)

        self.note = QPlainTextEdit()
        self.note.setObjectName("stepNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        captions = {
            Step.COMPLETE: self.tr("What was done:"),
            Step.REJECT: self.tr("Reason:"),
            Step.WITHDRAW: self.tr("Customer's reason:"),
        }
        form.addRow(captions.get(step, self.tr("Note:")), self.note)

        self.error = message_line("stepError")
        self.buttons, self.ok_button = submit_buttons(
            self, request_step_label(step), "stepOk", self.submit
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.effect)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _effect_text(self, detail: RequestDetail) -> str:
        """What completing the request does to the account, said before it is done."""
        d = detail.details
        effects = {
            RequestEffect.TRANSFER: self.tr("Completing passes the account to {new}.").format(
                new=d.get("new_owner_name", "")
            ),
            RequestEffect.RENAME: self.tr("Completing renames the holder to {new}.").format(
                new=d.get("new_name", "")
            ),
            RequestEffect.RELOCATE: self.tr("Completing moves the supply address to {new}.").format(
                new=d.get("new_address", "")
            ),
            RequestEffect.SUSPEND: self.tr("Completing suspends the account."),
            RequestEffect.RESUME: self.tr("Completing makes the account active again."),
            RequestEffect.CLOSE: self.tr(
                "Completing closes the account and prints the settlement slip."
            ),
        }
        return effects.get(detail.effect, "")

    def entered(self) -> StepInput:
        chosen = next((v for v, b in self.satisfaction_buttons.items() if b.isChecked()), None)
        return StepInput(
            step=self._step,
            note=" ".join(self.note.toPlainText().split()),
            team=self.team.currentText().strip(),
            satisfaction=chosen,
            documents=tuple(c.text() for c in self.document_checks if c.isChecked()),
        )

    def _missing(self, entered: StepInput) -> str | None:
        """What the dialog can tell is missing before asking the service."""
        if self._step is Step.DISPATCH and not entered.team:
            return self.tr("Choose or type the team sent.")
        if self._step is Step.CALLBACK and entered.satisfaction is None:
            return self.tr("Choose the customer's satisfaction.")
        if self._step in NOTE_REQUIRED and not entered.note:
            if self._step is Step.COMPLETE:
                return self.tr("Say what was done.")
            return self.tr("Please give a reason.")
        if len(entered.note) > NOTE_MAX_LENGTH:
            return self.tr("The note may have at most {max} characters.").format(
                max=NOTE_MAX_LENGTH
            )
        return None

    def submit(self) -> bool:
        entered = self.entered()
        problem = self._missing(entered)
        if problem is None:
            problem = self._run(entered)
        if problem is not None:
            self.error.setText(problem)
            return False
        self.accept()
        return True
