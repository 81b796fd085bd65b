"""Which page each work area shows; areas without an entry show a placeholder."""

from __future__ import annotations

from counter_app.context import AppContext, Services
from counter_app.views.main_window import PageFactory


def build_pages(ctx: AppContext, services: Services) -> dict[str, PageFactory]:
    return {}
