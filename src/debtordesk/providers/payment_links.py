"""Payment links: a PSP link (Tikkie, Mollie payment link) that opens the payment in the bank app.

The dunning run asks a :class:`PaymentLinkProvider` for one link per proposed action (every channel of the
action carries the same link, so the customer can never pay one claim twice through two links). A provider
returns the link, returns None when it makes no links at all (the :class:`NullPaymentLinkProvider`, used
until the messaging issue configures a real one), or raises :class:`PaymentLinkError` with a message that
says what went wrong; the run records why there is no link and a letter falls back to an EPC QR code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol

from debtordesk.domain.messages import Message


@dataclass(frozen=True)
class LinkCustomer:
    """Who the link is for: what a provider may show on its payment page or prefill."""

    id: int
    number: str
    name: str
    email: str | None = None
    mobile: str | None = None
    language: str = "nl"


@dataclass(frozen=True)
class PaymentLink:
    url: str
    #: the provider's id of the link, to poll its payment status later
    id: str
    expires_at: datetime | None = None


class PaymentLinkError(Exception):
    """The provider could not make a link; ``message`` says why in a clerk's words."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.code)
        self.message = message


class PaymentLinkProvider(Protocol):
    """Makes payment links. ``reference`` is the payment reference the payment must carry."""

    def create_link(
        self,
        *,
        amount: Decimal,
        description: str,
        reference: str,
        customer: LinkCustomer,
        pay_by: date | None = None,
    ) -> PaymentLink | None:
        """A link for ``amount`` (EUR), None when this provider makes no links; raises
        :class:`PaymentLinkError` when making one failed. ``pay_by`` is the step's deadline: the
        link stays payable until after it (the provider's grace days); None: the provider's
        default term."""
        ...

    def no_link_reason(self) -> Message:
        """Why :meth:`create_link` returned None."""
        ...


class NullPaymentLinkProvider:
    """No payment provider configured: no links; letters carry an EPC QR code instead."""

    def create_link(
        self,
        *,
        amount: Decimal,
        description: str,
        reference: str,
        customer: LinkCustomer,
        pay_by: date | None = None,
    ) -> PaymentLink | None:
        return None

    def no_link_reason(self) -> Message:
        return Message("links.no_provider")
