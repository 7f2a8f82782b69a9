"""An agency's report: drafting, evidence, sign-off, issue, and the report as PDF and Word."""
