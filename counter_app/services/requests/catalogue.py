"""The service catalogue (业务目录, docs/domain.md §6): types by utility kind, kept by the
administrator. An edit applies to requests accepted afterwards: each request keeps a copy of
its type's name, documents, approval flag, fee, SLA and effect."""

from __future__ import annotations

import string
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import ServiceType
from counter_app.domain.amounts import check_amount, parse_amount
from counter_app.domain.enums import RequestEffect, SlaUnit, UtilityKind
from counter_app.domain.identity import normalize_text
from counter_app.domain.permissions import Permission
from counter_app.services import audit
from counter_app.services.base import Service, requires
from counter_app.services.requests.dto import (
    CODE_MAX_LENGTH,
    DOCUMENT_NAME_MAX_LENGTH,
    NAME_MAX_LENGTH,
    SLA_MAX_DAYS,
    SLA_MAX_HOURS,
    CatalogueRefused,
    ServiceTypeInfo,
    ServiceTypeInput,
    ServiceTypeNotFound,
)

DOCUMENTS_MAX = 20
_CODE_CHARS = frozenset(string.ascii_uppercase + string.digits + "_")

_FIELDS = {
    RequestEffect.TRANSFER: ("new_owner",),
    RequestEffect.RENAME: ("new_name",),
    RequestEffect.RELOCATE: ("new_address",),
}


@dataclass(frozen=True)
class DefaultType:
    """A type of the default catalogues (docs/domain.md §6)."""

    code: str
    name: str
    documents: tuple[str, ...]
    flags: str  # A approval, S site work, E emergency, D description required
    fee: str
    sla: str  # "15d": working days, "4h": clock hours
    effect: RequestEffect = RequestEffect.NONE

    @property
    def sla_amount(self) -> int:
        return int(self.sla[:-1])

    @property
    def sla_unit(self) -> SlaUnit:
        return SlaUnit.HOURS if self.sla.endswith("h") else SlaUnit.WORKING_DAYS


_E = RequestEffect
_ID = ("身份证原件",)
_HOUSE = ("身份证原件", "房产证明")
_OWNERS = ("原户主身份证", "新户主身份证", "房产证明", "结清证明")
_RENAME = ("身份证原件", "更名证明")
_KIT = ("身份证原件", "用电设备清单")
T = DefaultType
DEFAULT_CATALOGUE: dict[UtilityKind, tuple[DefaultType, ...]] = {
    UtilityKind.GAS: (
        T(
            "OPEN",
            "开户/报装",
            ("身份证原件", "房产证或购房合同", "燃气设施安装位置图"),
            "AS",
            "0",
            "15d",
        ),
        T("IGNITE", "通气点火", ("身份证原件", "开户确认单"), "S", "0", "5d"),
        T("TRANSFER", "过户", _OWNERS, "A", "0", "5d", _E.TRANSFER),
        T("RENAME", "更名", _RENAME, "", "0", "5d", _E.RENAME),
        T("RELOCATE", "迁移/移表", _HOUSE, "AS", "200", "5d", _E.RELOCATE),
        T("MODIFY", "改装/改管", _HOUSE, "ASD", "150", "5d"),
        T("SUSPEND", "暂停用气", _ID, "S", "0", "5d", _E.SUSPEND),
        T("RESUME", "恢复用气", _ID, "S", "0", "5d", _E.RESUME),
        T("CLOSE", "销户", ("身份证原件", "燃气缴费卡或IC卡"), "AS", "0", "5d", _E.CLOSE),
        T("METER", "验表/换表", _ID, "SD", "0", "5d"),
        T("REPAIR", "报修", (), "SD", "0", "4h"),
        T("LEAK", "燃气泄漏报修", (), "SED", "0", "1h"),
        T("INSPECT", "安检预约", (), "S", "0", "5d"),
    ),
    UtilityKind.ELECTRICITY: (
        T("OPEN", "新装/增容", (*_HOUSE, "用电设备清单"), "AS", "0", "15d"),
        T("REDUCE", "减容", _KIT, "AS", "0", "5d"),
        T("SUSPEND", "暂停", _ID, "S", "0", "5d", _E.SUSPEND),
        T("RESUME", "复电", _ID, "S", "0", "24h", _E.RESUME),
        T("SWAP", "暂换", _KIT, "ASD", "0", "5d"),
        T("RELOCATE", "迁址", _HOUSE, "AS", "0", "5d", _E.RELOCATE),
        T("MOVE_METER", "移表", _ID, "ASD", "200", "5d"),
        T("TEMP_REMOVE", "暂拆", _ID, "S", "0", "5d"),
        T("RENAME", "更名", _RENAME, "", "0", "5d", _E.RENAME),
        T("TRANSFER", "过户", _OWNERS, "A", "0", "5d", _E.TRANSFER),
        T("SPLIT", "分户", _HOUSE, "ASD", "0", "5d"),
        T("MERGE", "并户", _HOUSE, "ASD", "0", "5d"),
        T("CLOSE", "销户", _ID, "AS", "0", "5d", _E.CLOSE),
        T("VOLTAGE", "改压", _KIT, "ASD", "0", "5d"),
        T("RECLASS", "改类", ("身份证原件", "用电性质证明"), "AD", "0", "5d"),
        T("METER_CHECK", "电能表异常", (), "SD", "0", "4d"),
        T("READING_CHECK", "抄表数据异常", (), "D", "0", "6d"),
        T("REPAIR", "报修", (), "SD", "0", "4h"),
        T("DANGER", "用电危险报修", (), "SED", "0", "1h"),
    ),
    UtilityKind.WATER: (
        T("OPEN", "新装", _HOUSE, "AS", "0", "15d"),
        T("TRANSFER", "过户", _OWNERS, "A", "0", "5d", _E.TRANSFER),
        T("RENAME", "更名", _RENAME, "", "0", "5d", _E.RENAME),
        T("RELOCATE", "迁移/移表", _HOUSE, "AS", "200", "5d", _E.RELOCATE),
        T("SUSPEND", "暂停用水", _ID, "S", "0", "5d", _E.SUSPEND),
        T("RESUME", "恢复用水", _ID, "S", "0", "5d", _E.RESUME),
        T("CLOSE", "销户", _ID, "AS", "0", "5d", _E.CLOSE),
        T("METER", "验表/换表", _ID, "SD", "0", "5d"),
        T("REPAIR", "报修", (), "SD", "0", "4h"),
        T("BURST", "爆管抢修", (), "SED", "0", "1h"),
    ),
}


# ----------------------------------------------------------------------------- helpers


def fields_of(effect: RequestEffect, needs_description: bool) -> tuple[str, ...]:
    """The type's own intake fields (see :class:`ServiceTypeInfo`)."""
    return _FIELDS.get(effect, ()) + (("description",) if needs_description else ())


def type_info(row: ServiceType) -> ServiceTypeInfo:
    return ServiceTypeInfo(
        id=row.id,
        utility_kind=row.utility_kind,
        code=row.code,
        name=row.name,
        required_documents=tuple(row.required_documents or ()),
        needs_approval=row.needs_approval,
        needs_site_work=row.needs_site_work,
        fee=row.fee,
        sla_amount=row.sla_amount,
        sla_unit=row.sla_unit,
        emergency=row.emergency,
        active=row.active,
        effect=row.effect,
        needs_description=row.needs_description,
        fields=fields_of(row.effect, row.needs_description),
    )


def load_type(s: Session, type_id: int) -> ServiceType:
    row = s.get(ServiceType, type_id)
    if row is None:
        raise ServiceTypeNotFound("no such service type", type_id=type_id)
    return row


def _audit_values(row: ServiceType) -> dict[str, Any]:
    return {
        "utility_kind": row.utility_kind,
        "code": row.code,
        "name": row.name,
        "required_documents": list(row.required_documents or ()),
        "needs_approval": row.needs_approval,
        "needs_site_work": row.needs_site_work,
        "fee": row.fee,
        "sla_amount": row.sla_amount,
        "sla_unit": row.sla_unit,
        "emergency": row.emergency,
        "effect": row.effect,
        "needs_description": row.needs_description,
        "active": row.active,
    }


def install_default_catalogue(s: Session) -> int:
    """Add the default types (docs/domain.md §6) a kind lacks, by code, and give the types of
    the default codes that have no effect yet theirs. Returns how many types were added."""
    existing = {(t.utility_kind, t.code): t for t in s.execute(select(ServiceType)).scalars()}
    added = 0
    for kind, types in DEFAULT_CATALOGUE.items():
        for d in types:
            row = existing.get((kind, d.code))
            if row is not None:
                if row.effect is RequestEffect.NONE and d.effect is not RequestEffect.NONE:
                    row.effect = d.effect
                row.needs_description = row.needs_description or "D" in d.flags
                continue
            s.add(
                ServiceType(
                    utility_kind=kind,
                    code=d.code,
                    name=d.name,
                    required_documents=list(d.documents),
                    needs_approval="A" in d.flags,
                    needs_site_work="S" in d.flags,
                    fee=Decimal(d.fee).quantize(Decimal("0.01")),
                    sla_amount=d.sla_amount,
                    sla_unit=d.sla_unit,
                    emergency="E" in d.flags,
                    active=True,
                    effect=d.effect,
                    needs_description="D" in d.flags,
                )
            )
            added += 1
    s.flush()
    return added


class _Checked:
    """A :class:`ServiceTypeInput` after its checks."""

    def __init__(self, data: ServiceTypeInput) -> None:
        try:
            self.utility_kind = UtilityKind(data.utility_kind)
        except ValueError:
            raise CatalogueRefused(
                "catalogue.utility_kind_invalid", field="utility_kind", value=str(data.utility_kind)
            ) from None
        code = normalize_text(data.code).strip().upper()
        if not code or len(code) > CODE_MAX_LENGTH or not set(code) <= _CODE_CHARS:
            raise CatalogueRefused("catalogue.code_invalid", field="code", max=CODE_MAX_LENGTH)
        self.code = code
        name = " ".join(normalize_text(data.name).split())
        if not name:
            raise CatalogueRefused("catalogue.name_empty", field="name")
        if len(name) > NAME_MAX_LENGTH:
            raise CatalogueRefused("catalogue.name_too_long", field="name", max=NAME_MAX_LENGTH)
        self.name = name
        documents: list[str] = []
        for raw in data.required_documents:
            doc = " ".join(normalize_text(raw).split())
            if not doc:
                continue
            if len(doc) > DOCUMENT_NAME_MAX_LENGTH:
                raise CatalogueRefused(
                    "catalogue.document_invalid",
                    field="required_documents",
                    name=doc[:DOCUMENT_NAME_MAX_LENGTH],
                    max=DOCUMENT_NAME_MAX_LENGTH,
                )
            if doc not in documents:
                documents.append(doc)
        if len(documents) > DOCUMENTS_MAX:
            raise CatalogueRefused(
                "catalogue.documents_too_many", field="required_documents", max=DOCUMENTS_MAX
            )
        self.documents = documents
        fee = (
            parse_amount(data.fee, minimum=Decimal(0), field="fee")
            if isinstance(data.fee, str)
            else data.fee
        )
        self.fee = check_amount(fee, minimum=Decimal(0), field="fee")
        try:
            self.sla_unit = SlaUnit(data.sla_unit)
        except ValueError:
            raise CatalogueRefused(
                "catalogue.sla_invalid", field="sla_unit", minimum=1, maximum=SLA_MAX_DAYS
            ) from None
        ceiling = SLA_MAX_HOURS if self.sla_unit is SlaUnit.HOURS else SLA_MAX_DAYS
        if (
            not isinstance(data.sla_amount, int)
            or isinstance(data.sla_amount, bool)
            or not 1 <= data.sla_amount <= ceiling
        ):
            raise CatalogueRefused(
                "catalogue.sla_invalid", field="sla_amount", minimum=1, maximum=ceiling
            )
        self.sla_amount = data.sla_amount
        try:
            self.effect = RequestEffect(data.effect)
        except ValueError:
            raise CatalogueRefused("catalogue.effect_invalid", field="effect") from None
        self.needs_approval = bool(data.needs_approval)
        self.needs_site_work = bool(data.needs_site_work)
        self.emergency = bool(data.emergency)
        self.needs_description = bool(data.needs_description)

    def apply(self, row: ServiceType) -> None:
        row.name = self.name
        row.required_documents = list(self.documents)
        row.needs_approval = self.needs_approval
        row.needs_site_work = self.needs_site_work
        row.fee = self.fee
        row.sla_amount = self.sla_amount
        row.sla_unit = self.sla_unit
        row.emergency = self.emergency
        row.effect = self.effect
        row.needs_description = self.needs_description


class CatalogueService(Service):
    """Reading the catalogue (every signed-in user) and editing it (administrators)."""

    @requires()
    def list_types(
        self, utility_kind: UtilityKind | str | None = None, *, include_inactive: bool = False
    ) -> tuple[ServiceTypeInfo, ...]:
        """The types of one utility kind (every kind when None), in catalogue order.

        Clerks see the active types only; ``include_inactive`` (the administrator's page)
        lists the deactivated ones too.
        """
        query = select(ServiceType).order_by(ServiceType.utility_kind, ServiceType.id)
        if utility_kind is not None:
            try:
                kind = UtilityKind(utility_kind)
            except ValueError:
                return ()
            query = query.where(ServiceType.utility_kind == kind)
        if not include_inactive:
            query = query.where(ServiceType.active.is_(True))
        with self._db.read() as s:
            return tuple(type_info(row) for row in s.execute(query).scalars())

    @requires()
    def get_type(self, type_id: int) -> ServiceTypeInfo:
        """One type.

        Raises:
            ServiceTypeNotFound: no such type.
        """
        with self._db.read() as s:
            return type_info(load_type(s, type_id))

    @requires(Permission.SETTINGS_ADMIN)
    def add_type(self, data: ServiceTypeInput) -> ServiceTypeInfo:
        """Add a type to the catalogue (audited).

        Raises:
            CatalogueRefused: a field is invalid or the code exists for the kind.
            AmountError: the fee is not an amount.
        """
        checked = _Checked(data)
        with self._db.write() as s:
            taken = s.execute(
                select(ServiceType.id).where(
                    ServiceType.utility_kind == checked.utility_kind,
                    ServiceType.code == checked.code,
                )
            ).first()
            if taken is not None:
                raise CatalogueRefused("catalogue.code_exists", field="code", code=checked.code)
            row = ServiceType(utility_kind=checked.utility_kind, code=checked.code, active=True)
            checked.apply(row)
            s.add(row)
            s.flush()
            audit.record_by(
                s,
                self.actor,
                self._clock.now(),
                "create",
                "service_type",
                row.id,
                after=_audit_values(row),
            )
            return type_info(row)

    @requires(Permission.SETTINGS_ADMIN)
    def update_type(self, type_id: int, data: ServiceTypeInput) -> ServiceTypeInfo:
        """Change a type (audited with before and after); its kind and code stay.

        Requests already accepted keep the copy of the type they were accepted with.

        Raises:
            ServiceTypeNotFound, CatalogueRefused (``catalogue.kind_changed``,
            ``catalogue.code_changed`` and the field codes), AmountError.
        """
        checked = _Checked(data)
        with self._db.write() as s:
            row = load_type(s, type_id)
            if checked.utility_kind is not row.utility_kind:
                raise CatalogueRefused("catalogue.kind_changed", field="utility_kind")
            if checked.code != row.code:
                raise CatalogueRefused("catalogue.code_changed", field="code")
            before = _audit_values(row)
            checked.apply(row)
            self._record_update(s, row, before, _audit_values(row))
            return type_info(row)

    @requires(Permission.SETTINGS_ADMIN)
    def set_active(self, type_id: int, active: bool) -> ServiceTypeInfo:
        """Deactivate (or reactivate) a type: a deactivated type takes no new request;
        requests already accepted go on. Audited.

        Raises:
            ServiceTypeNotFound.
        """
        with self._db.write() as s:
            row = load_type(s, type_id)
            before = {"active": row.active}
            row.active = active
            self._record_update(s, row, before, {"active": active})
            return type_info(row)

    def _record_update(
        self, s: Session, row: ServiceType, before: dict[str, Any], after: dict[str, Any]
    ) -> None:
        """Audit the values of ``row`` that changed, before and after; nothing if none did."""
        changed = [k for k in after if after[k] != before[k]]
        if changed:
            s.flush()
            audit.record_by(
                s,
                self.actor,
                self._clock.now(),
                "update",
                "service_type",
                row.id,
                before={k: before[k] for k in changed},
                after={k: after[k] for k in changed},
            )
