"""Start-up: unreachable database, unexpected errors, demo data on first start, screenshots."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counter_app.config import load_config
from counter_app.context import gui_context
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views import app as app_module
from counter_app.views import msgbox


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    calls: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        msgbox,
        "error",
        lambda parent, title, text, details="": calls.append((title, text, details)),
    )
    return calls


def test_unreachable_database_gives_a_clear_dialog(
    tmp_path: Path, zh: QApplication, shown: list[tuple[str, str, str]]
) -> None:
    config = load_config(tmp_path, "postgresql://127.0.0.1:1/nowhere", "zh_CN")
    assert app_module.open_context(config, gui_context) is None
    assert len(shown) == 1
    title, text, details = shown[0]
    assert title == "无法连接数据库"
    assert "柜台系统无法启动" in text
    assert "Traceback" not in text
    assert "127.0.0.1" in details


def test_unopenable_sqlite_file_gives_a_clear_dialog(
    tmp_path: Path, zh: QApplication, shown: list[tuple[str, str, str]]
) -> None:
    (tmp_path / "counter.sqlite3").mkdir()  # a directory where the file should be
    config = load_config(tmp_path, None, "zh_CN")
    assert app_module.open_context(config, gui_context) is None
    assert shown[0][0] == "无法连接数据库"


def test_unexpected_error_shows_dialog_and_writes_the_log(
    tmp_path: Path,
    zh: QApplication,
    shown: list[tuple[str, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from counter_app.logs import setup_logging

    log_path = setup_logging(tmp_path / "logs")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app_module.install_excepthook(str(log_path))
    try:
        raise ZeroDivisionError("boom in a slot")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert shown[0][0] == "意外错误"
    assert str(log_path) in shown[0][1]
    assert "ZeroDivisionError" in shown[0][2]
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    assert "boom in a slot" in log_path.read_text(encoding="utf-8")


def test_first_start_on_sqlite_seeds_demo_data(tmp_path: Path, zh: QApplication) -> None:
    config = load_config(tmp_path, None, "zh_CN")
    ctx = app_module.open_context(config, gui_context)
    assert ctx is not None
    assert ctx.has_demo_data()
    assert ctx.auth.sign_in("G1001", DEMO_PASSWORD).name == "王芳"
    ctx.db.dispose()
    assert (tmp_path / "counter.sqlite3").exists()


def test_screenshots_show_chinese(qtbot: QtBot, tmp_path: Path, zh: QApplication) -> None:
    """The committed screenshot script runs and its images are not blank."""
    import subprocess

    out = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, "tools/screenshots.py", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    for name in ("login.png", "main-clerk.png", "main-manager.png"):
        image = QImage(str(out / name))
        assert not image.isNull()
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        assert len(colours) > 5, f"{name} looks blank"
