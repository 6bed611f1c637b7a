from ..core import add as _add
from .. import VERSION

TOTAL = _add(1, 2)
DESCRIPTION = f"app {VERSION}, total {TOTAL}"
