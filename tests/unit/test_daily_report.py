"""The daily report (营业日报, docs/domain.md §10) of a full business day: every figure of the
exported workbook and of the PDF equals what this test reads from the tables itself.

The day: three clerks at three counters, over 2,000 payments with mixed tenders, voids,
refunds, reprints and ratings (written fast, see report_data.py), cash handed in to the safe
and put into a drawer, two cash variances signed off by the manager, the day closed.
"""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from payment_workers import Desk, open_desk
from pypdf import PdfReader
from report_data import counts_of, fill_payments
from sqlalchemy import text

from counter_app.db.engine import Database
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.domain.enums import ApprovalAction
from counter_app.domain.money import format_yuan
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.reports import ReportService
from counter_app.services.shifts import DayCloseService, ShiftService

D = Decimal
PAYMENTS = 2100
TENDERS = {
    "cash": "现金",
    "bank_card": "银行卡",
    "wechat": "微信支付",
    "alipay": "支付宝",
    "transfer": "转账/支票",
}
UTILITIES = {"gas": "燃气", "electricity": "电力", "water": "自来水"}
KINDS = {"postpaid": "缴费", "refund": "退费", "fee": "业务费"}
PURCHASE = {"gas": "购气", "electricity": "购电", "water": "购水"}


def yuan(fen: Any) -> Decimal:
    return (D(int(fen or 0)) / 100).quantize(D("0.01"))


@dataclass
class Day:
    desk: Desk
    business_date: date
    workbook: Path
    pdf: Path


@pytest.fixture
def day(db: Database, clock: FixedClock, tmp_path: Path) -> Day:
    desk = open_desk(db, clock)  # G1001 at counter 1 with ¥500.00
    g2 = desk.auth.sign_in("G1002", DEMO_PASSWORD, 2)
    g3 = desk.auth.sign_in("G1003", DEMO_PASSWORD, 3)
    ShiftService(db, clock, g2).open_shift(counts={D("100"): 3, D("0.5"): 10})  # ¥305.00
    ShiftService(db, clock, g3).open_shift(D("0.00"))
    services = {
        "G1001": ShiftService(db, clock, desk.clerk),
        "G1002": ShiftService(db, clock, g2),
        "G1003": ShiftService(db, clock, g3),
    }
    shift_ids = [services[c].current_shift().shift_id for c in ("G1001", "G1002", "G1003")]  # type: ignore[union-attr]
    fill_payments(db, shift_ids, PAYMENTS, manager_id=desk.manager.user_id)
    clock.advance(hours=12)  # 21:30: the day's last payment was before
    services["G1001"].cash_out(D("1000.00"), "交款入保险柜")
    services["G1002"].cash_in(D("100.00"), "领取零钱")
    actors = {"G1001": desk.clerk, "G1002": g2, "G1003": g3}
    for employee_no, variance in (("G1001", D("0")), ("G1002", D("-10.00")), ("G1003", D("5.50"))):
        service = services[employee_no]
        expected = service.figures().expected_cash
        counts = counts_of(expected + variance)
        grant = None
        if variance:
            check = service.check_close(counts)
            grant = desk.auth.approve(
                actors[employee_no],
                "M1001",
                DEMO_PASSWORD,
                action=ApprovalAction.CASH_VARIANCE,
                subject=check.approval_subject,
                reason="清点核实",
                amount=check.variance,
            )
        service.close_shift(
            counts, variance_reason="清点差异" if variance else None, approval=grant
        )
    business_date = (clock.now() - timedelta(hours=12)).astimezone(LOCAL_TZ).date()
    DayCloseService(db, clock, desk.manager).close_day(business_date)
    workbook, pdf = tmp_path / "日报.xlsx", tmp_path / "日报.pdf"
    ReportService(db, clock, desk.manager).export_daily(business_date, workbook, pdf_path=pdf)
    return Day(desk, business_date, workbook, pdf)


# ----------------------------------------------------------------------------- own reading


def rows(db: Database, sql: str, **params: Any) -> list[Any]:
    with db.read() as s:
        return list(s.execute(text(sql), params).all())


def day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), LOCAL_TZ)
    return start, start + timedelta(days=1)


class Truth:
    """The day's figures, read with this test's own SQL."""

    def __init__(self, db: Database, day: date) -> None:
        hall = rows(db, "SELECT id FROM halls WHERE code = 'H01'")[0][0]
        where = "p.hall_id = :hall AND p.business_date = :day"
        args = {"hall": hall, "day": day}
        self.clerks: dict[str, dict[str, Any]] = defaultdict(lambda: defaultdict(D))
        for no, name, status, kind, n, amount in rows(
            db,
            f"SELECT u.employee_no, u.name, p.status, p.kind, COUNT(*), SUM(p.amount) "
            f"FROM payments p JOIN users u ON u.id = p.clerk_id WHERE {where} "
            "GROUP BY u.employee_no, u.name, p.status, p.kind",
            **args,
        ):
            c = self.clerks[no]
            c["name"] = name
            c["transactions"] += n
            if status == "voided":
                c["voided"] += n
            else:
                c["amount"] += yuan(amount)
                if kind == "refund":
                    c["refunds"] += yuan(amount)
        self.tenders: dict[str, list[Any]] = {t: [0, D("0.00")] for t in TENDERS}
        for no, tender, n, amount in rows(
            db,
            "SELECT u.employee_no, t.tender, COUNT(*), SUM(t.amount) FROM payment_tenders t "
            "JOIN payments p ON p.id = t.payment_id JOIN users u ON u.id = p.clerk_id "
            f"WHERE {where} AND p.status = 'completed' GROUP BY u.employee_no, t.tender",
            **args,
        ):
            self.clerks[no][tender] += yuan(amount)
            self.tenders[tender][0] += n
            self.tenders[tender][1] += yuan(amount)
        start, end = day_bounds(day)
        for no, printed_at in rows(
            db,
            "SELECT u.employee_no, d.printed_at FROM printed_documents d JOIN users u "
            "ON u.id = d.user_id WHERE d.hall_id = :hall AND d.reprint_no > 0",
            hall=hall,
        ):
            if start <= _aware(printed_at) < end:
                self.clerks[no]["reprints"] += 1
        self.shifts = rows(
            db,
            "SELECT u.employee_no, s.variance, s.expected_cash, s.counted_cash FROM shifts s "
            "JOIN users u ON u.id = s.clerk_id WHERE s.hall_id = :hall AND s.business_date = :day",
            **args,
        )
        for no, variance, _e, _c in self.shifts:
            self.clerks[no]["variance"] += yuan(variance)
        for no, rating, n in rows(
            db,
            "SELECT u.employee_no, r.rating, COUNT(*) FROM satisfaction_ratings r "
            "JOIN payments p ON p.id = r.payment_id JOIN users u ON u.id = r.clerk_id "
            f"WHERE {where} GROUP BY u.employee_no, r.rating",
            **args,
        ):
            self.clerks[no]["ratings"] += n
            if rating != "dissatisfied":
                self.clerks[no]["satisfied"] += n
        # Handling time: the gap to the clerk's previous transaction in the shift (or to the
        # shift's opening), gaps over 15 minutes left out.
        times: dict[int, list[Any]] = defaultdict(list)
        opened: dict[int, tuple[str, datetime]] = {}
        for shift_id, no, opened_at, created_at in rows(
            db,
            "SELECT p.shift_id, u.employee_no, s.opened_at, p.created_at FROM payments p "
            "JOIN shifts s ON s.id = p.shift_id JOIN users u ON u.id = p.clerk_id "
            f"WHERE {where}",
            **args,
        ):
            times[shift_id].append(_aware(created_at))
            opened[shift_id] = (no, _aware(opened_at))
        self.handled: dict[str, list[int]] = defaultdict(list)
        for shift_id, moments in times.items():
            no, previous = opened[shift_id]
            for moment in sorted(moments):
                gap = int((moment - previous).total_seconds())
                if 0 <= gap <= 900:
                    self.handled[no].append(gap)
                previous = moment
        self.business: dict[str, list[Any]] = {}
        for utility, kind, n, amount in rows(
            db,
            "SELECT a.utility_kind, p.kind, COUNT(*), SUM(p.amount) FROM payments p "
            f"JOIN accounts a ON a.id = p.account_id WHERE {where} AND p.status = 'completed' "
            "GROUP BY a.utility_kind, p.kind",
            **args,
        ):
            word = PURCHASE[utility] if kind == "prepaid" else KINDS[kind]
            self.business[f"{UTILITIES[utility]} {word}"] = [n, yuan(amount)]
        self.voids = {
            receipt: yuan(amount)
            for receipt, amount in rows(
                db,
                "SELECT p.receipt_no, p.amount FROM payments p JOIN payment_voids v "
                f"ON v.payment_id = p.id WHERE {where}",
                **args,
            )
        }
        self.reprints = sum(c["reprints"] for c in self.clerks.values())
        self.total = sum((c["amount"] for c in self.clerks.values()), D("0.00"))
        self.transactions = sum(c["transactions"] for c in self.clerks.values())

    def average(self, no: str | None = None) -> int:
        values = self.handled[no] if no else [v for vs in self.handled.values() for v in vs]
        return round(sum(values) / len(values))


def _aware(moment: Any) -> datetime:
    """A stored time as read by raw SQL: SQLite hands back naive UTC text or datetimes."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def fen(value: Any) -> int:
    """A workbook money cell (a float of two decimals) as integer fen."""
    return round(float(value) * 100)


def sheet_rows(book: Any, title: str) -> tuple[list[str], list[list[Any]]]:
    sheet = book[title]
    values = list(sheet.iter_rows(values_only=True))
    header = [v for v in values[3] if v is not None]
    return header, [list(r) for r in values[4:] if r[0] is not None]


# ----------------------------------------------------------------------------- the checks


def test_every_figure_of_the_workbook_and_the_pdf_equals_the_database(day: Day) -> None:
    truth = Truth(day.desk.db, day.business_date)
    assert truth.transactions == PAYMENTS
    assert len(truth.voids) > 20
    assert truth.reprints > 10
    book = load_workbook(day.workbook)
    assert book.sheetnames[:1] == ["汇总"]

    header, clerk_rows = sheet_rows(book, "按柜员")
    by_no = {r[0]: dict(zip(header, r, strict=False)) for r in clerk_rows}
    assert set(by_no) == {"G1001", "G1002", "G1003", "合计"}
    for no in ("G1001", "G1002", "G1003"):
        row, c = by_no[no], truth.clerks[no]
        assert row["姓名"] == c["name"]
        assert row["笔数"] == c["transactions"]
        assert row["冲正笔数"] == c["voided"]
        assert fen(row["实收金额"]) == fen(c["amount"])
        for tender, word in TENDERS.items():
            assert fen(row[word]) == fen(c[tender]), (no, tender)
        assert fen(row["退费金额"]) == fen(c["refunds"])
        assert row["补打"] == c["reprints"]
        assert fen(row["长短款"]) == fen(c["variance"])
        assert row["平均办理时长"] == truth.average(no)
        assert row["评价数"] == c["ratings"]
        assert round(row["满意率"], 4) == round(int(c["satisfied"]) / int(c["ratings"]), 4)
    total = by_no["合计"]
    assert total["笔数"] == PAYMENTS
    assert fen(total["实收金额"]) == fen(truth.total)
    assert fen(total["长短款"]) == fen(D("-4.50"))

    header, tender_rows = sheet_rows(book, "按支付方式")
    by_tender = {r[0]: r for r in tender_rows}
    for tender, word in TENDERS.items():
        assert by_tender[word][1] == truth.tenders[tender][0]
        assert fen(by_tender[word][2]) == fen(truth.tenders[tender][1])
    assert fen(by_tender["合计"][2]) == fen(truth.total)

    _, business_rows = sheet_rows(book, "按业务类型")
    shown = {r[0]: [r[1], yuan(fen(r[2]))] for r in business_rows if r[0] != "合计"}
    assert shown == truth.business

    _, void_rows = sheet_rows(book, "冲正")
    assert {r[0]: yuan(fen(r[3])) for r in void_rows if r[0] != "合计"} == truth.voids
    _, reprint_rows = sheet_rows(book, "补打")
    assert len([r for r in reprint_rows if r[0] != "合计"]) == truth.reprints

    summary = {r[0]: r[1] for r in book["汇总"].iter_rows(min_row=5, values_only=True) if r[0]}
    assert summary["交易笔数"] == PAYMENTS
    assert fen(summary["实收合计"]) == fen(truth.total)
    assert summary["补打次数"] == truth.reprints
    assert fen(summary["冲正金额"]) == fen(sum(truth.voids.values(), D("0.00")))
    assert fen(summary["长款"]) == fen(D("5.50"))
    assert fen(summary["短款"]) == fen(D("-10.00"))
    assert summary["平均办理时长"] == truth.average()
    ratings = int(sum(c["ratings"] for c in truth.clerks.values()))
    satisfied = int(sum(c["satisfied"] for c in truth.clerks.values()))
    assert round(summary["满意率"], 4) == round(satisfied / ratings, 4)
    # Native charts (the tenders' on the summary sheet, the clerks' under their table), ¥
    # format and frozen header.
    assert book["汇总"]._charts
    assert not book["按支付方式"]._charts
    assert book["按柜员"]._charts
    assert "¥" in book["按柜员"]["F5"].number_format
    assert book["按柜员"].freeze_panes == "B5"

    pdf = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(day.pdf.read_bytes())).pages
    )
    for label in ("营业日报", "制表", "复核", "主管", "已日结"):
        assert label in pdf
    assert format_yuan(truth.total) in pdf
    for no, c in truth.clerks.items():
        assert no in pdf
        assert format_yuan(c["amount"]) in pdf
        assert f"{truth.average(no)} 秒" in pdf
    for _n, amount in truth.tenders.values():
        assert format_yuan(amount) in pdf
    for receipt, amount in truth.voids.items():
        assert receipt in pdf
        assert format_yuan(amount) in pdf
    for business, (n, amount) in truth.business.items():
        printed = f"-{format_yuan(-amount)}" if amount < 0 else format_yuan(amount)
        assert f"{business}\n{n}\n{printed}" in pdf, business
    # The variances as the workbook writes them: the shortage with its sign before the ¥.
    assert "-¥10.00" in pdf
    assert "¥5.50" in pdf
    assert "¥-" not in pdf
    assert f"{satisfied / ratings * 100:.2f}%" in pdf
