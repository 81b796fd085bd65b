"""What the data key derives (docs/domain.md §11, the README's "Data key"); where it comes
from is tested with the audit key's in test_key_files.py."""

from __future__ import annotations

import pytest

from counter_app.services.data_key import PURPOSES, DataKey


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
