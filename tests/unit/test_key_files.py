"""Where the audit key and the data key come from (docs/domain.md §11, the README's "Audit key"
and "Data key"): both are found, made and refused the same way (services/key_files.py), so each
test here runs for both."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from counter_app.domain.errors import CodedError
from counter_app.services import audit_key, data_key


@dataclass(frozen=True)
class Kind:
    env: str
    env_file: str
    key_file: str
    load: Callable[..., Any]
    error: type[CodedError]
    code: str  # what the errors' codes start with

    def __str__(self) -> str:
        return self.code


KINDS = [
    Kind(
        audit_key.ENV_AUDIT_KEY,
        audit_key.ENV_AUDIT_KEY_FILE,
        audit_key.KEY_FILE,
        audit_key.load_audit_key,
        audit_key.AuditKeyError,
        "audit",
    ),
    Kind(
        data_key.ENV_DATA_KEY,
        data_key.ENV_DATA_KEY_FILE,
        data_key.KEY_FILE,
        data_key.load_data_key,
        data_key.DataKeyError,
        "data",
    ),
]


@pytest.fixture(params=KINDS, ids=str)
def kind(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Kind:
    """One kind of key, with no key of it in the environment."""
    chosen: Kind = request.param
    monkeypatch.delenv(chosen.env, raising=False)
    monkeypatch.delenv(chosen.env_file, raising=False)
    return chosen


def test_the_first_start_makes_a_private_key_file_that_later_starts_reuse(
    kind: Kind, tmp_path: Path
) -> None:
    assert kind.load(tmp_path, create=False) is None
    key = kind.load(tmp_path, create=True)
    assert key is not None
    path = tmp_path / kind.key_file
    assert key.source == str(path)
    assert len(path.read_text().strip()) == 64
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = kind.load(tmp_path, create=True)
    assert again is not None
    assert again.secret == key.secret
    assert len(key.key_id) == 16
    assert key.secret.hex() not in repr(key)
    assert key.key_id not in key.secret.hex()
    assert [p.name for p in tmp_path.iterdir()] == [kind.key_file]  # no half-written file left


@pytest.mark.parametrize("ending", ["", "\n"], ids=["bare", "newline"])
def test_the_environment_wins_and_a_supplied_file_is_never_invented(
    kind: Kind, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: str
) -> None:
    supplied = tmp_path / "share" / "hall.key"
    monkeypatch.setenv(kind.env_file, str(supplied))
    with pytest.raises(kind.error) as missing:
        kind.load(tmp_path, create=True)
    assert missing.value.code == f"{kind.code}.key_missing"
    assert not supplied.exists()
    supplied.parent.mkdir()
    supplied.write_text("ab" * 32 + ending)
    key = kind.load(tmp_path, create=True)
    assert key is not None
    assert key.secret == bytes.fromhex("ab" * 32) == b"\xab" * 32
    assert key.source == str(supplied)
    monkeypatch.setenv(kind.env, "cd" * 32)
    from_env = kind.load(tmp_path, create=True)
    assert from_env is not None
    assert (from_env.secret, from_env.source) == (b"\xcd" * 32, kind.env)
    assert not (tmp_path / kind.key_file).exists()


@pytest.mark.parametrize(
    "content", ["", "not hex at all", "zz" * 32, "ab" * 16, "ab" * 31, "ab" * 33]
)
def test_a_key_that_is_not_64_hex_digits_is_refused(
    kind: Kind, tmp_path: Path, content: str
) -> None:
    (tmp_path / kind.key_file).write_text(content)
    with pytest.raises(kind.error) as refused:
        kind.load(tmp_path, create=True)
    assert refused.value.code == f"{kind.code}.key_unreadable"
    assert refused.value.params["source"] == str(tmp_path / kind.key_file)
