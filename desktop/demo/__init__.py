"""Synthetic complaints for demos, training and benchmarks (never for a live office store)."""

from desktop.demo.generator import bulk_generate, generate_cases

__all__ = ["bulk_generate", "generate_cases"]
