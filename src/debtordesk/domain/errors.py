"""The error taxonomy: user errors, environment problems, cancellation; everything else is a bug.

Each error carries a message code and parameters (see :mod:`debtordesk.domain.messages`); the text is
rendered by the shared catalogue in the user's language. ``str()`` of an error shows the code and the
parameters only, and never a secret: callers must not put secrets into parameters.
"""

from __future__ import annotations

from typing import ClassVar

from debtordesk.domain.messages import Message, MessageParam


class DebtorDeskError(Exception):
    """Base of the errors DebtorDesk expects and explains."""

    kind: ClassVar[str] = "error"
    #: exit status of the command line for this kind of error
    exit_code: ClassVar[int] = 1

    def __init__(self, code: str, /, **params: MessageParam) -> None:
        self.message = Message(code, params)
        super().__init__(f"{code} {params}" if params else code)

    @property
    def code(self) -> str:
        return self.message.code


class UserError(DebtorDeskError):
    """The input was refused: a bad file, a bad value, a missing confirmation. Exit status 2."""

    kind = "user"
    exit_code = 2


class EnvironmentProblem(DebtorDeskError):
    """The machine is in the way: database locked or on a network share, disk full, keyring locked.

    Exit status 3.
    """

    kind = "environment"
    exit_code = 3


class Cancelled(DebtorDeskError):
    """The user cancelled the operation; nothing was changed. Silent in the GUI."""

    kind = "cancelled"
    exit_code = 2

    def __init__(self, code: str = "cancelled", /, **params: MessageParam) -> None:
        super().__init__(code, **params)
