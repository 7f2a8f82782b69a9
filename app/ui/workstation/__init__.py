"""The workstation in the desktop app: backups, and other officers' changes on the screen."""
