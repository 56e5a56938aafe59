"""DebtorDesk: desktop credit management for Dutch in-house debtor teams."""

__version__ = "0.1.0"
APP_NAME = "DebtorDesk"
APP_ID = "nl.debtordesk.DebtorDesk"
ORG_NAME = "DebtorDesk"
