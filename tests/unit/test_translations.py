"""The Chinese translation is complete and the shipped .qm matches the .ts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402


def test_every_ui_string_has_a_chinese_translation() -> None:
    assert translations.check() == []


def test_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "counter_zh_CN.qm"
    subprocess.run(
        [translations._tool("lrelease"), str(translations.ts_path("zh_CN")), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    shipped = ROOT / "resources" / "translations" / "counter_zh_CN.qm"
    assert built.read_bytes() == shipped.read_bytes(), "run: python tools/translations.py release"
