"""A workstation: opening its profile, the office's server, backups, leftovers, change counters,
the unattended sign-in begun before Qt loads."""
