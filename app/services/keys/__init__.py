"""The workstation's keys: where they are kept, backed up, rotated and revoked."""
