"""Where the data lives and which database to use, from options, environment and defaults."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path

from counter_app.files import atomic_write

APP_NAME = "counter-app"
ENV_DATA_DIR = "COUNTER_DATA_DIR"
ENV_DB_URL = "COUNTER_DB_URL"
ENV_LANG = "COUNTER_LANG"
DB_FILE = "counter.sqlite3"
WORKSTATION_FILE = "workstation.json"
LANGUAGES = ("zh_CN", "en")
#: Receipt printers a counter may have: an 80 mm thermal roll, or an A5 sheet printer.
RECEIPT_LAYOUTS = ("thermal80", "a5")


@dataclass(frozen=True)
class Workstation:
    """This machine's place in the hall: set once per counter PC."""

    counter_number: int = 1
    language: str = "zh_CN"
    receipt_layout: str = "thermal80"


@dataclass(frozen=True)
class Config:
    data_dir: Path
    db_url: str
    embedded: bool  # True when the database is the SQLite file in the data dir
    workstation: Workstation

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def documents_dir(self) -> Path:
        """PDF copies of printed documents (and of those waiting for a printer)."""
        return self.data_dir / "documents"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def load_config(
    data_dir: str | os.PathLike[str] | None = None,
    db_url: str | None = None,
    language: str | None = None,
) -> Config:
    """Options win over the environment, which wins over the defaults."""
    chosen_dir = Path(data_dir or os.environ.get(ENV_DATA_DIR) or default_data_dir()).expanduser()
    url = db_url or os.environ.get(ENV_DB_URL) or ""
    embedded = not url
    if embedded:
        # Same form as db.engine.sqlite_url; written here so --help need not import SQLAlchemy.
        url = f"sqlite+pysqlite:///{chosen_dir / DB_FILE}"
    station = read_workstation(chosen_dir)
    lang = language or os.environ.get(ENV_LANG) or station.language
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    station = replace(station, language=lang)
    return Config(data_dir=chosen_dir, db_url=url, embedded=embedded, workstation=station)


def read_workstation(data_dir: Path) -> Workstation:
    path = data_dir / WORKSTATION_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Workstation()
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path} is not readable JSON: {exc}") from exc
    try:
        station = Workstation(
            counter_number=int(raw.get("counter_number", 1)),
            language=str(raw.get("language", "zh_CN")),
            receipt_layout=str(raw.get("receipt_layout", "thermal80")),
        )
    except (TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"{path}: {exc}") from exc
    check_workstation(station, path)
    return station


def check_workstation(station: Workstation, source: Path | str = WORKSTATION_FILE) -> None:
    """Raise ValueError naming the setting when one is outside what the app can use."""
    if station.counter_number < 1:
        raise ValueError(f"{source}: counter_number must be 1 or more")
    if station.receipt_layout not in RECEIPT_LAYOUTS:
        raise ValueError(
            f"{source}: receipt_layout must be one of {', '.join(RECEIPT_LAYOUTS)}, "
            f"not {station.receipt_layout!r}"
        )


def write_workstation(data_dir: Path, station: Workstation) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    check_workstation(station)
    payload = {
        "counter_number": station.counter_number,
        "language": station.language,
        "receipt_layout": station.receipt_layout,
    }
    # Written whole: a half-written file would stop the counter from starting.
    atomic_write(
        data_dir / WORKSTATION_FILE,
        json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8"),
    )
