"""DoFA's consolidated report: pre-fill, edits, its document and files, sign-off and issue."""
