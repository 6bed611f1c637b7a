"""Helper for p_star_import: star-import restricted by __all__."""
__all__ = ["public_a", "_private_but_listed", "shared"]
public_a = "A"
_private_but_listed = "listed private"
not_listed = "not exported"
shared = "from h_star_all"
