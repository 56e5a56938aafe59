"""The import wizard: from a CSV or workbook to a committed import batch."""

from debtordesk.ui.import_wizard.wizard import ImportWizard, open_import_wizard

__all__ = ["ImportWizard", "open_import_wizard"]
