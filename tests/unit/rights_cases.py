"""A customer the service-request tests' hall served, for the customer-rights tests: an account
opened with every document, a bill paid, a complaint made and a contact note that names them;
and everything settled afterwards (the opening archived, the complaint closed, the account
closed through a 销户), after which the customer's data may be erased."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from complaint_cases import record_all
from people import open_gas_account, resident_id
from request_cases import Counter, add_bill

from counter_app.db.models import ContactLog
from counter_app.domain.enums import ComplaintCategory, ComplaintChannel, Satisfaction
from counter_app.domain.identity import IdType
from counter_app.services.accounts import OPEN_SERVICE_CODE
from counter_app.services.accounts_dto import NewIndividual
from counter_app.services.complaints.dto import ComplaintIntake, ContactMethod
from counter_app.services.complaints.service import ComplaintService

# A surname rare enough that no demo customer shares any part of the name.
NAME = "禤婕妤"
ID_NUMBER = resident_id("44010619880315262")
PHONE = "13598761234"
EMERGENCY = ("禤国栋", "13911223344")
HOME = "天河区珠江新城华夏路28号富力盈信大厦1801室"


@dataclass(frozen=True)
class Story:
    customer_id: int
    account_id: int
    account_number: str
    receipt_no: str
    qr_payload: str
    complaint_id: int
    opening_request: int


def _walk(hall: Counter, request_id: int) -> None:
    """Dispatch, start, complete, call back and archive a request."""
    detail = hall.to_in_progress(hall.requests.get(request_id))
    detail = hall.requests.complete(request_id, "已办结", version=detail.version).request
    detail = hall.requests.callback(
        request_id, Satisfaction.SATISFIED, version=detail.version
    ).request
    hall.requests.archive(request_id, version=detail.version)


def served(hall: Counter) -> Story:
    """A customer the hall served: an account opened, a bill paid, a complaint made."""
    person = NewIndividual(
        name=NAME,
        id_type=IdType.RESIDENT_ID,
        id_number=ID_NUMBER,
        phone=PHONE,
        address=HOME,
        emergency_contact_name=EMERGENCY[0],
        emergency_contact_phone=EMERGENCY[1],
    )
    opened = open_gas_account(
        hall.db,
        hall.clock,
        hall.clerk,
        person,
        supply_address="天河区华夏路28号1801室",
        meter="GM5590000017",
        documents=hall.types[OPEN_SERVICE_CODE].required_documents,
    )
    add_bill(hall.db, opened.account_id, "2026-10", "86.40", date(2026, 11, 30))
    paid = hall.desk.pay(opened.account_id, "86.40")
    complaints = ComplaintService(hall.db, hall.clock, hall.clerk)
    complaint = complaints.accept(
        ComplaintIntake(
            complainant_name=NAME,
            contact_phone=PHONE,
            channel=ComplaintChannel.COUNTER,
            category=ComplaintCategory.QUALITY,
            content=f"{NAME}（{PHONE}）反映上门安装迟到两小时。",
            responsible_person="城东营业厅 班长",
            account_id=opened.account_id,
        )
    )
    with hall.db.write() as s:
        s.add(
            ContactLog(
                customer_id=opened.customer_id,
                account_id=opened.account_id,
                at=hall.clock.now(),
                user_id=hall.clerk.user_id,
                channel="电话",
                note=f"已致电 {PHONE}，{NAME} 本人接听，证件 {ID_NUMBER} 核对无误",
            )
        )
    return Story(
        customer_id=opened.customer_id,
        account_id=opened.account_id,
        account_number=opened.account_number,
        receipt_no=paid.receipt_no,
        qr_payload=paid.receipt.qr_payload,
        complaint_id=complaint.detail.row.complaint_id,
        opening_request=opened.request_id,
    )


def settle(hall: Counter, story: Story) -> None:
    """Everything done: the opening archived, the complaint closed, the account closed."""
    _walk(hall, story.opening_request)
    complaints = ComplaintService(hall.db, hall.clock, hall.clerk)
    hall.clock.advance(hours=2)
    record_all(complaints, story.complaint_id)
    complaints.record_feedback(
        story.complaint_id,
        resolution="安装班组致歉",
        feedback_at=hall.clock.now(),
        feedback_method=ContactMethod.PHONE,
    )
    hall.clock.advance(days=1)
    complaints.record_callback(
        story.complaint_id, callback_at=hall.clock.now(), satisfaction=Satisfaction.SATISFIED
    )
    complaints.close(story.complaint_id)
    closure = hall.accept("CLOSE", story.account_id)
    _walk(hall, closure.summary.id)
