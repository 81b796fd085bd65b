"""Log file in the data directory; details of every unexpected error end up here."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "counter.log"


def setup_logging(log_dir: Path) -> Path:
    """Log to ``log_dir/counter.log`` (rotated); returns the file's path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=5_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
