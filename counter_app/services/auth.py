"""Sign-in, lockout, screen unlock and supervisor approvals at the counter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.engine import Database
from counter_app.db.models import Approval, Counter, Hall, User
from counter_app.domain.clock import Clock
from counter_app.domain.enums import Role
from counter_app.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    PermissionDenied,
)
from counter_app.domain.permissions import Permission, role_has
from counter_app.services import audit
from counter_app.services.base import Actor, Service, requires
from counter_app.services.passwords import MIN_PASSWORD_LENGTH, hash_password, verify_password
from counter_app.services.settings import read_setting


@dataclass(frozen=True)
class ApprovalGrant:
    """Proof that a supervisor approved an action; services store ``approver_id``."""

    approval_id: int
    approver_id: int
    approver_employee_no: str
    reason: str


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
            audit.record(
                s,
                at=self._clock.now(),
                user_id=user.id,
                counter_id=counter_id,
                action="sign_in",
                entity="user",
                entity_id=user.id,
            )
            return _actor(user, counter_id)

    def _check(self, s: Session, employee_no: str, password: str, counter_id: int | None) -> User:
        """Verify a password with lockout; failures are committed even though we raise."""
        now = self._clock.now()
        user = s.execute(select(User).where(User.employee_no == employee_no)).scalar_one_or_none()
        if user is None or not user.active:
            # Same answer for unknown and disabled users: do not reveal which 工号 exist.
            raise AuthenticationFailed("unknown user or wrong password")
        if user.locked_until is not None and user.locked_until > now:
            raise AccountLocked("account locked", until=user.locked_until)
        if not verify_password(user.password_hash, password):
            max_failures = int(read_setting(s, "security.max_failed_logins"))
            user.failed_logins += 1
            remaining = max_failures - user.failed_logins
            if remaining <= 0:
                minutes = int(read_setting(s, "security.lockout_minutes"))
                user.locked_until = now + timedelta(minutes=minutes)
                user.failed_logins = 0
                audit.record(
                    s,
                    at=now,
                    user_id=user.id,
                    counter_id=counter_id,
                    action="lockout",
                    entity="user",
                    entity_id=user.id,
                    after={"locked_until": user.locked_until},
                )
                s.commit()
                raise AccountLocked("account locked", until=user.locked_until)
            audit.record(
                s,
                at=now,
                user_id=user.id,
                counter_id=counter_id,
                action="sign_in_failed",
                entity="user",
                entity_id=user.id,
            )
            s.commit()
            raise AuthenticationFailed("wrong password", remaining=remaining)
        user.failed_logins = 0
        user.locked_until = None
        return user

    def unlock(self, actor: Actor, password: str) -> None:
        """Unlock an idle-locked screen: only the same user's password is accepted."""
        with self._db.write() as s:
            self._check(s, actor.employee_no, password, actor.counter_id)

    def approve(
        self,
        requester: Actor,
        employee_no: str,
        password: str,
        *,
        action: str,
        subject: str,
        reason: str,
    ) -> ApprovalGrant:
        """A supervisor types their own credentials at the requester's counter.

        Raises:
            PermissionDenied: the approver may not approve, or tries to approve their own request.
            InvalidInput: no reason given.
        """
        reason = reason.strip()
        if not reason:
            raise InvalidInput("a reason is required", field="reason")
        with self._db.write() as s:
            approver = self._check(s, employee_no.strip(), password, requester.counter_id)
            if not role_has(approver.role, Permission.APPROVE):
                raise PermissionDenied("approver lacks approve", permission=Permission.APPROVE)
            if approver.id == requester.user_id:
                raise PermissionDenied("no approving one's own request", own_request=True)
            if requester.hall_id is not None and approver.hall_id not in (None, requester.hall_id):
                raise PermissionDenied("approver belongs to another hall", other_hall=True)
            row = Approval(
                action=action,
                subject=subject,
                requested_by=requester.user_id,
                approved_by=approver.id,
                reason=reason,
                counter_id=requester.counter_id,
                at=self._clock.now(),
            )
            s.add(row)
            s.flush()
            audit.record(
                s,
                at=self._clock.now(),
                user_id=approver.id,
                counter_id=requester.counter_id,
                action="approve",
                entity="approval",
                entity_id=row.id,
                after={"action": action, "subject": subject, "requested_by": requester.user_id},
            )
            return ApprovalGrant(row.id, approver.id, approver.employee_no, reason)


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
            audit.record(
                s,
                at=self._clock.now(),
                user_id=self.actor.user_id,
                counter_id=self.actor.counter_id,
                action="unlock",
                entity="user",
                entity_id=user.id,
                before=before,
                after={"locked_until": None},
            )
