"""The agency's report: its editor, sign-off, settings and the bundles sent."""
