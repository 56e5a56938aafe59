"""A hint for SQLite's query planner: keep it from walking an index where a plain scan is faster.

Without statistics SQLite prefers to walk the due-date index in order and look up every invoice row,
even when a search matches only a few of 100,000 rows: ten times slower than scanning the table and
sorting what matched. A unary ``+`` in front of a column (a no-op for values) hides the index for that
term; PostgreSQL plans by statistics and gets the column unchanged.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class unindexed(FunctionElement[Any]):  # noqa: N801 - reads like the SQL function it stands for
    """The column's value, with its index out of the SQLite planner's reach."""

    name = "unindexed"
    inherit_cache = True

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        # the column's own type, so values compared with it are bound as for the column (enums)
        self.type = column.type


@compiles(unindexed)
def _plain(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(unindexed, "sqlite")
def _sqlite(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.clauses, **kw)
