"""Key dialogs: backup, restore, rotation, revocation, the escrow key."""
