"""Tampering with the database behind the application's back is refused or caught
(docs/domain.md §11): the triggers refuse rewriting the audit trail and the money records,
the keyed chain and its anchors catch a rewritten or shortened trail, and verify-audit names
the first payment, void, bill, balance or printed document that no longer matches its entries.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date

import pytest
from payment_workers import Desk, add_bill, new_account, open_desk
from sqlalchemy import bindparam, select, text, update
from sqlalchemy.exc import DBAPIError
from tampering import keyed, tamper, tampering
from test_migrations import _migrate
from test_migrations import empty_db as empty_db  # the fixture

from counter_app.db.engine import Database
from counter_app.db.models import AuditEntry, Payment
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import PaymentStatus
from counter_app.services.audit import ChainAnchor, ChainCheck, chain_anchor, verify_chain
from counter_app.services.audit_key import AuditKey
from counter_app.services.audit_records import RecordsCheck, verify_records
from counter_app.services.payments.dto import VOID

DIGEST = hashlib.sha256(b"%PDF receipt").hexdigest()


@dataclass
class Books:
    desk: Desk
    key: AuditKey
    account_id: int
    account_number: str
    bill_paid: int
    bill_open: int
    receipt_no: str  # pays the first bill and leaves credit
    voided_receipt_no: str
    payment_id: int


@pytest.fixture
def books(db: Database, clock: FixedClock) -> Books:
    key = keyed(db)
    desk = open_desk(db, clock)
    account_id, number = new_account(db)
    bill_paid = add_bill(db, account_id, "2026-09", "80.00", date(2026, 10, 20))
    bill_open = add_bill(db, account_id, "2026-10", "60.00", date(2026, 11, 20))
    first = desk.pay(account_id, "50.00")
    later = desk.pay(account_id, "30.00")
    grant = desk.approve(VOID, later.receipt_no)
    desk.reversals.void(later.receipt_no, "金额输错", grant)
    paid = desk.pay(account_id, "150.00")  # settles both bills, 10.00 credit
    desk.prints.register_print(paid.receipt_no, DIGEST, "thermal80", printed=True)
    return Books(
        desk, key, account_id, number, bill_paid, bill_open, first.receipt_no, later.receipt_no,
        first.payment_id,
    )  # fmt: skip


def check(db: Database, *anchors: ChainAnchor) -> tuple[ChainCheck, RecordsCheck]:
    with db.read() as s:
        return verify_chain(s, anchors=anchors), verify_records(s)


def first_mismatch(db: Database) -> tuple[str, str, str]:
    chain, records = check(db)
    assert chain.ok, chain
    first = records.first
    assert first is not None, "the tampering went unnoticed"
    return first.kind, first.label, first.problem


def test_untouched_books_verify_keyed_from_the_first_entry(books: Books) -> None:
    chain, records = check(books.desk.db)
    assert chain.ok, chain
    assert records.ok, records.mismatches
    assert chain.keyed_from == 1
    assert records.checked["payments"] == 3
    with books.desk.db.read() as s:
        assert chain.head == chain_anchor(s)
        marker = s.get(AuditEntry, 1)
        assert marker is not None
        assert marker.entity_id == books.key.key_id


# ----------------------------------------------------------------------------- the triggers


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_entries SET action = 'x' WHERE id = 2",
        "DELETE FROM audit_entries WHERE id = (SELECT max(id) FROM audit_entries)",
        "UPDATE payments SET amount = amount + 100 WHERE id = :p",
        "UPDATE payments SET balance_after = balance_after + 100 WHERE id = :p",
        "UPDATE payments SET status = 'completed' WHERE status = 'voided'",
        "DELETE FROM payment_tenders WHERE payment_id = :p",
        "UPDATE payment_tenders SET amount = 1 WHERE payment_id = :p",
        "UPDATE payment_allocations SET principal = 1 WHERE payment_id = :p",
        "DELETE FROM payment_allocations WHERE payment_id = :p",
        "UPDATE payment_voids SET reason = 'x'",
        "DELETE FROM payment_voids",
        "DELETE FROM payments WHERE id = :p",
    ],
)
def test_the_database_refuses_rewriting_the_records(books: Books, statement: str) -> None:
    with pytest.raises(DBAPIError), books.desk.db.write() as s:
        s.execute(
            text(statement).bindparams(p=books.payment_id) if ":p" in statement else text(statement)
        )


def test_what_the_application_changes_itself_is_let_through(books: Books) -> None:
    """A void sets the status; a record's hall may be corrected (not money)."""
    with books.desk.db.read() as s:
        voided = s.execute(
            select(Payment.status).where(Payment.receipt_no == books.voided_receipt_no)
        ).scalar_one()
    assert voided is PaymentStatus.VOIDED
    with books.desk.db.write() as s:
        s.execute(update(Payment).where(Payment.id == books.payment_id).values(queue_ticket="A1"))


# ----------------------------------------------------------------------------- the records


def test_a_changed_payment_amount_is_named(books: Books) -> None:
    tamper(
        books.desk.db,
        "UPDATE payments SET amount = amount + 100000 WHERE id = :p",
        p=books.payment_id,
    )
    assert first_mismatch(books.desk.db) == ("payment", books.receipt_no, "amount")


def test_a_changed_tender_after_dropping_the_triggers_is_named(books: Books) -> None:
    tamper(
        books.desk.db,
        "UPDATE payment_tenders SET amount = amount - 1000 WHERE payment_id = :p",
        drop=True,
        p=books.payment_id,
    )
    assert first_mismatch(books.desk.db) == ("payment", books.receipt_no, "tenders")
    with books.desk.db.write() as s:  # and nothing refuses any longer: the check is the guard
        s.execute(text("UPDATE payments SET amount = 1 WHERE id = :p"), {"p": books.payment_id})
    assert first_mismatch(books.desk.db) == ("payment", books.receipt_no, "amount")


def test_a_deleted_payment_is_named(books: Books) -> None:
    with tampering(books.desk.db) as conn:
        for table in ("payment_tenders", "payment_allocations", "satisfaction_ratings"):
            conn.execute(
                text(f"DELETE FROM {table} WHERE payment_id = :p"), {"p": books.payment_id}
            )
        conn.execute(text("DELETE FROM payments WHERE id = :p"), {"p": books.payment_id})
    assert first_mismatch(books.desk.db) == ("payment", books.receipt_no, "missing")


def test_a_bill_set_to_paid_is_named(books: Books, db: Database) -> None:
    # A bill of its own, unpaid; the attacker marks it paid in full.
    bill_id = add_bill(db, books.account_id, "2026-11", "45.00", date(2026, 12, 20))
    tamper(db, "UPDATE bills SET paid_amount = amount, status = 'paid' WHERE id = :b", b=bill_id)
    kind, label, problem = first_mismatch(db)
    assert (kind, problem) == ("bill", "paid_amount")
    assert label == f"B{books.account_number}202611"


def test_a_bill_whose_status_alone_is_changed_is_named(books: Books, db: Database) -> None:
    bill_id = add_bill(db, books.account_id, "2026-11", "45.00", date(2026, 12, 20))
    tamper(db, "UPDATE bills SET status = 'paid' WHERE id = :b", b=bill_id)
    assert first_mismatch(db)[::2] == ("bill", "status")


def test_a_raised_balance_is_named(books: Books) -> None:
    tamper(
        books.desk.db,
        "UPDATE accounts SET balance = balance + 50000 WHERE id = :a",
        a=books.account_id,
    )
    assert first_mismatch(books.desk.db) == ("account", books.account_number, "balance")


def test_an_undone_void_is_named(books: Books) -> None:
    with tampering(books.desk.db, drop=True) as conn:
        conn.execute(text("UPDATE payments SET status = 'completed' WHERE status = 'voided'"))
        conn.execute(text("DELETE FROM payment_voids"))
    assert first_mismatch(books.desk.db) == ("void", books.voided_receipt_no, "status")


def test_a_changed_printed_document_is_named(books: Books) -> None:
    with tampering(books.desk.db) as conn:
        conn.execute(text("UPDATE printed_documents SET content_hash = :h"), {"h": "0" * 64})
    kind, label, problem = first_mismatch(books.desk.db)
    assert (kind, problem) == ("printed_document", "document")
    assert label.startswith("receipt ")


# ----------------------------------------------------------------------------- the chain


def test_the_newest_entry_deleted_is_caught_by_the_anchor(books: Books) -> None:
    db = books.desk.db
    with db.read() as s:
        anchor = chain_anchor(s)
    assert anchor is not None
    assert check(db, anchor)[0].ok
    tamper(db, "DELETE FROM audit_entries WHERE id = :i", i=anchor.seq)
    chain, records = check(db, anchor)
    assert (chain.first_broken_id, chain.problem) == (anchor.seq, "anchor_missing")
    # The deleted entry registered the receipt's print: the record names it too.
    assert records.first is not None
    assert records.first.kind == "printed_document"
    # A printed anchor carries the hash's start only; it serves as well.
    short = ChainAnchor(anchor.seq, anchor.hash[:16])
    assert check(db, short)[0].problem == "anchor_missing"


def test_a_rewritten_head_is_caught_by_the_anchor(books: Books) -> None:
    db = books.desk.db
    with db.read() as s:
        anchor = chain_anchor(s)
    assert anchor is not None
    with tampering(db) as conn:
        conn.execute(
            text("UPDATE audit_entries SET hash = :h WHERE id = :i"),
            {"h": "f" * 64, "i": anchor.seq},
        )
    chain, _ = check(db, anchor)
    assert chain.first_broken_id == anchor.seq


@pytest.mark.parametrize("keep_flag", [True, False], ids=["still-flagged-keyed", "flagged-plain"])
def test_a_deleted_entry_with_later_hashes_recomputed_without_the_key_is_caught(
    books: Books, keep_flag: bool
) -> None:
    """The attacker knows the hash recipe (it is in the source) but not the key."""
    from counter_app.services.audit import hash_of

    db = books.desk.db
    with db.read() as s:
        ids = list(s.execute(select(AuditEntry.id).order_by(AuditEntry.id)).scalars())
    victim = ids[len(ids) // 2]
    with tampering(db) as conn:
        conn.execute(text("DELETE FROM audit_entries WHERE id = :i"), {"i": victim})
        prev = conn.execute(
            select(AuditEntry.hash)
            .where(AuditEntry.id < victim)
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).scalar_one()
        rows = conn.execute(
            select(AuditEntry).where(AuditEntry.id > victim).order_by(AuditEntry.id)
        ).all()
        for e in rows:
            digest = hash_of(e, prev)  # the recipe is in the source; the key is not
            conn.execute(
                update(AuditEntry)
                .where(AuditEntry.id == e.id)
                .values(prev_hash=prev, hash=digest, keyed=keep_flag)
            )
            prev = digest
    chain, _ = check(db)
    after_gap = min(i for i in ids if i > victim)
    assert chain.first_broken_id == after_gap
    assert chain.problem == ("link" if keep_flag else "unkeyed")


def test_the_chain_cannot_be_checked_or_continued_with_another_key(books: Books) -> None:
    db = books.desk.db
    other = AuditKey(b"\x01" * 32, "elsewhere")
    with db.read() as s:
        chain = verify_chain(s, key=other)
    assert (chain.first_broken_id, chain.problem) == (1, "wrong_key")
    from counter_app.services.audit import use_key
    from counter_app.services.audit_key import AuditKeyError

    with pytest.raises(AuditKeyError) as refused:
        use_key(db, other)
    assert refused.value.code == "audit.key_mismatch"
    with pytest.raises(AuditKeyError) as missing:
        use_key(db, None)
    assert missing.value.code == "audit.key_missing"


def test_entries_before_the_key_stay_plain_and_the_chain_goes_on_keyed(
    db: Database, clock: FixedClock
) -> None:
    """A database from before the key: its entries verify as they were, and the first entry
    written with the key begins the keyed part."""
    desk = open_desk(db, clock)  # no key yet: plain SHA-256, as before
    account_id, _ = new_account(db)
    desk.pay(account_id, "10.00")
    with db.read() as s:
        plain = verify_chain(s)
    assert plain.ok
    assert plain.keyed_from is None
    key = keyed(db)
    desk.pay(account_id, "20.00")
    with db.read() as s:
        chain = verify_chain(s)
        first_keyed = s.get(AuditEntry, plain.entries + 1)
    assert chain.ok
    assert chain.keyed_from == plain.entries + 1
    assert first_keyed is not None
    assert first_keyed.entity_id == key.key_id
    assert verify_records_ok(db)


def verify_records_ok(db: Database) -> bool:
    with db.read() as s:
        return verify_records(s).ok


def test_a_second_counter_with_another_key_cannot_write_once_the_first_has_keyed_the_chain(
    db: Database, clock: FixedClock
) -> None:
    """Both counters opened the unkeyed database; the first to write keys it."""
    from counter_app.services import audit
    from counter_app.services.audit_key import AuditKeyError

    other = Database(db.url)
    try:
        keyed(db)
        keyed(other)  # another key, checked against a chain that is not keyed yet
        with db.write() as s:
            audit.record(s, at=clock.now(), user_id=None, counter_id=None, action="a", entity="t")
        with pytest.raises(AuditKeyError) as refused, other.write() as s:
            audit.record(s, at=clock.now(), user_id=None, counter_id=None, action="b", entity="t")
        assert refused.value.code == "audit.key_mismatch"
    finally:
        other.dispose()
    assert verify_chain_ok(db)


def verify_chain_ok(db: Database) -> bool:
    with db.read() as s:
        return verify_chain(s).ok


# ----------------------------------------------------------------------------- migration 0010


def test_a_database_from_before_0010_keeps_its_entries_verifiable_and_goes_on_keyed(
    empty_db: Database, clock: FixedClock
) -> None:
    """Its entries were plain SHA-256; after the upgrade they verify as they were, the first
    entry written with the key begins the keyed part, and the triggers stand."""
    from counter_app.db.migrate import upgrade
    from counter_app.services import audit

    _migrate(empty_db, "0009")
    at = clock.now().astimezone(UTC)
    prev = audit.GENESIS
    columns = AuditEntry.__table__.c
    insert_plain = text(
        "INSERT INTO audit_entries (at, action, entity, entity_id, after, prev_hash, hash) "
        "VALUES (:at, 'import', 'bill', :e, :after, :prev, :hash)"
    ).bindparams(
        bindparam("at", type_=columns.at.type), bindparam("after", type_=columns.after.type)
    )
    with empty_db.engine.begin() as conn:
        for n in range(3):
            digest = audit.entry_hash(
                prev, at, None, None, "import", "bill", str(n), None, {"n": n}
            )
            conn.execute(
                insert_plain,
                {"at": at, "e": str(n), "after": {"n": n}, "prev": prev, "hash": digest},
            )
            prev = digest
    upgrade(empty_db)
    with empty_db.read() as s:
        assert verify_chain(s).ok
    keyed(empty_db)
    with empty_db.write() as s:
        audit.record(s, at=at, user_id=None, counter_id=None, action="x", entity="database")
    with empty_db.read() as s:
        chain = verify_chain(s)
    assert chain.ok
    assert (chain.entries, chain.keyed_from) == (5, 4)
    with pytest.raises(DBAPIError), empty_db.write() as s:
        s.execute(text("DELETE FROM audit_entries WHERE id = 1"))
