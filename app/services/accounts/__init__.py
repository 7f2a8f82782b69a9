"""Local accounts and roles, passwords, the wait after wrong ones, the unattended sign-in."""
