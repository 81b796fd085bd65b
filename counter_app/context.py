"""The application context, built once at start and passed explicitly to what needs it."""

from __future__ import annotations

from dataclasses import dataclass, field

from counter_app.config import Config
from counter_app.db.engine import Database
from counter_app.db.migrate import upgrade
from counter_app.domain.clock import Clock, SystemClock
from counter_app.services.accounts import AccountService
from counter_app.services.auth import AuthService, UserAdminService
from counter_app.services.base import Actor
from counter_app.services.calendar import CalendarService
from counter_app.services.customers import CustomerService
from counter_app.services.demo import has_demo_data, is_seeded, seed_demo
from counter_app.services.hall import HallService
from counter_app.services.search import SearchService
from counter_app.services.settings import SettingsService
from counter_app.services.status import StatusService


@dataclass(frozen=True)
class Services:
    """Everything a signed-in user can ask of the system."""

    actor: Actor
    status: StatusService
    settings: SettingsService
    users: UserAdminService
    calendar: CalendarService
    customers: CustomerService
    search: SearchService
    accounts: AccountService
    hall: HallService


@dataclass
class AppContext:
    config: Config
    db: Database
    clock: Clock = field(default_factory=SystemClock)

    @property
    def auth(self) -> AuthService:
        return AuthService(self.db, self.clock)

    def services_for(self, actor: Actor) -> Services:
        return Services(
            actor=actor,
            status=StatusService(self.db, self.clock, actor),
            settings=SettingsService(self.db, self.clock, actor),
            users=UserAdminService(self.db, self.clock, actor),
            calendar=CalendarService(self.db, self.clock, actor),
            customers=CustomerService(self.db, self.clock, actor),
            search=SearchService(self.db, self.clock, actor),
            accounts=AccountService(self.db, self.clock, actor),
            hall=HallService(self.db, self.clock, actor),
        )

    def has_demo_data(self) -> bool:
        return has_demo_data(self.db)


def open_database(config: Config) -> Database:
    """Open the configured database, check it answers, and bring its schema up to date.

    Raises:
        DatabaseUnavailable: it cannot be opened or reached.
    """
    db = Database(config.db_url)
    db.check_connection()
    upgrade(db, backup_dir=config.backup_dir)
    return db


def build_context(config: Config, *, seed_if_empty: bool, clock: Clock | None = None) -> AppContext:
    db = open_database(config)
    ctx = AppContext(config=config, db=db, clock=clock or SystemClock())
    if seed_if_empty and not is_seeded(db):
        seed_demo(db, ctx.clock)
    return ctx
