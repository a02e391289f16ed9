"""The configuration layer: params sections as frozen dataclasses (`sections`), the one validator
(`rules`) and the one loader (`load`). Import from the submodules (see docs/architecture.md)."""
