"""The sign-in window comes before the database: what it is built with, and what follows.

Each start runs in a fresh interpreter, as a clerk starts the app, so ``sys.modules`` shows
exactly what was imported before the sign-in dialog was shown.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from counter_app.config import WORKSTATION_FILE
from counter_app.db.migrate import VERSIONS_DIR, head_revision, shipped_heads
from counter_app.services.demo import DEMO_PASSWORD

ROOT = Path(__file__).resolve().parents[2]

# Signs in as soon as the dialog is shown (before the database can be open), and leaves once
# the main window is up; or, with "-" for the 工号, quits at once. Prints what it saw.
START = """
import json
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from counter_app.views import login, msgbox

msgbox.error = lambda parent, title, text, details="": print("error dialog:", title, flush=True)
employee_no, password = sys.argv[2], sys.argv[3]
quit_at_once = employee_no == "-"
heavy = ("sqlalchemy", "alembic", "argon2", "counter_app.db", "counter_app.context")


def main_window_up():
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "mainWindow" and widget.isVisible():
            print("main window:", widget.windowTitle(), flush=True)
            QApplication.quit()
            return
    QTimer.singleShot(20, main_window_up)


class Probe(login.LoginDialog):
    shown = False

    def showEvent(self, event):
        super().showEvent(event)
        if Probe.shown:
            return
        Probe.shown = True
        print("at the sign-in:", json.dumps([m for m in heavy if m in sys.modules]), flush=True)
        if employee_no and not quit_at_once:
            self.employee_no.setText(employee_no)
            self.password.setText(password)
            QTimer.singleShot(0, self.sign_in_button.click)
            QTimer.singleShot(0, main_window_up)
        elif quit_at_once:
            QTimer.singleShot(0, self.reject)


login.LoginDialog = Probe
from counter_app.__main__ import main
print("exit", main(["--lang", "en", *sys.argv[1].split()]), flush=True)
"""


def _start(args: str, employee_no: str = "", password: str = "") -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", START, args, employee_no, password],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.fixture(scope="module")
def _seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("seeded") / "data"
    subprocess.run(
        [sys.executable, "-m", "counter_app", "--data-dir", str(data), "seed-demo"],
        check=True,
        capture_output=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    (data / WORKSTATION_FILE).write_text(json.dumps({"counter_number": 1}), encoding="utf-8")
    return data


@pytest.fixture
def started_before(_seeded: Path, tmp_path: Path) -> Path:
    """A data directory of a counter PC that has started before: demo data, workstation file."""
    return Path(shutil.copytree(_seeded, tmp_path / "data"))


def test_the_sign_in_dialog_is_built_before_the_database_and_signs_in_once_it_is_open(
    started_before: Path,
) -> None:
    out = _start(f"--data-dir {started_before}", "G1001", DEMO_PASSWORD)
    assert out[0] == "at the sign-in: []", out
    assert "error dialog:" not in "\n".join(out)
    assert out[-2].startswith("main window:"), out
    assert out[-1] == "exit 0"


def test_a_database_that_cannot_be_reached_is_reported_before_the_sign_in(
    started_before: Path,
) -> None:
    out = _start(f"--data-dir {started_before} --db postgresql://127.0.0.1:1/nowhere")
    assert out == [
        "at the sign-in: []",
        "error dialog: Database unavailable",
        "exit 3",
    ]


def test_the_first_start_of_a_pc_leaves_the_sign_in_quick_for_the_next(tmp_path: Path) -> None:
    """The demo company opens at counter 1 without asking, and says so in the workstation
    file, so the next start shows the sign-in before the database."""
    data = tmp_path / "data"
    _start(f"--data-dir {data}", "-")
    assert json.loads((data / WORKSTATION_FILE).read_text(encoding="utf-8")) == {
        "counter_number": 1,
        "language": "zh_CN",  # --lang en was for that start only
        "receipt_layout": "thermal80",
    }
    assert _start(f"--data-dir {data}", "-") == ["at the sign-in: []", "exit 0"]


CHECK_SCHEMA = """
import sys
from counter_app.config import load_config
from counter_app.context import open_database

open_database(load_config(sys.argv[1])).dispose()
print("alembic" in sys.modules)
"""


def test_a_current_schema_is_checked_without_alembic(started_before: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK_SCHEMA, str(started_before)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert done.stdout.strip() == "False"


def test_the_heads_read_from_the_migration_files_are_alembics() -> None:
    assert shipped_heads() == head_revision()


def test_migrations_side_by_side_are_two_heads_until_merged(tmp_path: Path) -> None:
    versions = tmp_path / "versions"
    shutil.copytree(VERSIONS_DIR, versions)
    (head,) = shipped_heads(versions)
    for name in ("a", "b"):
        (versions / f"9{name}_side.py").write_text(
            f'revision: str = "9{name}"\ndown_revision: str | None = "{head}"\n', encoding="utf-8"
        )
    assert shipped_heads(versions) == {"9a", "9b"}
    (versions / "9c_merge.py").write_text(
        'revision = "9c"\ndown_revision = ("9a", "9b")\n', encoding="utf-8"
    )
    assert shipped_heads(versions) == {"9c"}
