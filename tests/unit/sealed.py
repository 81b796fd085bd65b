"""What a test reads of a customer's sealed fields (services/personal_data.py), outside the
services that mask them."""

from __future__ import annotations

from counter_app.db.engine import Database
from counter_app.db.models import Customer
from counter_app.services import personal_data


def clear_of(db: Database, customer_id: int) -> dict[str, str | None]:
    """Every personal field of the customer in clear, as :func:`personal_data.reveal` gives."""
    with db.read() as s:
        return personal_data.reveal(s, s.get_one(Customer, customer_id))
