"""Reports (报表, docs/domain.md §10): one report model, many sections.

:class:`ReportService` (:mod:`.service`) makes the daily and monthly hall reports
(:mod:`.hall_report`, from the payment sections of :mod:`.payments` and the request and
complaint sections of :mod:`.cases`), streams the ledgers (:mod:`.ledgers`) and reads the
manager's dashboard (:mod:`.dashboard`). What it takes, gives and refuses is in
:mod:`counter_app.services.reports_dto` and :mod:`counter_app.domain.reports`, which views may
import.
"""

from counter_app.services.reports.service import ReportService

__all__ = ["ReportService"]
