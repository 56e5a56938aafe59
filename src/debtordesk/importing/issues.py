"""Collecting the problems of one import: every error, and warnings without drowning the clerk."""

from __future__ import annotations

from collections import Counter

from debtordesk.domain.messages import Message, MessageParam
from debtordesk.importing.cells import shorten
from debtordesk.importing.model import Issue, Severity

#: row warnings of one kind in one column listed one by one; beyond that a single summary says how many
WARNINGS_LISTED = 100


class Bad:
    """A cell that could not be read: the message code and values that say why."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, **params: MessageParam) -> None:
        self.code = code
        self.params = params

    def __repr__(self) -> str:
        return f"Bad({self.code!r}, {self.params!r})"


class IssueLog:
    """Issues in the order they are found; errors always listed, repeated warnings summarised."""

    def __init__(self, listed: int = WARNINGS_LISTED) -> None:
        self._issues: list[Issue] = []
        self._listed = listed
        self._counts: Counter[tuple[str, str | None]] = Counter()
        self._first_row: dict[tuple[str, str | None], int | None] = {}

    def add(
        self,
        severity: Severity,
        code: str,
        *,
        row: int | None = None,
        column: str | None = None,
        value: str | None = None,
        **params: MessageParam,
    ) -> Issue | None:
        """Record one issue; returns it, or None when it only went into a summary."""
        shown = shorten(value) if value is not None else None
        if shown is not None and "value" not in params:
            params["value"] = shown
        if column is not None and "column" not in params:
            params["column"] = column
        if severity is Severity.WARNING and row is not None:
            key = (code, column)
            self._counts[key] += 1
            self._first_row.setdefault(key, row)
            if self._counts[key] > self._listed:
                return None
        issue = Issue(severity, Message(code, params), row=row, column=column, value=shown)
        self._issues.append(issue)
        return issue

    def error(
        self,
        code: str,
        *,
        row: int | None = None,
        column: str | None = None,
        value: str | None = None,
        **params: MessageParam,
    ) -> Issue | None:
        return self.add(Severity.ERROR, code, row=row, column=column, value=value, **params)

    def warning(
        self,
        code: str,
        *,
        row: int | None = None,
        column: str | None = None,
        value: str | None = None,
        **params: MessageParam,
    ) -> Issue | None:
        return self.add(Severity.WARNING, code, row=row, column=column, value=value, **params)

    def extend(self, issues: list[Issue]) -> None:
        self._issues.extend(issues)

    def finish(self) -> tuple[Issue, ...]:
        """All issues: file-wide ones first, then by row; one summary per warning that was cut short."""
        for (code, column), count in self._counts.items():
            if count > self._listed:
                self._issues.append(
                    Issue(
                        Severity.WARNING,
                        Message(
                            "import.more_warnings",
                            {
                                "count": count - self._listed,
                                "first_row": self._first_row[(code, column)],
                                "column": column,
                                "warning": code,
                            },
                        ),
                        column=column,
                    )
                )
        return tuple(sorted(self._issues, key=lambda i: -1 if i.row is None else i.row))
