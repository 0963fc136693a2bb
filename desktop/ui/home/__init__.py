"""Beranda, the home view (issue 13 §1)."""
