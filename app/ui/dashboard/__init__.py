"""DoFA's overview: the dashboard, the duty view, one agency's report, reminder letters."""
