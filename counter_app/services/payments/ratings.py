"""The customer's satisfaction rating (满意度) of a transaction."""

from __future__ import annotations

from sqlalchemy import select

from counter_app.db.models import Payment, SatisfactionRating
from counter_app.domain.enums import Satisfaction
from counter_app.domain.permissions import Permission
from counter_app.services import audit
from counter_app.services.base import Service, requires
from counter_app.services.payments.errors import PaymentInputError, PaymentNotFound, RatingExists


class RatingService(Service):
    """Keeps what customers think of the clerk's service, one rating per transaction."""

    @requires(Permission.PAYMENT_TAKE)
    def rate_service(self, payment_id: int, rating: Satisfaction | str) -> None:
        """Keep the customer's satisfaction rating (满意度) of a transaction, per clerk.

        Raises:
            PaymentInputError: not one of the four ratings.
            PaymentNotFound: no such payment in the clerk's hall.
            RatingExists: the transaction was rated already.
        """
        try:
            value = Satisfaction(rating)
        except ValueError:
            raise PaymentInputError("payment.rating_invalid", field="rating") from None
        now = self._clock.now()
        with self._db.write() as s:
            payment = s.get(Payment, payment_id)
            if payment is None or payment.hall_id != self.actor.hall_id:
                raise PaymentNotFound("no such payment", payment_id=payment_id)
            exists = s.execute(
                select(SatisfactionRating.id).where(
                    SatisfactionRating.clerk_id == payment.clerk_id,
                    SatisfactionRating.payment_id == payment.id,
                )
            ).first()
            if exists is not None:
                raise RatingExists("already rated", payment_id=payment_id)
            row = SatisfactionRating(
                clerk_id=payment.clerk_id, payment_id=payment.id, rating=value, at=now
            )
            s.add(row)
            s.flush()
            audit.record_by(
                s,
                self.actor,
                now,
                "create",
                "satisfaction_rating",
                row.id,
                after={"payment": payment.receipt_no, "clerk": payment.clerk_id, "rating": value},
            )
