"""This PC's workstation settings: counter number, language and receipt printer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counter_app.__main__ import main
from counter_app.config import (
    Workstation,
    load_config,
    read_workstation,
    write_workstation,
)


def test_a_new_pc_prints_on_the_thermal_roll_at_counter_one(tmp_path: Path) -> None:
    assert read_workstation(tmp_path) == Workstation(1, "zh_CN", "thermal80")


def test_settings_round_trip_and_the_language_option_does_not_lose_the_printer(
    tmp_path: Path,
) -> None:
    write_workstation(tmp_path, Workstation(4, "zh_CN", "a5"))
    assert read_workstation(tmp_path) == Workstation(4, "zh_CN", "a5")
    config = load_config(tmp_path, None, "en")
    assert config.workstation == Workstation(4, "en", "a5")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"receipt_layout": "a4"}, "receipt_layout must be one of thermal80, a5"),
        ({"counter_number": 0}, "counter_number must be 1 or more"),
        ({"counter_number": "two"}, "workstation.json"),
    ],
)
def test_a_setting_the_app_cannot_use_is_named(
    tmp_path: Path, content: dict[str, object], message: str
) -> None:
    (tmp_path / "workstation.json").write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        read_workstation(tmp_path)
    assert main(["--data-dir", str(tmp_path), "init-db"]) == 2


def test_the_workstation_command_shows_and_sets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path)
    assert main(["--data-dir", data, "workstation"]) == 0
    assert "Receipt layout: thermal80" in capsys.readouterr().out
    assert main(["--data-dir", data, "--lang", "en", "workstation", "--receipt-layout", "a5"]) == 0
    assert "Receipt layout: a5" in capsys.readouterr().out
    # The printer changed; the language of that one command line was not written down.
    assert read_workstation(tmp_path) == Workstation(1, "zh_CN", "a5")
    assert main(["--data-dir", data, "workstation", "--counter", "0"]) == 2
    assert "counter_number must be 1 or more" in capsys.readouterr().err
    assert read_workstation(tmp_path).counter_number == 1
