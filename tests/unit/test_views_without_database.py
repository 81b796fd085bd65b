"""The screens run without the database code: every view module imports in a fresh
interpreter without loading SQLAlchemy or ``counter_app.db``.

import-linter checks the same statically (``Views never touch the database directly``); this
checks what actually gets imported, type-checking blocks and all.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import pkgutil, importlib, sys
import counter_app.views as views
for module in pkgutil.walk_packages(views.__path__, "counter_app.views."):
    importlib.import_module(module.name)
database = ("sqlalchemy", "counter_app.db")
print(" ".join(sorted(m for m in sys.modules if m.startswith(database))))
"""


def test_no_view_module_loads_database_code() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.split() == []
