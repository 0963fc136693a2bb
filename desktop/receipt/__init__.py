"""Printed documents handed to complainants."""

from desktop.receipt.pdf import ReceiptData, render_receipt

__all__ = ["ReceiptData", "render_receipt"]
