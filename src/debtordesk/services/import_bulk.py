"""Bulk inserts for imports, at the speed of the driver.

SQLAlchemy's per-row parameter handling costs more than the database itself at 100,000 rows, so rows
are converted here column by column with the dialect's own bind processors (the same
conversions SQLAlchemy applies; repeated values such as dates and enums are converted once per distinct
value), then written with the driver's ``executemany`` (SQLite) or ``COPY`` (PostgreSQL) inside the
session's transaction. Columns whose values the caller already gives as stored (money as integer
cents, JSON as its text) skip the conversion.

A first import into an empty table fills it with its secondary indexes set aside and built again
afterwards, in the same transaction (:func:`indexes_built_after`): building an index once from all
rows is cheaper than keeping it sorted row by row.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from itertools import repeat
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Dialect, Enum, Table
from sqlalchemy.orm import Session

Convert = Callable[[Any], Any]
#: rows per driver call: large enough to be fast, small enough to report progress and cancel
CHUNK = 5000
#: SQLite's page cache during a bulk write, in KiB (SQLite's default is 2 MiB)
BULK_CACHE_KIB = 65536
#: fewest rows for which an empty table's indexes are built after the insert instead of during it
DEFER_INDEXES_FROM = 1000


def _repeats(column_type: Any) -> bool:
    """Columns with few distinct values: each distinct value is converted once."""
    return isinstance(column_type, Date | DateTime | Enum | Boolean)


def _dialect(session: Session) -> Dialect:
    return session.get_bind().dialect


@contextmanager
def bulk_write_cache(session: Session) -> Iterator[None]:
    """A larger SQLite page cache while a bulk write runs: the index pages that 100,000 new rows
    touch stay in memory instead of being spilled and read back (a fifth off inserting them)."""
    if _dialect(session).name != "sqlite":
        yield
        return
    connection = session.connection()
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {before}")


@contextmanager
def indexes_built_after(session: Session, table: Table, rows: int) -> Iterator[None]:
    """Insert into an empty SQLite table without its secondary indexes; they are made again, from
    the statements that made them, when the block ends.

    Everything happens in the session's transaction, so other connections never see the table
    without its indexes, and a rollback brings them back. The primary key and UNIQUE constraints
    stay: they guard the rows as they are written. Other databases, tables that hold rows (of any
    administration) and small inserts write as usual.
    """
    if rows < DEFER_INDEXES_FROM or _dialect(session).name != "sqlite":
        yield
        return
    connection = session.connection()
    name = table.name
    if connection.exec_driver_sql(f'SELECT 1 FROM "{name}" LIMIT 1').first() is not None:  # noqa: S608 - a model's table name
        yield
        return
    # indexes made by CREATE INDEX have their statement; those of constraints have none
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL ORDER BY name",
        (name,),
    ).all()
    for index, _ in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{index}"')
    try:
        yield
    except BaseException:
        # the caller's rollback restores the indexes; making them again here is a courtesy to a
        # caller that would carry on in this transaction
        with suppress(Exception):
            _create(connection, indexes)
        raise
    _create(connection, indexes)


def _create(connection: Any, indexes: Sequence[Any]) -> None:
    for _, statement in indexes:
        connection.exec_driver_sql(statement)


@dataclass(frozen=True)
class _Converter:
    convert: Convert
    repeats: bool


def _convert_column(values: Sequence[Any], converter: _Converter) -> list[Any]:
    convert = converter.convert
    if converter.repeats:
        distinct = {v: None if v is None else convert(v) for v in set(values)}
        return list(map(distinct.__getitem__, values))
    return [None if v is None else convert(v) for v in values]


def _bind_converters(
    table: Table, columns: Sequence[str], dialect: Dialect, as_stored: Collection[str]
) -> list[_Converter | None]:
    """Python value -> driver value, per column, as SQLAlchemy would bind it."""
    converters: list[_Converter | None] = []
    for name in columns:
        if name in as_stored:
            converters.append(None)
            continue
        column_type = table.c[name].type
        process = column_type.dialect_impl(dialect).bind_processor(dialect)
        converters.append(_Converter(process, _repeats(column_type)) if process else None)
    return converters


def bulk_insert(
    session: Session,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    constants: Mapping[str, Any] | None = None,
    as_stored: Collection[str] = (),
    on_chunk: Callable[[int], None] | None = None,
) -> int:
    """INSERT every row (values for ``columns`` in that order), plus ``constants`` in each row.

    ``as_stored``: columns whose values are given as the database stores them (integer cents for
    money, the JSON text for JSON), written without conversion.
    """
    rows = list(rows)
    values = [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in columns]
    return bulk_insert_columns(
        session,
        table,
        dict(zip(columns, values, strict=True)),
        len(rows),
        constants=constants,
        as_stored=as_stored,
        on_chunk=on_chunk,
    )


def bulk_insert_columns(
    session: Session,
    table: Table,
    columns: Mapping[str, Sequence[Any]],
    count: int,
    *,
    constants: Mapping[str, Any] | None = None,
    as_stored: Collection[str] = (),
    on_chunk: Callable[[int], None] | None = None,
) -> int:
    """INSERT ``count`` rows given column by column (each a sequence of ``count`` values), plus
    ``constants`` in each row; see :func:`bulk_insert`."""
    dialect = _dialect(session)
    constants = constants or {}
    converters = _bind_converters(table, [*columns, *constants], dialect, as_stored)
    # each column converted once, as a whole: conversion loops stay short and cached
    values = {
        name: column if converter is None else _convert_column(column, converter)
        for (name, column), converter in zip(
            columns.items(), converters[: len(columns)], strict=True
        )
    }
    fixed = {
        name: value if converter is None or value is None else converter.convert(value)
        for (name, value), converter in zip(
            constants.items(), converters[len(columns) :], strict=True
        )
    }
    # a column empty in every row is left out, and stays NULL: binding a NULL costs SQLite's
    # driver more than a value (it looks for an adapter each time)
    values = {n: c for n, c in values.items() if not _all_null(table, n, c)} or values
    fixed = {n: v for n, v in fixed.items() if not _all_null(table, n, [v])}
    literals: dict[str, str] = {}
    if dialect.name == "postgresql":
        write = _copy
    else:
        write = _executemany
        # on SQLite a value that every row shares goes into the statement itself: binding it row
        # by row costs the driver as much as a column of its own
        literals = {n: literal for n, v in fixed.items() if (literal := _literal(v)) is not None}
        fixed = {n: v for n, v in fixed.items() if n not in literals}
    names = [*values, *fixed]
    for start in range(0, count, CHUNK):
        end = min(start + CHUNK, count)
        parts: list[Iterable[Any]] = [column[start:end] for column in values.values()]
        parts.extend(repeat(value, end - start) for value in fixed.values())
        write(session, table, names, list(zip(*parts, strict=True)), literals)
        if on_chunk:
            on_chunk(end - start)
    return count


def _literal(value: Any) -> str | None:
    """``value`` (as the driver would bind it) written as an SQL literal of the same value and
    type, or None when it is better bound: an integer, or text without NUL characters."""
    if value.__class__ is int:
        return str(value)
    if value.__class__ is str and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def _all_null(table: Table, name: str, values: Sequence[Any]) -> bool:
    """True when every value is NULL and the database has no default of its own for the column."""
    if table.c[name].server_default is not None:
        return False
    return not values or (values[0] is None and values.count(None) == len(values))


def _executemany(
    session: Session,
    table: Table,
    names: Sequence[str],
    rows: list[tuple[Any, ...]],
    literals: Mapping[str, str],
) -> None:
    preparer = _dialect(session).identifier_preparer
    # identifiers come from the model, quoted by the dialect; values go as parameters, except the
    # literals of values every row shares (see _literal)
    columns = ", ".join(preparer.quote(name) for name in [*names, *literals])
    marks = ", ".join([*("?" for _ in names), *literals.values()])
    statement = f"INSERT INTO {preparer.format_table(table)} ({columns}) VALUES ({marks})"  # noqa: S608
    session.connection().exec_driver_sql(statement, rows)


def _copy(
    session: Session,
    table: Table,
    names: Sequence[str],
    rows: list[tuple[Any, ...]],
    literals: Mapping[str, str],
) -> None:
    assert not literals  # COPY takes every value from its rows
    preparer = _dialect(session).identifier_preparer
    statement = (
        f"COPY {preparer.format_table(table)} "
        f"({', '.join(preparer.quote(name) for name in names)}) FROM STDIN"
    )
    driver = session.connection().connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
