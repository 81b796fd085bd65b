"""Password hashing with Argon2id."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# Library defaults (RFC 9106 "low memory" profile) for real use.
_hasher = PasswordHasher()

MIN_PASSWORD_LENGTH = 8
#: Passwords anyone could guess, the demo data's among them: refused outside the demo database
#: (compared without regard to case).
WELL_KNOWN_PASSWORDS = frozenset(
    {
        "counter123",
        "password",
        "password1",
        "12345678",
        "123456789",
        "1234567890",
        "88888888",
        "66666666",
        "11111111",
        "00000000",
        "abc12345",
        "qwerty123",
    }
)


def use_fast_hashing_for_tests() -> None:
    """Cheap parameters so a test suite that creates many users stays quick."""
    global _hasher
    _hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def hash_password(password: str) -> str:
    return str(_hasher.hash(password))


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(stored_hash, password))
    except (VerificationError, InvalidHashError):
        return False
