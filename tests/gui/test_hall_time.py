"""Every time a person reads on screen is hall time, as on the paper beside it.

The clock stands at 21:49 UTC on 23 November, which is 05:49 on 24 November in the hall: the
UTC date and the hall's date differ, so a screen that shows UTC (or the workstation's own
zone) shows the wrong time and the wrong day. The workstation's zone is set to UTC, as on the
machine where this was found.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from payment_screen import debtor
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_audit_page import _audit_page
from test_payment_page import _make_page

from counter_app.context import AppContext
from counter_app.db.models import Account
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.prints import ReceiptPrintService
from counter_app.services.payments.taking import PaymentService
from counter_app.services.shifts import ShiftService
from counter_app.views import timefmt
from counter_app.views.printing import DocumentPrinter
from counter_app.views.table_models import display_text

# 2026-11-23 21:49 UTC is 2026-11-24 05:49 in the hall.
UTC_INSTANT = datetime(2026, 11, 23, 21, 49, tzinfo=UTC)
VIEWS = Path(timefmt.__file__).parent


@pytest.fixture
def workstation_in_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def late_evening_utc(ctx: AppContext, workstation_in_utc: None) -> FixedClock:
    """The context's clock moved from 09:30 hall time to 05:49 the next morning."""
    clock = ctx.clock
    assert isinstance(clock, FixedClock)
    clock.advance(seconds=(UTC_INSTANT - clock.now()).total_seconds())
    assert clock.now() == UTC_INSTANT
    return clock


def test_the_helper_reads_the_hall_clock() -> None:
    assert timefmt.time_text(UTC_INSTANT) == "05:49"
    assert timefmt.datetime_text(UTC_INSTANT) == "2026-11-24 05:49"
    assert timefmt.datetime_text(UTC_INSTANT, seconds=True) == "2026-11-24 05:49:00"
    assert timefmt.date_text(UTC_INSTANT) == "2026-11-24"
    assert timefmt.date_text(date(2026, 11, 23)) == "2026-11-23"
    assert timefmt.hall_date(UTC_INSTANT) == date(2026, 11, 24)
    assert timefmt.hall_today(FixedClock(UTC_INSTANT)) == date(2026, 11, 24)
    # Any aware zone gives the same hall time.
    same = UTC_INSTANT.astimezone(LOCAL_TZ).astimezone(UTC)
    assert timefmt.datetime_text(same) == "2026-11-24 05:49"
    # A naive value (a spreadsheet cell) has no zone to convert from and reads as it is.
    assert timefmt.datetime_text(datetime(2026, 11, 23, 21, 49)) == "2026-11-23 21:49"  # noqa: DTZ001
    assert display_text(UTC_INSTANT) == "2026-11-24 05:49"


def test_no_view_formats_a_time_by_itself() -> None:
    """One helper for every screen: a new view that calls strftime or astimezone itself may
    show UTC or the workstation's zone again."""
    offenders = []
    pattern = re.compile(r"\.(strftime|isoformat|astimezone)\(|LOCAL_TZ|toString\(\"[yhHmd]")
    for path in sorted(VIEWS.rglob("*.py")):
        if path.name == "timefmt.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{path.relative_to(VIEWS)}:{n}: {line.strip()}")
    assert offenders == []


def test_the_payment_screen_says_the_time_the_receipt_says(
    qtbot: QtBot,
    ctx: AppContext,
    en: QApplication,
    late_evening_utc: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printer = DocumentPrinter(tmp_path / "documents")
    monkeypatch.setattr(printer, "default_printer", lambda: None)
    page = _make_page(qtbot, ctx, printer)
    qtbot.keyClicks(page.opening_float, "500")
    qtbot.mouseClick(page.open_shift_button, Qt.MouseButton.LeftButton)
    shift = page.shift_label.text()
    assert "Shift open since 05:49" in shift, shift
    assert "business date 2026-11-24" in shift
    assert "21:49" not in shift

    qtbot.keyClicks(page.account_input, debtor(ctx))
    qtbot.keyClick(page.account_input, Qt.Key.Key_Return)
    assert page.amount.isEnabled(), page.error.text()
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.last_result is not None, page.error.text()
    last = page.last_payment_label.text()
    assert last.endswith("2026-11-24 05:49"), last
    assert page.last_print is not None
    reader = PdfReader(io.BytesIO(page.last_print.pdf_path.read_bytes()))
    paper = "".join("".join(p.extract_text().split()) for p in reader.pages)
    assert "2026-11-2405:49" in paper  # the receipt, for comparison


def test_the_auditors_desk_shows_hall_time(
    qtbot: QtBot, ctx: AppContext, en: QApplication, late_evening_utc: FixedClock
) -> None:
    clerk = ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1)
    ShiftService(ctx.db, ctx.clock, clerk).open_shift(Decimal("500.00"))
    with ctx.db.read() as s:
        account_id = s.execute(select(Account.id).where(Account.number == debtor(ctx))).scalar()
    from counter_app.services.payments.dto import PaymentRequest, TenderLine

    paid = PaymentService(ctx.db, ctx.clock, clerk).take_payment(
        PaymentRequest(
            account_id=account_id,
            amount=Decimal("10.00"),
            tenders=[TenderLine("cash", Decimal("10.00"))],
            cash_received=Decimal("10.00"),
            idempotency_key="t" * 32,
        )
    )
    ReceiptPrintService(ctx.db, ctx.clock, clerk).register_print(
        paid.receipt_no, "0" * 64, "thermal80"
    )
    page = _audit_page(qtbot, ctx)
    # The period starts on the hall's today, not on the UTC date.
    assert page.register_period.dates() == (date(2026, 11, 24), date(2026, 11, 24))
    page.load_register()
    model = page.register_model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "2026-11-24 05:49:00"
