"""Enumerations of the business domain. Values are stored in the database: never rename them."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"  # 柜员
    MANAGER = "manager"  # 值班长 / 营业厅主管
    AUDITOR = "auditor"  # 稽核员
    ADMIN = "admin"  # 系统管理员


class UtilityKind(StrEnum):
    GAS = "gas"
    ELECTRICITY = "electricity"
    WATER = "water"


class CustomerKind(StrEnum):
    INDIVIDUAL = "individual"
    ORGANISATION = "organisation"


class AccountStatus(StrEnum):
    PENDING = "pending"  # 待通气 / 待接电
    ACTIVE = "active"  # 正常
    SUSPENDED = "suspended"  # 暂停
    CLOSED = "closed"  # 已销户


class BillingMode(StrEnum):
    POSTPAID = "postpaid"  # 后付费
    PREPAID = "prepaid"  # 预付费 / IC 卡


class BillStatus(StrEnum):
    UNPAID = "unpaid"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    WRITTEN_OFF = "written_off"


class Tender(StrEnum):
    CASH = "cash"  # 现金
    BANK_CARD = "bank_card"  # 银行卡
    WECHAT = "wechat"  # 微信支付
    ALIPAY = "alipay"  # 支付宝
    TRANSFER = "transfer"  # 转账 / 支票


class PaymentKind(StrEnum):
    POSTPAID = "postpaid"  # 缴费
    PREPAID = "prepaid"  # 购气 / 购电
    REFUND = "refund"  # 退费
    FEE = "fee"  # 业务费


class PaymentStatus(StrEnum):
    COMPLETED = "completed"
    VOIDED = "voided"


class ApprovalAction(StrEnum):
    """What a manager approves at a clerk's counter (授权); stored on the approval."""

    VOID = "void"  # 冲正: the subject is the receipt number
    REFUND = "refund"  # 退费: the subject is the receipt number
    WAIVE_LATE_FEE = "waive_late_fee"  # 违约金减免: the subject is the account
    LARGE_CASH = "large_cash"  # 大额现金: the account, and the cash amount approved
    ARREARS_OVERRIDE = "arrears_override"  # 欠费开户: the subject is the customer
    # 长短款: the subject is the shift (shift_subject) and the amount the signed variance
    CASH_VARIANCE = "cash_variance"
    # 投诉延期: the subject is the complaint number and the milestone (extension_subject)
    COMPLAINT_EXTENSION = "complaint_extension"
    # Service requests (docs/domain.md §6)
    SERVICE_REQUEST = "service_request"  # 业务审核: the subject is the request number


class DocumentType(StrEnum):
    RECEIPT = "receipt"
    VOID_SLIP = "void_slip"
    WORK_ORDER = "work_order"
    ACCOUNT_OPENING = "account_opening"
    MISSING_DOCUMENTS = "missing_documents"  # 一次性告知单
    COMPLAINT_SLIP = "complaint_slip"
    SHIFT_REPORT = "shift_report"
    DAILY_REPORT = "daily_report"
    SETTLEMENT_SLIP = "settlement_slip"
    # Service requests (docs/domain.md §6)
    REQUEST_STATUS = "request_status"  # 业务进度单: what a customer asking "how is it?" takes
    # Customers' rights (docs/domain.md §11)
    PERSONAL_DATA_EXPORT = "personal_data_export"  # 个人信息副本: what we hold about a customer


class SlaUnit(StrEnum):
    WORKING_DAYS = "working_days"
    HOURS = "hours"  # clock hours, 24x7


class RequestEffect(StrEnum):
    """What completing a request of a type does to the account (docs/domain.md §6)."""

    NONE = "none"
    TRANSFER = "transfer"  # 过户: the account passes to the new owner
    RENAME = "rename"  # 更名: the holder's name changes
    RELOCATE = "relocate"  # 迁移/移表: the supply address changes
    SUSPEND = "suspend"  # 暂停: the account becomes suspended
    RESUME = "resume"  # 恢复: the account becomes active again
    CLOSE = "close"  # 销户: the account is closed, a settlement slip prints


class RequestStatus(StrEnum):
    INCOMPLETE = "incomplete"  # 资料不全
    ACCEPTED = "accepted"  # 已受理
    PENDING_APPROVAL = "pending_approval"  # 待审核
    DISPATCHED = "dispatched"  # 已派工
    IN_PROGRESS = "in_progress"  # 处理中
    COMPLETED = "completed"  # 已完工
    CALLBACK_DONE = "callback_done"  # 已回访
    ARCHIVED = "archived"  # 已归档
    REJECTED = "rejected"  # 已驳回
    WITHDRAWN = "withdrawn"  # 已撤销


class ComplaintChannel(StrEnum):
    COUNTER = "counter"
    PHONE = "phone"
    ONLINE = "online"
    LETTER = "letter"
    SOCIAL = "social"
    HOTLINE_12345 = "hotline_12345"


class ComplaintCategory(StrEnum):
    ATTITUDE = "attitude"
    QUALITY = "quality"
    SUPPLY = "supply"
    PRICE = "price"
    EQUIPMENT = "equipment"
    OTHER = "other"


class Severity(StrEnum):
    EMERGENCY = "emergency"
    MAJOR = "major"
    GENERAL = "general"


class ComplaintStatus(StrEnum):
    OPEN = "open"
    INVESTIGATING = "investigating"
    RESOLVED = "resolved"
    CLOSED = "closed"
    APPEAL = "appeal"  # 申诉


class MilestoneKind(StrEnum):
    INVESTIGATION = "investigation"  # 1 WD
    SOLUTION_PROPOSED = "solution_proposed"  # 2 WD
    SOLUTION_DONE = "solution_done"  # 3 WD
    RESULT_REPORTED = "result_reported"  # 5 WD


class Satisfaction(StrEnum):
    VERY_SATISFIED = "very_satisfied"
    SATISFIED = "satisfied"
    FAIRLY_SATISFIED = "fairly_satisfied"
    DISSATISFIED = "dissatisfied"


class ShiftStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class BusinessDayStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class CashMovementKind(StrEnum):
    CASH_IN = "cash_in"
    CASH_OUT = "cash_out"
