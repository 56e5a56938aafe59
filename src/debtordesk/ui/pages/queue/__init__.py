"""The queue page: what is due for every customer, and running it."""

from debtordesk.ui.pages.queue.page import QueuePage

__all__ = ["QueuePage"]
