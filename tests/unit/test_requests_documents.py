"""The papers of a service request (work order, settlement slip, status slip) through the print
register, the 业务受理台账 read back against the database, the catalogue's administration and
the hall's alerts (docs/domain.md §6, §10, §11), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from openpyxl import load_workbook
from printing_helpers import pdf_text
from request_cases import Counter, add_bill, open_counter
from sqlalchemy import select

from counter_app.db.engine import Database
from counter_app.db.models import (
    AuditEntry,
    PrintedDocument,
    ServiceRequest,
    ServiceType,
)
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.domain.enums import DocumentType, RequestEffect, RequestStatus, Satisfaction
from counter_app.domain.errors import PermissionDenied
from counter_app.domain.print_register import PrintAlreadyRegistered
from counter_app.services.alerts import AlertService, raise_alert
from counter_app.services.alerts_dto import EMERGENCY_REQUEST, AlertNotFound
from counter_app.services.customers_dto import FieldErrors
from counter_app.services.requests.catalogue import DEFAULT_CATALOGUE, CatalogueService
from counter_app.services.requests.dto import (
    CatalogueRefused,
    IntakeRequest,
    RequestInputError,
    ServiceTypeInput,
)
from counter_app.services.requests.intake import open_emergency_repair

S = RequestStatus
ZERO = Decimal("0.00")


@pytest.fixture
def hall(db: Database, clock: FixedClock) -> Counter:
    return open_counter(db, clock)


def _barcodes(pdf: bytes) -> list[str]:
    """Render the first page at 200 dpi and read every Code 128 on it, as a scanner would."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=200 / 72).to_pil()
    finally:
        document.close()
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)]


# ----------------------------------------------------------------------------- work order


def test_the_work_order_names_the_request_and_its_barcode_reads_back(hall: Counter) -> None:
    account = hall.account()
    detail = hall.accept("REPAIR", account, description="灶具打不着火，点火针老化")
    result = hall.requests.dispatch(detail.summary.id, "抢修班", "带点火针")
    order = result.work_order
    assert order is not None
    issued = hall.requests.issue(order)
    text = pdf_text(issued.pdf)
    for expected in (
        detail.summary.number,
        "报修",
        "王芳（工号 G1001）",
        detail.summary.address,
        "灶具打不着火，点火针老化",
        "抢修班",
        "带点火针",
        "客户签字",
        "施工人员",
        "验收人",
    ):
        assert expected in text, expected
    deadline = detail.summary.deadline_at
    assert deadline is not None
    assert deadline.strftime("%Y-%m-%d %H:%M") in text
    assert _barcodes(issued.pdf) == [detail.summary.number]

    # In the register as the original, and once only; the 补打 says so.
    with pytest.raises(PrintAlreadyRegistered):
        hall.requests.issue(order)
    hall.requests.report_print(issued, printed=True)
    copy = hall.requests.reprint(DocumentType.WORK_ORDER, detail.summary.number, "客户遗失")
    assert copy.reprint_no == 1
    assert "补打 第 1 次" in pdf_text(copy.pdf)
    with hall.db.read() as s:
        rows = s.execute(
            select(PrintedDocument.reprint_no, PrintedDocument.reason, PrintedDocument.account_id)
            .where(PrintedDocument.doc_type == DocumentType.WORK_ORDER)
            .order_by(PrintedDocument.reprint_no)
        ).all()
    assert [tuple(r) for r in rows] == [(0, None, account), (1, "客户遗失", account)]
    with pytest.raises(FieldErrors):
        hall.requests.reprint(DocumentType.WORK_ORDER, detail.summary.number, " ")


def test_the_work_order_shows_the_fee_receipt(hall: Counter) -> None:
    from counter_app.services.requests.dto import RelocateDetails

    detail = hall.accept("RELOCATE", hall.account(), details=RelocateDetails("东城区新址路9号"))
    fee = hall.pay_fee(detail)
    order = hall.requests.dispatch(
        detail.summary.id, "安装一班", "", hall.approval(fee.request)
    ).work_order
    assert order is not None
    assert order.fee_receipt_no == fee.payment.receipt_no
    assert f"¥200.00（收据 {fee.payment.receipt_no}）" in pdf_text(hall.requests.preview(order))


def test_the_missing_documents_notice_prints_through_the_register(hall: Counter) -> None:
    info = hall.types["CLOSE"]
    result = hall.requests.accept(
        IntakeRequest(service_type_id=info.id, account_id=hall.account(), documents_received=())
    )
    notice = result.missing_documents_notice
    assert notice is not None
    issued = hall.requests.issue(notice)
    text = pdf_text(issued.pdf)
    assert "一次性告知单" in text
    for document in info.required_documents:
        assert document in text
    assert "首问负责人 王芳（工号 G1001）" in text  # the named owner, on every paper
    assert issued.doc_type is DocumentType.MISSING_DOCUMENTS


def test_each_status_enquiry_prints_a_slip_of_its_own(hall: Counter) -> None:
    from counter_app.services.requests.dto import RenameDetails

    result = hall.requests.accept(
        IntakeRequest(
            service_type_id=hall.types["RENAME"].id,
            account_id=hall.account(),
            documents_received=("更名证明",),
            details=RenameDetails("李新名"),
        )
    )
    number = result.request.summary.number
    slip = hall.requests.status_slip(result.request.summary.id)
    first = hall.requests.issue(slip)
    text = pdf_text(first.pdf)
    for expected in (
        number,
        "资料不全",
        "身份证原件",
        "请按一次性告知单补齐材料",
        "补齐材料后计算",
    ):
        assert expected in text, expected
    hall.clock.advance(minutes=5)
    second = hall.requests.issue(hall.requests.status_slip(result.request.summary.id))
    assert first.doc_number != second.doc_number
    assert first.doc_number.startswith(number)
    assert second.reprint_no == 0


# ----------------------------------------------------------------------------- settlement slip


def test_the_settlement_slip_of_a_closure(hall: Counter) -> None:
    from counter_app.services.bills import BillService

    account = hall.account()
    BillService(hall.db, hall.clock, hall.clerk).enter_reading(
        account, date(2026, 9, 20), Decimal("1200.000")
    )
    reading = BillService(hall.db, hall.clock, hall.clerk).enter_reading(
        account, date(2026, 11, 20), Decimal("1234.500")
    )
    assert reading.bill is not None
    hall.desk.pay(account, str(reading.bill.amount))
    detail = hall.to_in_progress(hall.accept("CLOSE", account))
    done = hall.requests.complete(detail.summary.id, "已拆表")
    slip = done.settlement_slip
    assert slip is not None
    issued = hall.requests.issue(slip)
    text = pdf_text(issued.pdf)
    for expected in (
        "销户结算单",
        detail.summary.number,
        "1234.500 m³",
        "2026年11月20日",
        f"¥{reading.bill.amount}",
        "欠费金额 ¥0.00",
        "账户余额 ¥0.00",
        "客户签字",
        "经办人",
    ):
        assert expected in text, expected
    assert _barcodes(issued.pdf) == [detail.summary.number]
    copy = hall.requests.reprint(DocumentType.SETTLEMENT_SLIP, detail.summary.number, "客户要一份")
    assert copy.reprint_no == 1


def test_the_settlement_slip_counts_what_was_paid_before_the_counter_kept_payments(
    hall: Counter,
) -> None:
    """A bill brought over part paid (no payment row for that part), the rest paid at the
    counter: the slip's paid total is the whole bill, so billed and paid agree."""
    account = hall.account()
    today = hall.clock.now().date()
    add_bill(hall.db, account, "2026-10", "100.00", today + timedelta(days=10), paid="40.00")
    hall.desk.pay(account, "60.00")
    detail = hall.to_in_progress(hall.accept("CLOSE", account))
    slip = hall.requests.complete(detail.summary.id, "已拆表").settlement_slip
    assert slip is not None
    totals = slip.totals
    assert (totals.billed_total, totals.paid_total, totals.late_fee_total) == (
        Decimal("100.00"),
        Decimal("100.00"),
        Decimal("0.00"),
    )
    assert (slip.arrears, totals.refunded_total, totals.balance) == (ZERO, ZERO, ZERO)
    text = pdf_text(hall.requests.issue(slip).pdf)
    assert "累计账单金额 ¥100.00" in text
    assert "累计缴费金额 ¥100.00" in text


# ----------------------------------------------------------------------------- ledger


#: The statuses' Chinese as docs/domain.md §6 words them.
STATUS_ZH = {
    S.INCOMPLETE: "资料不全",
    S.ACCEPTED: "已受理",
    S.PENDING_APPROVAL: "待审核",
    S.DISPATCHED: "已派工",
    S.IN_PROGRESS: "处理中",
    S.COMPLETED: "已完工",
    S.CALLBACK_DONE: "已回访",
    S.ARCHIVED: "已归档",
    S.REJECTED: "已驳回",
    S.WITHDRAWN: "已撤销",
}


def _cell(value: object) -> object:
    return "" if value is None else value


def _hall_second(moment: datetime | None) -> object:
    if moment is None:
        return ""
    return moment.astimezone(LOCAL_TZ).replace(tzinfo=None, microsecond=0)


def test_the_ledger_reads_back_row_by_row(hall: Counter, tmp_path: Path) -> None:
    from counter_app.db.models import Account, Customer, User

    manager = hall.manager_requests
    done = hall.to_in_progress(hall.accept("METER", hall.account(), description="换表"))
    hall.requests.complete(done.summary.id, "已换表")
    hall.requests.callback(done.summary.id, Satisfaction.VERY_SATISFIED)
    late = hall.accept("REPAIR", hall.account(), description="漏水")
    hall.accept("INSPECT", hall.account())
    leak = hall.accept("LEAK", None, description="楼道有燃气味", address="东城区建国路1号")
    hall.accept("METER", hall.account(), description="x", service=hall.as_user("G2001"))
    hall.clock.advance(hours=6)  # the repair's 4 hours and the leak's hour are over
    now = hall.clock.now()
    path = tmp_path / "台账.xlsx"
    start = now.date()
    export = manager.export_ledger(path, start, start)
    assert export.hall_code == "H01"
    assert len(export.rows) == 4  # the other hall's request is not in it
    book = load_workbook(path)
    sheet = book["业务受理台账"]
    header = [c.value for c in sheet[3]]
    assert header == [
        "受理编号",
        "营业厅",
        "业务类型",
        "紧急",
        "户号",
        "客户",
        "首问负责人",
        "状态",
        "受理时间",
        "办结时限",
        "完工时间",
        "按时",
        "满意度",
    ]
    written = [
        [_cell(c.value) for c in row]
        for row in sheet.iter_rows(min_row=4, max_row=3 + len(export.rows))
    ]
    assert sheet.cell(row=4 + len(export.rows), column=1).value is None  # nothing more
    with hall.db.read() as s:
        stored = s.execute(
            select(ServiceRequest, ServiceType.name, Account.number, Customer.name, User)
            .join(ServiceType, ServiceType.id == ServiceRequest.service_type_id)
            .join(User, User.id == ServiceRequest.owner_id)
            .outerjoin(Account, Account.id == ServiceRequest.account_id)
            .outerjoin(Customer, Customer.id == ServiceRequest.customer_id)
            .where(ServiceRequest.hall_id == hall.clerk.hall_id)
            .order_by(ServiceRequest.accepted_at, ServiceRequest.id)
        ).all()
    expected = []
    for sr, type_name, account_number, customer_name, owner in stored:
        if sr.completed_at is not None:
            flag = "是" if sr.completed_at <= sr.deadline_at else "否"
        else:
            flag = "否" if sr.deadline_at < now else ""
        expected.append(
            [
                sr.number,
                "H01",
                type_name,
                "是" if sr.emergency else "",
                account_number or "",
                customer_name or "",
                f"{owner.employee_no} {owner.name}",
                STATUS_ZH[sr.status],
                _hall_second(sr.accepted_at),
                _hall_second(sr.deadline_at),
                _hall_second(sr.completed_at),
                flag,
                "非常满意" if sr.satisfaction is Satisfaction.VERY_SATISFIED else "",
            ]
        )
    assert written == expected  # each row equals the database, cell by cell
    flags = {cells[0]: cells[11] for cells in written}
    assert flags[done.summary.number] == "是"
    assert flags[late.summary.number] == "否"  # open and past its deadline
    assert flags[leak.summary.number] == "否"
    by_number = {cells[0]: cells for cells in written}
    assert by_number[leak.summary.number][3:6] == ["是", "", ""]  # no account, no customer
    assert by_number[done.summary.number][12] == "非常满意"

    summary = book["按业务类型汇总"]
    lines = {
        row[0].value: [c.value for c in row[1:]]
        for row in summary.iter_rows(min_row=4, max_row=summary.max_row - 2)
        if row[0].value
    }
    assert lines["验表/换表"] == [1, 1, 1, 0, "100.0%"]
    assert lines["报修"] == [1, 0, 0, 1, "0.0%"]
    assert lines["燃气泄漏报修"] == [1, 0, 0, 1, "0.0%"]
    assert lines["合计"] == [4, 1, 1, 2, "33.3%"]


def test_the_ledger_refuses_a_bad_period_and_clerks(hall: Counter, tmp_path: Path) -> None:
    with pytest.raises(RequestInputError) as backwards:
        hall.manager_requests.ledger_rows(date(2026, 11, 2), date(2026, 11, 1))
    assert backwards.value.code == "request.period_invalid"
    with pytest.raises(RequestInputError) as too_long:
        hall.manager_requests.ledger_rows(date(2025, 1, 1), date(2026, 11, 1))
    assert too_long.value.code == "request.period_too_long"
    with pytest.raises(PermissionDenied):
        hall.requests.export_ledger(tmp_path / "x.xlsx", date(2026, 11, 1), date(2026, 11, 2))
    assert not (tmp_path / "x.xlsx").exists()


# ----------------------------------------------------------------------------- catalogue


def test_the_default_catalogues_are_seeded_for_every_utility(hall: Counter) -> None:
    for kind, defaults in DEFAULT_CATALOGUE.items():
        listed = {t.code: t for t in hall.catalogue.list_types(kind)}
        assert set(listed) == {d.code for d in defaults}
    gas = {t.code: t for t in hall.catalogue.list_types("gas")}
    assert (gas["LEAK"].emergency, gas["LEAK"].sla_amount, gas["LEAK"].sla_unit.value) == (
        True,
        1,
        "hours",
    )
    assert gas["RELOCATE"].fee == Decimal("200.00")
    assert gas["RELOCATE"].needs_approval
    assert gas["TRANSFER"].fields == ("new_owner",)
    assert gas["CLOSE"].effect is RequestEffect.CLOSE


def test_administrators_edit_the_catalogue_with_an_audit_trail(hall: Counter) -> None:
    admin = CatalogueService(hall.db, hall.clock, hall.as_user("S0001").actor)
    data = ServiceTypeInput(
        utility_kind="gas",
        code="alarm",
        name=" 报警器安装 ",
        required_documents=["身份证原件", "", "身份证原件"],
        needs_approval=False,
        needs_site_work=True,
        fee="80",
        sla_amount=3,
        sla_unit="working_days",
    )
    added = admin.add_type(data)
    assert (added.code, added.name, added.required_documents, added.fee) == (
        "ALARM",
        "报警器安装",
        ("身份证原件",),
        Decimal("80.00"),
    )
    with pytest.raises(CatalogueRefused) as exists:
        admin.add_type(data)
    assert exists.value.code == "catalogue.code_exists"
    changed = admin.update_type(added.id, ServiceTypeInput(**{**data.__dict__, "fee": "95.50"}))
    assert changed.fee == Decimal("95.50")
    with pytest.raises(CatalogueRefused) as code:
        admin.update_type(added.id, ServiceTypeInput(**{**data.__dict__, "code": "OTHER"}))
    assert code.value.code == "catalogue.code_changed"
    assert not admin.set_active(added.id, False).active
    assert admin.get_type(added.id).active is False
    with hall.db.read() as s:
        entries = s.execute(
            select(AuditEntry.action, AuditEntry.before, AuditEntry.after)
            .where(AuditEntry.entity == "service_type", AuditEntry.entity_id == str(added.id))
            .order_by(AuditEntry.id)
        ).all()
    assert [e.action for e in entries] == ["create", "update", "update"]
    assert (entries[1].before, entries[1].after) == ({"fee": "80.00"}, {"fee": "95.50"})
    assert (entries[2].before, entries[2].after) == ({"active": True}, {"active": False})
    with pytest.raises(PermissionDenied):
        hall.catalogue.add_type(data)


def test_a_free_type_is_typed_with_a_fee_of_nothing(hall: Counter) -> None:
    """Most of the catalogue is free: the fee typed as 0, 0.00 or ０ is ¥0.00, not refused as
    a payment below the smallest amount; a negative or unreadable fee still is."""
    from counter_app.domain.amounts import AmountError

    admin = CatalogueService(hall.db, hall.clock, hall.as_user("S0001").actor)
    repair = hall.types["REPAIR"]
    data = ServiceTypeInput(
        utility_kind="gas",
        code="REPAIR",
        name=repair.name,
        required_documents=repair.required_documents,
        needs_approval=repair.needs_approval,
        needs_site_work=repair.needs_site_work,
        fee="0.00",
        sla_amount=6,
        sla_unit="hours",
        needs_description=True,
    )
    assert admin.update_type(repair.id, data).fee == Decimal("0.00")
    added = admin.add_type(ServiceTypeInput(**{**data.__dict__, "code": "CHECK", "fee": "０"}))
    assert added.fee == Decimal("0.00")
    for fee in ("-1", "免费"):
        with pytest.raises(AmountError):
            admin.update_type(added.id, ServiceTypeInput(**{**data.__dict__, "fee": fee}))


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"code": "坏"}, "catalogue.code_invalid"),
        ({"name": " "}, "catalogue.name_empty"),
        ({"name": "名" * 51}, "catalogue.name_too_long"),
        ({"required_documents": ["证" * 51]}, "catalogue.document_invalid"),
        ({"sla_amount": 0}, "catalogue.sla_invalid"),
        ({"sla_amount": 721, "sla_unit": "hours"}, "catalogue.sla_invalid"),
        ({"utility_kind": "steam"}, "catalogue.utility_kind_invalid"),
        ({"effect": "explode"}, "catalogue.effect_invalid"),
    ],
)
def test_catalogue_input_is_checked(hall: Counter, change: dict[str, object], code: str) -> None:
    admin = CatalogueService(hall.db, hall.clock, hall.as_user("S0001").actor)
    data = {
        "utility_kind": "gas",
        "code": "ALARM",
        "name": "报警器安装",
        "required_documents": [],
        "needs_approval": False,
        "needs_site_work": True,
        "fee": Decimal("0"),
        "sla_amount": 3,
        "sla_unit": "working_days",
    }
    with pytest.raises(CatalogueRefused) as refused:
        admin.add_type(ServiceTypeInput(**{**data, **change}))  # type: ignore[arg-type]
    assert refused.value.code == code


# ----------------------------------------------------------------------------- alerts


def test_an_emergency_alerts_the_hall_manager_at_once(hall: Counter) -> None:
    result = hall.requests.accept(
        IntakeRequest(
            service_type_id=hall.types["LEAK"].id,
            account_id=None,
            description="楼道燃气味很重",
            address="东城区建国路88号3单元",
            team="抢修班",
        )
    )
    summary = result.request.summary
    assert (summary.status, summary.emergency) == (S.DISPATCHED, True)
    assert summary.deadline_at == hall.clock.now() + timedelta(hours=1)
    assert result.work_order is not None
    assert "紧急" in pdf_text(hall.requests.preview(result.work_order))
    alerts = AlertService(hall.db, hall.clock, hall.manager)
    pending = alerts.pending()
    assert [(a.kind, a.subject) for a in pending] == [(EMERGENCY_REQUEST, summary.number)]
    assert "燃气泄漏报修" in pending[0].summary
    assert "建国路88号" in pending[0].summary
    assert AlertService(hall.db, hall.clock, hall.as_user("M2001").actor).pending() == ()
    with pytest.raises(PermissionDenied):
        AlertService(hall.db, hall.clock, hall.clerk).pending()
    seen = alerts.acknowledge(pending[0].id)
    assert seen.acknowledged_by_name == "陈静"
    assert seen.acknowledged_at is not None
    assert alerts.pending() == ()
    with pytest.raises(AlertNotFound):
        AlertService(hall.db, hall.clock, hall.as_user("M2001").actor).acknowledge(seen.id)


def test_an_emergency_repair_opened_inside_another_unit_of_work(hall: Counter) -> None:
    account = hall.account()
    with hall.db.write() as s:
        number = open_emergency_repair(
            s,
            hall.clerk,
            hall.clock,
            hall_id=hall.clerk.hall_id or 0,
            account_id=account,
            description="投诉中反映燃气泄漏",
            source="CPH01202611230001",
        )
        raise_alert(
            s,
            hall_id=hall.clerk.hall_id or 0,
            kind="emergency_complaint",
            subject="CPH01202611230001",
            summary="燃气泄漏投诉",
            at=hall.clock.now(),
        )
    detail = hall.requests.get_by_number(number)
    assert detail.summary.emergency
    assert detail.summary.type_code == "LEAK"
    assert detail.details["source"] == "CPH01202611230001"
    assert detail.events[0].note == "CPH01202611230001"
    kinds = {a.kind for a in AlertService(hall.db, hall.clock, hall.manager).pending()}
    assert kinds == {"emergency_request", "emergency_complaint"}


def test_a_failed_unit_of_work_leaves_no_repair_and_no_alert(hall: Counter) -> None:
    with pytest.raises(FieldErrors), hall.db.write() as s:
        open_emergency_repair(
            s,
            hall.clerk,
            hall.clock,
            hall_id=hall.clerk.hall_id or 0,
            account_id=None,
            description="",
        )
    assert AlertService(hall.db, hall.clock, hall.manager).pending() == ()
    assert hall.requests.list_requests("all") == ()


def test_ledger_times_are_hall_time_to_the_second() -> None:
    from counter_app.reports.requests_ledger import ledger_cells
    from counter_app.services.requests.dto import LedgerRow

    moment = datetime(2026, 11, 23, 1, 30, 15, 999999, tzinfo=LOCAL_TZ)
    cells = ledger_cells(
        LedgerRow(
            number="SRH01202611230001",
            hall_code="H01",
            type_code="METER",
            type_name="验表/换表",
            status=S.ACCEPTED,
            emergency=False,
            account_number="0100000001",
            customer_name="王五",
            owner_employee_no="G1001",
            owner_name="王芳",
            accepted_at=moment,
            deadline_at=None,
            completed_at=None,
            on_time=None,
            satisfaction=None,
        )
    )
    assert cells[8] == moment.replace(tzinfo=None, microsecond=0)
    assert cells[9] is None
    assert cells[11] == ""
