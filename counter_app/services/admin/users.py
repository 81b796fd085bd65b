"""Users and roles (工号, docs/domain.md §1), for administrators.

A user is never deleted: disabled, they can no longer sign in and their records keep their
name. A password an administrator sets (a new user's, a reset one) must be changed by its
user at the next sign-in. Separation of duties: an administrator cannot change their own role
or disable themselves, and the last active administrator cannot be disabled or given another
role.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.db.models import Hall, User
from counter_app.domain.enums import Role
from counter_app.domain.permissions import Permission
from counter_app.services.admin.common import AdminService
from counter_app.services.admin.dto import AdminInputError, AdminNotFound, AdminRefused, UserRow
from counter_app.services.auth import create_user, hall_for_role, validate_new_password
from counter_app.services.base import requires
from counter_app.services.passwords import hash_password


def _user(s: Session, employee_no: str) -> User:
    user = s.execute(
        select(User).where(User.employee_no == employee_no.strip())
    ).scalar_one_or_none()
    if user is None:
        raise AdminNotFound("user.not_found", employee_no=employee_no)
    return user


def _state(user: User, hall_code: str | None) -> dict[str, Any]:
    return {"name": user.name, "role": user.role, "hall": hall_code, "active": user.active}


def _hall_code(s: Session, hall_id: int | None) -> str | None:
    return None if hall_id is None else s.get(Hall, hall_id).code  # type: ignore[union-attr]


def _refuse_losing_last_admin(s: Session, user: User) -> None:
    """An active administrator who is about to stop being one must not be the last."""
    if user.role is not Role.ADMIN or not user.active:
        return
    others = s.execute(
        select(func.count())
        .select_from(User)
        .where(User.role == Role.ADMIN, User.active.is_(True), User.id != user.id)
    ).scalar_one()
    if others == 0:
        raise AdminRefused("user.last_admin", employee_no=user.employee_no)


class UserAdminService(AdminService):
    """Users and roles, for administrators."""

    @requires(Permission.USER_ADMIN)
    def users(self) -> list[UserRow]:
        """Every user, disabled ones included, by 工号."""
        with self._db.read() as s:
            rows = s.execute(select(User, Hall.code).outerjoin(Hall, Hall.id == User.hall_id)).all()
            return [
                UserRow(
                    user_id=u.id,
                    employee_no=u.employee_no,
                    name=u.name,
                    role=u.role,
                    hall_code=code,
                    active=u.active,
                    locked_until=u.locked_until,
                    must_change_password=u.must_change_password,
                    last_login_at=u.last_login_at,
                )
                for u, code in sorted(rows, key=lambda r: r[0].employee_no)
            ]

    @requires(Permission.USER_ADMIN)
    def add_user(
        self, *, employee_no: str, name: str, role: Role, password: str, hall_code: str | None
    ) -> int:
        """Create a user with a temporary password and return its id.

        The user must choose their own password at their first sign-in.

        Raises:
            AdminInputError: a field or the password is not acceptable.
            AdminRefused: ``user.employee_no_taken``.
        """
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
                must_change_password=True,
            )
            return user.id

    @requires(Permission.USER_ADMIN)
    def edit_user(self, employee_no: str, *, name: str, role: Role, hall_code: str | None) -> None:
        """Change a user's name, role or hall (the 工号 stays). Takes effect at their next
        sign-in.

        Raises:
            AdminNotFound: ``user.not_found``.
            AdminInputError: ``user.name_format``, ``user.hall_required``,
                ``user.unknown_hall``.
            AdminRefused: ``user.own_role`` (an administrator grants themselves nothing),
                ``user.last_admin``.
        """
        name = " ".join(name.split())
        if not name or len(name) > 50:
            raise AdminInputError("user.name_format", field="name")
        with self._db.write() as s:
            user = _user(s, employee_no)
            if user.id == self.actor.user_id and role is not user.role:
                raise AdminRefused("user.own_role", field="role")
            if role is not user.role:
                _refuse_losing_last_admin(s, user)
            hall_id = hall_for_role(s, role, hall_code)
            before = _state(user, _hall_code(s, user.hall_id))
            user.name, user.role, user.hall_id = name, role, hall_id
            self._record(s, "update", "user", user.id, before, _state(user, _hall_code(s, hall_id)))

    @requires(Permission.USER_ADMIN)
    def set_active(self, employee_no: str, active: bool) -> None:
        """Disable a user (they can no longer sign in; nothing of theirs is deleted) or enable
        them again.

        Raises:
            AdminNotFound: ``user.not_found``.
            AdminRefused: ``user.own_account`` (one does not disable oneself),
                ``user.last_admin``.
        """
        with self._db.write() as s:
            user = _user(s, employee_no)
            if user.active == active:
                return
            if not active:
                if user.id == self.actor.user_id:
                    raise AdminRefused("user.own_account")
                _refuse_losing_last_admin(s, user)
            user.active = active
            self._record(
                s,
                "enable" if active else "disable",
                "user",
                user.id,
                {"active": not active},
                {"active": active},
            )

    @requires(Permission.USER_ADMIN)
    def reset_password(self, employee_no: str, password: str) -> None:
        """Give a user a temporary password, to be changed at their next sign-in; lifts a lock.

        Raises:
            AdminNotFound: ``user.not_found``.
            AdminInputError: the password breaks a rule (``password.*``).
        """
        with self._db.write() as s:
            user = _user(s, employee_no)
            validate_new_password(s, password, user.employee_no)
            before = {"must_change_password": user.must_change_password}
            user.password_hash = hash_password(password)
            user.must_change_password = True
            user.failed_logins = 0
            user.locked_until = None
            self._record(
                s, "reset_password", "user", user.id, before, {"must_change_password": True}
            )

    @requires(Permission.USER_ADMIN)
    def unlock_user(self, employee_no: str) -> None:
        """Lift a lockout before its time runs out.

        Raises:
            AdminNotFound: ``user.not_found``.
        """
        with self._db.write() as s:
            user = _user(s, employee_no)
            before = {"locked_until": user.locked_until}
            user.locked_until = None
            user.failed_logins = 0
            self._record(s, "unlock", "user", user.id, before, {"locked_until": None})
