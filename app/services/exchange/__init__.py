"""Bundles and replies: the file format, export, verification, import and merge, trust."""
