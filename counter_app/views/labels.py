"""The words a clerk reads for the application's enum values, in one place for every screen.

Enum values are stored in the database in English; these give the words a clerk reads.
Each call is written out so pyside6-lupdate can extract the literal, with the translation
context these labels have always had (``CustomerLabels``; the tenders keep ``PaymentPage``),
so that moving a label never loses its translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.enums import (
    AccountStatus,
    ApprovalAction,
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


def account_status_label(status: AccountStatus | None) -> str:
    labels = {
        AccountStatus.PENDING: QCoreApplication.translate("CustomerLabels", "Pending connection"),
        AccountStatus.ACTIVE: QCoreApplication.translate("CustomerLabels", "Active"),
        AccountStatus.SUSPENDED: QCoreApplication.translate("CustomerLabels", "Suspended"),
        AccountStatus.CLOSED: QCoreApplication.translate("CustomerLabels", "Closed"),
    }
    if status is None:
        return QCoreApplication.translate("CustomerLabels", "No account")
    return labels.get(status, str(status))


def utility_label(kind: UtilityKind | None) -> str:
    labels = {
        UtilityKind.GAS: QCoreApplication.translate("CustomerLabels", "Gas"),
        UtilityKind.ELECTRICITY: QCoreApplication.translate("CustomerLabels", "Electricity"),
        UtilityKind.WATER: QCoreApplication.translate("CustomerLabels", "Water"),
    }
    return "" if kind is None else labels.get(kind, str(kind))


def billing_mode_label(mode: BillingMode) -> str:
    labels = {
        BillingMode.POSTPAID: QCoreApplication.translate("CustomerLabels", "Postpaid"),
        BillingMode.PREPAID: QCoreApplication.translate("CustomerLabels", "Prepaid"),
    }
    return labels.get(mode, str(mode))


def customer_kind_label(kind: CustomerKind) -> str:
    labels = {
        CustomerKind.INDIVIDUAL: QCoreApplication.translate("CustomerLabels", "Individual"),
        CustomerKind.ORGANISATION: QCoreApplication.translate("CustomerLabels", "Organisation"),
    }
    return labels.get(kind, str(kind))


def id_type_label(value: str | None) -> str:
    labels = {
        IdType.RESIDENT_ID: QCoreApplication.translate("CustomerLabels", "Resident ID card"),
        IdType.HMT_RESIDENCE: QCoreApplication.translate(
            "CustomerLabels", "HK/Macao/Taiwan residence permit"
        ),
        IdType.PASSPORT: QCoreApplication.translate("CustomerLabels", "Passport"),
        IdType.HM_PERMIT: QCoreApplication.translate(
            "CustomerLabels", "Mainland travel permit for HK/Macao residents"
        ),
    }
    if not value:
        return ""
    try:
        return labels[IdType(value)]
    except (ValueError, KeyError):
        return value


def bill_status_label(status: BillStatus) -> str:
    labels = {
        BillStatus.UNPAID: QCoreApplication.translate("CustomerLabels", "Unpaid"),
        BillStatus.PARTLY_PAID: QCoreApplication.translate("CustomerLabels", "Partly paid"),
        BillStatus.PAID: QCoreApplication.translate("CustomerLabels", "Paid"),
        BillStatus.WRITTEN_OFF: QCoreApplication.translate("CustomerLabels", "Written off"),
    }
    return labels.get(status, str(status))


def payment_kind_label(kind: PaymentKind) -> str:
    labels = {
        PaymentKind.POSTPAID: QCoreApplication.translate("CustomerLabels", "Bill payment"),
        PaymentKind.PREPAID: QCoreApplication.translate("CustomerLabels", "Prepaid top-up"),
        PaymentKind.REFUND: QCoreApplication.translate("CustomerLabels", "Refund"),
        PaymentKind.FEE: QCoreApplication.translate("CustomerLabels", "Service fee"),
    }
    return labels.get(kind, str(kind))


def approval_action_label(action: ApprovalAction) -> str:
    """What a manager approves at a clerk's counter (授权)."""
    labels = {
        ApprovalAction.VOID: QCoreApplication.translate("CustomerLabels", "Void a receipt"),
        ApprovalAction.REFUND: QCoreApplication.translate("CustomerLabels", "Refund a receipt"),
        ApprovalAction.WAIVE_LATE_FEE: QCoreApplication.translate(
            "CustomerLabels", "Waive the late fee"
        ),
        ApprovalAction.LARGE_CASH: QCoreApplication.translate(
            "CustomerLabels", "Take cash above the limit"
        ),
        ApprovalAction.ARREARS_OVERRIDE: QCoreApplication.translate(
            "CustomerLabels", "Open an account despite arrears"
        ),
    }
    return labels.get(action, str(action))


def payment_status_label(status: PaymentStatus) -> str:
    labels = {
        PaymentStatus.COMPLETED: QCoreApplication.translate("CustomerLabels", "Completed"),
        PaymentStatus.VOIDED: QCoreApplication.translate("CustomerLabels", "Voided"),
    }
    return labels.get(status, str(status))


def request_status_label(status: RequestStatus) -> str:
    labels = {
        RequestStatus.INCOMPLETE: QCoreApplication.translate(
            "CustomerLabels", "Documents incomplete"
        ),
        RequestStatus.ACCEPTED: QCoreApplication.translate("CustomerLabels", "Accepted"),
        RequestStatus.PENDING_APPROVAL: QCoreApplication.translate(
            "CustomerLabels", "Awaiting approval"
        ),
        RequestStatus.DISPATCHED: QCoreApplication.translate("CustomerLabels", "Dispatched"),
        RequestStatus.IN_PROGRESS: QCoreApplication.translate("CustomerLabels", "In progress"),
        RequestStatus.COMPLETED: QCoreApplication.translate("CustomerLabels", "Work completed"),
        RequestStatus.CALLBACK_DONE: QCoreApplication.translate(
            "CustomerLabels", "Follow-up call done"
        ),
        RequestStatus.ARCHIVED: QCoreApplication.translate("CustomerLabels", "Archived"),
        RequestStatus.REJECTED: QCoreApplication.translate("CustomerLabels", "Rejected"),
        RequestStatus.WITHDRAWN: QCoreApplication.translate("CustomerLabels", "Withdrawn"),
    }
    return labels.get(status, str(status))


def complaint_category_label(category: ComplaintCategory) -> str:
    labels = {
        ComplaintCategory.ATTITUDE: QCoreApplication.translate("CustomerLabels", "Staff attitude"),
        ComplaintCategory.QUALITY: QCoreApplication.translate("CustomerLabels", "Service quality"),
        ComplaintCategory.SUPPLY: QCoreApplication.translate("CustomerLabels", "Supply"),
        ComplaintCategory.PRICE: QCoreApplication.translate("CustomerLabels", "Prices and fees"),
        ComplaintCategory.EQUIPMENT: QCoreApplication.translate("CustomerLabels", "Equipment"),
        ComplaintCategory.OTHER: QCoreApplication.translate("CustomerLabels", "Other"),
    }
    return labels.get(category, str(category))


def severity_label(severity: Severity) -> str:
    labels = {
        Severity.EMERGENCY: QCoreApplication.translate("CustomerLabels", "Emergency"),
        Severity.MAJOR: QCoreApplication.translate("CustomerLabels", "Major"),
        Severity.GENERAL: QCoreApplication.translate("CustomerLabels", "General"),
    }
    return labels.get(severity, str(severity))


def complaint_status_label(status: ComplaintStatus) -> str:
    labels = {
        ComplaintStatus.OPEN: QCoreApplication.translate("CustomerLabels", "Open"),
        ComplaintStatus.INVESTIGATING: QCoreApplication.translate(
            "CustomerLabels", "Investigating"
        ),
        ComplaintStatus.RESOLVED: QCoreApplication.translate("CustomerLabels", "Resolved"),
        ComplaintStatus.CLOSED: QCoreApplication.translate("CustomerLabels", "Concluded"),
        ComplaintStatus.APPEAL: QCoreApplication.translate("CustomerLabels", "Appeal"),
    }
    return labels.get(status, str(status))


def document_type_label(doc_type: DocumentType) -> str:
    labels = {
        DocumentType.RECEIPT: QCoreApplication.translate("CustomerLabels", "Receipt"),
        DocumentType.VOID_SLIP: QCoreApplication.translate("CustomerLabels", "Void slip"),
        DocumentType.WORK_ORDER: QCoreApplication.translate("CustomerLabels", "Work order"),
        DocumentType.ACCOUNT_OPENING: QCoreApplication.translate(
            "CustomerLabels", "Account opening confirmation"
        ),
        DocumentType.MISSING_DOCUMENTS: QCoreApplication.translate(
            "CustomerLabels", "One-time notice of missing documents"
        ),
        DocumentType.COMPLAINT_SLIP: QCoreApplication.translate("CustomerLabels", "Complaint slip"),
        DocumentType.SHIFT_REPORT: QCoreApplication.translate("CustomerLabels", "Shift report"),
        DocumentType.DAILY_REPORT: QCoreApplication.translate("CustomerLabels", "Daily report"),
        DocumentType.SETTLEMENT_SLIP: QCoreApplication.translate(
            "CustomerLabels", "Settlement slip"
        ),
    }
    return labels.get(doc_type, str(doc_type))


def print_layout_label(layout: str) -> str:
    """The paper a document was printed on (``thermal80``, ``a5``, ``a4`` in the register)."""
    labels = {
        "thermal80": QCoreApplication.translate("CustomerLabels", "80 mm roll"),
        "a5": QCoreApplication.translate("CustomerLabels", "A5 sheet"),
        "a4": QCoreApplication.translate("CustomerLabels", "A4 sheet"),
    }
    return labels.get(layout, layout)


def tender_label(tender: Tender) -> str:
    """How the customer pays: 现金, 银行卡, 微信支付, …"""
    labels = {
        Tender.CASH: QCoreApplication.translate("PaymentPage", "Cash"),
        Tender.BANK_CARD: QCoreApplication.translate("PaymentPage", "Bank card"),
        Tender.WECHAT: QCoreApplication.translate("PaymentPage", "WeChat Pay"),
        Tender.ALIPAY: QCoreApplication.translate("PaymentPage", "Alipay"),
        Tender.TRANSFER: QCoreApplication.translate("PaymentPage", "Transfer / cheque"),
    }
    return labels.get(tender, str(tender))


def tariff_class_label(name: str) -> str:
    """A tariff class (用户类别) as the clerk reads it.

    Tariff classes are tariff rows a deployment names in Chinese (docs/domain.md §2); the
    default classes have words in every language, a class of the hall's own shows as named.
    """
    labels = {
        "居民": QCoreApplication.translate("CustomerLabels", "Residential"),
        "非居民": QCoreApplication.translate("CustomerLabels", "Non-residential"),
        "居民生活": QCoreApplication.translate("CustomerLabels", "Residential living"),
        "一般工商业": QCoreApplication.translate(
            "CustomerLabels", "General commercial and industrial"
        ),
        "大工业": QCoreApplication.translate("CustomerLabels", "Large industry"),
        "农业生产": QCoreApplication.translate("CustomerLabels", "Agricultural production"),
    }
    return labels.get(name, name)
