"""Sealing personal fields: a key per customer, AES-GCM, keyed blind indexes (docs/domain.md §11).

Pure computation, no storage: :mod:`counter_app.services.personal_data` keeps the keys and
columns, and migration 0011 seals the records that were stored in clear before it.

* Each customer has a key of their own (32 random bytes), stored only *wrapped*: encrypted
  with AES-GCM under the hall data key's "pii-wrap" sub-key, the customer's id as associated
  data (a wrapped key moved to another customer does not open). Destroying that one row makes
  every sealed value of the customer unreadable for good, wherever it was copied to: the
  record, the audit trail, a backup (crypto-shredding).
* A sealed value is ``nonce | ciphertext+tag`` (12 random bytes of nonce), AES-GCM under the
  customer's key with the customer's id and the field's name as associated data, so a value
  cannot be moved to another customer or another field unnoticed.
* A blind index is HMAC-SHA256 under the "blind-index" sub-key of a normalised value, with
  the kind of value in front (a phone and an ID number never share an index value). It lets
  the database find an exact ID number, phone or a phone's last four digits without holding
  them; without the data key the index values say nothing.
* A complaint's contact phone and emergency contact are sealed the same way with a key of the
  complaint's own (wrapped and bound to the complaint's id like a customer's): the
  complainant need not be a customer, and the account a complaint names may change holders.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
CUSTOMER_KEY_BYTES = 32
#: How a sealed value appears inside an audit entry's JSON: this prefix, then base64.
AUDIT_SEAL_PREFIX = "sealed:v1:"
#: The personal fields sealed in the customer record (and in audit entries about customers).
SEALED_FIELDS = ("id_number", "phone", "emergency_contact")
#: How many digits at the end of a phone a clerk searches with.
PHONE_TAIL = 4
#: The contact fields sealed in a complaint, with a key of the complaint's own.
COMPLAINT_SEALED_FIELDS = ("contact_phone", "emergency_contact")


class SealBroken(Exception):
    """A wrapped key or sealed value does not open: another data key, another customer's
    key, or bytes changed. Never shown as it is: the services turn it into a refusal."""


class IndexKind(Enum):
    """What a blind index value stands for; its name is part of what is hashed."""

    ID_NUMBER = "id_number"
    PHONE = "phone"
    PHONE_TAIL = "phone_last4"
    # A complaint's contact phone: an index of its own kind, so that without the data key a
    # complaint's index says nothing about which customer's index it would equal.
    COMPLAINT_PHONE = "complaint_phone"


@dataclass(frozen=True)
class Sealer:
    """The sub-keys of one data key, ready to wrap, seal and index.

    ``key_id`` is the data key's printable id, stored beside each wrapped key so a counter
    with another key can tell before it reads anything.
    """

    wrap_key: bytes = field(repr=False)
    index_key: bytes = field(repr=False)
    key_id: str

    # ------------------------------------------------------------------- customers' keys

    @staticmethod
    def new_customer_key() -> bytes:
        return secrets.token_bytes(CUSTOMER_KEY_BYTES)

    @cached_property
    def _wrapper(self) -> AESGCM:
        # Set up once: a search result opens a wrapped key per row.
        return AESGCM(self.wrap_key)

    def wrap(self, customer_id: int, customer_key: bytes) -> bytes:
        return _encrypt(self._wrapper, customer_key, _wrap_aad(customer_id))

    def unwrap(self, customer_id: int, wrapped: bytes) -> bytes:
        """Raises :class:`SealBroken` when ``wrapped`` was not made by this key for this id."""
        return _decrypt(self._wrapper, wrapped, _wrap_aad(customer_id))

    # ------------------------------------------------------------------- values

    @staticmethod
    def seal(customer_key: bytes, customer_id: int, field_name: str, value: str) -> bytes:
        aad = _field_aad(customer_id, field_name)
        return _encrypt(AESGCM(customer_key), value.encode("utf-8"), aad)

    @staticmethod
    def open(customer_key: bytes, customer_id: int, field_name: str, sealed: bytes) -> str:
        """Raises :class:`SealBroken` when ``sealed`` is not this customer's ``field_name``."""
        aad = _field_aad(customer_id, field_name)
        return _decrypt(AESGCM(customer_key), sealed, aad).decode("utf-8")

    @staticmethod
    def open_fields(
        customer_key: bytes, customer_id: int, sealed: Mapping[str, bytes | None]
    ) -> dict[str, str | None]:
        """:meth:`open` of several fields of one customer (``None`` stays ``None``).

        Raises:
            SealBroken: as :meth:`open`.
        """
        aead = AESGCM(customer_key)
        return {
            name: None
            if value is None
            else _decrypt(aead, value, _field_aad(customer_id, name)).decode("utf-8")
            for name, value in sealed.items()
        }

    @staticmethod
    def seal_for_audit(customer_key: bytes, customer_id: int, field_name: str, value: str) -> str:
        """``value`` as text for an audit entry: :data:`AUDIT_SEAL_PREFIX` and base64."""
        aad = _field_aad(customer_id, "audit/" + field_name)
        raw = _encrypt(AESGCM(customer_key), value.encode("utf-8"), aad)
        return AUDIT_SEAL_PREFIX + base64.b64encode(raw).decode("ascii")

    @staticmethod
    def open_from_audit(customer_key: bytes, customer_id: int, field_name: str, text: str) -> str:
        """Raises :class:`SealBroken` for text that is not a value sealed by
        :meth:`seal_for_audit` for this customer and field."""
        if not is_audit_sealed(text):
            raise SealBroken("not a sealed value")
        try:
            raw = base64.b64decode(text[len(AUDIT_SEAL_PREFIX) :], validate=True)
        except ValueError as exc:
            raise SealBroken("not base64") from exc
        aad = _field_aad(customer_id, "audit/" + field_name)
        return _decrypt(AESGCM(customer_key), raw, aad).decode("utf-8")

    # ------------------------------------------------------------------- complaints

    @staticmethod
    def new_complaint_key() -> bytes:
        return secrets.token_bytes(CUSTOMER_KEY_BYTES)

    def wrap_complaint_key(self, complaint_id: int, complaint_key: bytes) -> bytes:
        """A complaint's own key (made like a customer's), wrapped for ``complaint_id``."""
        return _encrypt(self._wrapper, complaint_key, _complaint_wrap_aad(complaint_id))

    def unwrap_complaint_key(self, complaint_id: int, wrapped: bytes) -> bytes:
        """Raises :class:`SealBroken` when ``wrapped`` was not made by this key for this id."""
        return _decrypt(self._wrapper, wrapped, _complaint_wrap_aad(complaint_id))

    @staticmethod
    def seal_complaint(
        complaint_key: bytes, complaint_id: int, field_name: str, value: str
    ) -> bytes:
        aad = _complaint_field_aad(complaint_id, field_name)
        return _encrypt(AESGCM(complaint_key), value.encode("utf-8"), aad)

    @staticmethod
    def open_complaint(
        complaint_key: bytes, complaint_id: int, field_name: str, sealed: bytes
    ) -> str:
        """Raises :class:`SealBroken` when ``sealed`` is not this complaint's ``field_name``."""
        aad = _complaint_field_aad(complaint_id, field_name)
        return _decrypt(AESGCM(complaint_key), sealed, aad).decode("utf-8")

    # ------------------------------------------------------------------- blind indexes

    def index(self, kind: IndexKind, value: str) -> bytes:
        """The 32-byte blind index of an already normalised ``value``."""
        message = kind.value.encode("ascii") + b"\x00" + value.encode("utf-8")
        return hmac.new(self.index_key, message, hashlib.sha256).digest()

    def phone_tail_index(self, phone: str) -> bytes | None:
        """The index of a phone's last :data:`PHONE_TAIL` digits; ``None`` for a shorter one."""
        if len(phone) < PHONE_TAIL:
            return None
        return self.index(IndexKind.PHONE_TAIL, phone[-PHONE_TAIL:])


def is_audit_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(AUDIT_SEAL_PREFIX)


def _wrap_aad(customer_id: int) -> bytes:
    return f"counter-app customer key/{customer_id}".encode("ascii")


def _field_aad(customer_id: int, field_name: str) -> bytes:
    return f"counter-app customer/{customer_id}/{field_name}".encode()


def _complaint_wrap_aad(complaint_id: int) -> bytes:
    return f"counter-app complaint key/{complaint_id}".encode("ascii")


def _complaint_field_aad(complaint_id: int, field_name: str) -> bytes:
    return f"counter-app complaint/{complaint_id}/{field_name}".encode()


def _encrypt(aead: AESGCM, plain: bytes, aad: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + aead.encrypt(nonce, plain, aad)


def _decrypt(aead: AESGCM, sealed: bytes, aad: bytes) -> bytes:
    if len(sealed) <= NONCE_BYTES:
        raise SealBroken("too short")
    try:
        return aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)
    except InvalidTag as exc:
        raise SealBroken("authentication failed") from exc
