"""What every service shares: the acting user, permission checks, the clock and the database."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar

from counter_app.db.engine import Database
from counter_app.domain.clock import Clock
from counter_app.domain.enums import Role
from counter_app.domain.errors import PermissionDenied
from counter_app.domain.permissions import Permission, role_has
from counter_app.domain.text import check_arguments

if TYPE_CHECKING:
    from counter_app.db.models import User


@dataclass(frozen=True)
class Actor:
    """The signed-in user at a counter, as the services see them."""

    user_id: int
    employee_no: str
    name: str
    role: Role
    hall_id: int | None
    counter_id: int | None = None
    #: The password was set by someone else: the user chooses their own before working.
    must_change_password: bool = False

    @classmethod
    def of(cls, user: User, counter_id: int | None = None) -> Actor:
        """``user`` signed in at the counter ``counter_id`` (None: at no counter)."""
        return cls(
            user_id=user.id,
            employee_no=user.employee_no,
            name=user.name,
            role=user.role,
            hall_id=user.hall_id,
            counter_id=counter_id,
            must_change_password=user.must_change_password,
        )

    def can(self, permission: Permission) -> bool:
        return role_has(self.role, permission)

    def require(self, *permissions: Permission) -> None:
        for permission in permissions:
            if not self.can(permission):
                raise PermissionDenied(
                    f"{self.employee_no} ({self.role}) lacks {permission}",
                    permission=permission.value,
                    role=self.role.value,
                )


class HasActor(Protocol):
    @property
    def actor(self) -> Actor: ...


P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S", bound=HasActor)


def requires(
    *permissions: Permission,
) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """Declare and enforce what a public service method requires.

    ``@requires()`` with no permission means any signed-in user. The permissions are kept on
    the function as ``__requires__`` so a test can prove every public method declares them.
    Once the user may call the method, the text it was given is checked at the boundary
    (:func:`counter_app.domain.text.check_arguments`).
    """

    def decorate(fn: Callable[..., R]) -> Callable[..., R]:
        signature = inspect.signature(fn)

        @functools.wraps(fn)
        def checked(self: HasActor, *args: Any, **kwargs: Any) -> R:
            self.actor.require(*permissions)
            check_arguments(signature.bind_partial(self, *args, **kwargs).arguments)
            return fn(self, *args, **kwargs)

        checked.__requires__ = permissions  # type: ignore[attr-defined]
        return checked

    return decorate


def checks_text(fn: Callable[P, R]) -> Callable[P, R]:
    """Check the text a method is given at the boundary, for the methods outside
    :func:`requires` (signing in, approving, the first-run setup)."""
    signature = inspect.signature(fn)

    @functools.wraps(fn)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        check_arguments(signature.bind_partial(*args, **kwargs).arguments)
        return fn(*args, **kwargs)

    return checked


class Service:
    """Base of the services bound to one signed-in user."""

    def __init__(self, db: Database, clock: Clock, actor: Actor) -> None:
        self._db = db
        self._clock = clock
        self._actor = actor

    @property
    def actor(self) -> Actor:
        return self._actor

    @property
    def clock(self) -> Clock:
        """The clock this service runs on: what its screens call "today"."""
        return self._clock
