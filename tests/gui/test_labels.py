"""Every enum value a screen shows has its own words, in English and in Chinese."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from counter_app.domain.enums import (
    AccountStatus,
    BillingMode,
    BillStatus,
    ComplaintCategory,
    ComplaintStatus,
    CustomerKind,
    DocumentType,
    PaymentKind,
    PaymentStatus,
    RequestStatus,
    Severity,
    Tender,
    UtilityKind,
)
from counter_app.domain.identity import IdType
from counter_app.views import labels

LABELLED: list[tuple[Callable[[Any], str], type[Enum]]] = [
    (labels.account_status_label, AccountStatus),
    (labels.utility_label, UtilityKind),
    (labels.billing_mode_label, BillingMode),
    (labels.customer_kind_label, CustomerKind),
    (labels.id_type_label, IdType),
    (labels.bill_status_label, BillStatus),
    (labels.payment_kind_label, PaymentKind),
    (labels.payment_status_label, PaymentStatus),
    (labels.request_status_label, RequestStatus),
    (labels.complaint_category_label, ComplaintCategory),
    (labels.severity_label, Severity),
    (labels.complaint_status_label, ComplaintStatus),
    (labels.document_type_label, DocumentType),
    (labels.tender_label, Tender),
]


def _all_labels(label: Callable[[Any], str], enum: type[Enum]) -> dict[Enum, str]:
    return {member: label(member) for member in enum}


@pytest.mark.parametrize(("label", "enum"), LABELLED, ids=[e.__name__ for _, e in LABELLED])
def test_every_value_has_words_of_its_own(
    en: QApplication, label: Callable[[Any], str], enum: type[Enum]
) -> None:
    words = _all_labels(label, enum)

    assert all(text and text != member.value for member, text in words.items()), words
    assert len(set(words.values())) == len(words), words  # no two values read alike


@pytest.mark.parametrize(("label", "enum"), LABELLED, ids=[e.__name__ for _, e in LABELLED])
def test_every_value_reads_in_chinese(
    zh: QApplication, label: Callable[[Any], str], enum: type[Enum]
) -> None:
    words = _all_labels(label, enum)

    assert all(not text.isascii() for text in words.values()), words
    assert len(set(words.values())) == len(words), words
