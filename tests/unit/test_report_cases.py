"""The service-request and complaint figures of the reports and the dashboard
(docs/domain.md §10), on the full demo (requests and complaints in every state, overdue ones
among them): every count of the daily and monthly report, of their workbooks and PDFs, and of
the manager's dashboard equals what this test reads from the tables itself."""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from people import sign_in
from pypdf import PdfReader
from sqlalchemy import text

from counter_app.db.engine import Database
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.domain.reports import HallReport
from counter_app.services.demo import seed_demo
from counter_app.services.demo_complaints import MIN_CUSTOMERS
from counter_app.services.reports import ReportService

CATEGORIES = {
    "attitude": "服务态度",
    "quality": "服务质量",
    "supply": "供气/供电",
    "price": "价格收费",
    "equipment": "设备故障",
    "other": "其他",
}
ENDED = {"rejected", "withdrawn"}
CALLED_BACK = {"callback_done", "archived"}


def rows(db: Database, sql: str, **params: Any) -> list[Any]:
    with db.read() as s:
        return list(s.execute(text(sql), params).all())


def aware(moment: Any) -> datetime | None:
    """A stored time as raw SQL reads it: SQLite hands back naive UTC text or datetimes."""
    if moment is None:
        return None
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def within(moment: datetime | None, start: datetime, end: datetime) -> bool:
    return moment is not None and start <= moment < end


class Cases:
    """The hall's requests and complaints as this test counts them over [start, end)."""

    def __init__(self, db: Database, hall: str, start: datetime, end: datetime) -> None:
        hall_id = rows(db, "SELECT id FROM halls WHERE code = :code", code=hall)[0][0]
        self.requests: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        self.request_count = 0
        callbacks_due = callbacks_done = 0
        for name, status, accepted, deadline, completed in rows(
            db,
            "SELECT t.name, r.status, r.accepted_at, r.deadline_at, r.completed_at "
            "FROM service_requests r JOIN service_types t ON t.id = r.service_type_id "
            "WHERE r.hall_id = :hall",
            hall=hall_id,
        ):
            self.request_count += 1
            accepted, deadline, completed = aware(accepted), aware(deadline), aware(completed)
            row = self.requests[name]
            if within(accepted, start, end):
                row[0] += 1
            if within(completed, start, end):
                row[1] += 1
                callbacks_due += 1
                if status in CALLED_BACK:
                    row[3] += 1
                    callbacks_done += 1
            assert accepted is not None
            if (
                accepted < end
                and deadline is not None
                and deadline < end
                and status not in ENDED
                and (completed is None or completed >= end)
            ):
                row[2] += 1
        self.requests = {k: v for k, v in self.requests.items() if any(v[:3])}

        late: dict[int, bool] = defaultdict(bool)
        for complaint_id, due, done in rows(
            db, "SELECT complaint_id, due_at, done_at FROM complaint_milestones"
        ):
            due, done = aware(due), aware(done)
            assert due is not None
            if due < end and (done is None or done >= end):
                late[complaint_id] = True
        self.complaints = {c: [0, 0, 0, 0] for c in CATEGORIES}
        self.complaint_count = 0
        for complaint_id, category, received, closed, feedback, callback, repeat in rows(
            db,
            "SELECT id, category, received_at, closed_at, feedback_at, callback_at, is_repeat "
            "FROM complaints WHERE hall_id = :hall",
            hall=hall_id,
        ):
            self.complaint_count += 1
            received, closed = aware(received), aware(closed)
            row = self.complaints[category]
            if within(received, start, end):
                row[0] += 1
                row[3] += 1 if repeat else 0
            if within(closed, start, end):
                row[1] += 1
            assert received is not None
            if received < end and (closed is None or closed >= end) and late[complaint_id]:
                row[2] += 1
            if within(aware(feedback), start, end):
                callbacks_due += 1
                callbacks_done += 1 if callback is not None else 0
        self.callbacks = (callbacks_done, callbacks_due)

        # Ratings: those of the period's payments (by business date), and those of the hall's
        # requests given in the period.
        tally: Counter[bool] = Counter()
        first = start.astimezone(LOCAL_TZ).date()
        last = (end - timedelta(microseconds=1)).astimezone(LOCAL_TZ).date()
        for (rating,) in rows(
            db,
            "SELECT r.rating FROM satisfaction_ratings r JOIN payments p ON p.id = r.payment_id "
            "WHERE p.hall_id = :hall AND p.business_date >= :first AND p.business_date <= :last",
            hall=hall_id,
            first=first,
            last=last,
        ):
            tally[rating != "dissatisfied"] += 1
        for rating, at in rows(
            db,
            "SELECT r.rating, r.at FROM satisfaction_ratings r JOIN service_requests q "
            "ON q.id = r.service_request_id WHERE r.payment_id IS NULL AND q.hall_id = :hall",
            hall=hall_id,
        ):
            if within(aware(at), start, end):
                tally[rating != "dissatisfied"] += 1
        self.satisfaction = (tally[True], tally[True] + tally[False])

    def total(self, table: str, column: int) -> int:
        source = self.requests if table == "requests" else self.complaints
        return sum(v[column] for v in source.values())


def ratio(part_whole: tuple[int, int]) -> Decimal | None:
    part, whole = part_whole
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001")) if whole else None


def bounds(first: date, last: date, now: datetime) -> tuple[datetime, datetime]:
    start = datetime.combine(first, time(0), LOCAL_TZ)
    end = datetime.combine(last + timedelta(days=1), time(0), LOCAL_TZ)
    return start, min(end, now)


def check_report(report: HallReport, cases: Cases) -> None:
    requests = report.section("requests")
    assert {r[0]: list(r[1:]) for r in requests.rows} == cases.requests
    assert requests.totals is not None
    assert list(requests.totals[1:]) == [cases.total("requests", i) for i in range(4)]
    complaints = report.section("complaints")
    by_label = {r[0]: list(r[1:5]) for r in complaints.rows}
    assert by_label == {CATEGORIES[c]: v for c, v in cases.complaints.items()}
    for key, table, column in (
        ("requests_accepted", "requests", 0),
        ("requests_completed", "requests", 1),
        ("requests_overdue", "requests", 2),
        ("complaints_received", "complaints", 0),
        ("complaints_closed", "complaints", 1),
        ("complaints_overdue", "complaints", 2),
    ):
        assert report.figure(key).value == cases.total(table, column), key
    assert report.figure("callback_rate").value == ratio(cases.callbacks)
    assert report.figure("satisfaction_rate").value == ratio(cases.satisfaction)


def check_workbook(path: Path, cases: Cases) -> None:
    book = load_workbook(path)
    summary = {r[0]: r[1] for r in book["汇总"].iter_rows(min_row=5, values_only=True) if r[0]}
    assert summary["业务受理"] == cases.total("requests", 0)
    assert summary["业务办结"] == cases.total("requests", 1)
    assert summary["业务超期"] == cases.total("requests", 2)
    assert summary["投诉受理"] == cases.total("complaints", 0)
    assert summary["投诉办结"] == cases.total("complaints", 1)
    assert summary["投诉超期"] == cases.total("complaints", 2)
    done, due = cases.callbacks
    if due:
        assert round(summary["回访率"], 4) == round(done / due, 4)
    else:
        assert summary["回访率"] == "—"

    def section(title: str) -> dict[str, list[Any]]:
        values = list(book[title].iter_rows(min_row=5, values_only=True))
        return {r[0]: list(r[1:]) for r in values if r[0] is not None}

    shown = section("业务受理")
    assert {k: v[:4] for k, v in shown.items() if k != "合计"} == cases.requests
    assert shown["合计"][:4] == [cases.total("requests", i) for i in range(4)]
    shown = section("投诉")
    assert {k: v[:4] for k, v in shown.items() if k != "合计"} == {
        CATEGORIES[c]: v for c, v in cases.complaints.items()
    }
    assert shown["合计"][:4] == [cases.total("complaints", i) for i in range(4)]


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def check_pdf(path: Path, cases: Cases) -> None:
    """Each row of the two sections printed as its cells, one after another."""
    cells = [c.strip() for c in pdf_text(path).splitlines() if c.strip()]
    printed = {tuple(cells[i : i + 5]) for i in range(len(cells))}
    for name, values in cases.requests.items():
        assert (name, *map(str, values)) in printed, (name, values)
    for category, values in cases.complaints.items():
        assert (CATEGORIES[category], *map(str, values)) in printed, (category, values)
    for label, value in (
        ("业务受理", cases.total("requests", 0)),
        ("投诉超期", cases.total("complaints", 2)),
    ):
        assert (label, str(value)) in {tuple(cells[i : i + 2]) for i in range(len(cells))}


def test_requests_and_complaints_of_the_reports_equal_the_tables(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    seed_demo(db, clock, customers=MIN_CUSTOMERS)
    manager = sign_in(db, clock, "M1001")
    reports = ReportService(db, clock, manager)
    now = clock.now()
    today = now.astimezone(LOCAL_TZ).date()

    month = Cases(db, "H01", *bounds(today.replace(day=1), today, now))
    # The demo has cases of every kind this month: the checks below compare real figures.
    for figure in (
        month.request_count,
        month.complaint_count,
        *(month.total("requests", i) for i in range(3)),
        month.total("complaints", 0),
        month.total("complaints", 2),
        month.callbacks[1],
    ):
        assert figure
    check_report(reports.monthly_report(today.year, today.month), month)
    reports.export_monthly(
        today.year, today.month, tmp_path / "m.xlsx", pdf_path=tmp_path / "m.pdf"
    )
    check_workbook(tmp_path / "m.xlsx", month)
    check_pdf(tmp_path / "m.pdf", month)

    for day in (today - timedelta(days=1), today):
        cases = Cases(db, "H01", *bounds(day, day, now))
        check_report(reports.daily_report(day), cases)
        reports.export_daily(day, tmp_path / f"{day}.xlsx", pdf_path=tmp_path / f"{day}.pdf")
        check_workbook(tmp_path / f"{day}.xlsx", cases)
        check_pdf(tmp_path / f"{day}.pdf", cases)


def test_the_dashboard_counts_overdue_cases_and_the_months_rates_from_the_tables(
    db: Database, clock: FixedClock
) -> None:
    seed_demo(db, clock, customers=MIN_CUSTOMERS)
    now = clock.now()
    today = now.astimezone(LOCAL_TZ).date()
    for hall, manager in (("H01", "M1001"), ("H02", "M2001")):
        board = ReportService(db, clock, sign_in(db, clock, manager)).dashboard()
        at_now = Cases(db, hall, now, now)  # overdue: open now with a deadline passed
        month = Cases(db, hall, *bounds(today.replace(day=1), today, now))
        assert board.overdue_requests == at_now.total("requests", 2), hall
        assert board.overdue_complaints == at_now.total("complaints", 2), hall
        assert board.callback_rate == ratio(month.callbacks), hall
        assert board.satisfaction_rate == ratio(month.satisfaction), hall
        assert board.satisfaction_target == Decimal("0.98")
        assert board.callback_target == Decimal("1")
    assert board.overdue_complaints  # H02's demo has an overdue complaint
