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
    CashMovementKind,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    CustomerKind,
    DocumentType,
    MilestoneKind,
    PaymentKind,
    PaymentStatus,
    RequestEffect,
    RequestStatus,
    Role,
    Satisfaction,
    Severity,
    SlaUnit,
    Tender,
    UtilityKind,
)
from counter_app.domain.identity import IdType
from counter_app.domain.requests import Step
from counter_app.services.complaints.dto import ComplaintScope, ContactMethod
from counter_app.services.requests.dto import RequestList


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
        ApprovalAction.SERVICE_REQUEST: QCoreApplication.translate(
            "RequestLabels", "Approve a service request"
        ),
        ApprovalAction.CASH_VARIANCE: QCoreApplication.translate(
            "ShiftLabels", "Sign off a cash difference"
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
        DocumentType.REQUEST_STATUS: QCoreApplication.translate(
            "RequestLabels", "Request status slip"
        ),
        DocumentType.PERSONAL_DATA_EXPORT: QCoreApplication.translate(
            "CustomerLabels", "Copy of personal data"
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


# ----------------------------------------------------------------------------- service requests


def request_step_label(step: Step) -> str:
    """A step of a service request, as its button reads (docs/domain.md §6)."""
    labels = {
        Step.COMPLETE_DOCUMENTS: QCoreApplication.translate("RequestLabels", "Documents complete"),
        Step.DISPATCH: QCoreApplication.translate("RequestLabels", "Dispatch"),
        Step.START: QCoreApplication.translate("RequestLabels", "Start work"),
        Step.COMPLETE: QCoreApplication.translate("RequestLabels", "Complete"),
        Step.CALLBACK: QCoreApplication.translate("RequestLabels", "Callback"),
        Step.ARCHIVE: QCoreApplication.translate("RequestLabels", "Archive"),
        Step.REJECT: QCoreApplication.translate("RequestLabels", "Reject"),
        Step.WITHDRAW: QCoreApplication.translate("RequestLabels", "Withdraw"),
    }
    return labels.get(step, str(step))


def request_next_step_text(step: Step | None, status: RequestStatus | None = None) -> str:
    """What happens next to a request, in plain words for the customer ("how is my request?");
    ``status`` tells a request waiting for a manager's approval from one ready to dispatch."""
    if step is Step.DISPATCH and status is RequestStatus.ACCEPTED:
        return QCoreApplication.translate("RequestLabels", "A team will be sent.")
    labels = {
        Step.COMPLETE_DOCUMENTS: QCoreApplication.translate(
            "RequestLabels", "Bring the missing documents; the deadline starts when they are in."
        ),
        Step.DISPATCH: QCoreApplication.translate(
            "RequestLabels", "A manager checks the request, then a team is sent."
        ),
        Step.START: QCoreApplication.translate(
            "RequestLabels", "A team has been sent and will start the work."
        ),
        Step.COMPLETE: QCoreApplication.translate("RequestLabels", "The work is being done."),
        Step.CALLBACK: QCoreApplication.translate(
            "RequestLabels", "The work is done; we will call to ask how it went."
        ),
        Step.ARCHIVE: QCoreApplication.translate(
            "RequestLabels", "Finished; the request will be filed."
        ),
    }
    if step is None:
        return QCoreApplication.translate("RequestLabels", "Closed: nothing more to do.")
    return labels.get(step, str(step))


def request_list_label(which: RequestList) -> str:
    """A list of the Requests area."""
    labels = {
        RequestList.MINE: QCoreApplication.translate("RequestLabels", "My requests"),
        RequestList.DUE_TODAY: QCoreApplication.translate("RequestLabels", "Due today"),
        RequestList.OVERDUE: QCoreApplication.translate("RequestLabels", "Overdue"),
        RequestList.AWAITING_CALLBACK: QCoreApplication.translate(
            "RequestLabels", "Awaiting callback"
        ),
        RequestList.OPEN: QCoreApplication.translate("RequestLabels", "All open"),
        RequestList.ALL: QCoreApplication.translate("RequestLabels", "All requests"),
    }
    return labels.get(which, str(which))


def satisfaction_label(value: Satisfaction | None) -> str:
    """The customer's satisfaction at a callback (回访)."""
    labels = {
        Satisfaction.VERY_SATISFIED: QCoreApplication.translate("RequestLabels", "Very satisfied"),
        Satisfaction.SATISFIED: QCoreApplication.translate("RequestLabels", "Satisfied"),
        Satisfaction.FAIRLY_SATISFIED: QCoreApplication.translate(
            "RequestLabels", "Fairly satisfied"
        ),
        Satisfaction.DISSATISFIED: QCoreApplication.translate("RequestLabels", "Dissatisfied"),
    }
    return "" if value is None else labels.get(value, str(value))


# ----------------------------------------------------------------------------- shifts and reports


def cash_movement_label(kind: CashMovementKind) -> str:
    """Cash put into or taken out of the drawer during a shift."""
    labels = {
        CashMovementKind.CASH_IN: QCoreApplication.translate("ShiftLabels", "Cash in"),
        CashMovementKind.CASH_OUT: QCoreApplication.translate("ShiftLabels", "Cash out"),
    }
    return labels.get(kind, str(kind))


# ----------------------------------------------------------------------------- complaints


def complaint_channel_label(channel: ComplaintChannel) -> str:
    """Where a complaint came in (docs/domain.md §7)."""
    labels = {
        ComplaintChannel.COUNTER: QCoreApplication.translate("ComplaintLabels", "At the counter"),
        ComplaintChannel.PHONE: QCoreApplication.translate("ComplaintLabels", "Phone"),
        ComplaintChannel.ONLINE: QCoreApplication.translate("ComplaintLabels", "Website / app"),
        ComplaintChannel.LETTER: QCoreApplication.translate("ComplaintLabels", "Letter / email"),
        ComplaintChannel.SOCIAL: QCoreApplication.translate("ComplaintLabels", "WeChat / Weibo"),
        ComplaintChannel.HOTLINE_12345: QCoreApplication.translate(
            "ComplaintLabels", "12345 hotline"
        ),
    }
    return labels.get(channel, str(channel))


def milestone_label(kind: MilestoneKind) -> str:
    """One of a complaint's four deadlines."""
    labels = {
        MilestoneKind.INVESTIGATION: QCoreApplication.translate(
            "ComplaintLabels", "First investigation"
        ),
        MilestoneKind.SOLUTION_PROPOSED: QCoreApplication.translate(
            "ComplaintLabels", "Solution proposed"
        ),
        MilestoneKind.SOLUTION_DONE: QCoreApplication.translate(
            "ComplaintLabels", "Solution carried out"
        ),
        MilestoneKind.RESULT_REPORTED: QCoreApplication.translate(
            "ComplaintLabels", "Result reported"
        ),
    }
    return labels.get(kind, str(kind))


def contact_method_label(method: ContactMethod | str) -> str:
    """How the customer was told (feedback, an extension)."""
    labels = {
        ContactMethod.PHONE: QCoreApplication.translate("ComplaintLabels", "By phone"),
        ContactMethod.SMS: QCoreApplication.translate("ComplaintLabels", "By text message"),
        ContactMethod.IN_PERSON: QCoreApplication.translate("ComplaintLabels", "In person"),
        ContactMethod.VISIT: QCoreApplication.translate("ComplaintLabels", "On a home visit"),
        ContactMethod.LETTER: QCoreApplication.translate("ComplaintLabels", "By letter / email"),
        ContactMethod.WECHAT: QCoreApplication.translate("ComplaintLabels", "By WeChat"),
    }
    if not method:
        return ""
    try:
        return labels[ContactMethod(method)]
    except (ValueError, KeyError):
        return str(method)


def complaint_scope_label(scope: ComplaintScope) -> str:
    """A filter of the complaint list."""
    labels = {
        ComplaintScope.OPEN: QCoreApplication.translate("ComplaintLabels", "All open"),
        ComplaintScope.MINE: QCoreApplication.translate("ComplaintLabels", "Mine"),
        ComplaintScope.DUE_TODAY: QCoreApplication.translate("ComplaintLabels", "Due today"),
        ComplaintScope.OVERDUE: QCoreApplication.translate("ComplaintLabels", "Overdue"),
        ComplaintScope.APPEAL: QCoreApplication.translate("ComplaintLabels", "Appeals"),
        ComplaintScope.CLOSED: QCoreApplication.translate("ComplaintLabels", "Concluded"),
        ComplaintScope.ALL: QCoreApplication.translate("ComplaintLabels", "All"),
    }
    return labels.get(scope, str(scope))


# ----------------------------------------------------------------------------- administration


def role_label(role: Role) -> str:
    """A user's role (docs/domain.md §1): 柜员, 值班长, 稽核员, 系统管理员."""
    labels = {
        Role.CLERK: QCoreApplication.translate("AdminLabels", "Clerk"),
        Role.MANAGER: QCoreApplication.translate("AdminLabels", "Hall manager"),
        Role.AUDITOR: QCoreApplication.translate("AdminLabels", "Auditor"),
        Role.ADMIN: QCoreApplication.translate("AdminLabels", "Administrator"),
    }
    return labels.get(role, str(role))


def tariff_state_label(state: str) -> str:
    """Whether a tariff is past, in force or a price change still to come."""
    labels = {
        "past": QCoreApplication.translate("AdminLabels", "Superseded"),
        "in_force": QCoreApplication.translate("AdminLabels", "In force"),
        "scheduled": QCoreApplication.translate("AdminLabels", "Scheduled"),
    }
    return labels.get(state, state)


def day_kind_label(working: bool) -> str:
    """A calendar day marked as a working day (a make-up day, 调休) or a day off."""
    if working:
        return QCoreApplication.translate("AdminLabels", "Working day (make-up)")
    return QCoreApplication.translate("AdminLabels", "Day off (holiday)")


def setting_label(key: str) -> str:
    """The settings of the settings page (docs/domain.md), by key."""
    labels = {
        "payments.minimum": QCoreApplication.translate("AdminLabels", "Smallest payment (¥)"),
        "payments.maximum": QCoreApplication.translate("AdminLabels", "Largest payment (¥)"),
        "payments.cash_approval_above": QCoreApplication.translate(
            "AdminLabels", "Cash above this needs approval (¥)"
        ),
        "bills.due_days": QCoreApplication.translate(
            "AdminLabels", "Days from reading to due date"
        ),
        "late_fees.residential_permille": QCoreApplication.translate(
            "AdminLabels", "Late fee, residential (‰ a day)"
        ),
        "late_fees.same_year_permille": QCoreApplication.translate(
            "AdminLabels", "Late fee, others, due this year (‰ a day)"
        ),
        "late_fees.earlier_year_permille": QCoreApplication.translate(
            "AdminLabels", "Late fee, others, due in an earlier year (‰ a day)"
        ),
        "late_fees.minimum_total": QCoreApplication.translate(
            "AdminLabels", "Least late fee of a payment (¥)"
        ),
        "complaints.repeat_window_days": QCoreApplication.translate(
            "AdminLabels", "Repeat complaint window (days)"
        ),
        "security.idle_lock_minutes": QCoreApplication.translate(
            "AdminLabels", "Idle screen locks after (minutes)"
        ),
        "security.max_failed_logins": QCoreApplication.translate(
            "AdminLabels", "Wrong passwords before a lock"
        ),
        "security.lockout_minutes": QCoreApplication.translate(
            "AdminLabels", "Lock lasts (minutes)"
        ),
        "backups.keep_daily": QCoreApplication.translate(
            "AdminLabels", "Daily backups kept (days)"
        ),
        "backups.keep_monthly": QCoreApplication.translate(
            "AdminLabels", "Monthly backups kept (months)"
        ),
        "backups.folder": QCoreApplication.translate("AdminLabels", "Backup folder"),
        "backups.offsite_folder": QCoreApplication.translate("AdminLabels", "Off-site copy folder"),
    }
    return labels.get(key, key)


def sla_unit_label(unit: SlaUnit) -> str:
    """How a service type's time limit is counted (docs/domain.md §6)."""
    labels = {
        SlaUnit.WORKING_DAYS: QCoreApplication.translate("AdminLabels", "working days"),
        SlaUnit.HOURS: QCoreApplication.translate("AdminLabels", "hours, round the clock"),
    }
    return labels.get(unit, str(unit))


def request_effect_label(effect: RequestEffect) -> str:
    """What completing a request of a type does to the account."""
    labels = {
        RequestEffect.NONE: QCoreApplication.translate("AdminLabels", "Nothing"),
        RequestEffect.TRANSFER: QCoreApplication.translate("AdminLabels", "New owner (过户)"),
        RequestEffect.RENAME: QCoreApplication.translate("AdminLabels", "New name (更名)"),
        RequestEffect.RELOCATE: QCoreApplication.translate("AdminLabels", "New address (迁移)"),
        RequestEffect.SUSPEND: QCoreApplication.translate("AdminLabels", "Suspended (暂停)"),
        RequestEffect.RESUME: QCoreApplication.translate("AdminLabels", "Active again (恢复)"),
        RequestEffect.CLOSE: QCoreApplication.translate("AdminLabels", "Closed (销户)"),
    }
    return labels.get(effect, str(effect))
