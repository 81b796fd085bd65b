"""Where the files shipped with the application live."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file shipped in ``resources/`` (installed as ``counter_app.resources``)."""
    base = Path(str(files("counter_app.resources")))
    return base.joinpath(*parts)
