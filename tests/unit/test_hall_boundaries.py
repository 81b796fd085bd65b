"""Hall boundaries (docs/domain.md §1): a customer may be served at any hall - found, shown
what they owe, paid for - while the full record, corrections, 补打, voids and refunds, a
request's timeline and the complaints stay with the hall that keeps them. Clerks and managers
are held to their hall; auditors read every hall's records. Table-driven, both backends."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from complaint_cases import intake
from sqlalchemy import func, select

from counter_app.db.engine import Database
from counter_app.db.models import Account, Hall
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import Role
from counter_app.domain.errors import CounterError, PermissionDenied
from counter_app.domain.permissions import Permission
from counter_app.services.auth import AuthService, create_user
from counter_app.services.base import Actor
from counter_app.services.complaints.service import ComplaintService
from counter_app.services.customers import CustomerService
from counter_app.services.customers_dto import CustomerChanges
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import REFUND, VOID, PaymentRequest, TenderLine
from counter_app.services.payments.prints import ReceiptPrintService
from counter_app.services.payments.reversals import ReversalService
from counter_app.services.payments.taking import PaymentService
from counter_app.services.requests.catalogue import CatalogueService
from counter_app.services.requests.dto import IntakeRequest
from counter_app.services.requests.service import RequestService
from counter_app.services.shifts import ShiftService
from counter_app.views.errors import error_message

D = Decimal

# Who acts, by hall: each clerk and manager has a second manager of the hall to approve for
# them (nobody approves their own void).
PEOPLE = {"clerk": ("G1001", "G2001"), "manager": ("M1001", "M2001")}
SECOND_MANAGER = {"H01": "M1009", "H02": "M2009"}


@dataclass(frozen=True)
class HallRecords:
    """One hall's customer (holding accounts only there), receipts, request and complaint."""

    code: str
    customer_id: int
    account_id: int
    receipt_no: str  # the newest payment on the account, voided on the day
    refund_receipt_no: str
    request_id: int
    complaint_id: int


def _key() -> str:
    return str(uuid.uuid4())


def _only_in(db: Database, code: str) -> tuple[int, int]:
    """A demo customer whose every account is in hall ``code``, and one of those accounts."""
    with db.read() as s:
        halls = func.count(func.distinct(Account.hall_id))
        rows = s.execute(
            select(Account.customer_id, func.min(Account.id), func.min(Hall.code))
            .join(Hall, Hall.id == Account.hall_id)
            .group_by(Account.customer_id)
            .having(halls == 1)
            .order_by(Account.customer_id)
        ).all()
    return next((c, a) for c, a, hall in rows if hall == code)


def _records(db: Database, clock: FixedClock, code: str, clerk: Actor) -> HallRecords:
    customer_id, account_id = _only_in(db, code)
    to_refund, to_void = (
        PaymentService(db, clock, clerk).take_payment(
            PaymentRequest(
                account_id=account_id,
                amount=D("30.00"),
                tenders=[TenderLine("cash", D("30.00"))],
                idempotency_key=_key(),
            )
        )
        for _ in range(2)
    )
    requests = RequestService(db, clock, clerk)
    inspect = next(
        t for t in CatalogueService(db, clock, clerk).list_types("gas") if t.code == "INSPECT"
    )
    accepted = requests.accept(
        IntakeRequest(
            service_type_id=inspect.id,
            account_id=account_id,
            description="安检预约",
            documents_received=inspect.required_documents,
        )
    )
    complaint = ComplaintService(db, clock, clerk).accept(intake(account_id=account_id))
    return HallRecords(
        code,
        customer_id,
        account_id,
        to_void.receipt_no,
        to_refund.receipt_no,
        accepted.request.summary.id,
        complaint.detail.row.complaint_id,
    )


@dataclass
class Company:
    db: Database
    clock: FixedClock
    auth: AuthService
    actors: dict[str, Actor]
    halls: dict[str, HallRecords]

    def approve(self, actor: Actor, action: str, subject: str) -> Any:
        """A second manager of the actor's hall approves (None for a role that takes no money:
        the service refuses it before it looks at any approval)."""
        if not actor.can(Permission.PAYMENT_TAKE):
            return None
        hall = "H01" if actor.employee_no[1] == "1" else "H02"
        return self.auth.approve(
            actor,
            SECOND_MANAGER[hall],
            DEMO_PASSWORD,
            action=action,
            subject=subject,
            reason="核实同意",
        )


@pytest.fixture
def company(demo_db: Database, clock: FixedClock) -> Company:
    with demo_db.write() as s:
        for number, hall in (("M1009", "H01"), ("M2009", "H02")):
            create_user(
                s,
                employee_no=number,
                name="值班长",
                role=Role.MANAGER,
                password=DEMO_PASSWORD,
                hall_code=hall,
                at_clock=clock,
            )
    auth = AuthService(demo_db, clock)
    actors: dict[str, Actor] = {}
    for counter, numbers in enumerate(PEOPLE.values(), start=1):
        for number in numbers:
            actor = auth.sign_in(number, DEMO_PASSWORD, counter)
            ShiftService(demo_db, clock, actor).open_shift(D("100.00"))
            actors[number] = actor
    actors["A1001"] = auth.sign_in("A1001", DEMO_PASSWORD)
    actors["S0001"] = auth.sign_in("S0001", DEMO_PASSWORD)
    halls = {
        "H01": _records(demo_db, clock, "H01", actors["G1001"]),
        "H02": _records(demo_db, clock, "H02", actors["G2001"]),
    }
    return Company(demo_db, clock, auth, actors, halls)


# ----------------------------------------------------------------------------- the actions

Action = Callable[[Company, Actor, HallRecords], Any]


def _pay(c: Company, actor: Actor, r: HallRecords) -> Any:
    return PaymentService(c.db, c.clock, actor).take_payment(
        PaymentRequest(
            account_id=r.account_id,
            amount=D("5.00"),
            tenders=[TenderLine("cash", D("5.00"))],
            idempotency_key=_key(),
        )
    )


def _void(c: Company, actor: Actor, r: HallRecords) -> Any:
    grant = c.approve(actor, VOID, r.receipt_no)
    return ReversalService(c.db, c.clock, actor).void(r.receipt_no, "收错户号", grant)


def _refund(c: Company, actor: Actor, r: HallRecords) -> Any:
    grant = c.approve(actor, REFUND, r.refund_receipt_no)
    return ReversalService(c.db, c.clock, actor).refund(
        r.refund_receipt_no, "客户要求退费", grant, _key()
    )


# In the order a group runs them: the void takes the newest payment, the refund the one
# before, a payment comes after both.
ACTIONS: dict[str, Action] = {
    "search": lambda c, a, r: CustomerService(c.db, c.clock, a).search(r.receipt_no[:3] + "x"),
    "360 view": lambda c, a, r: CustomerService(c.db, c.clock, a).customer_360(r.customer_id),
    "bills due": lambda c, a, r: PaymentService(c.db, c.clock, a).quote(r.account_id),
    "request summary": lambda c, a, r: RequestService(c.db, c.clock, a).for_account(r.account_id),
    "reveal": lambda c, a, r: CustomerService(c.db, c.clock, a).reveal(r.customer_id, "phone"),
    "edit": lambda c, a, r: CustomerService(c.db, c.clock, a).update_customer(
        r.customer_id, CustomerChanges(address="西城区改址路9号"), "客户搬迁"
    ),
    "reprint": lambda c, a, r: ReceiptPrintService(c.db, c.clock, a).reprint(
        r.receipt_no, "客户遗失"
    ),
    "void": _void,
    "refund": _refund,
    "pay": _pay,
    "request": lambda c, a, r: RequestService(c.db, c.clock, a).get(r.request_id),
    "complaint": lambda c, a, r: ComplaintService(c.db, c.clock, a).get(r.complaint_id),
}

OK = "ok"
DENIED = "permission_denied"  # the role has not the right at all, in any hall
#: What another hall's clerk or manager gets: the customer is served, the rest stays.
OTHER_HALL = {
    "search": OK,
    "360 view": OK,
    "bills due": OK,
    "request summary": OK,
    "reveal": "hall.other_hall",
    "edit": "hall.other_hall",
    "reprint": "hall.other_hall",
    "void": "void.other_hall",
    "refund": "hall.other_hall",
    "pay": OK,
    "request": "hall.other_hall",
    "complaint": "complaint.other_hall",
}
OWN_HALL = dict.fromkeys(ACTIONS, OK)
#: An auditor reads every hall's records and changes nothing.
AUDITOR = {
    a: OK
    if a in {"search", "360 view", "request summary", "reveal", "request", "complaint"}
    else DENIED
    for a in ACTIONS
}
ADMIN = dict.fromkeys(ACTIONS, DENIED)  # administrators serve no customers

TABLE = [
    # (who, whose records, what each action gives)
    ("G1001", "H01", OWN_HALL),
    ("G1001", "H02", OTHER_HALL),
    ("G2001", "H02", OWN_HALL),
    ("G2001", "H01", OTHER_HALL),
    ("M1001", "H01", OWN_HALL),
    ("M1001", "H02", OTHER_HALL),
    ("M2001", "H02", OWN_HALL),
    ("M2001", "H01", OTHER_HALL),
    ("A1001", "H01", AUDITOR),
    ("A1001", "H02", AUDITOR),
    ("S0001", "H01", ADMIN),
    ("S0001", "H02", ADMIN),
]


def _outcome(company: Company, actor: Actor, records: HallRecords, action: str) -> str:
    """``ok`` or the code of the refusal; a hall refusal must be a refusal of rights worded
    with the hall the record belongs to, or it reads as the code with a ``?``."""
    try:
        ACTIONS[action](company, actor, records)
    except CounterError as refused:
        plain = refused.code != "hall.other_hall" or (
            isinstance(refused, PermissionDenied)
            and refused.params["hall"] == records.code
            and records.code in error_message(refused)
        )
        return refused.code if plain else refused.code + "?"
    return OK


@pytest.mark.parametrize(
    ("employee_no", "hall", "expected"),
    [pytest.param(*row, id=f"{row[0]}-{row[1]}") for row in TABLE],
)
def test_who_may_do_what_with_which_halls_records(
    company: Company, employee_no: str, hall: str, expected: dict[str, str]
) -> None:
    actor, records = company.actors[employee_no], company.halls[hall]
    got = {action: _outcome(company, actor, records, action) for action in ACTIONS}
    assert got == expected


def test_another_halls_360_view_serves_the_customer_and_keeps_the_rest(
    company: Company,
) -> None:
    h01 = company.halls["H01"]

    def view(number: str) -> Any:
        actor = company.actors[number]
        return CustomerService(company.db, company.clock, actor).customer_360(h01.customer_id)

    own, other, auditor = view("G1001"), view("G2001"), view("A1001")
    assert other.identity == own.identity  # masked, as everywhere
    assert (other.accounts, other.bills, other.payments) == (own.accounts, own.bills, own.payments)
    assert other.open_requests == own.open_requests != ()
    assert own.complaints != ()
    assert (other.complaints, other.printed_documents, other.contacts, other.changes) == (
        (),
        (),
        (),
        (),
    )
    assert auditor.complaints == own.complaints
    assert (own.kept_by, other.kept_by, auditor.kept_by) == ("", "H01", "")


def test_a_customer_of_both_halls_is_served_in_full_at_either(company: Company) -> None:
    h01, h02 = company.halls["H01"], company.halls["H02"]
    with company.db.write() as s:
        s.get_one(Account, h02.account_id).customer_id = h01.customer_id
    for number in ("G1001", "G2001", "M2001"):
        service = CustomerService(company.db, company.clock, company.actors[number])
        assert service.reveal(h01.customer_id, "phone")


def test_a_payment_taken_at_another_hall_is_that_halls_receipt(company: Company) -> None:
    """The H01 customer pays at H02: the receipt is H02's, so H02 reprints it and H01 cannot."""
    h01 = company.halls["H01"]
    paid = _pay(company, company.actors["G2001"], h01)
    assert paid.receipt_no.startswith("H02-")
    ReceiptPrintService(company.db, company.clock, company.actors["G2001"]).reprint(
        paid.receipt_no, "客户遗失"
    )
    with pytest.raises(CounterError) as refused:
        ReceiptPrintService(company.db, company.clock, company.actors["G1001"]).reprint(
            paid.receipt_no, "客户遗失"
        )
    assert refused.value.code == "hall.other_hall"
