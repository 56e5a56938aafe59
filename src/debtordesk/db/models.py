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
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from debtordesk.db.types import Money, UTCDateTime, utcnow
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
