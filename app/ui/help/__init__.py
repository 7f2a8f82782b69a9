"""The user guide, offline."""
