"""The backup every day close makes (docs/domain.md §11): proved, in the backup folder set by
the administrator, the retention applied (30 daily and 12 monthly by default), copied off
site; a failed backup is reported and never undoes the day close."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from payment_workers import Desk, open_desk
from people import sign_in
from report_data import counts_of

from counter_app.config import Config, Workstation
from counter_app.db.engine import Database
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.domain.settings import SettingInputError, checked_folder
from counter_app.services.backups import DayCloseBackups, postgres, retention
from counter_app.services.backups_dto import BackupError
from counter_app.services.settings import SettingsService
from counter_app.services.shifts import DayCloseService, ShiftService
from counter_app.services.shifts_dto import DayClosed


@pytest.fixture
def desk(db: Database, clock: FixedClock) -> Desk:
    return open_desk(db, clock)


def _config(db: Database, tmp_path: Path) -> Config:
    return Config(
        data_dir=tmp_path / "data",
        db_url=db.url,
        embedded=db.is_sqlite,
        workstation=Workstation(),
    )


def _close_today(desk: Desk, tmp_path: Path) -> object:
    today = desk.clock.now().astimezone(LOCAL_TZ).date()
    ShiftService(desk.db, desk.clock, desk.clerk).close_shift(counts_of("500.00"))
    backups = DayCloseBackups(desk.db, desk.clock, _config(desk.db, tmp_path))
    return DayCloseService(desk.db, desk.clock, desk.manager, backups=backups).close_day(today)


def test_day_close_backs_up_into_the_folder_set_and_copies_off_site(
    desk: Desk, tmp_path: Path
) -> None:
    settings = SettingsService(desk.db, desk.clock, sign_in(desk.db, desk.clock, "S0001"))
    settings.set("backups.folder", str(tmp_path / "nightly"))
    settings.set("backups.offsite_folder", str(tmp_path / "share"))

    result = _close_today(desk, tmp_path)

    outcome = result.backup  # type: ignore[attr-defined]
    assert outcome.ok, outcome.error
    made = outcome.result
    assert Path(made.path).parent == tmp_path / "nightly"
    assert Path(made.path).name == retention.file_name(desk.clock.now())
    assert made.audit_intact
    assert Path(made.offsite_path).read_bytes() == Path(made.path).read_bytes()
    assert Path(made.offsite_path).parent == tmp_path / "share"


def test_without_a_folder_set_the_backup_goes_to_the_data_directory(
    desk: Desk, tmp_path: Path
) -> None:
    result = _close_today(desk, tmp_path)
    outcome = result.backup  # type: ignore[attr-defined]
    assert outcome.ok
    assert Path(outcome.result.path).parent == tmp_path / "data" / "backups"
    assert outcome.result.offsite_path is None


def test_a_failed_backup_is_reported_and_the_day_stays_closed(desk: Desk, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    settings = SettingsService(desk.db, desk.clock, sign_in(desk.db, desk.clock, "S0001"))
    settings.set("backups.folder", str(blocker))

    result = _close_today(desk, tmp_path)

    outcome = result.backup  # type: ignore[attr-defined]
    assert not outcome.ok
    assert outcome.error.code == "backup.folder"
    assert result.backup_path is None  # type: ignore[attr-defined]
    with pytest.raises(DayClosed):
        ShiftService(desk.db, desk.clock, desk.clerk).open_shift(Decimal("500.00"))


def test_retention_keeps_the_newest_of_30_days_and_of_12_months(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 12, 2, 18, 30, tzinfo=LOCAL_TZ))
    made = []
    # A backup every evening for 400 days, and a second one on some days.
    for back in range(400):
        at = clock.now() - timedelta(days=back)
        made.append(retention.file_name(at))
        if back % 7 == 0:
            made.append(retention.file_name(at - timedelta(hours=2)))
    for name in made:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "counter-hand-made.cbak").write_bytes(b"x")  # an administrator's own
    newest = tmp_path / retention.file_name(clock.now())

    removed = retention.apply(tmp_path, 30, 12, newest)

    left = sorted(p.name for p in tmp_path.iterdir())
    days = [clock.now() - timedelta(days=b) for b in range(30)]
    daily = {retention.file_name(d) for d in days}
    # The newest of each month: the month's last evening, or today for this month.
    monthly = set()
    for back in range(400):
        at = clock.now() - timedelta(days=back)
        following = at + timedelta(days=1)
        if back == 0 or following.month != at.month:
            monthly.add(retention.file_name(at))
    monthly = set(sorted(monthly, reverse=True)[:12])
    assert set(left) == daily | monthly | {"counter-hand-made.cbak"}
    assert len(removed) == len(made) - len(daily | monthly)
    # A second run removes nothing more.
    assert retention.apply(tmp_path, 30, 12, newest) == ()


def test_folder_settings_take_a_full_path_or_nothing() -> None:
    assert checked_folder("backups.folder", "  ") == ""
    assert checked_folder("backups.folder", "/srv/backups") == "/srv/backups"
    assert checked_folder("backups.folder", r"D:\Backups") == r"D:\Backups"
    for bad in ("backups", "../x", "/srv/\x00x"):
        with pytest.raises(SettingInputError) as refused:
            checked_folder("backups.offsite_folder", bad)
        assert refused.value.code == "setting.folder"


def test_an_off_site_folder_that_cannot_be_written_leaves_the_backup_good_and_says_so(
    desk: Desk, tmp_path: Path
) -> None:
    blocker = tmp_path / "share-is-a-file"
    blocker.write_text("x")
    settings = SettingsService(desk.db, desk.clock, sign_in(desk.db, desk.clock, "S0001"))
    settings.set("backups.offsite_folder", str(blocker))

    outcome = _close_today(desk, tmp_path).backup  # type: ignore[attr-defined]

    assert outcome.ok
    assert Path(outcome.result.path).exists()
    assert outcome.result.offsite_path is None
    assert outcome.offsite_error.code == "backup.folder"


def test_a_missing_postgresql_tool_is_named() -> None:
    with pytest.raises(BackupError) as missing:
        postgres.tool("pg_no_such_tool")
    assert missing.value.code == "backup.tool_missing"
    assert missing.value.params["tool"] == "pg_no_such_tool"
