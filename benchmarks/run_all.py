"""Every benchmark in one run, each beside its bare floor, printed as one table.

Runs the scripts of this folder one after the other through the functions they offer, each
measuring, in the same run, what the bare library costs for the same work (the floor): a bare
PySide6 window, one raw indexed SELECT (the search script's probe of the same index), one raw
INSERT + COMMIT of the same durability, a bare ReportLab canvas with the same text, the same
cells written (or read) by the Excel library alone. The table gives the figure, the floor,
their ratio and the target, and the machine's load (1-minute average from ``/proc/loadavg``)
when each benchmark began: the machine may be shared, and a loaded one slows the figures and
the floors alike, which is why they are measured together.

Usage::

    python benchmarks/run_all.py --quick      # smaller sizes: about a minute or two per part
    python benchmarks/run_all.py              # the sizes the targets are set for
    python benchmarks/run_all.py --only payment,startup
    python benchmarks/run_all.py --readme     # also write the table into the README

Results go to ``benchmarks/results/run_all-<stamp>.json``; with ``--readme`` the table replaces
the one between the markers in ``README.md``, with the previous run beside it (the spread).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import RESULTS_DIR, latest_result, log, save_result

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BEGIN, END = "<!-- benchmark table: begin -->", "<!-- benchmark table: end -->"

Rows = list[dict[str, Any]]


def _startup(quick: bool) -> Rows:
    import startup_benchmark

    return startup_benchmark.run(quick)


def _signin(quick: bool) -> Rows:
    import signin_benchmark

    return signin_benchmark.run(quick)


def _search(quick: bool) -> Rows:
    import search_benchmark

    rows_n = 100_000 if quick else 1_000_000
    search_benchmark.main(["--rows", str(rows_n), "--queries", "50" if quick else "200"])
    result = latest_result(f"search-{rows_n}")
    out: Rows = []
    for r in result["results"]:
        out.append(
            {
                "measure": f"search by {r['kind']} p95, {rows_n:,} accounts, {r['backend']}",
                "figure": r["p95_ms"],
                "floor": r.get("floor_p95_ms"),
                "unit": "ms",
                "target": f"< {r['budget_ms']:g} ms",
                "ok": r["ok"],
                "floor_is": "HMAC + one raw indexed SELECT" if r.get("floor_p95_ms") else "",
            }
        )
    return out


def _payment(quick: bool) -> Rows:
    import payment_benchmark

    return payment_benchmark.run(quick)


def _counters(quick: bool) -> Rows:
    import counters_benchmark

    return counters_benchmark.run(quick)


def _receipt(quick: bool) -> Rows:
    import receipt_render_benchmark

    return receipt_render_benchmark.run(quick)


def _readings(quick: bool) -> Rows:
    import readings_import_benchmark

    return readings_import_benchmark.run(quick)


def _daily(quick: bool) -> Rows:
    import daily_report_benchmark

    return daily_report_benchmark.run(quick)


def _journal(quick: bool) -> Rows:
    import journal_benchmark

    return journal_benchmark.run(quick)


def _heartbeat(quick: bool) -> Rows:
    import export_heartbeat_benchmark

    return export_heartbeat_benchmark.run(quick)


def _day(quick: bool) -> Rows:
    import day_benchmark

    return day_benchmark.run(quick)


def _outage(quick: bool) -> Rows:
    if not (Path(__file__).parent / "outage_benchmark.py").exists():
        return []
    import outage_benchmark

    run = getattr(outage_benchmark, "run", None)
    if run is not None:
        return list(run(quick))
    code = outage_benchmark.main([])
    return [
        {
            "measure": "outage: banner, reconnect (see outage_benchmark.py)",
            "figure": None,
            "floor": None,
            "unit": "",
            "target": "exit 0",
            "ok": code == 0,
            "floor_is": "",
        }
    ]


#: name -> what runs it; in the order of the table.
BENCHMARKS: dict[str, Callable[[bool], Rows]] = {
    "startup": _startup,
    "signin": _signin,
    "search": _search,
    "payment": _payment,
    "counters": _counters,
    "receipt": _receipt,
    "readings": _readings,
    "daily": _daily,
    "journal": _journal,
    "heartbeat": _heartbeat,
    "day": _day,
    "outage": _outage,
}


def load_average() -> float:
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except OSError:  # pragma: no cover - not Linux
        return float("nan")


def machine() -> dict[str, Any]:
    """What the figures ran on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:  # pragma: no cover - not Linux
        pass
    memory_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gb = round(int(line.split()[1]) / 2**20, 1)
    except OSError:  # pragma: no cover
        pass
    try:
        pg = subprocess.run(
            ["psql", "-h", "127.0.0.1", "-d", "postgres", "-Atc", "SHOW server_version"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pg = ""
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "postgresql": pg or "unknown",
        "disk": _disk(),
    }


def _disk() -> str:
    """The file system the SQLite files and results are written to."""
    try:
        out = subprocess.run(
            ["df", "-T", str(RESULTS_DIR.parent)], capture_output=True, text=True, timeout=10
        ).stdout.splitlines()
        return out[-1].split()[1] if len(out) > 1 else ""
    except (OSError, subprocess.SubprocessError, IndexError):
        return ""


def run(names: list[str], quick: bool) -> list[dict[str, Any]]:
    table: list[dict[str, Any]] = []
    for name in names:
        load = load_average()
        log(f"== {name} (load {load:.2f})")
        started = time.monotonic()
        try:
            rows = BENCHMARKS[name](quick)
        except BaseException as exc:  # a failed part (SystemExit too) must not stop the table
            if isinstance(exc, KeyboardInterrupt):
                raise
            traceback.print_exc()
            first_line = (str(exc).strip().splitlines() or [""])[0]
            rows = [
                {
                    "measure": f"{name}: FAILED ({type(exc).__name__}: {first_line})"[:120],
                    "figure": None,
                    "floor": None,
                    "unit": "",
                    "target": "",
                    "ok": False,
                    "floor_is": "",
                }
            ]
        for row in rows:
            row["benchmark"] = name
            row["load"] = load
            figure, floor = row.get("figure"), row.get("floor")
            if figure is None or not floor:
                row["ratio"] = None
            elif row.get("unit", "").startswith("/"):  # a rate: how many times the floor's pace
                row["ratio"] = floor / figure if figure else None
            else:
                row["ratio"] = figure / floor
            table.append(row)
        log(f"   {name} done in {time.monotonic() - started:.0f} s")
    return table


def _number(value: float | None) -> str:
    if value is None:
        return ""
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _ok(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "NO")


def markdown(table: list[dict[str, Any]], previous: list[dict[str, Any]] | None = None) -> str:
    """The table in Markdown; with ``previous``, that run's figure and the spread beside."""
    earlier = {r["measure"]: r for r in previous or []}
    head = "| measure | figure | floor | ratio | target | ok | load |"
    rule = "|---|---:|---:|---:|---|---|---:|"
    if previous is not None:
        head += " earlier run | spread |"
        rule += "---:|---:|"
    lines = [head, rule]
    for r in table:
        unit = f" {r['unit']}" if r.get("unit") and r.get("figure") is not None else ""
        floor = _number(r.get("floor"))
        if floor and r.get("floor_is"):
            floor += f" ({r['floor_is']})"
        ratio = f"{r['ratio']:.1f}x" if r.get("ratio") else ""
        measure = r["measure"].replace("|", "/")
        line = (
            f"| {measure} | {_number(r.get('figure'))}{unit} | {floor} | {ratio} "
            f"| {r.get('target', '')} | {_ok(r.get('ok'))} | {r['load']:.1f} |"
        )
        if previous is not None:
            old = earlier.get(r["measure"], {}).get("figure")
            now = r.get("figure")
            spread = (
                f"{abs(now - old) / ((now + old) / 2) * 100:.0f} %"
                if now is not None and old
                else ""
            )
            line += f" {_number(old)} | {spread} |"
        lines.append(line)
    return "\n".join(lines)


def text_table(table: list[dict[str, Any]]) -> str:
    """The table for the console."""
    lines = [f"{'measure':<64}{'figure':>11}{'floor':>11}{'ratio':>8}  {'target':<16}ok   load"]
    for r in table:
        ratio = f"{r['ratio']:.1f}x" if r.get("ratio") else ""
        lines.append(
            f"{r['measure'][:63]:<64}{_number(r.get('figure')):>8} {r.get('unit', ''):<2}"
            f"{_number(r.get('floor')):>11}{ratio:>8}  {r.get('target', ''):<16}"
            f"{_ok(r.get('ok')):<5}{r['load']:.1f}"
        )
    return "\n".join(lines)


def write_readme(block: str) -> None:
    text = README.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        raise SystemExit(f"README.md has no {BEGIN} ... {END} markers")
    start = text.index(BEGIN) + len(BEGIN)
    end = text.index(END)
    README.write_text(text[:start] + "\n" + block + "\n" + text[end:], encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, a quick check")
    parser.add_argument("--only", help=f"comma-separated, of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--readme", action="store_true", help="write the table into README.md")
    args = parser.parse_args(argv)
    names = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmarks: {', '.join(unknown)}")
    about = machine()
    started = time.strftime("%Y-%m-%d %H:%M %Z")
    table = run(names, args.quick)
    mode = "quick" if args.quick else "full"
    result = {"mode": mode, "started": started, "machine": about, "table": table}
    previous = None
    try:
        earlier = latest_result(f"run_all-{mode}")
        previous = earlier["table"]
        result["previous_started"] = earlier["started"]
    except FileNotFoundError:
        pass
    out = save_result(f"run_all-{mode}", result)
    print()
    print(text_table(table))
    print(f"\n{about}\nresults: {out}")
    if args.readme:
        header = (
            f"Run `{mode}` of {started} on {about['cpu']}, {about['cores']} cores, "
            f"{about['memory_gb']} GB, {about['os']}, Python {about['python']}, PostgreSQL "
            f"{about['postgresql']}, files on {about['disk'] or 'local disk'}"
        )
        if previous is not None:
            header += f"; the earlier run beside it began {result['previous_started']}"
        write_readme(header + ".\n\n" + markdown(table, previous))
    return 0 if all(r.get("ok") is not False for r in table) else 1


if __name__ == "__main__":
    raise SystemExit(main())
