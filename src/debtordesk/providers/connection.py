"""The answer of a provider's "Test connection": did it work, and if not, what exactly is wrong.

Every provider's ``test_connection()`` returns a :class:`ConnectionCheck`; :func:`check_from_error` turns
the HTTP layer's failure classes into one, so every provider names the same problems the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from debtordesk.domain.messages import Message
from debtordesk.providers.http import NotSent, ProviderError, ProviderFault, RateLimited, Rejected

#: what can be wrong, as a stable word for scripts (``providers test --json``) and the settings page
PROBLEMS = (
    "missing_secret",
    "wrong_key",
    "mode_mismatch",
    "no_network",
    "timeout",
    "certificate",
    "config",
    "rate_limited",
    "rejected",
    "fault",
    "unknown",
    "keyring",
    "not_available",
)


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    #: "" when ok, else one of :data:`PROBLEMS`
    problem: str
    message: Message
    #: which side of the provider was reached: "live", "test" (Mollie test key), "sandbox"
    #: (Tikkie sandbox), "custom" (another base URL, e.g. a stand-in)
    environment: str = ""

    @property
    def user_fault(self) -> bool:
        """A problem the clerk fixes in the settings (key, mode, base URL), not the network."""
        return self.problem in {
            "missing_secret",
            "wrong_key",
            "mode_mismatch",
            "config",
            "rejected",
        }


def check_from_error(error: ProviderError, *, environment: str = "") -> ConnectionCheck:
    """The check result for a failed harmless call."""
    if isinstance(error, NotSent):
        problem = {
            "connect": "no_network",
            "timeout": "timeout",
            "certificate": "certificate",
            "config": "config",
        }.get(error.reason, "no_network")
    elif isinstance(error, Rejected):
        problem = "wrong_key" if error.wrong_key else "rejected"
    elif isinstance(error, RateLimited):
        problem = "rate_limited"
    elif isinstance(error, ProviderFault):
        problem = "fault"
    else:
        problem = "unknown"
    return ConnectionCheck(False, problem, error.message, environment)
