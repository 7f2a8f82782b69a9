"""Local accounts and roles, passwords, the wait after wrong ones."""
