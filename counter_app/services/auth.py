"""Sign-in, lockout, screen unlock and supervisor approvals at the counter."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.engine import Database
from counter_app.db.models import Counter, Hall, User
from counter_app.domain.clock import Clock
from counter_app.domain.enums import ApprovalAction, Role
from counter_app.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    InvalidInput,
)
from counter_app.domain.permissions import Permission
from counter_app.services import approvals, audit, oplog
from counter_app.services.approvals import ApprovalGrant
from counter_app.services.base import Actor, Service, requires
from counter_app.services.passwords import MIN_PASSWORD_LENGTH, hash_password, verify_password
from counter_app.services.settings import read_setting

__all__ = ["ApprovalGrant", "AuthService", "UserAdminService", "create_user"]


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

    def sign_in(self, employee_no: str, password: str, counter_number: int | None = None) -> Actor:
        """Return the actor for valid credentials, placed at counter ``counter_number``.

        The counter is looked up in the user's own hall; a number the hall does not have
        leaves the actor without a counter (the status bar then says so).

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
                        Counter.hall_id == user.hall_id, Counter.number == counter_number
                    )
                ).scalar_one_or_none()
            user.last_login_at = self._clock.now()
            _record_own(s, user, counter_id, self._clock.now(), "sign_in")
            actor = _actor(user, counter_id)
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

    def unlock(self, actor: Actor, password: str) -> None:
        """Unlock an idle-locked screen: only the same user's password is accepted."""
        with self._db.write() as s:
            self._check(s, actor.employee_no, password, actor.counter_id)
        oplog.screen_unlocked(actor.employee_no)

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
        """
        reason = reason.strip()
        if not reason:
            raise InvalidInput("a reason is required", field="reason")
        with self._db.write() as s:
            approver = self._check(s, employee_no.strip(), password, requester.counter_id)
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


def _actor(user: User, counter_id: int | None) -> Actor:
    return Actor(
        user_id=user.id,
        employee_no=user.employee_no,
        name=user.name,
        role=user.role,
        hall_id=user.hall_id,
        counter_id=counter_id,
    )


def validate_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput("password too short", field="password", min=MIN_PASSWORD_LENGTH)
    if password.strip() != password:
        raise InvalidInput("password has leading or trailing spaces", field="password")


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
) -> User:
    """Create a user in the caller's unit of work (used by the admin screen, CLI and seeding)."""
    employee_no = employee_no.strip()
    name = " ".join(name.split())
    if not employee_no or not employee_no.isalnum() or len(employee_no) > 20:
        raise InvalidInput("employee number must be 1-20 letters or digits", field="employee_no")
    if not name or len(name) > 50:
        raise InvalidInput("name must be 1-50 characters", field="name")
    validate_new_password(password)
    hall_id: int | None = None
    if hall_code is not None:
        hall = s.execute(select(Hall).where(Hall.code == hall_code)).scalar_one_or_none()
        if hall is None:
            raise InvalidInput(f"no hall with code {hall_code}", field="hall", hall=hall_code)
        hall_id = hall.id
    elif role is not Role.ADMIN:
        raise InvalidInput("clerks, managers and auditors belong to a hall", field="hall")
    if s.execute(select(User.id).where(User.employee_no == employee_no)).first() is not None:
        raise Conflict(f"employee number {employee_no} exists", field="employee_no")
    user = User(
        employee_no=employee_no,
        name=name,
        role=role,
        hall_id=hall_id,
        password_hash=hash_password(password),
        failed_logins=0,
        active=True,
        created_at=at_clock.now(),
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
        after={"employee_no": employee_no, "name": name, "role": role, "hall": hall_code},
    )
    return user


class UserAdminService(Service):
    """Users and roles, for administrators."""

    @requires(Permission.USER_ADMIN)
    def add_user(
        self, *, employee_no: str, name: str, role: Role, password: str, hall_code: str | None
    ) -> int:
        """Create a user and return its id."""
        with self._db.write() as s:
            user = create_user(
                s,
                employee_no=employee_no,
                name=name,
                role=role,
                password=password,
                hall_code=hall_code,
                at_clock=self._clock,
                created_by=self.actor.user_id,
            )
            return user.id

    @requires(Permission.USER_ADMIN)
    def unlock_user(self, employee_no: str) -> None:
        """Lift a lockout before its time runs out."""
        with self._db.write() as s:
            user = s.execute(select(User).where(User.employee_no == employee_no)).scalar_one()
            before = {"locked_until": user.locked_until}
            user.locked_until = None
            user.failed_logins = 0
            audit.record_by(
                s,
                self.actor,
                self._clock.now(),
                "unlock",
                "user",
                user.id,
                before=before,
                after={"locked_until": None},
            )
