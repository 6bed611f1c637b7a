"""Helper for p_import_errors: raises while being imported."""
STARTED = True
raise RuntimeError("h_raises fails at import time")
