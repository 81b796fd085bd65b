"""The built package starts: wheel from the tree, fresh virtual environment, CLI and sign-in.

Only the editable install is used everywhere else, and it finds any module in the checkout; a
package left out of the wheel shows only here. No network: the wheel is built with this
environment's setuptools, and the fresh environment borrows this one's third-party packages
through a ``.pth`` file. Editable-install hooks in those borrowed folders are ``.pth`` files
themselves, which Python does not run for folders named by a ``.pth``, so ``counter_app`` can
come only from the wheel; the child checks that too.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Alembic runs env.py itself, inside a migration; it is not importable on its own.
NOT_IMPORTED = {"counter_app.db.migrations.env"}

# Starts the application through the real command line, as `counter-app gui` does, and stops at
# the sign-in dialog: its exec() is replaced by one that shows it, lets Qt paint it and cancels.
CHILD = r"""
import importlib
import json
import sys
from pathlib import Path

fresh, data_dir, modules = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])

import counter_app

where = Path(counter_app.__file__).resolve()
assert where.is_relative_to(Path(fresh).resolve()), f"counter_app imported from {where}"
for name in modules:
    importlib.import_module(name)

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from counter_app.__main__ import main
from counter_app.views import msgbox
from counter_app.views.login import LoginDialog


def refuse(parent, title, text, details=""):
    raise SystemExit(f"error dialog instead of sign-in: {title}: {text} {details}")


msgbox.error = refuse
seen = []


def show_and_cancel(dialog):
    dialog.show()
    QApplication.processEvents()
    seen.append(dialog.windowTitle())
    # Qt's own words, from its catalogue in the PySide6 package and the gaps ours fills.
    seen.append(QCoreApplication.translate("QFileDialog", "Look in:"))
    seen.append(QCoreApplication.translate("QFileDialog", "Files of &type:"))
    return QDialog.DialogCode.Rejected


LoginDialog.exec = show_and_cancel
code = main(["--data-dir", data_dir, "--lang", "zh_CN", "gui"])
assert code == 0, code
assert seen == ["柜台系统 - 登录", "查找范围：", "文件类型(&T)："], seen
print("signed-in window built")
"""


def _tree_modules() -> list[str]:
    """Every module under counter_app/ in the checkout, by dotted name."""
    names = []
    for path in sorted((ROOT / "counter_app").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(parts)
        if name not in NOT_IMPORTED and "versions" not in parts:
            names.append(name)
    return names


def _copy_tree(target: Path) -> Path:
    """The working tree as it is (new files included), without environments and build output."""
    shutil.copytree(
        ROOT,
        target,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*cache*", "results"
        ),
    )
    return target


def _fresh_environment(where: Path) -> tuple[Path, Path]:
    """A virtual environment without pip that sees this one's third-party packages."""
    venv.EnvBuilder(with_pip=False).create(where)
    scheme = {"base": str(where), "platbase": str(where)}
    site = Path(sysconfig.get_path("purelib", vars=scheme))
    borrowed = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "borrowed-dependencies.pth").write_text(
        "".join(f"{path}\n" for path in sorted(borrowed)), encoding="utf-8"
    )
    bin_dir = Path(sysconfig.get_path("scripts", vars=scheme))
    return bin_dir / ("python.exe" if os.name == "nt" else "python"), bin_dir


def _run(args: list[str | Path], env: dict[str, str], cwd: Path) -> str:
    done = subprocess.run(
        [str(a) for a in args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120
    )
    if done.returncode != 0:
        what = " ".join(str(a) for a in args if a != CHILD)[:300]
        pytest.fail(f"{what} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


@pytest.mark.slow
def test_wheel_built_from_the_tree_installs_and_starts(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "COUNTER_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"

    source = _copy_tree(tmp_path / "source")
    dist = tmp_path / "dist"
    pip = [sys.executable, "-m", "pip"]
    _run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", dist, source],
        env,
        tmp_path,
    )
    (wheel,) = dist.glob("counter_app-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        shipped = set(archive.namelist())
    assert "counter_app/resources/translations/counter_zh_CN.qm" in shipped
    assert "counter_app/db/migrations/script.py.mako" in shipped
    assert any(name.startswith("counter_app/resources/fonts/") for name in shipped)

    fresh = tmp_path / "fresh"
    python, bin_dir = _fresh_environment(fresh)
    _run([*pip, "--python", python, "install", "--no-deps", "--no-index", wheel], env, tmp_path)

    # Outside the checkout, so the current directory cannot supply counter_app either.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = bin_dir / ("counter-app.exe" if os.name == "nt" else "counter-app")
    assert "usage: counter-app" in _run([script, "--help"], env, elsewhere)

    data_dir = tmp_path / "data"
    out = _run([python, "-c", CHILD, fresh, data_dir, json.dumps(_tree_modules())], env, elsewhere)
    assert "signed-in window built" in out
