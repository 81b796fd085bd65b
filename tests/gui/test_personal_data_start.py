"""A counter whose data key is missing or not the database's says so in words and does not
start (docs/domain.md §11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from counter_app.config import load_config
from counter_app.context import build_context
from counter_app.services.data_key import ENV_DATA_KEY
from counter_app.views import app


def test_another_data_key_is_named_and_the_counter_does_not_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, en: QApplication
) -> None:
    config = load_config(tmp_path / "pc")
    build_context(config, seed_if_empty=True).db.dispose()  # the demo: customers sealed
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        app.msgbox, "error", lambda _p, title, text, *_: shown.append((title, text))
    )
    monkeypatch.setenv(ENV_DATA_KEY, "0f" * 32)

    def build(c):
        return build_context(c, seed_if_empty=True)

    assert app.open_context(config, build) is None
    ((title, text),) = shown
    assert title == "The counter cannot start"
    assert "is not the one the customers' personal data is protected with" in text
    assert "Traceback" not in text
