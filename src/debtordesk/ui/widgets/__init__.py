"""Widgets the pages share: the search field, the data table, the customer detail panel."""
