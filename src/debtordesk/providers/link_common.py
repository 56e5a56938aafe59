"""What the payment-link providers share: link status for polling, the expiry rule, descriptions
within a provider's limit, and the guarded call (retries where safe, a stop after a fatal failure).

The dunning run calls ``create_link`` once per action, many in a row. When the network is down or the
key is wrong, every further call would fail the same way (each after a connect timeout), so after such
a failure the provider answers every following call at once with the same reason.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from debtordesk.domain.messages import Message
from debtordesk.providers.http import NotSent, ProviderError, RateLimited, Rejected
from debtordesk.providers.payment_links import PaymentLinkError

log = logging.getLogger("debtordesk.providers.links")

CENT = Decimal("0.01")
T = TypeVar("T")

#: days a link stays payable when the run names no pay-by date
DEFAULT_LINK_DAYS = 30
#: days a link stays payable after the step's pay-by date
DEFAULT_GRACE_DAYS = 14
#: the longest wait for a rate limit inside one call; longer waits fail the call
MAX_RATE_WAIT = 10.0


class LinkState(StrEnum):
    OPEN = "open"
    PAID = "paid"
    EXPIRED = "expired"
    #: closed, archived or cancelled without (full) payment
    CLOSED = "closed"


@dataclass(frozen=True)
class LinkPayment:
    """One payment made through a link (for the bookkeeper's export: providers pay out in bundles)."""

    id: str
    amount: Decimal
    paid_at: datetime | None


@dataclass(frozen=True)
class LinkStatus:
    link_id: str
    state: LinkState
    #: the amount asked (None: open amount)
    amount: Decimal | None
    paid_amount: Decimal
    #: when it was paid (the last payment), None while unpaid
    paid_at: datetime | None
    expires_at: datetime | None
    payments: tuple[LinkPayment, ...] = ()

    @property
    def paid_on(self) -> date | None:
        return self.paid_at.date() if self.paid_at else None


def local_today() -> date:
    return datetime.now().astimezone().date()


def expiry_date(
    today: date,
    pay_by: date | None,
    *,
    link_days: int = DEFAULT_LINK_DAYS,
    grace_days: int = DEFAULT_GRACE_DAYS,
) -> date:
    """The last day a link can be paid: the step's pay-by date plus grace, else ``link_days`` from
    today; never earlier than tomorrow."""
    if pay_by is not None:
        last = pay_by + timedelta(days=grace_days)
    else:
        last = today + timedelta(days=link_days)
    return max(last, today + timedelta(days=1))


def end_of_day(day: date) -> datetime:
    """The last second of ``day`` on this computer's clock, as an aware datetime."""
    return datetime.combine(day, clock_time(23, 59, 59)).astimezone()


def cents(amount: Decimal, provider: str) -> int:
    """Euro cents of a positive amount with at most two decimals; PaymentLinkError otherwise."""
    if not amount.is_finite() or amount <= 0:
        raise PaymentLinkError(Message("links.amount_invalid", {"amount": str(amount)}))
    if amount != amount.quantize(CENT):
        raise PaymentLinkError(Message("links.amount_invalid", {"amount": str(amount)}))
    return int(amount * 100)


def link_text(reference: str, description: str, limit: int) -> str:
    """What the payer sees: the payment reference first (so it survives the cut), then the
    description, within ``limit`` characters, cut at a word where possible."""
    text = " ".join(part for part in (reference.strip(), " ".join(description.split())) if part)
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > len(reference.strip()):
        cut = cut[:space]
    return cut.rstrip()


def parse_instant(text: str | None) -> datetime | None:
    """An ISO-8601 time from a provider (``Z`` or an offset); naive values count as UTC."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


class LinkCallGuard:
    """Runs provider calls for one provider instance: retries what cannot have happened (not sent,
    rate limited) or what an idempotency key makes safe, and stops after a fatal failure."""

    def __init__(
        self,
        *,
        attempts: int = 3,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.attempts = attempts
        self.sleep = sleep
        self.stopped: Message | None = None

    def run(self, call: Callable[[], T], *, idempotent: bool) -> T:
        """``call()``'s result; retries as described; PaymentLinkError with the reason otherwise.
        ``idempotent``: repeating the call cannot do the thing twice (an idempotency key, a GET)."""
        if self.stopped is not None:
            raise PaymentLinkError(self.stopped)
        last: ProviderError | None = None
        for attempt in range(self.attempts):
            try:
                return call()
            except RateLimited as error:
                last = error
                wait = error.retry_after if error.retry_after is not None else 1.0
                if wait > MAX_RATE_WAIT or attempt + 1 == self.attempts:
                    break
                self.sleep(wait)
            except NotSent as error:
                last = error
                if error.reason in ("certificate", "config") or attempt + 1 == self.attempts:
                    self.stopped = error.message
                    break
                self.sleep(0.5 * (attempt + 1))
            except Rejected as error:
                if error.wrong_key:
                    self.stopped = error.message
                raise PaymentLinkError(error.message) from error
            except ProviderError as error:  # Unknown or ProviderFault
                last = error
                if not idempotent or attempt + 1 == self.attempts:
                    break
                self.sleep(0.5 * (attempt + 1))
        assert last is not None
        log.info("%s call failed: %s", last.provider, last.code)
        raise PaymentLinkError(last.message) from last
