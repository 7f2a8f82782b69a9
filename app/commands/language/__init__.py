"""The command line's words in Vietnamese and English (not a command module)."""
