"""How every document words dates, people and numbers."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from counter_app.domain.documents import IssuedBy
from counter_app.domain.money import format_yuan
from counter_app.domain.receipts import ReceiptTender


def format_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def format_datetime(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def clerk_line(issued: IssuedBy) -> str:
    """``李娜（工号 C0123）``: the clerk as every document names them."""
    return f"{issued.clerk_name}（工号 {issued.clerk_employee_no}）"


def counter_line(issued: IssuedBy) -> str | None:
    """``3号窗口``, or nothing for a document not issued at a counter window."""
    number = issued.counter_number
    return None if number is None else f"{number}号窗口"


def hotline_line(issued: IssuedBy) -> str:
    """``服务热线：96777``, as a document's header gives the hall's hotline."""
    return f"服务热线：{issued.hall.hotline}"


def printed_line(issued: IssuedBy) -> str:
    """The footer's 'who printed this, where and when'."""
    parts = [
        f"打印时间：{format_datetime(issued.printed_at)}",
        f"经办人：{clerk_line(issued)}",
    ]
    counter = counter_line(issued)
    if counter is not None:
        parts.append(counter)
    return "　".join(parts)


def plain(amount: Decimal) -> str:
    """An amount without the ¥, where the heading of its column or line says 元."""
    return format_yuan(amount, symbol=False)


def quantity(value: Decimal) -> str:
    """A reading, volume or unit price as the DTO carries it, never in exponent form."""
    return f"{value:f}"


def volume_line(volume: Decimal | None, wording: tuple[str, str]) -> tuple[str, str] | None:
    """A prepaid volume's line from its ``(label, unit)``: ``("购气量", "12.5 m³")``; None
    when the document carries no volume."""
    if volume is None:
        return None
    label, unit = wording
    return label, f"{quantity(volume)} {unit}".strip()


def tender_reference(tender: ReceiptTender) -> str | None:
    return None if not tender.reference else f"交易单号 {tender.reference}"
