"""Fixtures for the tests that run without Qt widgets."""

from __future__ import annotations

import sys

import pytest
from payment_workers import Desk, open_desk
from people import sign_in

from counter_app.db.engine import Database
from counter_app.domain.clock import FixedClock
from counter_app.services.accounts import AccountService
from counter_app.services.base import Actor


@pytest.fixture(autouse=True)
def _messages_in_the_default_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """Errors are worded in Simplified Chinese, the default, whatever language a GUI test run
    earlier in the same session left installed."""
    translation = sys.modules.get("counter_app.views.translation")
    if translation is not None:
        monkeypatch.setattr(translation, "_language", "zh_CN")


@pytest.fixture
def clerk(demo_db: Database, clock: FixedClock) -> Actor:
    """G1001, a clerk of hall H01, at counter 1."""
    return sign_in(demo_db, clock, "G1001")


@pytest.fixture
def accounts(demo_db: Database, clock: FixedClock, clerk: Actor) -> AccountService:
    return AccountService(demo_db, clock, clerk)


@pytest.fixture
def desk(db: Database, clock: FixedClock) -> Desk:
    """The demo hall (six customers), clerk G1001's shift open at counter 1 and manager M1001
    signed in, on both backends: where the payment, shift, report and audit tests start."""
    return open_desk(db, clock)
