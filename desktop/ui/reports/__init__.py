"""Laporan: the office's figures for a period, with charts, and the export flows."""
