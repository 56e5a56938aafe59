"""One payable link per claim: the open link of the same invoices and amount is reused, and a link the
new one supersedes is archived where the provider allows it (Mollie; Tikkie requests run to their
expiry date).

:class:`ReusingLinkProvider` wraps a real payment-link provider for the dunning run. Asked for a link,
it finds the invoices of the customer's planned communications with that payment reference (the action
being prepared) and looks at the links earlier communications of the customer carry:

* a link for exactly these invoices and this amount, still valid for ``min_remaining`` and, asked at
  the provider, open and unpaid, is returned again (no second payable link for one claim);
* otherwise a new link is made, and every earlier link that covers any of these invoices, is not
  expired and is open and unpaid at the provider is archived, so the customer cannot pay the old
  amount and the new one. A paid or partly paid link is never archived (the payment stands).

A provider without ``get_status`` is never reused from (it cannot be checked); failures while checking
or archiving are logged and leave the new link in place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from debtordesk.db.models import Communication, CommunicationInvoice
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.model import CommunicationStatus
from debtordesk.domain.messages import Message
from debtordesk.providers.link_common import LinkState
from debtordesk.providers.payment_links import (
    LinkCustomer,
    PaymentLink,
    PaymentLinkError,
    PaymentLinkProvider,
)
from debtordesk.services.database import Database

log = logging.getLogger("debtordesk.links")

#: a link is reused only when it stays payable at least this long
MIN_REMAINING = timedelta(days=7)
_NOT_TAKEN = (
    CommunicationStatus.PLANNED,
    CommunicationStatus.CANCELLED,
    CommunicationStatus.FAILED,
)


@dataclass(frozen=True)
class EarlierLink:
    link_id: str
    url: str
    expires_at: datetime | None
    amount: Decimal
    invoice_ids: frozenset[int]


class ReusingLinkProvider:
    """A payment-link provider that reuses open links and archives superseded ones (see above)."""

    def __init__(
        self,
        db: Database,
        administration_id: int,
        inner: PaymentLinkProvider,
        *,
        clock: Callable[[], datetime] = utcnow,
        min_remaining: timedelta = MIN_REMAINING,
    ) -> None:
        self.db = db
        self.administration_id = administration_id
        self.inner = inner
        self.clock = clock
        self.min_remaining = min_remaining
        #: link ids reused and archived by this instance (for the run's summary and tests)
        self.reused: list[str] = []
        self.archived: list[str] = []

    def create_link(
        self,
        *,
        amount: Decimal,
        description: str,
        reference: str,
        customer: LinkCustomer,
        pay_by: date | None = None,
    ) -> PaymentLink | None:
        wanted = self._planned_invoices(customer.id, reference)
        earlier = self._earlier_links(customer.id) if wanted else []
        now = self.clock()
        for link in earlier:
            if (
                link.invoice_ids == wanted
                and link.amount == amount
                and _valid_until(link, now + self.min_remaining)
                and self._open_and_unpaid(link.link_id)
            ):
                self.reused.append(link.link_id)
                log.info("payment link %s reused for customer %s", link.link_id, customer.id)
                return PaymentLink(
                    url=link.url, id=link.link_id, expires_at=_aware(link.expires_at)
                )
        kwargs: dict[str, Any] = {
            "amount": amount,
            "description": description,
            "reference": reference,
            "customer": customer,
        }
        if pay_by is not None:
            kwargs["pay_by"] = pay_by
        created = self.inner.create_link(**kwargs)
        if created is not None:
            for link in earlier:
                if (
                    link.link_id != created.id
                    and link.invoice_ids & wanted
                    and _valid_until(link, now)
                ):
                    self._archive(link.link_id)
        return created

    def no_link_reason(self) -> Message:
        return self.inner.no_link_reason()

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if callable(close):
            close()

    # -- the database

    def _planned_invoices(self, customer_id: int, reference: str) -> frozenset[int]:
        query = (
            select(CommunicationInvoice.invoice_id)
            .join(Communication, Communication.id == CommunicationInvoice.communication_id)
            .where(
                Communication.administration_id == self.administration_id,
                Communication.customer_id == customer_id,
                Communication.status == CommunicationStatus.PLANNED,
                CommunicationInvoice.invoice_id.is_not(None),
            )
        )
        if reference:
            query = query.where(Communication.payment_reference == reference)
        with self.db.read() as session:
            return frozenset(i for i in session.scalars(query) if i is not None)

    def _earlier_links(self, customer_id: int) -> list[EarlierLink]:
        with self.db.read() as session:
            rows = session.execute(
                select(
                    Communication.id,
                    Communication.payment_link_id,
                    Communication.payment_link_url,
                    Communication.payment_link_expires_at,
                    Communication.open_amount,
                    Communication.costs,
                    Communication.interest,
                    Communication.fee,
                    Communication.requested_amount,
                )
                .where(
                    Communication.administration_id == self.administration_id,
                    Communication.customer_id == customer_id,
                    Communication.payment_link_id.is_not(None),
                    Communication.status.not_in(_NOT_TAKEN),
                )
                .order_by(Communication.id.desc())
            ).all()
            newest: dict[str, Any] = {}
            for row in rows:
                newest.setdefault(row.payment_link_id, row)
            invoices: dict[int, set[int]] = {row.id: set() for row in newest.values()}
            if invoices:
                for communication_id, invoice_id in session.execute(
                    select(
                        CommunicationInvoice.communication_id, CommunicationInvoice.invoice_id
                    ).where(CommunicationInvoice.communication_id.in_(list(invoices)))
                ):
                    if invoice_id is not None:
                        invoices[communication_id].add(invoice_id)
        return [
            EarlierLink(
                link_id=link_id,
                url=row.payment_link_url or "",
                expires_at=row.payment_link_expires_at,
                # what the link asks: a term of an arrangement, else everything the message stated
                amount=row.requested_amount
                if row.requested_amount is not None
                else row.open_amount + row.costs + row.interest + row.fee,
                invoice_ids=frozenset(invoices[row.id]),
            )
            for link_id, row in newest.items()
            if row.payment_link_url
        ]

    # -- the provider

    def _open_and_unpaid(self, link_id: str) -> bool:
        get_status = getattr(self.inner, "get_status", None)
        if not callable(get_status):
            return False
        try:
            status = get_status(link_id)
        except PaymentLinkError:
            return False
        return bool(status.state is LinkState.OPEN and status.paid_amount == 0)

    def _archive(self, link_id: str) -> None:
        archive = getattr(self.inner, "archive", None)
        if not callable(archive) or not self._open_and_unpaid(link_id):
            return
        try:
            if archive(link_id):
                self.archived.append(link_id)
                log.info("superseded payment link %s archived", link_id)
        except PaymentLinkError as error:
            log.warning("superseded payment link %s not archived: %s", link_id, error.message.code)


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _valid_until(link: EarlierLink, moment: datetime) -> bool:
    expires = _aware(link.expires_at)
    return expires is None or expires > moment
