"""Complaints (投诉受理, docs/domain.md §7): the service (``service.ComplaintService``), its DTOs
and errors (``dto``, which the screens import at run time without loading the database code)."""
