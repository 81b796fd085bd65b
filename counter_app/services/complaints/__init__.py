"""Complaints (投诉受理, docs/domain.md §7): the service, its DTOs and errors (``dto``)."""

from counter_app.services.complaints.service import ComplaintService

__all__ = ["ComplaintService"]
