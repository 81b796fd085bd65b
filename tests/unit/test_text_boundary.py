"""Typed text is checked once, at the boundary of the services (docs/domain.md §11 "Text at
the boundary"): a control character or an absurd length is a coded error in the user's
language, never a database error, and nothing is stored with a NUL; SQL typed into a search
is just text."""

from __future__ import annotations

import dataclasses
import inspect
import types
import typing
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from payment_workers import Desk, add_bill, cash, count_payments, new_account, open_desk
from service_classes import service_classes
from sqlalchemy import func, select

from counter_app.db.engine import Database
from counter_app.db.models import Customer, PrintedDocument
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import Role
from counter_app.domain.errors import CounterError
from counter_app.domain.permissions import role_has
from counter_app.domain.text import (
    MADE_BY_SERVICES,
    TEXT_MAX_LENGTH,
    TextRefused,
    check_arguments,
    clean_text,
)
from counter_app.services.auth import AuthService
from counter_app.services.base import Actor, Service
from counter_app.services.complaints.service import ComplaintService
from counter_app.services.customers import CustomerService
from counter_app.services.customers_dto import CustomerChanges
from counter_app.services.payments.dto import PaymentRequest, TenderLine
from counter_app.services.payments.verification import ReceiptVerifier
from counter_app.services.readings_import import ReadingImportService
from counter_app.services.requests.service import RequestService
from counter_app.services.search import SearchService
from counter_app.views import translation
from counter_app.views.errors import error_message

NUL = "张\x00三"
LONG = "长" * 10_000
SQL = ("' OR 1=1 --", "'; DROP TABLE customers; --", '" OR ""="', "1; SELECT pg_sleep(0)")


# ----------------------------------------------------------------------------- the rule


@pytest.mark.parametrize(
    ("value", "field", "refused"),
    [
        ("王芳", "name", None),
        ("第一行\n第二行\t", "note", None),  # a note may hold lines
        ("北京市\n朝阳区", "address", None),  # folded into one line by the address rule
        ("WX\n123", "reference", "U+000A"),  # a reference is one line kept as typed
        ("Q12\t", "queue_ticket", "U+0009"),
        ("错收\u2028", "reason", "U+2028"),
        ("a\x00b", "note", "U+0000"),  # no NUL anywhere, not even in a note
        ("a\x07b", "name", "U+0007"),
        ("a\x7fb", "query", "U+007F"),
        ("a\x85b", "note", "U+0085"),
    ],
)
def test_which_characters_each_kind_of_field_takes(
    value: str, field: str, refused: str | None
) -> None:
    if refused is None:
        assert clean_text(value, field, multiline=field == "note") == value
        check_arguments({field: value})
        return
    with pytest.raises(TextRefused) as caught:
        check_arguments({field: value})
    assert caught.value.code == "text.control_character"
    assert caught.value.params["character"] == refused
    assert caught.value.params["field"] == field
    offending = next(i for i, c in enumerate(value) if f"U+{ord(c):04X}" == refused)
    assert caught.value.params["position"] == offending + 1


def test_the_length_limit_and_what_is_never_checked() -> None:
    check_arguments({"note": "x" * TEXT_MAX_LENGTH})
    with pytest.raises(TextRefused) as long:
        check_arguments({"note": "x" * (TEXT_MAX_LENGTH + 1)})
    assert long.value.code == "text.too_long"
    assert long.value.params == {
        "field": "note",
        "length": TEXT_MAX_LENGTH + 1,
        "max_length": TEXT_MAX_LENGTH,
    }
    # A password is hashed, never stored or searched; bytes are an attachment's content.
    check_arguments({"password": "a\x00b", "data": b"\x00\x01"})


def test_texts_inside_requests_lists_and_dicts_are_checked() -> None:
    request = PaymentRequest(
        account_id=1,
        amount=Decimal("1.00"),
        tenders=[TenderLine("wechat", Decimal("1.00"), "WX\x00001")],
        idempotency_key="k",
    )
    with pytest.raises(TextRefused) as caught:
        check_arguments({"request": request})
    assert caught.value.params["field"] == "reference"
    with pytest.raises(TextRefused):
        check_arguments({"tenders": [("cash", Decimal("1"), "a\x00")]})
    with pytest.raises(TextRefused):
        check_arguments({"value": {"key": "a\x00"}})


def test_the_refusal_is_worded_in_both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(TextRefused) as caught:
        check_arguments({"query": NUL})
    chinese = error_message(caught.value)
    assert "U+0000" in chinese
    assert "控制字符" in chinese
    monkeypatch.setattr(translation, "_language", "en")
    assert "invisible control character (U+0000) at position 2" in error_message(caught.value)
    with pytest.raises(TextRefused) as long:
        check_arguments({"query": LONG})
    assert "10000 characters, at most 4000" in error_message(long.value)


# ----------------------------------------------------------------------------- every method


def _leaves(hint: Any) -> Iterator[Any]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        for arg in typing.get_args(hint):
            yield from _leaves(arg)
    else:
        yield hint


def _poisoned(hint: Any, bad: str, depth: int = 0) -> Iterator[tuple[str, Any]]:
    """Values of type ``hint`` holding ``bad`` in one text, with the name of that text."""
    for leaf in _leaves(hint):
        origin = typing.get_origin(leaf)
        if leaf is str:
            yield "", bad
        elif origin in (list, tuple, Sequence):
            for arg in typing.get_args(leaf):
                if arg is not Ellipsis:
                    for name, value in _poisoned(arg, bad, depth + 1):
                        yield name, [value]
        elif (
            dataclasses.is_dataclass(leaf)
            and isinstance(leaf, type)
            and leaf.__module__.startswith("counter_app.services")
            and leaf.__qualname__ not in MADE_BY_SERVICES
            and depth < 3
        ):
            hints = typing.get_type_hints(leaf)
            for field in dataclasses.fields(leaf):
                for name, value in _poisoned(hints[field.name], bad, depth + 1):
                    blank = {f.name: None for f in dataclasses.fields(leaf) if f.init}
                    blank[field.name] = value
                    yield name or field.name, leaf(**blank)


def _role_for(fn: Any) -> Role | None:
    needed = getattr(fn, "__requires__", ())
    return next((r for r in Role if all(role_has(r, p) for p in needed)), None)


@dataclasses.dataclass(frozen=True)
class TextCase:
    """One typed text of a service method: the argument ``param`` (or its dataclass's
    ``field``), called as a user of ``role``, who may call the method."""

    cls: type[Service]
    name: str
    role: Role
    param: str
    field: str


def _text_cases() -> list[Any]:
    cases = []
    for cls in service_classes():
        for name, fn in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_") or not hasattr(fn, "__requires__"):
                continue
            role = _role_for(fn)
            if role is None:
                continue
            hints = typing.get_type_hints(fn)
            for param in inspect.signature(fn).parameters.values():
                if param.name in ("self", "password") or param.name not in hints:
                    continue
                for field, _ in _poisoned(hints[param.name], "x"):
                    label = f"{cls.__name__}.{name}({param.name}{'.' + field if field else ''})"
                    case = TextCase(cls, name, role, param.name, field)
                    cases.append(pytest.param(case, id=label))
    return cases


TEXT_CASES = _text_cases()


def _call(sqlite_db: Database, clock: FixedClock, case: TextCase, bad: str) -> None:
    fn = getattr(case.cls, case.name)
    hints = typing.get_type_hints(fn)
    value = next(v for f, v in _poisoned(hints[case.param], bad) if f == case.field)
    actor = Actor(user_id=1, employee_no="X1", name="测试", role=case.role, hall_id=1, counter_id=1)
    service = case.cls.__new__(case.cls)  # the base's state is all the check needs
    Service.__init__(service, sqlite_db, clock, actor)
    method = getattr(service, case.name)
    arguments = {
        p.name: None
        for p in inspect.signature(method).parameters.values()
        if p.default is inspect.Parameter.empty
        and p.kind not in (inspect.Parameter.VAR_KEYWORD, inspect.Parameter.VAR_POSITIONAL)
    }
    arguments[case.param] = value
    method(**arguments)


def test_every_service_method_that_takes_text_is_covered() -> None:
    names = {c.id for c in TEXT_CASES}
    for expected in (
        "CustomerService.search(query)",
        "PaymentService.take_payment(request.reference)",
        "PaymentService.take_payment(request.queue_ticket)",
        "ReceiptPrintService.reprint(reason)",
        "RequestService.accept(request.description)",
        "ComplaintService.accept(intake.content)",
        "ShiftService.close_shift(handover_note)",
        "AccountService.open_account(request.name)",
        "UserAdminService.add_user(name)",
    ):
        assert expected in names, expected
    assert len(TEXT_CASES) > 150


@pytest.mark.parametrize("case", TEXT_CASES)
def test_a_nul_in_any_typed_text_is_refused_before_the_method_runs(
    sqlite_db: Database, clock: FixedClock, case: TextCase
) -> None:
    """The check runs before the method's body, so the other arguments may be anything."""
    with pytest.raises(TextRefused) as nul:
        _call(sqlite_db, clock, case, "a\x00b")
    assert nul.value.code == "text.control_character"
    assert nul.value.params["field"] == (case.field or case.param)
    with pytest.raises(TextRefused) as long:
        _call(sqlite_db, clock, case, LONG)
    assert long.value.code == "text.too_long"


def test_signing_in_and_approving_check_their_text_too(
    demo_db: Database, clock: FixedClock
) -> None:
    auth = AuthService(demo_db, clock)
    with pytest.raises(TextRefused):
        auth.sign_in("G10\x0001", "whatever")
    clerk = auth.sign_in("G1001", "counter123", 1)
    with pytest.raises(TextRefused):
        auth.approve(clerk, "M1001", "counter123", action="void", subject="x", reason="a\x00")


# ----------------------------------------------------------------------------- the searches


@pytest.fixture
def desk(db: Database, clock: FixedClock) -> Desk:
    return open_desk(db, clock)


def _searches(desk: Desk) -> dict[str, Any]:
    clerk, db, clock = desk.clerk, desk.db, desk.clock
    manager = desk.manager
    return {
        "customers": CustomerService(db, clock, clerk).search,
        "search": SearchService(db, clock, clerk).search,
        "id number": lambda q: CustomerService(db, clock, clerk).find_by_id_number(
            "resident_id", q
        ),
        "credit code": CustomerService(db, clock, clerk).find_by_credit_code,
        "duplicates": lambda q: CustomerService(db, clock, clerk).duplicate_warnings(q, q),
        "request lookup": RequestService(db, clock, clerk).lookup,
        "request number": RequestService(db, clock, clerk).get_by_number,
        "complaint lookup": ComplaintService(db, clock, clerk).lookup,
        "complaint number": ComplaintService(db, clock, clerk).find,
        "receipt": desk.prints.receipt_summary,
        "receipt check": ReceiptVerifier(db, clock, clerk).verify_receipt_number,
        "receipt QR": ReceiptVerifier(db, clock, clerk).verify_receipt,
        "reading account": ReadingImportService(db, clock, manager).account_for_reading,
    }


def _customers(db: Database) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(Customer)).scalar_one()


@pytest.mark.parametrize("typed", [*SQL, "%", "_", "*", '"', "\\", "NEAR(a b)", "x" * 4000])
def test_sql_and_long_text_in_every_search_give_results_or_a_coded_refusal(
    desk: Desk, typed: str
) -> None:
    before = _customers(desk.db)
    refusals: list[tuple[str, str]] = []
    for name, search in _searches(desk).items():
        try:
            search(typed)
        except CounterError as refused:  # a refusal the clerk is told in words
            refusals.append((name, error_message(refused)))
    assert all(words for _, words in refusals), refusals
    assert _customers(desk.db) == before  # nothing was dropped or changed


def test_a_nul_or_10000_characters_in_every_search_is_a_coded_error(desk: Desk) -> None:
    for name, search in _searches(desk).items():
        for typed, code in ((NUL, "text.control_character"), (LONG, "text.too_long")):
            with pytest.raises(TextRefused) as refused:
                search(typed)
            assert refused.value.code == code, name


def test_a_nul_in_the_search_box_is_a_coded_error_on_both_backends(desk: Desk) -> None:
    with pytest.raises(TextRefused) as refused:
        CustomerService(desk.db, desk.clock, desk.clerk).search(NUL)
    assert (refused.value.code, refused.value.params["field"]) == (
        "text.control_character",
        "query",
    )
    assert "U+0000" in error_message(refused.value)


# ----------------------------------------------------------------------------- nothing stored


def test_no_nul_is_stored_in_a_tender_reference_queue_ticket_or_reprint_reason(
    desk: Desk,
) -> None:
    account_id, _ = new_account(desk.db)
    add_bill(desk.db, account_id, "2026-10", "80.00", date(2026, 12, 10))
    wechat = {
        "amount": Decimal("10.00"),
        "tenders": [TenderLine("wechat", Decimal("10.00"), "WX\x000001")],
        "idempotency_key": cash("10.00")["idempotency_key"],
    }
    with pytest.raises(TextRefused):
        desk.payments.take_payment(PaymentRequest(account_id=account_id, **wechat))
    with pytest.raises(TextRefused):
        desk.payments.take_payment(
            PaymentRequest(account_id=account_id, queue_ticket="A\x0012", **cash("10.00"))
        )
    assert count_payments(desk.db) == 0
    paid = desk.pay(account_id, "10.00")
    with pytest.raises(TextRefused):
        desk.prints.reprint(paid.receipt_no, "客户\x00遗失")
    with desk.db.read() as s:
        reprints = s.execute(
            select(func.count()).select_from(PrintedDocument).where(PrintedDocument.reprint_no > 0)
        ).scalar_one()
    assert reprints == 0


def test_sql_typed_into_text_fields_is_stored_as_the_text_it_is(desk: Desk) -> None:
    """A correction and a complaint whose words are SQL: kept verbatim, nothing else touched."""
    from complaint_cases import intake

    customers = CustomerService(desk.db, desk.clock, desk.clerk)
    customer_id = customers.search("东城区").rows[0].customer_id
    assert customer_id is not None
    before = _customers(desk.db)
    corrected = customers.update_customer(
        customer_id, CustomerChanges(address="东城区'; DROP TABLE customers; --"), SQL[0]
    )
    assert corrected.address == "东城区'; DROP TABLE customers; --"
    complaint = ComplaintService(desk.db, desk.clock, desk.clerk).accept(
        intake(content=SQL[1] + "\n" + SQL[2], demands=SQL[3])
    )
    assert complaint.detail.content == SQL[1] + "\n" + SQL[2]
    assert _customers(desk.db) == before


def test_a_readings_file_as_parsed_is_the_files_not_typed_text() -> None:
    """Its cells are checked by the import, row by row; an Excel header may hold a line break."""
    from counter_app.services.readings_file import ColumnRef, ParsedReadings

    parsed = ParsedReadings(
        file_name="抄表.xlsx",
        sha256="0" * 64,
        size=1,
        kind="xlsx",
        encoding=None,
        header_row=1,
        columns=(ColumnRef("reading", "C", "本次\n读数"),),
        rows=(),
    )
    check_arguments({"parsed": parsed})


def test_a_nul_in_a_readings_file_is_an_unknown_account_of_its_row_on_both_backends(
    desk: Desk, tmp_path: Any
) -> None:
    from test_readings_import import write_csv

    importer = ReadingImportService(desk.db, desk.clock, desk.manager)
    path = write_csv(tmp_path / "抄表.csv", [("01\x0000000001", "2026-11-20", "100")])
    result = importer.import_readings(path)
    assert not result.imported
    assert [(e.row, e.field, e.code) for e in result.errors] == [
        (2, "account_number", "account.not_found")
    ]
