"""The service catalogue (业务目录, docs/domain.md §6): types by utility kind, kept by the
administrator. An edit applies to requests accepted afterwards: each request keeps a copy of
its type's name, documents, approval flag, fee, SLA and effect."""

from __future__ import annotations

from counter_app.domain.enums import UtilityKind
from counter_app.domain.permissions import Permission
from counter_app.services.base import Service, requires
from counter_app.services.requests.dto import ServiceTypeInfo, ServiceTypeInput


class CatalogueService(Service):
    """Reading the catalogue (every signed-in user) and editing it (administrators)."""

    @requires()
    def list_types(
        self, utility_kind: UtilityKind | str | None = None, *, include_inactive: bool = False
    ) -> tuple[ServiceTypeInfo, ...]:
        """The types of one utility kind (every kind when None), in catalogue order.

        Clerks see the active types only; ``include_inactive`` (the administrator's page)
        lists the deactivated ones too.
        """
        raise NotImplementedError

    @requires()
    def get_type(self, type_id: int) -> ServiceTypeInfo:
        """One type.

        Raises:
            ServiceTypeNotFound: no such type.
        """
        raise NotImplementedError

    @requires(Permission.SETTINGS_ADMIN)
    def add_type(self, data: ServiceTypeInput) -> ServiceTypeInfo:
        """Add a type to the catalogue (audited).

        Raises:
            CatalogueRefused: a field is invalid or the code exists for the kind.
            AmountError: the fee is not an amount.
        """
        raise NotImplementedError

    @requires(Permission.SETTINGS_ADMIN)
    def update_type(self, type_id: int, data: ServiceTypeInput) -> ServiceTypeInfo:
        """Change a type (audited with before and after); its kind and code stay.

        Raises:
            ServiceTypeNotFound, CatalogueRefused (``catalogue.kind_changed``,
            ``catalogue.code_changed`` and the field codes), AmountError.
        """
        raise NotImplementedError

    @requires(Permission.SETTINGS_ADMIN)
    def set_active(self, type_id: int, active: bool) -> ServiceTypeInfo:
        """Deactivate (or reactivate) a type: a deactivated type takes no new request;
        requests already accepted go on. Audited.

        Raises:
            ServiceTypeNotFound.
        """
        raise NotImplementedError
