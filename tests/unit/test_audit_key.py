"""Where the audit key comes from (docs/domain.md §11, the README's "Audit key")."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from counter_app.services.audit_key import (
    ENV_AUDIT_KEY,
    ENV_AUDIT_KEY_FILE,
    KEY_FILE,
    AuditKeyError,
    load_audit_key,
)


@pytest.fixture(autouse=True)
def _no_key_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_AUDIT_KEY, raising=False)
    monkeypatch.delenv(ENV_AUDIT_KEY_FILE, raising=False)


def test_the_first_start_makes_a_private_key_file_that_later_starts_reuse(tmp_path: Path) -> None:
    assert load_audit_key(tmp_path, create=False) is None
    key = load_audit_key(tmp_path, create=True)
    assert key is not None
    path = tmp_path / KEY_FILE
    assert key.source == str(path)
    assert len(path.read_text().strip()) == 64
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = load_audit_key(tmp_path, create=True)
    assert again is not None
    assert again.secret == key.secret
    assert len(key.key_id) == 16
    assert key.secret.hex() not in repr(key)
    assert [p.name for p in tmp_path.iterdir()] == [KEY_FILE]  # no half-written file left


def test_the_it_departments_key_wins_and_is_never_invented(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    supplied = tmp_path / "share" / "hall.key"
    monkeypatch.setenv(ENV_AUDIT_KEY_FILE, str(supplied))
    with pytest.raises(AuditKeyError) as missing:
        load_audit_key(tmp_path, create=True)
    assert missing.value.code == "audit.key_missing"
    assert not supplied.exists()
    supplied.parent.mkdir()
    supplied.write_text("ab" * 32 + "\n")
    key = load_audit_key(tmp_path, create=True)
    assert key is not None
    assert key.secret == bytes.fromhex("ab" * 32)
    monkeypatch.setenv(ENV_AUDIT_KEY, "cd" * 32)
    from_env = load_audit_key(tmp_path, create=True)
    assert from_env is not None
    assert (from_env.secret, from_env.source) == (bytes.fromhex("cd" * 32), ENV_AUDIT_KEY)
    assert not (tmp_path / KEY_FILE).exists()


@pytest.mark.parametrize("content", ["", "not hex at all", "ab" * 16, "ab" * 33])
def test_a_key_that_is_not_64_hex_digits_is_refused(tmp_path: Path, content: str) -> None:
    (tmp_path / KEY_FILE).write_text(content)
    with pytest.raises(AuditKeyError) as refused:
        load_audit_key(tmp_path, create=True)
    assert refused.value.code == "audit.key_unreadable"
