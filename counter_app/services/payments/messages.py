"""Default Simplified Chinese wording of the payment services' error codes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from counter_app.domain.errors import CounterError
from counter_app.domain.money import format_yuan
from counter_app.services.payments.dto import REASON_MAX_LENGTH, REFERENCE_MAX_LENGTH


def _money(p: Mapping[str, object], key: str) -> str:
    value = p.get(key)
    return format_yuan(value) if isinstance(value, Decimal) else str(value)


_MESSAGES: dict[str, Callable[[Mapping[str, object]], str]] = {
    "payment.no_tenders": lambda p: "请选择支付方式",
    "payment.tender_invalid": lambda p: "支付方式无效",
    "payment.tenders_mismatch": lambda p: (
        f"各支付方式合计 {_money(p, 'tenders_total')} 与缴费金额 {_money(p, 'amount')} 不一致"
    ),
    "payment.duplicate_cash": lambda p: "现金只能填写一行",
    "payment.reference_missing": lambda p: "非现金支付请填写交易参考号（流水号/凭证号）",
    "payment.reference_too_long": lambda p: f"交易参考号最长 {REFERENCE_MAX_LENGTH} 位",
    "payment.cash_short": lambda p: (
        f"实收现金 {_money(p, 'received')} 少于应收现金 {_money(p, 'cash')}"
    ),
    "payment.no_cash_tender": lambda p: "没有现金支付时不填写实收现金",
    "payment.key_invalid": lambda p: "缴费确认编号无效，请重新打开确认界面",
    "payment.reason_empty": lambda p: "请填写原因",
    "payment.reason_too_long": lambda p: f"原因最长 {REASON_MAX_LENGTH} 字",
    "payment.rating_invalid": lambda p: "满意度评价无效",
    "payment.layout_invalid": lambda p: "打印版式无效",
    "payment.hash_invalid": lambda p: "单据内容摘要应为 64 位十六进制 SHA-256",
    "payment.quote_args": lambda p: "请输入购买金额或购买量中的一项",
    "payment.volume_format": lambda p: "购买量应大于零，最多三位小数",
    "payment.not_prepaid": lambda p: "该户号不是预付费（IC卡）用户",
    "payment.prepaid_inexact": lambda p: (
        f"按阶梯价格无法恰好购买该金额，可购买金额为 {_money(p, 'suggested')}"
    ),
    "payment.prepaid_too_small": lambda p: "金额不足以购买最小计量单位",
    "payment.prepaid_quote_changed": lambda p: (
        f"阶梯位置或价格已变化，该购买量现需 {_money(p, 'suggested')}，请重新报价"
    ),
    "payment.partial_too_small": lambda p: (
        f"该户有逾期账单，违约金最低 ¥1.00：部分缴费金额至少为 {_money(p, 'minimum')}"
    ),
    "payment.approval_required": lambda p: "此操作需要值班长授权",
    "payment.approval_invalid": lambda p: {
        "expired": "授权已过期，请值班长重新授权",
        "used": "该授权已经使用过，请值班长重新授权",
    }.get(str(p.get("problem")), "该授权不适用于此操作"),
    "payment.key_reused": lambda p: "该确认编号已用于另一笔缴费，请重新打开确认界面",
    "receipt.not_found": lambda p: f"收据 {p.get('receipt_no', '')} 不存在",
    "payment.not_found": lambda p: "缴费记录不存在",
    "print.not_found": lambda p: "打印记录不存在",
    "print.already_registered": lambda p: "该收据已登记过打印，再次打印请使用补打",
    "void.already_voided": lambda p: "该收据已作废",
    "void.refunded": lambda p: f"该收据已退费（{p.get('refund_receipt_no', '')}），不能作废",
    "void.later_payment": lambda p: (
        f"该户之后还有缴费 {p.get('receipt_no', '')}，请先作废较新的缴费"
    ),
    "void.other_hall": lambda p: "只能作废本营业厅的收据",
    "void.refund_required": lambda p: (
        "当日已日结，不能作废，请办理退费"
        if p.get("problem") == "day_closed"
        else "只能作废当日的缴费，往日缴费请办理退费"
    ),
    "refund.not_refundable": lambda p: "退费单不能再退费",
    "refund.voided": lambda p: "该收据已作废，无需退费",
    "refund.already_refunded": lambda p: f"该收据已退费（{p.get('refund_receipt_no', '')}）",
    "refund.credit_used": lambda p: (
        f"该笔缴费形成的预存余额已被使用（现余额 {_money(p, 'credit')}，"
        f"需退 {_money(p, 'needed')}），不能整笔退费"
    ),
    "rating.exists": lambda p: "该笔业务已评价",
}

#: Every code :func:`describe_payment_error` has its own message for; views that word messages
#: in another language key their tables on these.
PAYMENT_CODES: frozenset[str] = frozenset(_MESSAGES)


def describe_payment_error(error: CounterError) -> str:
    """Default Simplified Chinese message for an error of the payment service."""
    code = getattr(error, "code", "")
    render = _MESSAGES.get(code)
    if render is None:
        return f"操作未完成（{code}）"
    return render(error.params)
