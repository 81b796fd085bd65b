"""Demo data of customers' rights (docs/domain.md §11): one customer whose personal data was
erased at their request.

Run after the rest of the demo: the erased customer is the first demo customer the hall no
longer serves (their account passed on by a 过户 or closed by a 销户, nothing owed either way,
nothing open), erased by their hall's manager through the service, as a manager would.
"""

from __future__ import annotations

from sqlalchemy import select

from counter_app.db.engine import Database
from counter_app.db.models import Account, AccountOwnership, Counter, Customer, Hall, User
from counter_app.domain.clock import Clock
from counter_app.domain.enums import AccountStatus, CustomerKind, Role
from counter_app.services.base import Actor
from counter_app.services.customer_rights import CustomerRightsService

#: The request as a manager records it: no name or number of the customer in it.
ERASURE_REASON = "客户销户后书面申请删除个人信息，已核验身份证件"


def _manager_at(db: Database, customer_id: int) -> Actor | None:
    """The manager of the hall of the customer's (last) account, at counter 1."""
    with db.read() as s:
        hall_id = s.execute(
            select(Account.hall_id)
            .join(AccountOwnership, AccountOwnership.account_id == Account.id)
            .where(AccountOwnership.customer_id == customer_id)
            .order_by(AccountOwnership.valid_from.desc())
            .limit(1)
        ).scalar_one_or_none()
        query = select(User).where(User.role == Role.MANAGER, User.active.is_(True))
        if hall_id is not None:
            query = query.where(User.hall_id == hall_id)
        manager = s.execute(query.order_by(User.employee_no).limit(1)).scalar_one_or_none()
        if manager is None or manager.hall_id is None:
            return None
        counter_id = s.execute(
            select(Counter.id)
            .join(Hall, Hall.id == Counter.hall_id)
            .where(Hall.id == manager.hall_id)
            .order_by(Counter.number)
            .limit(1)
        ).scalar_one_or_none()
        return Actor.of(manager, counter_id)


def seed_demo_rights(db: Database, clock: Clock) -> int | None:
    """Erase the first demo customer who may be erased; returns their id (None: nobody may)."""
    with db.read() as s:
        candidates = list(
            s.execute(
                select(Customer.id)
                .where(
                    Customer.kind == CustomerKind.INDIVIDUAL,
                    Customer.anonymised_at.is_(None),
                    ~select(Account.id)
                    .where(
                        Account.customer_id == Customer.id,
                        Account.status != AccountStatus.CLOSED,
                    )
                    .exists(),
                )
                .order_by(Customer.id)
            ).scalars()
        )
    for customer_id in candidates:
        manager = _manager_at(db, customer_id)
        if manager is None:
            continue
        rights = CustomerRightsService(db, clock, manager)
        if rights.deletion_check(customer_id).allowed:
            rights.delete_on_request(customer_id, ERASURE_REASON)
            return customer_id
    return None
