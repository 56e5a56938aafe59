"""The typed ORM models: administrations, users, customers, invoices, imports, audit log and timeline.

Conventions:
- money is :class:`~debtordesk.db.types.Money` (integer cents in the database, Decimal in Python);
- timestamps are aware UTC (:class:`~debtordesk.db.types.UTCDateTime`), calendar facts are ``date``;
- rows that clerks edit carry ``version`` for optimistic locking (a stale update raises
  ``StaleDataError``, which the services turn into a "someone else changed it" message);
- names have a normalised ``*_search`` column (see :func:`debtordesk.domain.text.search_key`) kept in
  step by the services, so "ozer" finds "Özer" on SQLite and PostgreSQL alike;
- customer and invoice numbers are unique per administration (invoices by number and due date, since
  instalment lines share a number).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from debtordesk.db.types import Money, UTCDateTime, utcnow
from debtordesk.domain.arrangements import ArrangementStatus, CostsChoice, Interval, TermStatus
from debtordesk.domain.disputes import DisputeStatus
from debtordesk.domain.dunning.model import (
    ActionChannel,
    ChargeKind,
    ChargeStatus,
    CommunicationStatus,
    DunningStatus,
    HoldReason,
    Tone,
    Trigger,
)
from debtordesk.domain.enums import (
    BatchStatus,
    Channel,
    ClaimType,
    CloseReason,
    CustomerType,
    ImportKind,
    InvoiceStatus,
    PaymentMethod,
    SnapshotMode,
    TypeOrigin,
)
from debtordesk.domain.letter_batches import LetterBatchStatus
from debtordesk.domain.promises import PromiseStatus

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(cls: type[Any], length: int = 24) -> Enum:
    """A string column holding an enum's values, without a CHECK constraint (new values need no
    table rebuild on SQLite)."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy's declared mapping
        Decimal: Money(),
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class Versioned:
    """Optimistic locking: every UPDATE checks and bumps ``version``."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class Administration(Versioned, Base):
    """A legal entity that sends invoices; a group may run several."""

    __tablename__ = "administration"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    iban: Mapped[str | None] = mapped_column(String(34))
    account_holder: Mapped[str | None] = mapped_column(String(70))
    bic: Mapped[str | None] = mapped_column(String(11))
    letterhead: Mapped[str | None] = mapped_column(Text)
    address_line: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(16))
    city: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2), default="NL")
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(200))
    coc_number: Mapped[str | None] = mapped_column(String(20))
    vat_number: Mapped[str | None] = mapped_column(String(20))
    #: how payment references are made: "rf" (one RF reference per customer dossier, the default),
    #: "invoice_number" (the ledger's invoice number) or "kenmerk" (a generated betalingskenmerk)
    payment_reference_kind: Mapped[str] = mapped_column(
        String(16), default="rf", server_default="rf"
    )
    #: the letterhead logo (PNG or JPEG bytes), drawn on every letter; NULL: no logo
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012


class User(Base):
    """A clerk, known by the operating-system login."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(128), unique=True)
    display_name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column()


class OrgSetting(Versioned, Base):
    """An organisation-wide setting (payment terms, legal options…), shared by every workstation.

    ``administration_id`` NULL means the setting holds for every administration.
    """

    __tablename__ = "org_setting"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int | None] = mapped_column(
        ForeignKey("administration.id", ondelete="CASCADE")
    )
    key: Mapped[str] = mapped_column(String(100))
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    __table_args__ = (
        Index(
            "uq_org_setting_scope_key",
            func.coalesce(text("administration_id"), 0),
            "key",
            unique=True,
        ),
    )


class Customer(Versioned, Base):
    """A debtor: a consumer or a business, with contact data, preferences and opt-outs."""

    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="RESTRICT")
    )
    number: Mapped[str] = mapped_column(String(64))
    #: True when the file had no customer number and the customer is keyed by its normalised name
    keyed_by_name: Mapped[bool] = mapped_column(Boolean, default=False)
    name: Mapped[str] = mapped_column(String(255))
    name_search: Mapped[str] = mapped_column(String(255), index=True)
    customer_type: Mapped[CustomerType] = mapped_column(
        _enum(CustomerType), default=CustomerType.CONSUMER
    )
    type_origin: Mapped[TypeOrigin] = mapped_column(_enum(TypeOrigin), default=TypeOrigin.DEFAULT)
    attention: Mapped[str | None] = mapped_column(String(200))
    address_line1: Mapped[str | None] = mapped_column(String(200))
    address_line2: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(16), index=True)
    city: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str | None] = mapped_column(String(2))
    email: Mapped[str | None] = mapped_column(String(254))
    mobile: Mapped[str | None] = mapped_column(String(20))
    landline: Mapped[str | None] = mapped_column(String(20))
    iban: Mapped[str | None] = mapped_column(String(34))
    language: Mapped[str] = mapped_column(String(2), default="nl")
    preferred_channel: Mapped[Channel | None] = mapped_column(_enum(Channel))
    opt_out_sms: Mapped[bool] = mapped_column(Boolean, default=False)
    opt_out_email: Mapped[bool] = mapped_column(Boolean, default=False)
    opt_out_call: Mapped[bool] = mapped_column(Boolean, default=False)
    segment: Mapped[str | None] = mapped_column(String(64))
    preferred_payment_day: Mapped[int | None] = mapped_column(SmallInteger)
    mandate_reference: Mapped[str | None] = mapped_column(String(35))
    mandate_date: Mapped[date | None] = mapped_column(Date)
    claim_type: Mapped[ClaimType] = mapped_column(_enum(ClaimType), default=ClaimType.OTHER)
    coc_number: Mapped[str | None] = mapped_column(String(20))
    #: the customer's own dunning policy, instead of the one its segment gives. No ON DELETE action:
    #: SQLite adds this column to a filled table only with a plain inline reference (migration 0004),
    #: so a policy some customer uses cannot be deleted until the override is cleared.
    policy_override_id: Mapped[int | None] = mapped_column(ForeignKey("dunning_policy.id"))
    #: the clerk who works this customer (the queue's "Assigned to"); NULL: nobody in particular.
    #: No ON DELETE action, like policy_override_id (migration 0005 adds it in place on SQLite);
    #: users are never deleted.
    assigned_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    #: active, handed over to a collection agency, or written off (dunning stops)
    dunning_status: Mapped[DunningStatus] = mapped_column(
        _enum(DunningStatus),
        default=DunningStatus.ACTIVE,
        server_default=DunningStatus.ACTIVE.value,
    )
    #: the customer agreed to receive legal notices (the 14-day letter) by e-mail
    email_consent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: the last value the import source sent per field; a clerk's edit wins until the source changes
    imported_values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: contact data the import could not accept, as message codes with the raw value
    contact_problems: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: indexed: undoing a batch deletes the customers it created
    created_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    tags: Mapped[list[CustomerTag]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", lazy="selectin"
    )

    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    __table_args__ = (UniqueConstraint("administration_id", "number"),)


class CustomerTag(Base):
    """A free tag on a customer, usable by segments."""

    __tablename__ = "customer_tag"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(64), primary_key=True)

    customer: Mapped[Customer] = relationship(back_populates="tags")


class Invoice(Versioned, Base):
    """An invoice line from the ledger: instalment lines share the number and differ by due date."""

    __tablename__ = "invoice"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="RESTRICT")
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="RESTRICT"), index=True
    )
    number: Mapped[str] = mapped_column(String(64))
    invoice_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    open_amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    payment_method: Mapped[PaymentMethod] = mapped_column(
        _enum(PaymentMethod), default=PaymentMethod.MANUAL
    )
    status: Mapped[InvoiceStatus] = mapped_column(_enum(InvoiceStatus), default=InvoiceStatus.OPEN)
    close_reason: Mapped[CloseReason | None] = mapped_column(_enum(CloseReason, 32))
    storno_date: Mapped[date | None] = mapped_column(Date)
    paid_date: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)
    #: the ledger's own payment reference (kenmerk) for this invoice, when the file has one
    reference: Mapped[str | None] = mapped_column(String(140))
    #: the import source: the administration plus the preset name
    source: Mapped[str] = mapped_column(String(120), default="")
    #: export date of the newest file that listed this invoice
    export_date: Mapped[date | None] = mapped_column(Date)
    created_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )
    last_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    customer: Mapped[Customer] = relationship()

    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    __table_args__ = (
        UniqueConstraint("administration_id", "number", "due_date"),
        # open invoices of an administration (the dunning queue), by due date
        Index("ix_invoice_status_due", "administration_id", "status", "due_date"),
    )


class ImportPreset(Versioned, Base):
    """A named column mapping for a source (e.g. "Exact Online openstaande posten")."""

    __tablename__ = "import_preset"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="CASCADE")
    )
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[ImportKind] = mapped_column(_enum(ImportKind))
    #: normalised header names of the file the preset was made from, to find it again
    headers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    header_key: Mapped[str] = mapped_column(String(64), index=True)
    #: field -> column header
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: reader and import options (sheet, header row, decimal mark, date order, defaults…)
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    __table_args__ = (UniqueConstraint("administration_id", "name"),)


class ImportBatch(Base):
    """One committed import of one file: what it was, how it was read, what it changed."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="RESTRICT")
    )
    kind: Mapped[ImportKind] = mapped_column(_enum(ImportKind))
    source: Mapped[str] = mapped_column(String(120))
    mode: Mapped[SnapshotMode] = mapped_column(_enum(SnapshotMode))
    file_name: Mapped[str] = mapped_column(String(255))
    file_path: Mapped[str | None] = mapped_column(Text)
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_size: Mapped[int] = mapped_column(Integer)
    sheet: Mapped[str | None] = mapped_column(String(255))
    header_row: Mapped[int | None] = mapped_column(Integer)
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    export_date: Mapped[date] = mapped_column(Date)
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    closed: Mapped[int] = mapped_column(Integer, default=0)
    reopened: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    customers_new: Mapped[int] = mapped_column(Integer, default=0)
    customers_updated: Mapped[int] = mapped_column(Integer, default=0)
    warnings_count: Mapped[int] = mapped_column(Integer, default=0)
    #: the rejected rows and warnings as reported (row, column, value, code, params), capped
    issues: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[BatchStatus] = mapped_column(_enum(BatchStatus), default=BatchStatus.COMMITTED)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    committed_at: Mapped[datetime | None] = mapped_column()
    undone_at: Mapped[datetime | None] = mapped_column()
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    __table_args__ = (Index("ix_import_batch_source", "administration_id", "source", "kind"),)


class ImportChange(Base):
    """The state of a row before a batch changed it, so the batch can be undone.

    Rows the batch inserted are found by ``created_batch_id`` instead, so a first import of 100,000
    invoices writes no change rows at all.
    """

    __tablename__ = "import_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True
    )
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    before: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AuditLog(Base):
    """Who changed what, when: every action of a clerk or an import."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    administration_id: Mapped[int | None] = mapped_column(
        ForeignKey("administration.id", ondelete="SET NULL")
    )
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(32))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)


class CustomerEvent(Base):
    """One entry of a customer's timeline: imports, closings, edits, and later letters and calls."""

    __tablename__ = "customer_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(32))
    #: message code and values that describe the event (rendered by the catalogue)
    code: Mapped[str] = mapped_column(String(64))
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: indexed: deleting invoices (undo) checks this foreign key row by row on both engines
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="SET NULL"), index=True
    )
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    __table_args__ = (Index("ix_customer_event_customer_at", "customer_id", "at"),)


# --------------------------------------------------------------------------- dunning


class DunningPolicy(Versioned, Base):
    """A dunning policy of an administration: its steps as JSON (see
    :mod:`debtordesk.domain.dunning.serialise`), the amounts and options as columns.

    ``is_default_for``: the policy of customers of that type that no segment rule and no override
    places (one per type and administration).
    """

    __tablename__ = "dunning_policy"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="RESTRICT")
    )
    name: Mapped[str] = mapped_column(String(100))
    #: the steps, as policy_to_dict writes them
    steps: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: the other policy options policy_to_dict writes that have no column here
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    min_amount: Mapped[Decimal] = mapped_column(Money)
    tolerance: Mapped[Decimal] = mapped_column(Money)
    requires_fourteen_day_letter: Mapped[bool] = mapped_column(Boolean, default=True)
    is_default_for: Mapped[CustomerType | None] = mapped_column(_enum(CustomerType))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    __table_args__ = (
        UniqueConstraint("administration_id", "name"),
        # NULLs differ: many policies are nobody's default
        UniqueConstraint("administration_id", "is_default_for"),
    )


class SegmentRule(Versioned, Base):
    """Chooses a customer's policy: the first rule by priority whose every set field matches."""

    __tablename__ = "segment_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="RESTRICT")
    )
    name: Mapped[str] = mapped_column(String(100))
    priority: Mapped[int] = mapped_column(Integer, default=100)
    policy_id: Mapped[int] = mapped_column(ForeignKey("dunning_policy.id", ondelete="RESTRICT"))
    customer_type: Mapped[CustomerType | None] = mapped_column(_enum(CustomerType))
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: average days late, in hundredths of a day (Money: integer hundredths, Decimal in Python)
    min_average_days_late: Mapped[Decimal | None] = mapped_column(Money)
    min_stornos_12_months: Mapped[int | None] = mapped_column(Integer)
    preferred_channel: Mapped[Channel | None] = mapped_column(_enum(Channel))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    __table_args__ = (UniqueConstraint("administration_id", "name"),)


class Hold(Base):
    """Dunning paused for one invoice or (``invoice_id`` NULL) the whole customer, until a date or
    until lifted. Imports never touch this table: a "paid via link" hold outlives a lagging ledger."""

    __tablename__ = "hold"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[HoldReason] = mapped_column(_enum(HoldReason))
    #: the last day of the hold (inclusive); NULL: until lifted
    until: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    lifted_at: Mapped[datetime | None] = mapped_column()
    lifted_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class Communication(Versioned, Base):
    """The one record of every letter, SMS, e-mail, call task and hand-over, with one state machine
    (:mod:`debtordesk.domain.dunning.states`). The dunning run plans and prepares it; letters and
    messaging move it on.

    ``plan_key`` guards against planning a step twice: customer, policy, step, channel and
    evaluation date, unique while the communication counts as taken (NULL once cancelled or failed).
    """

    __tablename__ = "communication"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="RESTRICT")
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    policy_id: Mapped[int | None] = mapped_column(
        ForeignKey("dunning_policy.id", ondelete="SET NULL")
    )
    step_key: Mapped[str] = mapped_column(String(64))
    step_name: Mapped[str] = mapped_column(String(200))
    channel: Mapped[ActionChannel] = mapped_column(_enum(ActionChannel))
    #: the channel the step asked for, when a fallback replaced it
    requested_channel: Mapped[ActionChannel | None] = mapped_column(_enum(ActionChannel))
    status: Mapped[CommunicationStatus] = mapped_column(_enum(CommunicationStatus))
    #: the evaluation date the step was planned for (``--date``), and the first day it may go out
    planned_for: Mapped[date] = mapped_column(Date)
    send_on: Mapped[date | None] = mapped_column(Date)
    #: real clock times
    planned_at: Mapped[datetime] = mapped_column()
    prepared_at: Mapped[datetime | None] = mapped_column()
    status_changed_at: Mapped[datetime] = mapped_column()
    payment_reference: Mapped[str | None] = mapped_column(String(35))
    payment_link_url: Mapped[str | None] = mapped_column(Text)
    payment_link_id: Mapped[str | None] = mapped_column(String(200))
    payment_link_expires_at: Mapped[datetime | None] = mapped_column()
    #: why no payment link was made: a message code and its values
    link_failure: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: when it actually went out: a letter's dispatch date, a message's sent date
    went_out_on: Mapped[date | None] = mapped_column(Date)
    open_amount: Mapped[Decimal] = mapped_column(Money)
    overdue_amount: Mapped[Decimal] = mapped_column(Money)
    costs: Mapped[Decimal] = mapped_column(Money)
    interest: Mapped[Decimal] = mapped_column(Money)
    fee: Mapped[Decimal] = mapped_column(Money)
    costs_announced: Mapped[Decimal] = mapped_column(Money)
    fourteen_day_letter: Mapped[bool] = mapped_column(Boolean, default=False)
    template: Mapped[str] = mapped_column(String(100), default="")
    tone: Mapped[Tone] = mapped_column(_enum(Tone))
    language: Mapped[str] = mapped_column(String(2), default="nl")
    #: why the step is due and why this channel: message codes and values
    reason: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    plan_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    #: the dunning run that planned it (NULL for communications from before runs were recorded).
    #: No ON DELETE action, like assigned_user_id (migration 0006 adds it in place on SQLite);
    #: runs are never deleted.
    run_id: Mapped[int | None] = mapped_column(ForeignKey("dunning_run.id"), index=True)
    #: what it asks when that is not everything open (a term of a payment arrangement): the payment
    #: link, the message and the letter ask exactly this; NULL: the open amounts plus the charges
    requested_amount: Mapped[Decimal | None] = mapped_column(Money)
    #: the event the step answered (a storno, an instalment falling due, a broken promise) and its date
    trigger: Mapped[Trigger | None] = mapped_column(_enum(Trigger))
    trigger_on: Mapped[date | None] = mapped_column(Date)
    #: the payment arrangement it belongs to: its confirmation letter, a term's request or reminder,
    #: the message after it broke. No ON DELETE action (added in place on SQLite, as run_id);
    #: arrangements are never deleted but with their customer, whose communications go as well.
    #: ``use_alter``: arrangement -> call_log -> communication -> arrangement is a cycle
    arrangement_id: Mapped[int | None] = mapped_column(
        ForeignKey(
            "arrangement.id", use_alter=True, name="fk_communication_arrangement_id_arrangement"
        ),
        index=True,
    )

    invoices: Mapped[list[CommunicationInvoice]] = relationship(
        back_populates="communication", cascade="all, delete-orphan", lazy="selectin"
    )

    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_communication_administration_status", "administration_id", "status"),
    )


class CommunicationInvoice(Base):
    """An invoice a communication lists, with its open amount then. The number is kept as well: an
    undone import may delete the invoice, the letter still named it."""

    __tablename__ = "communication_invoice"

    id: Mapped[int] = mapped_column(primary_key=True)
    communication_id: Mapped[int] = mapped_column(
        ForeignKey("communication.id", ondelete="CASCADE"), index=True
    )
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="SET NULL"), index=True
    )
    invoice_number: Mapped[str] = mapped_column(String(64))
    due_date: Mapped[date] = mapped_column(Date)
    open_amount: Mapped[Decimal] = mapped_column(Money)

    communication: Mapped[Communication] = relationship(back_populates="invoices")


class PaymentReference(Base):
    """A payment reference the customer is asked to pay with, and the invoices it pays."""

    __tablename__ = "payment_reference"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="RESTRICT")
    )
    reference: Mapped[str] = mapped_column(String(35))
    #: "rf", "invoice_number" or "kenmerk"
    kind: Mapped[str] = mapped_column(String(16))
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    #: the communication that first used it
    communication_id: Mapped[int | None] = mapped_column(
        ForeignKey("communication.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("administration_id", "reference"),)


class PaymentReferenceInvoice(Base):
    __tablename__ = "payment_reference_invoice"

    payment_reference_id: Mapped[int] = mapped_column(
        ForeignKey("payment_reference.id", ondelete="CASCADE"), primary_key=True
    )
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Charge(Base):
    """Collection costs, interest or a (business) fee on a customer or one invoice, with the
    communication that announced or charged it; open, paid or waived (with the reason)."""

    __tablename__ = "charge"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[ChargeKind] = mapped_column(_enum(ChargeKind))
    amount: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[ChargeStatus] = mapped_column(_enum(ChargeStatus))
    communication_id: Mapped[int | None] = mapped_column(
        ForeignKey("communication.id", ondelete="SET NULL")
    )
    waived_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class FourteenDayLetter(Base):
    """The evidence of a 14-day letter (WIK): when and how it went, when it is assumed received,
    from when costs may be charged; void after returned mail or a bounce."""

    __tablename__ = "fourteen_day_letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    communication_id: Mapped[int | None] = mapped_column(
        ForeignKey("communication.id", ondelete="SET NULL"), unique=True
    )
    channel: Mapped[ActionChannel] = mapped_column(_enum(ActionChannel))
    dispatched_on: Mapped[date] = mapped_column(Date)
    #: e.g. a registered-mail number, or how the dispatch was recorded
    evidence: Mapped[str] = mapped_column(Text, default="")
    receipt_on: Mapped[date] = mapped_column(Date)
    term_ends_on: Mapped[date] = mapped_column(Date)
    costs_from: Mapped[date] = mapped_column(Date)
    costs_amount: Mapped[Decimal] = mapped_column(Money)
    void: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TriggerEventRow(Base):
    """The inbox of events that start or jump dunning steps: a storno, an instalment falling due, a
    broken promise. (A storno from an import is also read from ``invoice.storno_date``.)"""

    __tablename__ = "trigger_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[Trigger] = mapped_column(_enum(Trigger))
    #: the day it happened (``on`` in the engine's vocabulary; a reserved word in SQL)
    occurred_on: Mapped[date] = mapped_column(Date)
    invoice_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    amount: Mapped[Decimal | None] = mapped_column(Money)
    #: what raised it: "bank", "promise", "arrangement", "clerk"…
    source: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class InterestRate(Base):
    """One row of the statutory interest table: rates (percent, as exact decimal text) from a date."""

    __tablename__ = "interest_rate"

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date, unique=True)
    #: percent per year as decimal text ("6.00"): exact on every engine
    consumer: Mapped[str] = mapped_column(String(16))
    commercial: Mapped[str] = mapped_column(String(16))
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# --------------------------------------------------------------------------- letters


class DunningRun(Base):
    """One dunning run that planned communications: for which evaluation date, when, by whom. A
    letter batch can be made of the letters of one run (``debtordesk letters --run ID``)."""

    __tablename__ = "dunning_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="RESTRICT")
    )
    #: the date the queue was computed for (``--date``)
    evaluation_date: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class LetterBatch(Base):
    """One batch PDF of letters: numbered per administration, kept in the archive (its SHA-256 here),
    generated, then printed, then dispatched on a posting date; or cancelled before posting.

    ``file_name`` is the archive file's path relative to the archive folder (SQLite); on PostgreSQL
    (team mode) the bytes are in :class:`ArchiveBlob` and ``file_name`` is the name a copy gets.
    """

    __tablename__ = "letter_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="RESTRICT")
    )
    number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    run_id: Mapped[int | None] = mapped_column(
        ForeignKey("dunning_run.id", ondelete="SET NULL"), index=True
    )
    #: the letter date printed on every letter of the batch
    letter_date: Mapped[date] = mapped_column(Date)
    #: pages of the batch PDF, cover sheet and duplex padding included
    pages: Mapped[int] = mapped_column(Integer)
    letter_count: Mapped[int] = mapped_column(Integer)
    duplex: Mapped[bool] = mapped_column(Boolean, default=False)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255))
    status: Mapped[LetterBatchStatus] = mapped_column(_enum(LetterBatchStatus))
    #: the batch this one reprints letters of (a reprint keeps their references and QR codes)
    reprint_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("letter_batch.id", ondelete="SET NULL")
    )
    printed_at: Mapped[datetime | None] = mapped_column()
    #: the posting date: the evidence date of the 14-day letters in the batch
    dispatched_on: Mapped[date | None] = mapped_column(Date)
    dispatched_at: Mapped[datetime | None] = mapped_column()
    evidence: Mapped[str] = mapped_column(Text, default="")
    cancelled_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (UniqueConstraint("administration_id", "number"),)


class Letter(Base):
    """One letter in a batch PDF: its page range, and exactly what it asks (reference, QR payload,
    total), so the letter can be reopened, reprinted or checked without rendering it again.

    ``content`` is the letter's plain data (:class:`debtordesk.letters.model.LetterContent` as JSON,
    without the logo): a reprint renders exactly the same letter from it. The customer's number and
    name are kept as text: the letter stays readable when an undone import deletes the customer.
    """

    __tablename__ = "letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("letter_batch.id", ondelete="CASCADE"), index=True
    )
    communication_id: Mapped[int | None] = mapped_column(
        ForeignKey("communication.id", ondelete="SET NULL"), index=True
    )
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), index=True
    )
    customer_number: Mapped[str] = mapped_column(String(64))
    customer_name: Mapped[str] = mapped_column(String(255))
    #: the letter's place in the batch (0, 1, …) and its pages (first page counted from 1)
    position: Mapped[int] = mapped_column(Integer)
    first_page: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
    #: blank pages after it for duplex printing
    padding: Mapped[int] = mapped_column(Integer, default=0)
    payment_reference: Mapped[str] = mapped_column(String(35), default="")
    #: "link", "epc" or "none" (:class:`debtordesk.letters.model.QrKind`)
    qr_kind: Mapped[str] = mapped_column(String(8))
    qr_payload: Mapped[str] = mapped_column(Text, default="")
    total: Mapped[Decimal] = mapped_column(Money)
    #: the last day to pay the letter states
    pay_by: Mapped[date] = mapped_column(Date)
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reprint_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("letter.id", ondelete="SET NULL"), index=True
    )
    returned_at: Mapped[datetime | None] = mapped_column()
    returned_note: Mapped[str | None] = mapped_column(Text)


class ArchiveBlob(Base):
    """A batch PDF kept in the database: the archive of a team database (PostgreSQL), which every
    workstation must reach and the server's backup must include."""

    __tablename__ = "archive_blob"

    batch_id: Mapped[int] = mapped_column(
        ForeignKey("letter_batch.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


class EmailAttachment(Base):
    """The letter PDF an e-mail carried (organisation option ``attach_letter_pdf``), kept as evidence
    of what was sent (migration 0012): one per attempt that went out, or may have (uncertain).

    SQLite: the file in the letter archive folder, ``stored_name`` its path relative to that folder
    (the backup zips it with the database). PostgreSQL: the bytes in ``data``. Either way checked
    against ``sha256`` when read back (:mod:`debtordesk.services.email_archive`).
    """

    __tablename__ = "email_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    communication_id: Mapped[int] = mapped_column(
        ForeignKey("communication.id", ondelete="CASCADE"), index=True
    )
    #: the outbox attempt that carried it
    attempt_number: Mapped[int] = mapped_column(Integer)
    #: the attachment's name in the e-mail
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    stored_name: Mapped[str | None] = mapped_column(String(255))
    data: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("communication_id", "attempt_number"),)


# --------------------------------------------------------------------------- outbox


class OutboxItem(Base):
    """The outbox's side of one SMS or e-mail communication (1:1): our reference at the provider, who
    is sending it now (an expiring lease), the attempts so far, when the next may start, and what the
    provider said last. The status itself stays on the communication (one state machine).

    ``reference`` is carried to the provider with every attempt (letters and digits, random), so a
    message whose outcome is unknown can be found there again, also after a crash.
    """

    __tablename__ = "outbox_item"

    communication_id: Mapped[int] = mapped_column(
        ForeignKey("communication.id", ondelete="CASCADE"), primary_key=True
    )
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    queued_at: Mapped[datetime] = mapped_column()
    #: the sender holding it ("host/pid/token") and until when; NULL: nobody
    lease_owner: Mapped[str | None] = mapped_column(String(120))
    lease_until: Mapped[datetime | None] = mapped_column()
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    #: not before this moment (a back-off after a refused connection or a 429); NULL: at once
    next_attempt_at: Mapped[datetime | None] = mapped_column()
    #: the provider id of the last attempt and the provider's id of the message
    provider: Mapped[str | None] = mapped_column(String(32))
    provider_message_id: Mapped[str | None] = mapped_column(String(200))
    #: the last problem as a message code and its values (shown on the outbox page)
    last_error: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: how often an uncertain outcome was looked up at the provider
    lookups: Mapped[int] = mapped_column(Integer, default=0)
    settled_at: Mapped[datetime | None] = mapped_column()
    #: what the provider said after "sent" (migration 0010): pending, delivered, undelivered or
    #: not_available (:class:`debtordesk.providers.sms.DeliveryState`); NULL: not asked yet
    delivery_status: Mapped[str | None] = mapped_column(String(16))
    #: the provider's reason for an undelivered message (a message code and its values)
    delivery_reason: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: when the handset got it (the provider's time, else when we learnt it)
    delivered_at: Mapped[datetime | None] = mapped_column()
    delivery_checked_at: Mapped[datetime | None] = mapped_column()
    delivery_checks: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    __table_args__ = (
        Index("ix_outbox_item_next_attempt_at", "next_attempt_at"),
        Index("ix_outbox_item_delivery_status", "delivery_status", "delivery_checked_at"),
    )


class OutboxAttempt(Base):
    """One try to hand a message to a provider, recorded (and committed) before the request goes out;
    ``outcome`` NULL while it is under way, then sent, rejected, not_sent, rate_limited, fault or
    unknown (:class:`debtordesk.domain.outbox.AttemptOutcome`)."""

    __tablename__ = "outbox_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    communication_id: Mapped[int] = mapped_column(
        ForeignKey("communication.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    channel: Mapped[ActionChannel] = mapped_column(_enum(ActionChannel))
    provider: Mapped[str] = mapped_column(String(32))
    lease_owner: Mapped[str] = mapped_column(String(120))
    started_at: Mapped[datetime] = mapped_column()
    finished_at: Mapped[datetime | None] = mapped_column()
    outcome: Mapped[str | None] = mapped_column(String(16))
    #: what went to the provider to find it again: our reference (SMS) or the Message-ID (e-mail)
    idempotency_key: Mapped[str] = mapped_column(String(200))
    recipient: Mapped[str] = mapped_column(String(254))
    #: the SMS text or the e-mail subject exactly as sent (Twilio finds a message by its text)
    body: Mapped[str] = mapped_column(Text, default="")
    segments: Mapped[int | None] = mapped_column(Integer)
    provider_message_id: Mapped[str | None] = mapped_column(String(200))
    #: why it did not go (a message code and its values), or how an unknown outcome was settled
    reason: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    __table_args__ = (
        UniqueConstraint("communication_id", "number"),
        # the hourly and daily caps count recent attempts per channel
        Index("ix_outbox_attempt_channel_started", "channel", "started_at"),
    )


# --------------------------------------------------------------------------- link payments


class PaymentLinkState(Base):
    """What polling last learnt about one payment link at its provider (services/link_poll.py):
    ``open``, ``paid``, ``expired`` or ``closed`` (:class:`debtordesk.providers.link_common.LinkState`),
    the amount asked and paid. ``settled_at`` is set once nothing more can happen to the link (expired
    or closed, or paid and past its expiry): it is not asked again."""

    __tablename__ = "payment_link_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="RESTRICT")
    )
    provider: Mapped[str] = mapped_column(String(32))
    link_id: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(16))
    #: the amount the link asks (None: an open amount)
    amount: Mapped[Decimal | None] = mapped_column(Money)
    paid_amount: Mapped[Decimal] = mapped_column(Money)
    expires_at: Mapped[datetime | None] = mapped_column()
    first_polled_at: Mapped[datetime] = mapped_column()
    polled_at: Mapped[datetime] = mapped_column()
    settled_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (UniqueConstraint("provider", "link_id"),)


class LinkPayment(Base):
    """One payment made through a payment link, recorded once (unique per provider and provider
    payment id), with the invoices of the link (ids and numbers as JSON: the numbers survive an undone
    import) for the bookkeeper's export. A second payment for invoices already paid through a link is
    recorded with ``refund_flag`` and the reason (a message code and its values)."""

    __tablename__ = "link_payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="RESTRICT")
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    #: the newest communication that carried the link
    communication_id: Mapped[int | None] = mapped_column(
        ForeignKey("communication.id", ondelete="SET NULL")
    )
    provider: Mapped[str] = mapped_column(String(32))
    link_id: Mapped[str] = mapped_column(String(200), index=True)
    provider_payment_id: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Money)
    paid_at: Mapped[datetime | None] = mapped_column()
    recorded_at: Mapped[datetime] = mapped_column()
    payment_reference: Mapped[str | None] = mapped_column(String(35))
    #: [{"id": invoice id or null, "number": "..."}]
    invoices: Mapped[list[Any]] = mapped_column(JSON, default=list)
    refund_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    refund_reason: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: when the bookkeeper's export first listed it
    exported_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (
        UniqueConstraint("provider", "provider_payment_id"),
        Index("ix_link_payment_administration_paid", "administration_id", "paid_at"),
    )


# --------------------------------------------------------------------------- follow-up


class CallOutcome(Base):
    """An outcome a clerk picks when logging a call (configurable; the defaults are seeded on first
    use, see :data:`debtordesk.domain.calls.DEFAULT_OUTCOMES`). ``effect`` names what logging it does
    besides the log (:class:`debtordesk.domain.calls.CallEffect`); ``reached``: the call reached the
    customer, so the call task is done (otherwise it is cancelled and the step asked again)."""

    __tablename__ = "call_outcome"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    label_en: Mapped[str] = mapped_column(String(100))
    label_nl: Mapped[str] = mapped_column(String(100))
    reached: Mapped[bool] = mapped_column(Boolean, default=True)
    effect: Mapped[str | None] = mapped_column(String(32))
    #: a retired code stays on the calls logged with it but is not offered any more
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class CallLog(Base):
    """One call a clerk made (or tried): to whom, when, with which outcome, a note and the next
    follow-up date; the call task (communication) it completed or cancelled."""

    __tablename__ = "call_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="RESTRICT")
    )
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[datetime] = mapped_column()
    #: the clerk's local date of the call (the call list's "called today")
    called_on: Mapped[date] = mapped_column(Date)
    outcome_id: Mapped[int] = mapped_column(ForeignKey("call_outcome.id", ondelete="RESTRICT"))
    note: Mapped[str] = mapped_column(Text, default="")
    next_follow_up: Mapped[date | None] = mapped_column(Date)
    #: the number dialled
    phone: Mapped[str | None] = mapped_column(String(32))
    communication_id: Mapped[int | None] = mapped_column(
        ForeignKey("communication.id", ondelete="SET NULL"), index=True
    )

    __table_args__ = (
        Index("ix_call_log_customer_called", "customer_id", "called_on"),
        Index("ix_call_log_follow_up", "administration_id", "next_follow_up"),
    )


class Promise(Versioned, Base):
    """A promise to pay an amount by a date for one or more invoices (:class:`PromiseInvoice`, each
    held meanwhile), and the decision: kept or broken, when, and from what
    (``decided_from``: a snapshot batch id as text, "link" or "ledger"; see
    :mod:`debtordesk.domain.promises`); a broken promise's trigger event."""

    __tablename__ = "promise"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="RESTRICT")
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    call_log_id: Mapped[int | None] = mapped_column(
        ForeignKey("call_log.id", ondelete="SET NULL"), index=True
    )
    promised_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[PromiseStatus] = mapped_column(_enum(PromiseStatus, 16))
    made_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[datetime | None] = mapped_column()
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_from: Mapped[str | None] = mapped_column(String(32))
    decided_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL")
    )
    #: what was seen paid when it was decided
    paid: Mapped[Decimal | None] = mapped_column(Money)
    trigger_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("trigger_event.id", ondelete="SET NULL")
    )

    invoices: Mapped[list[PromiseInvoice]] = relationship(
        back_populates="promise", cascade="all, delete-orphan", lazy="selectin"
    )

    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    __table_args__ = (Index("ix_promise_administration_status", "administration_id", "status"),)


class PromiseInvoice(Base):
    """An invoice of a promise with its open amount when the promise was made and the hold that
    pauses its dunning (the number is kept: an undone import may delete the invoice)."""

    __tablename__ = "promise_invoice"

    id: Mapped[int] = mapped_column(primary_key=True)
    promise_id: Mapped[int] = mapped_column(
        ForeignKey("promise.id", ondelete="CASCADE"), index=True
    )
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="SET NULL"), index=True
    )
    invoice_number: Mapped[str] = mapped_column(String(64))
    open_at_promise: Mapped[Decimal] = mapped_column(Money)
    hold_id: Mapped[int | None] = mapped_column(ForeignKey("hold.id", ondelete="SET NULL"))

    promise: Mapped[Promise] = relationship(back_populates="invoices")


class Dispute(Versioned, Base):
    """A customer disputes an invoice: the reason (a code of
    :data:`debtordesk.domain.disputes.DISPUTE_REASONS` and words), the workflow open -> accepted /
    declined / resolved with who and when, and the hold that pauses dunning while it is open or
    accepted."""

    __tablename__ = "dispute"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="RESTRICT")
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="SET NULL"), index=True
    )
    invoice_number: Mapped[str] = mapped_column(String(64))
    reason_code: Mapped[str] = mapped_column(String(32))
    reason_text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[DisputeStatus] = mapped_column(_enum(DisputeStatus, 16))
    opened_on: Mapped[date] = mapped_column(Date)
    opened_at: Mapped[datetime] = mapped_column()
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    call_log_id: Mapped[int | None] = mapped_column(ForeignKey("call_log.id", ondelete="SET NULL"))
    hold_id: Mapped[int | None] = mapped_column(ForeignKey("hold.id", ondelete="SET NULL"))
    #: accepted or declined: when, by whom, and the words (a decline's reason)
    decided_at: Mapped[datetime | None] = mapped_column()
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    decision_note: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    resolution_note: Mapped[str] = mapped_column(Text, default="")

    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    __table_args__ = (Index("ix_dispute_administration_status", "administration_id", "status"),)


class Arrangement(Versioned, Base):
    """A payment arrangement: its invoices (:class:`ArrangementInvoice`, each held while it runs), its
    terms (:class:`ArrangementTerm`), the open costs waived or included with the reason, the grace
    period, what was seen paid when last judged, and how it ended (completed, broken, cancelled)."""

    __tablename__ = "arrangement"

    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("administration.id", ondelete="RESTRICT")
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[ArrangementStatus] = mapped_column(_enum(ArrangementStatus, 16))
    #: the sum of the terms: the invoices' open amount plus the included costs
    total: Mapped[Decimal] = mapped_column(Money)
    principal: Mapped[Decimal] = mapped_column(Money)
    #: open costs, interest and fees: included in the total, or waived (with the reason)
    costs_choice: Mapped[CostsChoice] = mapped_column(_enum(CostsChoice, 16))
    costs_amount: Mapped[Decimal] = mapped_column(Money)
    costs_reason: Mapped[str] = mapped_column(Text, default="")
    interval: Mapped[Interval] = mapped_column(_enum(Interval, 8))
    interval_days: Mapped[int | None] = mapped_column(Integer)
    grace_days: Mapped[int] = mapped_column(Integer)
    made_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    call_log_id: Mapped[int | None] = mapped_column(ForeignKey("call_log.id", ondelete="SET NULL"))
    #: what the ledger (or links) showed paid when last judged, and the export date of those facts
    paid: Mapped[Decimal] = mapped_column(Money)
    judged_on: Mapped[date | None] = mapped_column(Date)
    judged_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL")
    )
    ended_on: Mapped[date | None] = mapped_column(Date)
    ended_at: Mapped[datetime | None] = mapped_column()
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    end_note: Mapped[str] = mapped_column(Text, default="")
    #: the first term missed (a broken arrangement) and the broken-promise trigger it raised
    broken_term: Mapped[int | None] = mapped_column(Integer)
    trigger_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("trigger_event.id", ondelete="SET NULL")
    )

    invoices: Mapped[list[ArrangementInvoice]] = relationship(
        back_populates="arrangement", cascade="all, delete-orphan", lazy="selectin"
    )
    terms: Mapped[list[ArrangementTerm]] = relationship(
        back_populates="arrangement",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="ArrangementTerm.number",
    )

    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    __table_args__ = (Index("ix_arrangement_administration_status", "administration_id", "status"),)


class ArrangementInvoice(Base):
    """An invoice of an arrangement: its open amount when the arrangement was made, and its hold."""

    __tablename__ = "arrangement_invoice"

    id: Mapped[int] = mapped_column(primary_key=True)
    arrangement_id: Mapped[int] = mapped_column(
        ForeignKey("arrangement.id", ondelete="CASCADE"), index=True
    )
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="SET NULL"), index=True
    )
    invoice_number: Mapped[str] = mapped_column(String(64))
    open_at_start: Mapped[Decimal] = mapped_column(Money)
    hold_id: Mapped[int | None] = mapped_column(ForeignKey("hold.id", ondelete="SET NULL"))

    arrangement: Mapped[Arrangement] = relationship(back_populates="invoices")


class ArrangementTerm(Base):
    """One term: due date, amount, what of the payments was allocated to it, its status
    (:class:`debtordesk.domain.arrangements.TermStatus`) and its instalment-due trigger event (the
    engine's payment request before the term)."""

    __tablename__ = "arrangement_term"

    id: Mapped[int] = mapped_column(primary_key=True)
    arrangement_id: Mapped[int] = mapped_column(ForeignKey("arrangement.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    paid: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[TermStatus] = mapped_column(_enum(TermStatus, 16))
    trigger_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("trigger_event.id", ondelete="SET NULL")
    )

    arrangement: Mapped[Arrangement] = relationship(back_populates="terms")

    __table_args__ = (UniqueConstraint("arrangement_id", "number"),)


class Note(Base):
    """A free note of a clerk on a customer, or on one of its invoices."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column()
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
