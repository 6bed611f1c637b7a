"""Helper for p_import_errors: circular import partner B, which tries to
import a name from the partially initialized A."""
try:
    from h_circ_a import defined_in_a  # noqa: F401
    B_RESULT = "no error?"
except ImportError as e:
    msg = str(e)
    cut = msg.rfind(" (/")
    B_RESULT = "%s: %s | name=%s" % (type(e).__name__, msg[:cut] if cut >= 0 else msg, e.name)
