"""The outbox page: SMS and e-mail payment requests queued, sending, sent, failed or uncertain."""

from debtordesk.ui.pages.outbox.page import OutboxPage

__all__ = ["OutboxPage"]
