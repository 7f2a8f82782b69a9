"""Screens of accounts: sign-in, accounts, passwords, the activity log."""
