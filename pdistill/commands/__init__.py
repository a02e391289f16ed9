"""Sub-commands of the `pdistill` CLI, one module each."""
