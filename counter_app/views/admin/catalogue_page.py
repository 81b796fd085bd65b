"""The service catalogue (业务目录, docs/domain.md §6), kept by the administrator.

An edit applies to requests accepted afterwards: each request keeps a copy of its type.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from counter_app.domain.enums import RequestEffect, SlaUnit, UtilityKind
from counter_app.domain.money import format_yuan
from counter_app.services.requests.dto import ServiceTypeInfo, ServiceTypeInput
from counter_app.views.admin.common import FormDialog, ListTab
from counter_app.views.labels import request_effect_label, sla_unit_label, utility_label
from counter_app.views.table_models import MUTED_GREY, RIGHT, Column

if TYPE_CHECKING:
    from counter_app.services.requests.catalogue import CatalogueService


class ServiceTypeDialog(FormDialog):
    """A new service type, or the new values of one (its kind and code stay)."""

    def __init__(
        self,
        catalogue: CatalogueService,
        kinds: list[UtilityKind],
        service_type: ServiceTypeInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("serviceTypeDialog", parent)
        self._catalogue = catalogue
        self._type = service_type
        t = service_type
        self.setWindowTitle(self.tr("Edit service type") if t else self.tr("Add service type"))
        self.kind = QComboBox()
        self.kind.setObjectName("typeKind")
        for kind in kinds:
            self.kind.addItem(utility_label(kind), kind)
        if t is not None:
            if self.kind.findData(t.utility_kind) < 0:
                self.kind.addItem(utility_label(t.utility_kind), t.utility_kind)
            self.kind.setCurrentIndex(self.kind.findData(t.utility_kind))
        self.kind.setEnabled(t is None)
        self.code = QLineEdit(t.code if t else "")
        self.code.setObjectName("typeCode")
        self.code.setReadOnly(t is not None)
        self.name = QLineEdit(t.name if t else "")
        self.name.setObjectName("typeName")
        self.documents = QPlainTextEdit("\n".join(t.required_documents) if t else "")
        self.documents.setObjectName("typeDocuments")
        self.documents.setMaximumHeight(self.fontMetrics().height() * 5)
        self.approval = QCheckBox(self.tr("Needs a manager's approval"))
        self.approval.setObjectName("typeApproval")
        self.approval.setChecked(bool(t and t.needs_approval))
        self.site_work = QCheckBox(self.tr("Needs work on site (dispatch)"))
        self.site_work.setObjectName("typeSiteWork")
        self.site_work.setChecked(bool(t and t.needs_site_work))
        self.emergency = QCheckBox(self.tr("Emergency (round the clock)"))
        self.emergency.setObjectName("typeEmergency")
        self.emergency.setChecked(bool(t and t.emergency))
        self.description = QCheckBox(self.tr("A description is required"))
        self.description.setObjectName("typeNeedsDescription")
        self.description.setChecked(bool(t and t.needs_description))
        self.fee = QLineEdit(f"{t.fee:.2f}" if t else "0.00")
        self.fee.setObjectName("typeFee")
        self.sla = QSpinBox()
        self.sla.setObjectName("typeSla")
        self.sla.setRange(1, 999)
        self.sla.setValue(t.sla_amount if t else 5)
        self.sla_unit = QComboBox()
        self.sla_unit.setObjectName("typeSlaUnit")
        for unit in SlaUnit:
            self.sla_unit.addItem(sla_unit_label(unit), unit)
        self.sla_unit.setCurrentIndex(
            self.sla_unit.findData(t.sla_unit if t else SlaUnit.WORKING_DAYS)
        )
        self.effect = QComboBox()
        self.effect.setObjectName("typeEffect")
        for effect in RequestEffect:
            self.effect.addItem(request_effect_label(effect), effect)
        self.effect.setCurrentIndex(self.effect.findData(t.effect if t else RequestEffect.NONE))
        self.add_row(self.tr("Utility &kind:"), self.kind)
        self.add_row(self.tr("&Code:"), self.code)
        self.add_row(self.tr("&Name:"), self.name)
        self.add_row(self.tr("&Documents (one a line):"), self.documents)
        self.add_row(self.tr("&Fee (¥):"), self.fee)
        self.add_row(self.tr("&Time limit:"), self.sla)
        self.add_row(self.tr("Counted in:"), self.sla_unit)
        self.add_row(self.tr("On completion the account:"), self.effect)
        for box in (self.approval, self.site_work, self.emergency, self.description):
            self.form.addRow("", box)

    def save(self) -> None:
        documents = [d.strip() for d in self.documents.toPlainText().splitlines() if d.strip()]
        data = ServiceTypeInput(
            utility_kind=self.kind.currentData(),
            code=self.code.text(),
            name=self.name.text(),
            required_documents=documents,
            needs_approval=self.approval.isChecked(),
            needs_site_work=self.site_work.isChecked(),
            fee=self.fee.text(),
            sla_amount=self.sla.value(),
            sla_unit=self.sla_unit.currentData(),
            emergency=self.emergency.isChecked(),
            effect=self.effect.currentData(),
            needs_description=self.description.isChecked(),
        )
        if self._type is None:
            self._catalogue.add_type(data)
        else:
            self._catalogue.update_type(self._type.id, data)


class CataloguePage(ListTab[ServiceTypeInfo]):
    """Every service type of the deployment, those out of use included."""

    def __init__(
        self,
        catalogue: CatalogueService,
        kinds: list[UtilityKind],
        parent: QWidget | None = None,
    ) -> None:
        self._catalogue = catalogue
        self._kinds = kinds
        yes, no = self.tr("Yes"), self.tr("No")
        columns: list[Column[ServiceTypeInfo]] = [
            Column(self.tr("Kind"), lambda t: utility_label(t.utility_kind)),
            Column(self.tr("Code"), lambda t: t.code),
            Column(self.tr("Name"), lambda t: t.name),
            Column(self.tr("Approval"), lambda t: yes if t.needs_approval else no),
            Column(self.tr("Site work"), lambda t: yes if t.needs_site_work else no),
            Column(self.tr("Fee"), lambda t: format_yuan(t.fee), RIGHT),
            Column(self.tr("Time limit"), lambda t: f"{t.sla_amount} {sla_unit_label(t.sla_unit)}"),
            Column(
                self.tr("Documents"),
                lambda t: "、".join(t.required_documents),
                tooltip=lambda t: "\n".join(t.required_documents),
            ),
            Column(
                self.tr("State"),
                lambda t: self.tr("In use") if t.active else self.tr("Not in use"),
                foreground=lambda t: None if t.active else MUTED_GREY,
            ),
        ]
        super().__init__("cataloguePage", columns, stretch=(7,), parent=parent)
        self.add_button(self.tr("&Add service type…"), "addServiceType", self.add_type)
        self.add_button(self.tr("&Edit…"), "editServiceType", self.edit_type)
        self.toggle_button = self.add_toggle_button(
            (self.tr("Take &out of use"), self.tr("Put &into use")),
            "toggleServiceType",
            self.toggle,
            lambda t: t.active,
        )
        self.end_buttons()
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        self.show_rows(
            self._catalogue.list_types(include_inactive=True),
            (lambda t: t.id == chosen.id) if chosen else None,
        )

    def on_double_click(self) -> None:
        self.edit_type()

    def add_type(self) -> None:
        if ServiceTypeDialog(self._catalogue, self._kinds, parent=self).exec():
            self.say(self.tr("Service type added."))
            self.refresh()

    def edit_type(self) -> None:
        row = self.selected()
        if (
            row is not None
            and ServiceTypeDialog(self._catalogue, self._kinds, row, parent=self).exec()
        ):
            self.say(
                self.tr("Service type {code} changed; new requests use it.").format(code=row.code)
            )
            self.refresh()

    def toggle(self) -> None:
        row = self.selected()
        if row is not None:
            self.act(
                lambda: self._catalogue.set_active(row.id, not row.active),
                self.tr("Service type {code} changed.").format(code=row.code),
            )
