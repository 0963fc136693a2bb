"""Halo TKI Desk application core: domain rules, encrypted store and services (no Qt widgets)."""

__version__ = "0.1.0"
