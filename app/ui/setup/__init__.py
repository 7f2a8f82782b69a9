"""Setting a workstation up: the assistant, from a kit or a backup, or joining the office's
server."""
