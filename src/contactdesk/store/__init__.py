"""Persistence: the database object, the tables, number series and migrations (no Qt)."""
