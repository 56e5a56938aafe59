"""Declared settings: organisation-wide (in the database) and per workstation."""
