"""How the request documents word a request's status and next step (docs/domain.md §6)."""

from __future__ import annotations

from datetime import datetime

from counter_app.domain.enums import RequestStatus
from counter_app.domain.requests import Step
from counter_app.printing.wording import format_datetime

STATUS_WORDS = {
    RequestStatus.INCOMPLETE: "资料不全",
    RequestStatus.ACCEPTED: "已受理",
    RequestStatus.PENDING_APPROVAL: "待审核",
    RequestStatus.DISPATCHED: "已派工",
    RequestStatus.IN_PROGRESS: "处理中",
    RequestStatus.COMPLETED: "已完工",
    RequestStatus.CALLBACK_DONE: "已回访",
    RequestStatus.ARCHIVED: "已归档",
    RequestStatus.REJECTED: "已驳回",
    RequestStatus.WITHDRAWN: "已撤销",
}

#: The next step in the words a customer understands.
NEXT_STEP_WORDS = {
    Step.COMPLETE_DOCUMENTS: "请按一次性告知单补齐材料后到营业厅办理，补齐后开始计算办结时限。",
    Step.DISPATCH: "营业厅正在安排，审核通过后将派工处理。",
    Step.START: "已派工，工作人员上门前会与您电话联系，请保持电话畅通。",
    Step.COMPLETE: "工作人员正在处理。",
    Step.CALLBACK: "已办理完毕，我们将回访了解您的满意度。",
    Step.ARCHIVE: "已办理完毕并已回访，感谢您的支持。",
}
CLOSED_WORDS = {
    RequestStatus.ARCHIVED: "业务已办结归档。",
    RequestStatus.REJECTED: "业务未予办理，原因见上。",
    RequestStatus.WITHDRAWN: "业务已按您的要求撤销。",
}


def deadline_text(deadline_at: datetime | None) -> str:
    """The deadline as documents print it; none while documents are missing."""
    return format_datetime(deadline_at) if deadline_at is not None else "补齐材料后计算"
