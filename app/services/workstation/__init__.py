"""A workstation: opening its profile, the office's server, backups, leftovers, change counters."""
