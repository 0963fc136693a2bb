"""The walk-in intake form (IntakeDialog) and its sections."""
