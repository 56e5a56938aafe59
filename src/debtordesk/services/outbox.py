"""Sending the outbox: SMS and e-mail payment requests go out at most once, in the background, with
bounded concurrency, a rate per provider, hourly and daily caps and the sending windows.

:func:`send_batch` is the one entry point (the GUI's background task, ``debtordesk send`` and a scheduled
job call it):

1. due prepared messages go into the outbox (``queued``, see :func:`~debtordesk.services.outbox_store.
   enqueue_due`), of the channels that can send: a channel without a provider (none chosen, its key or
   sender missing) leaves its messages prepared and untouched, so ``paylink-export`` still finds them
   for a provider's upload portal, and says so in a note (``outbox.no_provider`` and the like);
2. what a stopped sender left in ``sending`` (a killed process, a closed laptop) is looked up at the
   provider and settled as sent or failed, or becomes ``uncertain``; uncertain SMS are looked up again;
3. messages are claimed in small groups (checked again first: stale ones cancelled, opted-out or
   unreachable customers failed, see :func:`~debtordesk.services.outbox_store.claim_jobs`), each claim
   committed with its attempt before any request goes out;
4. N worker threads call the providers (no database in the workers); the main thread records the
   results in small transactions as they come (one writer: SQLite never sees two);
5. a wrong key, an exhausted balance or a certificate problem stops that channel for this batch
   (the messages stay queued); cancelling stops claiming, lets calls under way finish and takes back
   the messages not yet handed over.

Killing the process at any moment is safe: a claimed message is in ``sending`` with its attempt on
record, and step 2 of the next batch settles it without sending it again.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from random import Random

from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.model import ActionChannel
from debtordesk.domain.messages import Message
from debtordesk.domain.outbox import format_window, next_opening, window_open
from debtordesk.domain.progress import Progress
from debtordesk.messaging.templates import clear_caches, override_folder
from debtordesk.services.database import Database
from debtordesk.services.outbox_providers import OutboxProviders, outbox_providers_for
from debtordesk.services.outbox_record import Recorded, record_in
from debtordesk.services.outbox_settings import OutboxSettings, load_outbox_settings
from debtordesk.services.outbox_store import (
    ChannelPlan,
    ClaimCache,
    ClaimOutcome,
    claim_in,
    claim_unsettled,
    count_due,
    count_prepared_due,
    enqueue_due,
    local_time,
    new_owner,
    release_owner,
    renew_leases,
)
from debtordesk.services.outbox_types import Job, Result, ResultKind, SendSummary
from debtordesk.services.outbox_work import LONGEST_PAUSE, Limiter, perform, settle
from debtordesk.services.secrets import SecretStore
from debtordesk.settings.paths import data_dir

log = logging.getLogger("debtordesk.outbox")

Clock = Callable[[], datetime]
#: how long a claimed message is held before another sender may take it over (renewed while working)
LEASE = timedelta(minutes=5)
#: consecutive "not sent" answers after which a channel stops for this batch (the provider is away)
NOT_SENT_STREAK = 5
#: results recorded per transaction at most, and how long the main thread waits for more
RECORD_GROUP = 200
RECORD_WAIT = 0.02
#: the interpreter's thread switch interval while a batch runs (see _quick_switching)
SWITCH_INTERVAL = 0.001
#: the longest a result waits to be recorded with others when no claim comes first
RECORD_DELAY = 0.5


def template_override_dir() -> Path | None:
    """The organisation's own message templates (``<data folder>/messages/templates``), when present."""
    folder = override_folder(data_dir())
    return folder if folder.is_dir() else None


@dataclass
class _Tally:
    sent: int = 0
    failed: int = 0
    uncertain: int = 0
    retry_later: int = 0
    cancelled_stale: int = 0
    settled: int = 0
    queued: int = 0
    notes: list[Message] = field(default_factory=list)

    def add(self, recorded: Recorded) -> None:
        self.sent += recorded.sent
        self.failed += recorded.failed
        self.uncertain += recorded.uncertain
        self.retry_later += recorded.retry_later
        self.settled += recorded.settled

    def note(self, message: Message) -> None:
        if message not in self.notes:
            self.notes.append(message)


def send_batch(
    db: Database,
    administration_id: int,
    *,
    limit: int | None = None,
    concurrency: int = 4,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    clock: Clock = utcnow,
    providers: OutboxProviders | None = None,
    secrets: SecretStore | None = None,
    template_dir: Path | None = None,
    lease: timedelta = LEASE,
    rng: Random | None = None,
) -> SendSummary:
    """Send what is due in the outbox of one administration (at most ``limit`` messages, ``concurrency``
    provider calls at a time). Returns what happened; never raises for a provider failure."""
    started = time.monotonic()
    concurrency = max(1, min(concurrency, 64))
    clear_caches()  # an organisation's template saved since the last batch is used
    own = providers is None
    chosen = (
        providers
        if providers is not None
        else outbox_providers_for(db, administration_id, secrets=secrets)
    )
    owner = new_owner()
    # SQLite: the batch's hundreds of small transactions share one connection kept open (a new one
    # costs a connect and its PRAGMAs; closing the last would checkpoint and delete the WAL)
    work_db = db.kept_open()
    switch = _quick_switching()
    try:
        return _Batch(
            db=work_db,
            administration_id=administration_id,
            limit=limit,
            concurrency=concurrency,
            progress=progress,
            cancelled=cancelled,
            clock=clock,
            providers=chosen,
            owner=owner,
            template_dir=template_dir if template_dir is not None else template_override_dir(),
            lease=lease,
            rng=rng or Random(),
            started=started,
        ).run()
    finally:
        switch.restore()
        release_owner(owner)
        if work_db is not db:
            work_db.dispose()
        if own:
            chosen.close()


class _Switching:
    """The interpreter's thread switch interval, shortened while a batch runs and put back after."""

    def __init__(self, interval: float) -> None:
        self.before = sys.getswitchinterval()
        self.interval = min(interval, self.before)
        sys.setswitchinterval(self.interval)

    def restore(self) -> None:
        if sys.getswitchinterval() == self.interval:  # nobody changed it meanwhile
            sys.setswitchinterval(self.before)


def _quick_switching() -> _Switching:
    """The batch's main thread records results between the workers' HTTP calls; with Python's default
    5 ms switch interval it waits that long for the interpreter after every database call while a
    worker parses an answer. 1 ms keeps the one writer (and the GUI thread) responsive."""
    return _Switching(SWITCH_INTERVAL)


class _Batch:
    def __init__(
        self,
        *,
        db: Database,
        administration_id: int,
        limit: int | None,
        concurrency: int,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        clock: Clock,
        providers: OutboxProviders,
        owner: str,
        template_dir: Path | None,
        lease: timedelta,
        rng: Random,
        started: float,
    ) -> None:
        self.db = db
        self.administration_id = administration_id
        self.limit = limit
        self.concurrency = concurrency
        self.progress = progress
        self.cancelled = cancelled
        self.clock = clock
        self.providers = providers
        self.owner = owner
        self.template_dir = template_dir
        self.lease = lease
        self.rng = rng
        self.started = started
        self.tally = _Tally()
        self.stop = threading.Event()
        #: set when the batch stops or the channel stops (a worker sets it on an account problem)
        self.channel_stop = {channel: threading.Event() for channel in ActionChannel}
        self.stopped: set[ActionChannel] = set()
        self.results: queue.Queue[Result] = queue.Queue()
        self.in_flight: dict[int, Job] = {}
        self.futures: dict[int, Future[None]] = {}
        self.not_sent_streak: dict[ActionChannel, int] = {}
        self.settings: OutboxSettings | None = None
        self.limiters: dict[ActionChannel, Limiter] = {}
        self.done = 0
        self.total = 0
        self.cache = ClaimCache()
        self.pending: list[Result] = []
        self.pending_since = 0.0

    # ------------------------------------------------------------------ the run

    def run(self) -> SendSummary:
        now = self.clock()
        with self.db.read() as session:
            self.settings = load_outbox_settings(session, self.administration_id)
        settings = self.settings
        self.limiters = {
            ActionChannel.SMS: Limiter(settings.sms.rate),
            ActionChannel.EMAIL: Limiter(settings.email.rate),
        }
        self.tally.queued = enqueue_due(
            self.db, self.administration_id, now=now, channels=self._can_send()
        )
        with ThreadPoolExecutor(self.concurrency, thread_name_prefix="outbox") as pool:
            self.pool = pool
            self._settle_unsettled()
            plans = self._plans(now)
            self.total = count_due(self.db, self.administration_id, list(plans), now=now)
            if self.limit is not None:
                self.total = min(self.total, self.limit)
            self._report()
            self._send(plans)
        later = self.clock()
        held = count_due(
            self.db, self.administration_id, [ActionChannel.SMS, ActionChannel.EMAIL], now=later
        ) + count_prepared_due(self.db, self.administration_id, self._cannot_send(), now=later)
        tally = self.tally
        return SendSummary(
            sent=tally.sent,
            failed=tally.failed,
            uncertain=tally.uncertain,
            retry_later=tally.retry_later,
            cancelled_stale=tally.cancelled_stale,
            held=held,
            queued=tally.queued,
            settled=tally.settled,
            notes=tuple(tally.notes),
            cancelled=self._cancel_requested(),
            elapsed_seconds=round(time.monotonic() - self.started, 3),
        )

    def _provider(self, channel: ActionChannel) -> object | None:
        return self.providers.sms if channel is ActionChannel.SMS else self.providers.email

    def _can_send(self) -> list[ActionChannel]:
        """The channels with a provider (chosen, with its key and sender) in this batch."""
        return [
            c for c in (ActionChannel.SMS, ActionChannel.EMAIL) if self._provider(c) is not None
        ]

    def _cannot_send(self) -> list[ActionChannel]:
        """The channels without one: their prepared messages stay prepared."""
        return [c for c in (ActionChannel.SMS, ActionChannel.EMAIL) if self._provider(c) is None]

    def _plans(self, now: datetime) -> dict[ActionChannel, ChannelPlan]:
        """The channels that may send now: a provider, and the window open."""
        assert self.settings is not None
        local = local_time(now)
        plans: dict[ActionChannel, ChannelPlan] = {}
        for channel in (ActionChannel.SMS, ActionChannel.EMAIL):
            provider = self._provider(channel)
            problem = (
                self.providers.sms_problem
                if channel is ActionChannel.SMS
                else self.providers.email_problem
            )
            if provider is None:
                # its messages wait: prepared (never queued without a provider), or queued by an
                # earlier batch when the channel still had one
                waiting = count_due(
                    self.db, self.administration_id, [channel], now=now
                ) or count_prepared_due(self.db, self.administration_id, [channel], now=now)
                if problem is not None and waiting:
                    self.tally.note(problem)
                continue
            window = self.settings.limits(channel.value).window
            if not window_open(window, local):
                if count_due(self.db, self.administration_id, [channel], now=now):
                    opens = next_opening(window, local)
                    self.tally.note(
                        Message(
                            "outbox.window_closed",
                            {
                                "channel": channel.value,
                                "window": format_window(window),
                                "opens": opens,
                            },
                        )
                    )
                continue
            new_id = getattr(provider, "new_message_id", None)
            plans[channel] = ChannelPlan(
                channel, getattr(provider, "provider", channel.value), new_id
            )
        return plans

    def _settle_unsettled(self) -> None:
        jobs = claim_unsettled(
            self.db,
            self.administration_id,
            owner=self.owner,
            now=self.clock(),
            lease=self.lease,
        )
        if not jobs:
            return
        futures = [self.pool.submit(settle, job, self.providers) for job in jobs]
        results = [future.result() for future in futures]
        self._record(results)

    # ------------------------------------------------------------------ sending

    def _send(self, plans: dict[ActionChannel, ChannelPlan]) -> None:
        """The main loop: in one write transaction per turn, record the results that came in and
        claim the next messages; hand the claimed ones to the workers once that is committed."""
        assert self.settings is not None
        active = dict(plans)
        budget = self.limit
        # claims of at least `low` messages (each turn costs a transaction and a dozen statements,
        # a third of the batch's own time per message at 2x concurrency), at most `high` claimed
        # and not yet recorded: what a killed process leaves to be settled by a lookup
        low = max(4, 3 * self.concurrency)
        high = self.concurrency + low
        exhausted = not active
        renew_at = time.monotonic() + self.lease.total_seconds() / 3
        while True:
            if self._cancel_requested() and not self.stop.is_set():
                self.stop.set()
                for event in self.channel_stop.values():
                    event.set()
                self._take_back_waiting()
            for channel in list(active):
                if channel in self.stopped or not self._window_still_open(channel):
                    del active[channel]
            claiming = not self.stop.is_set() and not exhausted and bool(active)
            if budget is not None and budget <= 0:
                claiming = False
            waiting = len(self.in_flight) > len(self.pending)
            self._gather(wait=(RECORD_WAIT if claiming else 0.5) if waiting else 0)
            busy = len(self.in_flight) - len(self.pending)
            free = high - busy
            claim = claiming and (free >= low or busy == 0)
            # while claiming, results are recorded with the next claim (one transaction a turn)
            to_record = self._ready(flush=True) if claim else self._ready(flush=not claiming)
            if to_record or claim:
                room = free if budget is None else min(free, budget)
                outcome = self._turn(to_record, active if claim else None, room)
                if outcome is not None:
                    if budget is not None:
                        budget -= len(outcome.jobs) + outcome.failed + outcome.cancelled
                    for channel in outcome.empty:
                        active.pop(channel, None)
                    for channel, cap in outcome.capped.items():
                        self.tally.note(
                            Message("outbox.cap_reached", {"channel": channel.value, "cap": cap})
                        )
                        active.pop(channel, None)
                    for job in outcome.jobs:  # committed: now they may go out
                        self._submit(job)
            if not claiming or not active:
                exhausted = exhausted or not active or (budget is not None and budget <= 0)
            if not self.in_flight and (exhausted or self.stop.is_set() or not active):
                break
            if self.in_flight and time.monotonic() >= renew_at:
                renew_leases(
                    self.db, self.owner, list(self.in_flight), until=self.clock() + self.lease
                )
                renew_at = time.monotonic() + self.lease.total_seconds() / 3
        self._gather(wait=0)
        rest = self._ready(flush=True)
        if rest:
            self._turn(rest, None, 0)

    def _window_still_open(self, channel: ActionChannel) -> bool:
        """A long batch stops claiming a channel once its sending window closes (20:00 for SMS)."""
        assert self.settings is not None
        window = self.settings.limits(channel.value).window
        local = local_time(self.clock())
        if window_open(window, local):
            return True
        self.tally.note(
            Message(
                "outbox.window_closed",
                {
                    "channel": channel.value,
                    "window": format_window(window),
                    "opens": next_opening(window, local),
                },
            )
        )
        return False

    def _turn(
        self,
        results: list[Result],
        plans: dict[ActionChannel, ChannelPlan] | None,
        room: int,
    ) -> ClaimOutcome | None:
        """One write transaction: record ``results``, then (with ``plans``) claim up to ``room``."""
        assert self.settings is not None
        for result in results:
            self._watch(result)
        if plans is not None:
            plans = {c: p for c, p in plans.items() if c not in self.stopped}
        now = self.clock()
        outcome = None
        with self.db.write() as session:
            if results:
                recorded = record_in(
                    session,
                    self.administration_id,
                    results,
                    now=now,
                    settings=self.settings,
                    rng=self.rng,
                    db=self.db,
                )
            if plans and room > 0:
                outcome = claim_in(
                    session,
                    self.administration_id,
                    plans=plans,
                    room=room,
                    settings=self.settings,
                    owner=self.owner,
                    now=now,
                    lease=self.lease,
                    template_dir=self.template_dir,
                    cache=self.cache,
                )
        if results:
            self._recorded(results, recorded)
        if outcome is not None:
            self.tally.cancelled_stale += outcome.cancelled
            self.tally.failed += outcome.failed
            self.done += outcome.cancelled + outcome.failed + outcome.held
            for message in outcome.notes:
                self.tally.note(message)
            self._report()
        return outcome

    def _submit(self, job: Job) -> None:
        self.in_flight[job.communication_id] = job
        limiter = self.limiters[job.channel]

        def work() -> None:
            try:
                result = perform(job, self.providers, limiter, self._stop_for(job), self.clock)
            except BaseException:  # perform catches everything; this is the last guard
                log.exception("outbox worker failed")
                result = Result(job, ResultKind.UNCERTAIN, None)
            self.results.put(result)

        self.futures[job.communication_id] = self.pool.submit(work)

    def _stop_for(self, job: Job) -> threading.Event:
        return self.channel_stop[job.channel]

    def _take_back_waiting(self) -> None:
        """Cancelled: the calls not yet started are taken back (they never reached a provider)."""
        for cid, future in list(self.futures.items()):
            if not future.cancelled() and future.cancel():
                self.results.put(Result(self.in_flight[cid], ResultKind.SKIPPED, None))

    def _gather(self, *, wait: float) -> None:
        """Take the results that came in, waiting up to ``wait`` for the first."""
        try:
            first = self.results.get(timeout=wait) if wait > 0 else self.results.get_nowait()
        except queue.Empty:
            return
        if not self.pending:
            self.pending_since = time.monotonic()
        self.pending.append(first)
        while len(self.pending) < RECORD_GROUP:
            try:
                self.pending.append(self.results.get_nowait())
            except queue.Empty:
                break

    def _ready(self, *, flush: bool) -> list[Result]:
        """The pending results to record now: once enough are pending, the oldest has waited
        :data:`RECORD_DELAY`, every message in flight has answered, or ``flush``."""
        if not self.pending:
            return []
        enough = len(self.pending) >= max(1, 2 * self.concurrency)
        waited = time.monotonic() - self.pending_since >= RECORD_DELAY
        if flush or enough or waited or len(self.pending) >= len(self.in_flight):
            batch, self.pending = self.pending, []
            return batch
        return []

    def _record(self, results: list[Result]) -> None:
        """Record results in a transaction of their own (settling what a stopped sender left)."""
        self._turn(results, None, 0)

    def _recorded(self, results: list[Result], recorded: Recorded) -> None:
        self.tally.add(recorded)
        for result in results:
            self.in_flight.pop(result.job.communication_id, None)
            self.futures.pop(result.job.communication_id, None)
            if result.kind is not ResultKind.SKIPPED and not result.job.settle_only:
                self.done += 1
        self._report()

    def _watch(self, result: Result) -> None:
        """Stop a channel whose account cannot send, or whose provider cannot be reached."""
        channel = result.job.channel
        if result.kind is ResultKind.ACCOUNT:
            self._stop_channel(channel, result.reason)
        elif result.kind is ResultKind.RETRY and result.outcome is not None:
            wait = result.retry_after
            if result.outcome.value == "rate_limited" and wait is not None and wait > LONGEST_PAUSE:
                self._stop_channel(channel, result.reason)
            elif result.outcome.value == "not_sent":
                streak = self.not_sent_streak.get(channel, 0) + 1
                self.not_sent_streak[channel] = streak
                if streak >= NOT_SENT_STREAK:
                    self._stop_channel(channel, result.reason)
        elif result.kind in (ResultKind.SENT, ResultKind.FAILED):
            self.not_sent_streak[channel] = 0

    def _stop_channel(self, channel: ActionChannel, reason: Message | None) -> None:
        if channel in self.stopped:
            return
        self.stopped.add(channel)
        self.channel_stop[channel].set()
        self.tally.note(
            Message(
                "outbox.channel_stopped",
                {"channel": channel.value, "why": reason.code if reason else ""},
            )
        )
        if reason is not None:
            self.tally.note(reason)
        for cid, future in list(self.futures.items()):
            job = self.in_flight.get(cid)
            if (
                job is not None
                and job.channel is channel
                and not future.cancelled()
                and future.cancel()
            ):
                self.results.put(Result(job, ResultKind.SKIPPED, None))

    def _cancel_requested(self) -> bool:
        if self.cancelled is not None and self.cancelled():
            return True
        return self.progress is not None and self.progress.cancel_requested()

    def _report(self) -> None:
        if self.progress is None:
            return
        total = max(self.total, self.done)
        self.progress.set_progress(self.done, total)
        self.progress.set_status(Message("outbox.progress", {"done": self.done, "total": total}))
