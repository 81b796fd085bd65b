"""Peak memory of the counter application after a day's work, beside the bare window's.

A fresh interpreter does what a clerk's day does, in the app's own windows and services: on
the demo data in a scratch data directory (seeded by another process, as at a counter's first
start), a sign-in, the main window with every area of the role visited, a shift opened
(unless the demo's is), ``--payments`` payments taken with each receipt's PDF rendered, a
search for every tenth of them, every area visited again. Its high-water mark of resident
memory (``VmHWM``) is the figure; the floor is a bare PySide6 dialog with the same CJK font
(benchmarks/startup_benchmark.py), measured in the same run.

Usage::

    python benchmarks/day_benchmark.py [--payments 300]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from _common import log, peak_memory_row, save_result

ROOT = Path(__file__).resolve().parents[1]

_DAY = """
import json, os, random, sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, {tests!r})
sys.path.insert(0, {bench!r})
from _common import peak_mb
from payment_workers import random_request

from PySide6.QtWidgets import QApplication
from counter_app.config import load_config
from counter_app.context import gui_context
from counter_app.domain.errors import CounterError
from counter_app.printing.receipt import render_receipt
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views.app import create_application, open_main_window
from counter_app.views.translation import install_language

app = create_application()
install_language(app, "zh_CN")
config = load_config({data_dir!r}, None, "zh_CN")
ctx = gui_context(config)
actor = ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1)
window = open_main_window(ctx, actor, config)
services = ctx.services_for(actor)


def visit_every_area():
    for area in window.allowed_areas():
        window.show_area(area.key)
        for _ in range(3):
            app.processEvents()


visit_every_area()
at_sign_in = peak_mb()
if services.shifts.current_shift() is None:
    services.shifts.open_shift(Decimal("500.00"))
rows = services.search.search("路").rows
accounts = tuple(r.account_id for r in rows if r.account_id is not None)
rng = random.Random(20261202)
taken = 0
for i in range({payments}):
    try:
        result = services.payments.take_payment(random_request(rng, accounts))
    except CounterError:
        continue  # a prepaid amount the tariff cannot sell exactly, as a clerk retypes
    render_receipt(result.receipt, config.workstation.receipt_layout)
    taken += 1
    if i % 10 == 0:
        services.search.search(rng.choice(("王", "路", "0100", "138")))
        app.processEvents()
visit_every_area()
print(json.dumps({{"taken": taken, "peak_mb": peak_mb(), "after_sign_in_mb": at_sign_in}}))
os._exit(0)
"""


def measure(payments: int) -> dict[str, Any]:
    import startup_benchmark

    with tempfile.TemporaryDirectory(prefix="counter-day-") as scratch:
        data_dir = Path(scratch) / "data"
        startup_benchmark.seed(data_dir)  # another process, as the counter's first start
        code = _DAY.format(
            tests=str(ROOT / "tests" / "unit"),
            bench=str(Path(__file__).parent),
            payments=payments,
            data_dir=str(data_dir),
        )
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the day did not finish:\n{done.stdout}\n{done.stderr[-3000:]}")
    day = json.loads(lines[-1])
    bare = startup_benchmark.measure(1)
    return {**day, "bare_peak_mb": bare["bare_peak_mb"], "payments_asked": payments}


def rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The line this benchmark adds to the table of ``run_all.py``."""
    return [
        peak_memory_row(
            f"peak memory after a day's work ({result['taken']} payments with receipts, "
            "searches, every area)",
            result["peak_mb"],
            result["bare_peak_mb"],
        )
    ]


def run(quick: bool = False) -> list[dict[str, Any]]:
    result = measure(60 if quick else 300)
    save_result("day", result)
    return rows(result)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--payments", type=int, default=300)
    args = parser.parse_args(argv)
    result = measure(args.payments)
    log(
        f"after {result['taken']} payments: peak {result['peak_mb']:.0f} MB (signed in with "
        f"every area built {result['after_sign_in_mb']:.0f} MB; bare window "
        f"{result['bare_peak_mb']:.0f} MB)"
    )
    print(f"results: {save_result('day', result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
