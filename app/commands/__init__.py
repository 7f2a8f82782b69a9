"""Handlers of the scripting interface, one module per group of commands."""
