"""Screens of the exchange: sending, importing, received reports, the ledger, conflicts,
replies, kits and enrolment."""
