"""The application context, built once at start, and every service, built in one place.

The views never see the database: they receive a :class:`Services` for the signed-in user,
built here once per sign-in, and take the services they need from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from counter_app.config import Config
from counter_app.db.engine import Database
from counter_app.db.migrate import upgrade
from counter_app.domain.clock import Clock, SystemClock
from counter_app.services import audit, personal_data
from counter_app.services.accounts import AccountService
from counter_app.services.admin.halls import HallAdminService
from counter_app.services.admin.tariffs import TariffAdminService
from counter_app.services.admin.users import UserAdminService
from counter_app.services.alerts import AlertService
from counter_app.services.audit_review import AuditReviewService
from counter_app.services.auth import AuthService
from counter_app.services.backups import DayCloseBackups
from counter_app.services.base import Actor
from counter_app.services.bills import BillService
from counter_app.services.calendar import CalendarService
from counter_app.services.complaints.service import ComplaintService
from counter_app.services.customer_rights import CustomerRightsService
from counter_app.services.customers import CustomerService
from counter_app.services.demo import has_demo_data, is_seeded, seed_demo
from counter_app.services.hall import HallService
from counter_app.services.payments.prints import ReceiptPrintService
from counter_app.services.payments.ratings import RatingService
from counter_app.services.payments.reversals import ReversalService
from counter_app.services.payments.taking import PaymentService
from counter_app.services.payments.verification import ReceiptVerifier
from counter_app.services.readings_import import ReadingImportService
from counter_app.services.reports import ReportService
from counter_app.services.requests.catalogue import CatalogueService
from counter_app.services.requests.service import RequestService
from counter_app.services.search import SearchService
from counter_app.services.settings import SettingsService
from counter_app.services.setup import FirstRunService
from counter_app.services.shifts import DayCloseService, ShiftService
from counter_app.services.status import StatusService


@dataclass(frozen=True)
class Services:
    """Everything a signed-in user can ask of the system, each service built once.

    ``auth`` signs people in and takes a manager's approval; ``clock`` is the time every
    service runs on, for the screens that show "today".
    """

    actor: Actor
    clock: Clock
    auth: AuthService
    status: StatusService
    settings: SettingsService
    users: UserAdminService
    hall_admin: HallAdminService
    tariff_admin: TariffAdminService
    calendar: CalendarService
    customers: CustomerService
    search: SearchService
    accounts: AccountService
    hall: HallService
    shifts: ShiftService
    day_close: DayCloseService
    reports: ReportService
    bills: BillService
    readings_import: ReadingImportService
    payments: PaymentService
    reversals: ReversalService
    receipt_prints: ReceiptPrintService
    receipt_verifier: ReceiptVerifier
    ratings: RatingService
    audit_review: AuditReviewService
    requests: RequestService
    catalogue: CatalogueService
    alerts: AlertService
    complaints: ComplaintService
    rights: CustomerRightsService


@dataclass
class AppContext:
    config: Config
    db: Database
    clock: Clock = field(default_factory=SystemClock)

    @property
    def auth(self) -> AuthService:
        return AuthService(self.db, self.clock)

    @property
    def setup(self) -> FirstRunService:
        """First-run setup and the counters a new counter PC chooses from, before sign-in."""
        return FirstRunService(self.db, self.clock)

    def services_for(self, actor: Actor) -> Services:
        """Every service, bound to ``actor``; build it once per sign-in."""
        db, clock = self.db, self.clock
        return Services(
            actor=actor,
            clock=clock,
            auth=self.auth,
            status=StatusService(db, clock, actor),
            settings=SettingsService(db, clock, actor),
            users=UserAdminService(db, clock, actor),
            hall_admin=HallAdminService(db, clock, actor),
            tariff_admin=TariffAdminService(db, clock, actor),
            calendar=CalendarService(db, clock, actor),
            customers=CustomerService(db, clock, actor),
            search=SearchService(db, clock, actor),
            accounts=AccountService(db, clock, actor),
            hall=HallService(db, clock, actor),
            shifts=ShiftService(db, clock, actor),
            day_close=DayCloseService(
                db, clock, actor, backups=DayCloseBackups(db, clock, self.config)
            ),
            reports=ReportService(db, clock, actor),
            bills=BillService(db, clock, actor),
            readings_import=ReadingImportService(db, clock, actor),
            payments=PaymentService(db, clock, actor),
            reversals=ReversalService(db, clock, actor),
            receipt_prints=ReceiptPrintService(db, clock, actor),
            receipt_verifier=ReceiptVerifier(db, clock, actor),
            ratings=RatingService(db, clock, actor),
            audit_review=AuditReviewService(db, clock, actor),
            requests=RequestService(db, clock, actor),
            catalogue=CatalogueService(db, clock, actor),
            alerts=AlertService(db, clock, actor),
            complaints=ComplaintService(db, clock, actor),
            rights=CustomerRightsService(db, clock, actor),
        )

    def has_demo_data(self) -> bool:
        return has_demo_data(self.db)


def open_database(config: Config) -> Database:
    """Open the configured database, check it answers, and bring its schema up to date.

    Raises:
        DatabaseUnavailable: it cannot be opened or reached.
        DataKeyError: the database holds sealed personal data and this PC has no data key,
            or another one (the counter does not start: docs/domain.md §11).
    """
    db = Database(config.db_url)
    db.check_connection()
    # Before upgrading: migration 0011 seals the personal data of an older database with it.
    personal_data.install_data_key(db, config.data_dir)
    upgrade(db, backup_dir=config.backup_dir)
    audit.install_key(db, config.data_dir)
    return db


def build_context(config: Config, *, seed_if_empty: bool, clock: Clock | None = None) -> AppContext:
    db = open_database(config)
    ctx = AppContext(config=config, db=db, clock=clock or SystemClock())
    if seed_if_empty and not is_seeded(db):
        seed_demo(db, ctx.clock)
    return ctx


def gui_context(config: Config) -> AppContext:
    """The context the counter application starts with: a new embedded database gets the
    demo data, a shared server database never does."""
    return build_context(config, seed_if_empty=config.embedded)
