"""The letters page: batches of the run's letters, preview, printing, posting, the archive."""

from debtordesk.ui.pages.letters.page import LettersPage

__all__ = ["LettersPage"]
