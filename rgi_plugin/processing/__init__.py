"""The plugin's Processing provider (id ``rgi``) and its algorithms."""
