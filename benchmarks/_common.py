"""What every benchmark script shares: where results go, the console log, bulk-load chunks,
a process's peak memory and the table row that reports it."""

from __future__ import annotations

import json
import resource
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).parent / "results"
#: The floor the application's start-up and memory are set beside (startup_benchmark.py).
BARE_WINDOW = "bare PySide6 dialog, same CJK font"


def log(message: str) -> None:
    """A progress line on the console, stamped with the wall-clock time."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def chunks(rows: Iterator[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    """``rows`` in lists of ``size`` (the last one shorter), for ``executemany`` and ``COPY``."""
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def percentile(ordered: list[float], pct: float) -> float:
    """The ``pct``-th percentile of sorted values, nearest rank (as every script reports it)."""
    return ordered[max(0, int(len(ordered) * pct / 100) - 1)]


def save_result(name: str, result: Any) -> Path:
    """Write ``result`` as JSON to ``results/<name>-<local time stamp>.json``; returns the path."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    out = RESULTS_DIR / f"{name}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(result, indent=2))
    return out


def latest_result(name: str) -> Any:
    """The newest result :func:`save_result` wrote under ``name``.

    Raises:
        FileNotFoundError: there is none.
    """
    found = sorted(RESULTS_DIR.glob(f"{name}-[0-9]*.json"))
    if not found:
        raise FileNotFoundError(f"no {name} results in {RESULTS_DIR}")
    return json.loads(found[-1].read_text())


def peak_mb() -> float:
    """This process's own high-water mark of resident memory, in MB.

    ``VmHWM`` belongs to the address space the interpreter was exec'd into; ``ru_maxrss``
    would report the parent's peak at fork time (Linux keeps it across exec).
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def peak_memory_row(measure: str, figure_mb: float, bare_mb: float) -> dict[str, Any]:
    """A line of ``run_all.py``'s table: the application's peak memory at some point, in MB,
    beside the bare window's; a figure to read, with no target."""
    return {
        "measure": measure,
        "figure": figure_mb,
        "floor": bare_mb,
        "unit": "MB",
        "target": "",
        "ok": None,
        "floor_is": BARE_WINDOW,
    }
