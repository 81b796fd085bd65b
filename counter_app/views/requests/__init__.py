"""The Requests work area (业务受理, docs/domain.md §6): lists, intake, a request's screen with
its timeline and steps, fees, the work order, the "how is my request?" enquiry and the ledger.
"""
