"""Who reported what: DoFA's dashboard, the duty view, paper receipts and reminder letters."""
