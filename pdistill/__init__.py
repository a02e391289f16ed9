"""pdistill: personalised distillation for code generation, as a reproducible DVC pipeline."""

__version__ = "0.1.0"
