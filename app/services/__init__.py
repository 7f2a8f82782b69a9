"""The domain: what the desktop app and the scripting interface both call. No widgets."""
