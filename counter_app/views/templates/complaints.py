"""Message templates of complaints.

See :mod:`counter_app.views.messages`, which merges every area's templates.
"""

from __future__ import annotations

from counter_app.views.templates import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    "complaint.not_found": QT_TRANSLATE_NOOP("Messages", "There is no such complaint."),
    "complaint.content_empty": QT_TRANSLATE_NOOP(
        "Messages", "Please write down what the complaint is about."
    ),
    "complaint.content_too_long": QT_TRANSLATE_NOOP(
        "Messages", "This text is too long: at most {max_length} characters."
    ),
    "complaint.text_empty": QT_TRANSLATE_NOOP("Messages", "Please fill this in."),
    "complaint.text_too_long": QT_TRANSLATE_NOOP(
        "Messages", "This text is too long: at most {max_length} characters."
    ),
    "complaint.received_future": QT_TRANSLATE_NOOP(
        "Messages", "The time the complaint was received cannot be in the future."
    ),
    "complaint.time_future": QT_TRANSLATE_NOOP("Messages", "This time cannot be in the future."),
    "complaint.time_before": QT_TRANSLATE_NOOP(
        "Messages", "This time cannot be before {earliest}."
    ),
    "complaint.extension_days": QT_TRANSLATE_NOOP(
        "Messages", "An extension is {min} to {max} working days."
    ),
    "complaint.attachment_empty": QT_TRANSLATE_NOOP("Messages", "The file “{filename}” is empty."),
    "complaint.attachment_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The file “{filename}” is larger than {max_mb} MB."
    ),
    "complaint.attachment_type": QT_TRANSLATE_NOOP(
        "Messages", "The file “{filename}” is not a photo or a PDF. Attach pictures or PDF only."
    ),
    "complaint.attachments_full": QT_TRANSLATE_NOOP(
        "Messages", "A complaint holds at most {max_count} attachments."
    ),
    "complaint.choice_invalid": QT_TRANSLATE_NOOP("Messages", "Please choose one of the options."),
    "complaint.account_unknown": QT_TRANSLATE_NOOP(
        "Messages", "That account does not exist: search for it again."
    ),
    "complaint.owner_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Choose an active clerk or manager of this hall."
    ),
    "complaint.owner_not_manager": QT_TRANSLATE_NOOP(
        "Messages", "A major complaint or an appeal is handled by a manager: choose a manager."
    ),
    "complaint.same_owner": QT_TRANSLATE_NOOP(
        "Messages", "The complaint is handled by that person already."
    ),
    "complaint.period_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The end date {end} is before the start date {start}."
    ),
    "complaint.milestone_order": QT_TRANSLATE_NOOP(
        "Messages", "Record “{missing}” first: the steps are recorded in order."
    ),
    "complaint.milestone_done": QT_TRANSLATE_NOOP("Messages", "“{kind}” is recorded already."),
    "complaint.extension_late": QT_TRANSLATE_NOOP(
        "Messages",
        "The deadline of “{kind}” passed at {due_at}: "
        "a deadline is extended only before it passes.",
    ),
    "complaint.extension_done": QT_TRANSLATE_NOOP(
        "Messages", "“{kind}” is recorded already: there is nothing to extend."
    ),
    "complaint.closed": QT_TRANSLATE_NOOP(
        "Messages", "Complaint {number} is closed: nothing more can be recorded on it."
    ),
    "complaint.feedback_needs_milestones": QT_TRANSLATE_NOOP(
        "Messages",
        "Record “{missing}” first: the customer is told the result after the four steps.",
    ),
    "complaint.callback_needs_feedback": QT_TRANSLATE_NOOP(
        "Messages", "Record the feedback to the customer first; the callback comes after it."
    ),
    "complaint.callback_done": QT_TRANSLATE_NOOP(
        "Messages", "The callback of complaint {number} is recorded already."
    ),
    "complaint.close_needs_resolution": QT_TRANSLATE_NOOP(
        "Messages", "The complaint cannot be closed yet: record the resolution and the feedback."
    ),
    "complaint.close_needs_feedback": QT_TRANSLATE_NOOP(
        "Messages", "The complaint cannot be closed yet: record how the customer was told."
    ),
    "complaint.close_needs_callback": QT_TRANSLATE_NOOP(
        "Messages", "The complaint cannot be closed yet: call the customer back first."
    ),
    "complaint.not_overdue": QT_TRANSLATE_NOOP(
        "Messages", "“{kind}” is not overdue: only an overdue step is chased."
    ),
    "complaint.not_owner": QT_TRANSLATE_NOOP(
        "Messages",
        "Complaint {number} is handled by {owner_name}: only they or a manager can do this.",
    ),
    "complaint.other_hall": QT_TRANSLATE_NOOP(
        "Messages", "Complaint {number} belongs to another hall."
    ),
    "complaint.landline_length": QT_TRANSLATE_NOOP(
        "Messages",
        "A landline number with its area code has {min} to {max} digits, "
        "e.g. 0571-88886666; this one has {actual}.",
    ),
    "complaint.site_required": QT_TRANSLATE_NOOP(
        "Messages", "Say where the emergency is: the address, or the customer's account."
    ),
}
