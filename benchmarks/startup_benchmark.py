"""Start-up: from the process start to the sign-in window, beside a bare PySide6 window.

Each run is a fresh interpreter, as a clerk starts the app. The app runs ``counter-app`` on a
data directory seeded once (demo data, an embedded SQLite file); the floor is a bare PySide6
dialog with the same bundled CJK font, a Chinese label and a text field. Runs are paired
(bare, app, bare, app, ...) so a machine that gets busier part-way slows both alike. Each child
says when its window has been shown and painted, and its peak memory (``VmHWM``) then.

Target: the sign-in window within 2x the bare window (median of the paired runs).

Usage::

    python benchmarks/startup_benchmark.py [--pairs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import BARE_WINDOW, log, peak_memory_row, save_result

from counter_app.config import Workstation, write_workstation
from counter_app.paths import resource_path

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 2.0

# The child's last word: "shown <seconds since the epoch> <peak MB>", then it leaves at once.
_REPORT = """
import os, sys, time
from PySide6.QtCore import QTimer

def shown_then_leave():
    sys.path.insert(0, {bench!r})
    from _common import peak_mb
    print("shown", time.time(), peak_mb(), flush=True)
    os._exit(0)

def on_show(event):
    QTimer.singleShot(0, shown_then_leave)
"""

_BARE = (
    _REPORT
    + """
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout

app = QApplication(sys.argv[:1])
family = ""
for name in ("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"):
    font_id = QFontDatabase.addApplicationFont({fonts!r} + "/" + name)
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
font = QFont(family)
font.setPointSize(11)
app.setFont(font)

class Bare(QDialog):
    def showEvent(self, event):
        super().showEvent(event)
        on_show(event)

dialog = Bare()
layout = QVBoxLayout(dialog)
layout.addWidget(QLabel("营业厅柜台系统"))
layout.addWidget(QLineEdit())
dialog.show()
app.exec()
"""
)

_APP = (
    _REPORT
    + """
from counter_app.views import login

class Probe(login.LoginDialog):
    def showEvent(self, event):
        super().showEvent(event)
        on_show(event)

login.LoginDialog = Probe
from counter_app.__main__ import main
sys.exit(main(["--data-dir", {data_dir!r}]))
"""
)


def seed(data_dir: Path) -> None:
    """A data directory as a counter has it after its first start: demo data and the
    workstation file in place."""
    subprocess.run(
        [sys.executable, "-m", "counter_app", "--data-dir", str(data_dir), "seed-demo"],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    write_workstation(data_dir, Workstation())


def _run_child(code: str) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    for line in done.stdout.splitlines():
        if line.startswith("shown "):
            _, at, peak = line.split()
            return float(at) - started, float(peak)
    raise RuntimeError(f"the window never showed:\n{done.stdout}\n{done.stderr}")


def measure(pairs: int, data_dir: Path | None = None) -> dict[str, Any]:
    """Paired cold starts; seconds and MB of each, and the medians."""
    with tempfile.TemporaryDirectory(prefix="counter-startup-") as scratch:
        folder = data_dir or Path(scratch) / "data"
        if not (folder / "counter.sqlite3").exists():
            seed(folder)
        bench = str(Path(__file__).parent)
        fonts = str(resource_path("fonts"))
        bare_code = _BARE.format(bench=bench, fonts=fonts)
        app_code = _APP.format(bench=bench, data_dir=str(folder))
        # The first start of each reads its files into the page cache.
        _run_child(bare_code)
        _run_child(app_code)
        bare: list[tuple[float, float]] = []
        app: list[tuple[float, float]] = []
        for _ in range(pairs):
            bare.append(_run_child(bare_code))
            app.append(_run_child(app_code))
    bare_s = statistics.median(t for t, _ in bare)
    app_s = statistics.median(t for t, _ in app)
    return {
        "pairs": pairs,
        "bare_s": bare_s,
        "app_s": app_s,
        "ratio": app_s / bare_s,
        "bare_peak_mb": max(m for _, m in bare),
        "app_peak_mb": max(m for _, m in app),
        "bare_runs": bare,
        "app_runs": app,
    }


def rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The lines this benchmark adds to the table of ``run_all.py``."""
    return [
        {
            "measure": "start-up to the sign-in window (median)",
            "figure": result["app_s"] * 1000,
            "floor": result["bare_s"] * 1000,
            "unit": "ms",
            "target": f"<= {TARGET_RATIO:g}x floor",
            "ok": result["ratio"] <= TARGET_RATIO,
            "floor_is": BARE_WINDOW,
        },
        peak_memory_row(
            "peak memory at the sign-in window", result["app_peak_mb"], result["bare_peak_mb"]
        ),
    ]


def run(quick: bool = False) -> list[dict[str, Any]]:
    result = measure(3 if quick else 7)
    save_result("startup", result)
    return rows(result)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=7)
    args = parser.parse_args(argv)
    result = measure(args.pairs)
    for kind in ("bare", "app"):
        runs = ", ".join(f"{t * 1000:.0f}" for t, _ in result[f"{kind}_runs"])
        log(
            f"{kind:>4}: median {result[f'{kind}_s'] * 1000:.0f} ms ({runs}); "
            f"peak {result[f'{kind}_peak_mb']:.0f} MB"
        )
    log(f"ratio {result['ratio']:.2f}x (target <= {TARGET_RATIO:g}x)")
    print(f"results: {save_result('startup', result)}")
    return 0 if result["ratio"] <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
