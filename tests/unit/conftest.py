"""Fixtures for the tests that run without Qt widgets."""

from __future__ import annotations

import sys

import pytest


@pytest.fixture(autouse=True)
def _messages_in_the_default_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """Errors are worded in Simplified Chinese, the default, whatever language a GUI test run
    earlier in the same session left installed."""
    translation = sys.modules.get("counter_app.views.translation")
    if translation is not None:
        monkeypatch.setattr(translation, "_language", "zh_CN")
