"""Taking money at the counter (缴费与收据, docs/domain.md §5): payments, receipts, voids, refunds.

Every payment is ONE unit of work: the payment row with its tenders and allocations, the bills
it settles, the account's credit, the receipt number and the audit entry are committed
together or not at all (docs/domain.md §11 "nothing is lost"). If the database goes away during a
confirm, :class:`~counter_app.domain.errors.DatabaseUnavailable` propagates and nothing was
saved - unless the connection broke during the COMMIT itself, when nobody can know: then it is
its subclass :class:`~counter_app.domain.errors.CommitUncertain`. The idempotency key settles
that: the view creates one key per confirm screen and sends it again on
retry; :meth:`PaymentService.take_payment` then returns the payment that was made (or makes it
once), and :meth:`PaymentService.payment_for_key` answers "did it go through?" without paying.

Receipt numbers ``H01-2026-00001234`` run per hall per business year. The number is taken in
the payment's own transaction by incrementing the hall's :class:`ReceiptSequence` row
(``UPDATE ... RETURNING``, which keeps the row locked on PostgreSQL until commit; SQLite's
``BEGIN IMMEDIATE`` already holds the write lock): a rolled-back payment gives its number back
with everything else, so numbers are gap-free and unique with any number of counters. Locks
are always taken in the order account → approval → receipt sequence → audit chain, so two
counters cannot deadlock.

Postpaid accounts: the payment plus any credit already on the account settles late fees and
bills oldest first (see :mod:`counter_app.domain.late_fees`); what is left becomes credit.
Prepaid accounts (IC card): the amount buys volume by the tiered tariff, counting the year's
earlier purchases; the account's credit is not touched.

Voids (冲正) reverse a payment of the current business day before day close, newest first per
account, with a manager's approval; the payment row stays, marked VOIDED, with a
:class:`PaymentVoid` beside it. After day close a refund (退费) with approval books a new,
negative REFUND payment with its own receipt number instead.

One service per job, each in its module: ``PaymentService`` (:mod:`.taking`: quotes and
payments), ``ReversalService`` (:mod:`.reversals`: voids and refunds), ``ReceiptVerifier``
(:mod:`.verification`: scanned receipt QR codes), ``ReceiptPrintService`` (:mod:`.prints`: the
receipts' print register) and ``RatingService`` (:mod:`.ratings`: satisfaction). What they take
and give is in :mod:`.dto`, what they refuse in :mod:`.errors`; those two import no database
code, so views may use them.
"""
