"""DoFA's consolidated report: its menu, tab, editor, sign-off and files."""
