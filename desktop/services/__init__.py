"""What a logged-in core does, one service per job (cases, search, accounts, audit,
attachments, receipts, conflicts, maintenance, sync). Built by Core; no Qt, no UI."""
