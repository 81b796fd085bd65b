"""Sign-in, lockout, screen unlock and supervisor approvals at the counter."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.engine import Database
from counter_app.db.models import Counter, Hall, Setting, User
from counter_app.domain.clock import Clock
from counter_app.domain.enums import ApprovalAction, Role
from counter_app.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    InvalidInput,
)
from counter_app.services import approvals, audit, oplog
from counter_app.services.admin.dto import AdminInputError, AdminRefused
from counter_app.services.approvals import ApprovalGrant
from counter_app.services.base import Actor, checks_text
from counter_app.services.passwords import (
    MIN_PASSWORD_LENGTH,
    WELL_KNOWN_PASSWORDS,
    hash_password,
    verify_password,
)
from counter_app.services.settings import read_setting

__all__ = ["ApprovalGrant", "AuthService", "create_user"]


def _record_own(
    s: Session,
    user: User,
    counter_id: int | None,
    at: datetime,
    action: str,
    after: dict[str, object] | None = None,
) -> None:
    """Audit what happened to a user's own sign-in, as done by that user at ``counter_id``."""
    audit.record(
        s,
        at=at,
        user_id=user.id,
        counter_id=counter_id,
        action=action,
        entity="user",
        entity_id=user.id,
        after=after,
    )


class AuthService:
    """Checks credentials. Not bound to a user: it is how a user comes to be signed in."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    @checks_text
    def sign_in(self, employee_no: str, password: str, counter_number: int | None = None) -> Actor:
        """Return the actor for valid credentials, placed at counter ``counter_number``.

        The counter is looked up in the user's own hall; a number the hall does not have, or
        a counter taken out of use, leaves the actor without a counter (the status bar then
        says so).

        Raises:
            AccountLocked: too many wrong passwords recently (``until`` in params).
            AuthenticationFailed: unknown user, wrong password or disabled account.
        """
        with self._db.write() as s:
            user = self._check(s, employee_no.strip(), password, None)
            counter_id = None
            if counter_number is not None and user.hall_id is not None:
                counter_id = s.execute(
                    select(Counter.id).where(
                        Counter.hall_id == user.hall_id,
                        Counter.number == counter_number,
                        Counter.active.is_(True),  # one taken out of use is no counter
                    )
                ).scalar_one_or_none()
            user.last_login_at = self._clock.now()
            _record_own(s, user, counter_id, self._clock.now(), "sign_in")
            actor = Actor.of(user, counter_id)
        oplog.signed_in(actor.employee_no, counter_number if counter_id is not None else None)
        return actor

    def _check(self, s: Session, employee_no: str, password: str, counter_id: int | None) -> User:
        """Verify a password with lockout; failures are committed even though we raise."""
        now = self._clock.now()
        user = s.execute(select(User).where(User.employee_no == employee_no)).scalar_one_or_none()
        if user is None or not user.active:
            # Same answer for unknown and disabled users: do not reveal which 工号 exist.
            oplog.password_refused(None)
            raise AuthenticationFailed("unknown user or wrong password")
        if user.locked_until is not None and user.locked_until > now:
            oplog.account_locked(user.employee_no, user.locked_until, now_locked=False)
            raise AccountLocked("account locked", until=user.locked_until)
        if not verify_password(user.password_hash, password):
            max_failures = int(read_setting(s, "security.max_failed_logins"))
            user.failed_logins += 1
            remaining = max_failures - user.failed_logins
            if remaining <= 0:
                minutes = int(read_setting(s, "security.lockout_minutes"))
                user.locked_until = now + timedelta(minutes=minutes)
                user.failed_logins = 0
                _record_own(
                    s, user, counter_id, now, "lockout", after={"locked_until": user.locked_until}
                )
                s.commit()
                oplog.account_locked(user.employee_no, user.locked_until, now_locked=True)
                raise AccountLocked("account locked", until=user.locked_until)
            _record_own(s, user, counter_id, now, "sign_in_failed")
            s.commit()
            oplog.password_refused(user.employee_no, remaining)
            raise AuthenticationFailed("wrong password", remaining=remaining)
        user.failed_logins = 0
        user.locked_until = None
        return user

    @checks_text
    def unlock(self, actor: Actor, password: str) -> None:
        """Unlock an idle-locked screen: only the same user's password is accepted."""
        with self._db.write() as s:
            self._check(s, actor.employee_no, password, actor.counter_id)
        oplog.screen_unlocked(actor.employee_no)

    @checks_text
    def change_password(self, actor: Actor, old_password: str, new_password: str) -> Actor:
        """The signed-in user chooses a new password; returns the actor without the demand to
        change it. The old password is checked as at sign-in (wrong ones count to the lock).

        Raises:
            AuthenticationFailed, AccountLocked: the old password is wrong, as at sign-in.
            AdminInputError: the new password breaks a rule (``password.*``), or is the old one
                (``password.same_as_old``).
        """
        with self._db.write() as s:
            user = self._check(s, actor.employee_no, old_password, actor.counter_id)
            if new_password == old_password:
                raise AdminInputError("password.same_as_old", field="password")
            validate_new_password(s, new_password, user.employee_no)
            user.password_hash = hash_password(new_password)
            user.must_change_password = False
            _record_own(
                s,
                user,
                actor.counter_id,
                self._clock.now(),
                "change_password",
                after={"must_change_password": False},
            )
            return Actor.of(user, actor.counter_id)

    @checks_text
    def approve(
        self,
        requester: Actor,
        employee_no: str,
        password: str,
        *,
        action: ApprovalAction | str,
        subject: str,
        reason: str,
        amount: Decimal | None = None,
    ) -> ApprovalGrant:
        """A supervisor types their own credentials at the requester's counter.

        The approval records exactly what is approved: ``action`` on ``subject`` and, for
        an action about money (large cash), the ``amount`` the manager was shown; it is
        then used once by the requester's service (:func:`counter_app.services.approvals.consume`).

        Raises:
            AuthenticationFailed, AccountLocked: wrong credentials, as at sign-in.
            ApprovalRefused: the approver may not approve (``approval.not_approver``), tries
                to approve their own request (``approval.own_request``) or belongs to another
                hall (``approval.other_hall``).
            InvalidInput: no reason given.
            AdminRefused: ``password.must_change``: the approver still has a temporary password.
        """
        reason = reason.strip()
        if not reason:
            raise InvalidInput("a reason is required", field="reason")
        with self._db.write() as s:
            approver = self._check(s, employee_no.strip(), password, requester.counter_id)
            if approver.must_change_password:
                # A temporary password is known to the administrator who set it: it approves
                # nothing until its user has chosen their own (separation of duties).
                raise AdminRefused("password.must_change", employee_no=approver.employee_no)
            return approvals.give(
                s,
                requester=requester,
                approver=approver,
                action=action,
                subject=subject,
                reason=reason,
                amount=amount,
                now=self._clock.now(),
            )


def validate_new_password(s: Session, password: str, employee_no: str) -> None:
    """The password rules (docs/domain.md §1): long enough, no spaces at its ends, not the
    工号, and not a well-known password (the demo's among them) outside the demo database.

    Raises:
        AdminInputError: ``password.too_short``, ``password.spaces``,
            ``password.is_employee_no`` or ``password.demo``.
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AdminInputError("password.too_short", field="password", min=MIN_PASSWORD_LENGTH)
    if password.strip() != password:
        raise AdminInputError("password.spaces", field="password")
    if employee_no and employee_no.casefold() in password.casefold():
        raise AdminInputError("password.is_employee_no", field="password")
    if password.casefold() in WELL_KNOWN_PASSWORDS and not _is_demo(s):
        raise AdminInputError("password.demo", field="password")


def _is_demo(s: Session) -> bool:
    from counter_app.services.demo import DEMO_FLAG

    row = s.get(Setting, DEMO_FLAG)
    return bool(row is not None and row.value)


def create_user(
    s: Session,
    *,
    employee_no: str,
    name: str,
    role: Role,
    password: str,
    hall_code: str | None,
    at_clock: Clock,
    created_by: int | None = None,
    must_change_password: bool = False,
    password_hash: str | None = None,
) -> User:
    """Create a user in the caller's unit of work (used by the admin screen, CLI and seeding).

    ``must_change_password`` is set for a password someone else chose: its user is asked
    for their own at the next sign-in. ``password_hash``, when given, is ``password`` hashed
    already (the demo's users share one published password, hashed once).

    Raises:
        AdminInputError: a field or the password is not acceptable (see its codes).
        AdminRefused: ``user.employee_no_taken``.
    """
    employee_no = employee_no.strip()
    name = " ".join(name.split())
    if not employee_no or not employee_no.isascii() or not employee_no.isalnum():
        raise AdminInputError("user.employee_no_format", field="employee_no")
    if len(employee_no) > 20:
        raise AdminInputError("user.employee_no_format", field="employee_no")
    if not name or len(name) > 50:
        raise AdminInputError("user.name_format", field="name")
    hall_id = hall_for_role(s, role, hall_code)
    if s.execute(select(User.id).where(User.employee_no == employee_no)).first() is not None:
        raise AdminRefused("user.employee_no_taken", field="employee_no", employee_no=employee_no)
    validate_new_password(s, password, employee_no)
    user = User(
        employee_no=employee_no,
        name=name,
        role=role,
        hall_id=hall_id,
        password_hash=password_hash or hash_password(password),
        failed_logins=0,
        active=True,
        created_at=at_clock.now(),
        must_change_password=must_change_password,
    )
    s.add(user)
    s.flush()
    audit.record(
        s,
        at=at_clock.now(),
        user_id=created_by,
        counter_id=None,
        action="create",
        entity="user",
        entity_id=user.id,
        after={
            "employee_no": employee_no,
            "name": name,
            "role": role,
            "hall": hall_code,
            "must_change_password": must_change_password,
        },
    )
    return user


def hall_for_role(s: Session, role: Role, hall_code: str | None) -> int | None:
    """The id of the hall a user of ``role`` is given; clerks, managers and auditors belong to
    a hall, an administrator may serve the whole company.

    Raises:
        AdminInputError: ``user.hall_required`` or ``user.unknown_hall``.
    """
    hall_code = (hall_code or "").strip() or None
    if hall_code is None:
        if role is not Role.ADMIN:
            raise AdminInputError("user.hall_required", field="hall")
        return None
    hall_id = s.execute(select(Hall.id).where(Hall.code == hall_code)).scalar_one_or_none()
    if hall_id is None:
        raise AdminInputError("user.unknown_hall", field="hall", hall=hall_code)
    return hall_id
