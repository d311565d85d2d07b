"""Field Inspector."""
