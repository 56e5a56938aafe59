"""Integration tests of a clerk editing a customer: checks, optimistic locking, audit, timeline, and the
clerk's edit against later imports."""
