"""The rules of docs/domain.md §7 on their own, without a database: deadlines, the order of the
milestones, the repeat window, extensions, what a file is, what a phone is."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.complaints import (
    MAX_ATTACHMENT_BYTES,
    ComplaintInputError,
    ComplaintRefused,
    attachment_type,
    check_extension,
    check_milestone_order,
    extended_due,
    milestone_deadlines,
    validate_contact_phone,
    within_repeat_window,
)
from counter_app.domain.enums import MilestoneKind, Severity
from counter_app.domain.identity import ValidationIssue

FIRST, PROPOSED, DONE, REPORTED = MilestoneKind


def _at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=LOCAL_TZ)


@pytest.mark.parametrize(
    ("received", "dates"),
    [
        # The worked example of docs/domain.md §8: National Day, then the make-up Saturday.
        (_at(2026, 9, 30, 16), ("2026-10-08", "2026-10-09", "2026-10-10", "2026-10-13")),
        # Received on a holiday: counting starts after it.
        (_at(2026, 10, 3, 11), ("2026-10-08", "2026-10-09", "2026-10-10", "2026-10-13")),
        # Received on a Saturday: Monday is the first working day.
        (_at(2026, 11, 21, 11), ("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-27")),
    ],
)
def test_working_day_deadlines(received: datetime, dates: tuple[str, ...]) -> None:
    due = milestone_deadlines(received, Severity.GENERAL, WorkingCalendar())
    assert tuple(due[k].date().isoformat() for k in MilestoneKind) == dates
    assert milestone_deadlines(received, Severity.MAJOR, WorkingCalendar()) == due


def test_an_emergency_counts_clock_hours() -> None:
    received = _at(2026, 10, 1, 23, 30)
    due = milestone_deadlines(received, Severity.EMERGENCY, WorkingCalendar())
    assert [due[k] - received for k in MilestoneKind] == [
        timedelta(hours=h) for h in (1, 4, 24, 48)
    ]


def test_milestones_are_recorded_in_order_and_once() -> None:
    check_milestone_order(FIRST, {})
    with pytest.raises(ComplaintRefused) as skipped:
        check_milestone_order(DONE, {FIRST: True})
    assert (skipped.value.code, skipped.value.params["missing"]) == (
        "complaint.milestone_order",
        PROPOSED,
    )
    with pytest.raises(ComplaintRefused) as twice:
        check_milestone_order(FIRST, {FIRST: True})
    assert twice.value.code == "complaint.milestone_done"


@pytest.mark.parametrize(("days", "repeat"), [(0, True), (29, True), (30, True), (31, False)])
def test_the_repeat_window_counts_calendar_days(days: int, repeat: bool) -> None:
    received = _at(2026, 11, 23, 9)
    earlier = received.replace(hour=17) - timedelta(days=days)
    assert within_repeat_window(earlier, received, 30) is repeat


def test_an_extension_is_before_the_deadline_for_an_open_milestone() -> None:
    due = _at(2026, 11, 24, 23, 59)
    check_extension(FIRST, due, False, 2, due - timedelta(minutes=1))
    with pytest.raises(ComplaintRefused) as late:
        check_extension(FIRST, due, False, 2, due + timedelta(seconds=1))
    assert late.value.code == "complaint.extension_late"
    with pytest.raises(ComplaintRefused) as done:
        check_extension(FIRST, due, True, 2, due - timedelta(hours=1))
    assert done.value.code == "complaint.extension_done"
    with pytest.raises(ComplaintInputError):
        check_extension(FIRST, due, False, 11, due - timedelta(hours=1))
    calendar = WorkingCalendar()
    # Friday 11-27 + 1 working day is Monday; an emergency moves by whole days.
    friday = _at(2026, 11, 27, 23, 59)
    assert extended_due(friday, 1, Severity.GENERAL, calendar).date().isoformat() == "2026-11-30"
    assert extended_due(friday, 1, Severity.EMERGENCY, calendar) == friday + timedelta(days=1)


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (b"\xff\xd8\xff\xdb" + b"\x00" * 8, "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 8, "image/png"),
        (b"GIF89a" + b"\x00" * 8, "image/gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"II*\x00" + b"\x00" * 8, "image/tiff"),
        (b"%PDF-1.7\n", "application/pdf"),
    ],
)
def test_a_file_is_what_its_content_says(data: bytes, content_type: str) -> None:
    assert attachment_type(data, "whatever.doc") == content_type


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "complaint.attachment_empty"),
        (b"PK\x03\x04 a zip or a .docx", "complaint.attachment_type"),
        (b"<html>not a picture</html>", "complaint.attachment_type"),
        (b"%PDF" + b"\x00" * MAX_ATTACHMENT_BYTES, "complaint.attachment_too_large"),
    ],
)
def test_a_file_that_is_not_a_picture_or_pdf_or_too_large_is_refused(
    data: bytes, code: str
) -> None:
    with pytest.raises(ComplaintInputError) as refused:
        attachment_type(data, "photo.jpg")
    assert refused.value.code == code
    assert refused.value.params["filename"] == "photo.jpg"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("0571-88886666", "057188886666"),
        ("(010) 6512 3456", "01065123456"),
        ("12345", "12345"),
        ("95598", "95598"),
    ],
)
def test_a_contact_phone_is_a_mobile_a_landline_or_a_hotline(typed: str, stored: str) -> None:
    assert validate_contact_phone(typed) == stored


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "phone.empty"),
        ("1381234567", "phone.length"),
        ("23812345678", "phone.format"),
        ("0571-888", "complaint.landline_length"),
        ("0571-8888-66661", "complaint.landline_length"),
        ("138-1234-567x", "phone.chars"),
    ],
)
def test_what_is_not_a_phone(typed: str, code: str) -> None:
    with pytest.raises(ValidationIssue) as refused:
        validate_contact_phone(typed)
    assert (refused.value.code, refused.value.field) == (code, "contact_phone")
