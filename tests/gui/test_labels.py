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


# The tariff classes docs/domain.md §2 names as the defaults; classes are named in Chinese.
DEFAULT_TARIFF_CLASSES = ("居民", "非居民", "居民生活", "一般工商业", "大工业", "农业生产")


def test_default_tariff_classes_read_in_english(en: QApplication) -> None:
    words = [labels.tariff_class_label(name) for name in DEFAULT_TARIFF_CLASSES]

    assert all(text.isascii() for text in words), words
    assert len(set(words)) == len(words), words


def test_default_tariff_classes_read_in_chinese_as_named(zh: QApplication) -> None:
    assert [labels.tariff_class_label(n) for n in DEFAULT_TARIFF_CLASSES] == list(
        DEFAULT_TARIFF_CLASSES
    )


def test_a_tariff_class_of_the_halls_own_shows_as_named(en: QApplication) -> None:
    assert labels.tariff_class_label("学校") == "学校"


def test_every_print_layout_has_words_in_both_languages(qapp: QApplication) -> None:
    """The register shows the paper a copy was printed on, never the stored code."""
    from counter_app.domain.print_register import LAYOUTS
    from counter_app.views.fonts import apply_app_font
    from counter_app.views.translation import install_language

    apply_app_font(qapp)
    for language, readable in (("en", str.isascii), ("zh_CN", lambda t: not t.isascii())):
        install_language(qapp, language)
        words = {layout: labels.print_layout_label(layout) for layout in LAYOUTS}
        assert all(text != layout and readable(text) for layout, text in words.items()), words
        assert len(set(words.values())) == len(words), words
    install_language(qapp, "en")
