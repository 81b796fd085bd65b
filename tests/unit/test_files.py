"""Files appear whole or not at all (counter_app/files.py).

The kill test forks a child that keeps writing an Excel export over a good one and SIGKILLs it
at a random moment, many times: the target must always be one of the two whole workbooks, and
temporary files must not pile up. Where each kill landed is read from a phase byte the child
shares with the test, so what the test proves does not depend on the machine's speed; the same
harness run against a plain in-place write finds the partial files that the issue describes.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import random
import signal
import stat
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from openpyxl import load_workbook

from counter_app import files
from counter_app.files import PARTIAL_SUFFIX, atomic_write, leftovers, replacing
from counter_app.reports.tables import Table, table_workbook

# ----------------------------------------------------------------------------- plain behaviour


def test_writes_a_new_file_with_the_usual_permissions(tmp_path: Path) -> None:
    atomic_write(tmp_path / "导出.xlsx", b"new")
    (tmp_path / "plain").write_bytes(b"")
    assert (tmp_path / "导出.xlsx").read_bytes() == b"new"
    written = stat.S_IMODE((tmp_path / "导出.xlsx").stat().st_mode)
    assert written == stat.S_IMODE((tmp_path / "plain").stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain", "导出.xlsx"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_replacing_a_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
def test_a_symbolic_link_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.xlsx"
    real.write_bytes(b"old")
    link = tmp_path / "link.xlsx"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_a_failed_write_leaves_the_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", disk_full)
    with pytest.raises(OSError, match="No space"):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_failing_writer_leaves_the_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "backup.sqlite3"
    target.write_bytes(b"old")

    def cut_off_backup() -> None:
        with replacing(target) as partial:
            partial.write_bytes(b"half")
            raise RuntimeError("backup failed")

    with pytest.raises(RuntimeError):
        cut_off_backup()
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write(tmp_path / "gone" / "report.xlsx", b"new")


def test_the_next_write_removes_what_a_killed_one_left(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    left = tmp_path / f".report.xlsx.0123456789abcdef{PARTIAL_SUFFIX}"
    left.write_bytes(b"half")
    other = tmp_path / f".report.xlsx.old.xlsx.0123456789abcdef{PARTIAL_SUFFIX}"
    other.write_bytes(b"another target's")
    assert leftovers(target) == [left]
    atomic_write(target, b"new")
    assert not left.exists()
    assert other.exists()  # belongs to report.xlsx.old.xlsx
    assert leftovers(target) == []


def test_a_long_chinese_file_name_fits(tmp_path: Path) -> None:
    target = tmp_path / ("营业厅打印登记" * 11 + ".xlsx")  # 236 bytes, near the 255 limit
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"


# ----------------------------------------------------------------------------- killed writes

#: The child's phases, in the byte it shares with the test.
STARTING, BETWEEN, WRITING, RENAMING, RENAMED = 0, 1, 2, 3, 4
KILLS = 150


def _workbook(period: str, rows: int) -> bytes:
    return table_workbook(
        Table(
            title="打印登记",
            subtitle=f"{period}，导出人 A1001",
            headers=["时间", "单据", "编号", "操作员", "原因"],
            rows=[
                [f"{period} 09:{i % 60:02d}", "收据", f"H01-2026-{i:08d}", "G1001", "客户遗失" * 3]
                for i in range(rows)
            ],
            footer=f"共 {rows} 条",
        )
    )


@dataclass
class KillReport:
    """Where the kills landed and what each left at the target."""

    died_in: Counter[int] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    most_leftovers: int = 0


def _keep_writing(
    write: Callable[[Path, bytes], None],
    target: Path,
    contents: tuple[bytes, bytes],
    phase: mmap.mmap,
) -> None:
    """The child (after ``os.fork``): write the two contents in turn until killed."""
    try:
        real_replace = os.replace

        def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
            phase[0] = RENAMING
            real_replace(src, dst)
            phase[0] = RENAMED

        files.os.replace = replace  # type: ignore[assignment]  # this child only
        for turn in range(1_000_000):
            phase[0] = WRITING
            write(target, contents[turn % 2])
            phase[0] = BETWEEN
    finally:
        os._exit(0)


def _one_write_takes(write: Callable[[Path, bytes], None], folder: Path, data: bytes) -> float:
    """Seconds one write takes here and now, so the kills spread over a few whole writes on a
    fast machine and a slow one alike."""
    probe = folder / "probe.xlsx"
    start = time.perf_counter()
    for _ in range(5):
        write(probe, data)
    probe.unlink()
    return (time.perf_counter() - start) / 5


def kill_while_writing(
    write: Callable[[Path, bytes], None], folder: Path, old: bytes, new: bytes, seed: int
) -> KillReport:
    """Fork a writer of ``new``/``old`` over ``old``, SIGKILL it at a random moment, look."""
    target = folder / "打印登记.xlsx"
    target.write_bytes(old)
    span = 3 * _one_write_takes(write, folder, new)
    rng = random.Random(seed)
    phase = mmap.mmap(-1, 1)
    report = KillReport()
    for _ in range(KILLS):
        phase[0] = STARTING
        pid = os.fork()
        if pid == 0:  # the child never returns from here
            _keep_writing(write, target, (new, old), phase)
        deadline = time.monotonic() + 30
        while phase[0] == STARTING:  # waiting for an event, not for time to pass
            assert time.monotonic() < deadline, "the writer never started"
            time.sleep(0.0001)
        time.sleep(rng.uniform(0, span))
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status), "the writer stopped before it was killed"
        report.died_in[phase[0]] += 1
        now = target.read_bytes()
        report.found["old" if now == old else "new" if now == new else "partial"] += 1
        report.most_leftovers = max(report.most_leftovers, len(leftovers(target)))
    return report


needs_fork = pytest.mark.skipif(sys.platform == "win32", reason="needs os.fork and SIGKILL")


@needs_fork
@pytest.mark.slow
def test_a_killed_export_leaves_the_previous_workbook_or_the_new_one(tmp_path: Path) -> None:
    old, new = _workbook("2026-10", 1500), _workbook("2026-11", 1500)
    report = kill_while_writing(atomic_write, tmp_path, old, new, seed=20261123)

    assert report.found["partial"] == 0, report
    assert report.found["old"], report  # killed before a rename
    assert report.found["new"], report  # and after one
    assert report.most_leftovers <= 1, report  # only the killed write's own temporary file
    # The kills must have hit writes in progress, not only the gaps between them.
    assert report.died_in[WRITING] >= KILLS // 5, report
    assert report.died_in[STARTING] == 0, report

    target = tmp_path / "打印登记.xlsx"
    sheet = load_workbook(target, read_only=True).active
    assert sheet is not None
    assert sheet["A1"].value == "打印登记"
    assert sheet["A2"].value in ("2026-10，导出人 A1001", "2026-11，导出人 A1001")
    atomic_write(target, new)
    assert leftovers(target) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["打印登记.xlsx"]
    print(f"{KILLS} kills: {dict(report.died_in)} by phase, {dict(report.found)} at the target")


@needs_fork
@pytest.mark.slow
def test_the_kill_test_catches_a_file_written_in_place(tmp_path: Path) -> None:
    """What exports did before: ``write_bytes`` truncates the good file, then writes."""
    old, new = _workbook("2026-10", 1500), _workbook("2026-11", 1500)
    report = kill_while_writing(Path.write_bytes, tmp_path, old, new, seed=20261124)
    assert report.found["partial"] > 0, report
