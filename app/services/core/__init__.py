"""What every feature shares: the domain's words and labels, refusals and their Vietnamese,
the audit log, files, text rules, one writer per profile, and the wire format (`wire/`)."""
