"""Helper for p_import_errors: circular import partner A."""
import h_circ_b  # noqa: F401

defined_in_a = "A"
