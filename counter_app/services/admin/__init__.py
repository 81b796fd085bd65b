"""Administration (系统管理, docs/domain.md §1, §2, §4, §8): users, halls and counters, tariffs.

The holiday calendar and the settings are administered through the services that already
keep them (:mod:`counter_app.services.calendar`, :mod:`counter_app.services.settings`).
"""
