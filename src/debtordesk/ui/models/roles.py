"""Custom item roles shared by the table models."""

from __future__ import annotations

from PySide6.QtCore import Qt

#: a value that sorts the way the clerk expects (cents for money, ISO text for dates)
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
#: the underlying Python value (Decimal, date, enum member)
RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
#: the database id of the row's record
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 3
