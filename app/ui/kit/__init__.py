"""What every screen shares: the task helper, saves and printing in tasks, table models, labels,
errors and translations in the interface language."""
