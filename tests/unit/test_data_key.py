"""Where the data key comes from and what it derives (docs/domain.md §11, the README's
"Data key")."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from counter_app.services.data_key import (
    ENV_DATA_KEY,
    ENV_DATA_KEY_FILE,
    KEY_FILE,
    PURPOSES,
    DataKey,
    DataKeyError,
    load_data_key,
)


@pytest.fixture(autouse=True)
def _no_key_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_DATA_KEY, raising=False)
    monkeypatch.delenv(ENV_DATA_KEY_FILE, raising=False)


def test_the_first_start_makes_a_private_key_file_that_later_starts_reuse(tmp_path: Path) -> None:
    assert load_data_key(tmp_path, create=False) is None
    key = load_data_key(tmp_path, create=True)
    assert key is not None
    path = tmp_path / KEY_FILE
    assert key.source == str(path)
    assert len(path.read_text().strip()) == 64
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = load_data_key(tmp_path, create=True)
    assert again is not None
    assert again.secret == key.secret
    assert len(key.key_id) == 16
    assert key.secret.hex() not in repr(key)
    assert key.key_id not in key.secret.hex()
    assert [p.name for p in tmp_path.iterdir()] == [KEY_FILE]  # no half-written file left


def test_the_environment_wins_and_a_supplied_file_is_never_invented(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    supplied = tmp_path / "share" / "hall.key"
    monkeypatch.setenv(ENV_DATA_KEY_FILE, str(supplied))
    with pytest.raises(DataKeyError) as missing:
        load_data_key(tmp_path, create=True)
    assert missing.value.code == "data.key_missing"
    assert not supplied.exists()
    supplied.parent.mkdir()
    supplied.write_text("ab" * 32)
    key = load_data_key(tmp_path, create=True)
    assert key is not None
    assert key.secret == b"\xab" * 32
    assert key.source == str(supplied)
    monkeypatch.setenv(ENV_DATA_KEY, "cd" * 32)
    from_env = load_data_key(tmp_path, create=True)
    assert from_env is not None
    assert from_env.secret == b"\xcd" * 32
    assert from_env.source == ENV_DATA_KEY
    assert not (tmp_path / KEY_FILE).exists()


@pytest.mark.parametrize("text", ["", "zz" * 32, "ab" * 31, "ab" * 33])
def test_a_malformed_key_is_refused(tmp_path: Path, text: str) -> None:
    (tmp_path / KEY_FILE).write_text(text)
    with pytest.raises(DataKeyError) as refused:
        load_data_key(tmp_path, create=True)
    assert refused.value.code == "data.key_unreadable"
    assert refused.value.params["source"] == str(tmp_path / KEY_FILE)


def test_each_purpose_has_its_own_sub_key_the_same_on_every_counter() -> None:
    key = DataKey(b"\x07" * 32, "test")
    same = DataKey(b"\x07" * 32, "elsewhere")
    other = DataKey(b"\x08" * 32, "test")
    subs = {p: key.derive(p) for p in PURPOSES}
    assert len(set(subs.values())) == len(PURPOSES)
    assert all(len(v) == 32 and v != key.secret for v in subs.values())
    assert all(same.derive(p) == subs[p] for p in PURPOSES)
    assert all(other.derive(p) != subs[p] for p in PURPOSES)
    assert key.key_id == same.key_id != other.key_id
    with pytest.raises(ValueError, match="unknown data key purpose"):
        key.derive("pii_wrap")
