"""Shared set-up of the payment tests: customers with open invoices, and an administration whose
payment-link provider is the Mollie or Tikkie stand-in (keys in an in-memory secret store)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from debtordesk.services.database import Database, administration_id_for
from debtordesk.services.provider_settings import set_provider_settings, use_provider
from tests.integration.views.factory import add_customer, add_invoice
from tests.standins.keyrings import MemorySecrets
from tests.standins.server import StandInServer
from tests.standins.tikkie import TikkieStandIn

RUN_DAY = date(2026, 12, 16)
MOLLIE_KEY = "test_pollkey1234567890abcdef"
TIKKIE_KEY = "tikkie-api-key"


def customer_with_invoices(
    db: Database,
    number: str,
    invoices: Sequence[tuple[str, date, str]],
    *,
    name: str | None = None,
) -> tuple[int, list[int]]:
    """A consumer with a mobile number, an e-mail address and an address, and its invoices
    (number, due date, amount)."""
    with db.write() as session:
        customer = add_customer(
            session,
            number,
            name or f"Klant {number}",
            email=f"{number.lower()}@example.nl",
            mobile="+31612345678",
            address_line1="Dorpsstraat 1",
            postcode="1234 AB",
            city="Ede",
        )
        ids = [add_invoice(session, customer, n, due, amount) for n, due, amount in invoices]
    return customer, ids


def _admin(db: Database) -> int:
    with db.write() as session:
        return administration_id_for(session)


def configure_mollie(db: Database, server: StandInServer, key: str = MOLLIE_KEY) -> MemorySecrets:
    admin = _admin(db)
    with db.write() as session:
        use_provider(session, admin, "paylink", "mollie", user_id=None)
        set_provider_settings(
            session,
            admin,
            "mollie",
            {"base_url": server.base_url + "/v2", "mode": "test"},
            user_id=None,
        )
    return MemorySecrets({("MAIN", "mollie", "api_key"): key})


def configure_tikkie(
    db: Database, server: StandInServer, standin: TikkieStandIn, key: str = TIKKIE_KEY
) -> MemorySecrets:
    admin = _admin(db)
    with db.write() as session:
        use_provider(session, admin, "paylink", "tikkie", user_id=None)
        set_provider_settings(
            session, admin, "tikkie", {"base_url": server.base_url + "/v2/tikkie"}, user_id=None
        )
    token = standin.add_app_token(key)
    return MemorySecrets(
        {("MAIN", "tikkie", "api_key"): key, ("MAIN", "tikkie", "app_token"): token}
    )
