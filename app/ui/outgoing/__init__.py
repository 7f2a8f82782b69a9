"""The records clerk's screens: issuing a document and the outgoing register."""
