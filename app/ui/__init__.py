"""Qt widgets and dialogs. They call services, never SQL."""
