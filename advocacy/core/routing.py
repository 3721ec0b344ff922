"""URL converters shared by every route."""
from werkzeug.routing import IntegerConverter

#: Largest value of a PostgreSQL ``integer`` (and the ids we hand out).
MAX_ID = 2**31 - 1


class BoundedIntConverter(IntegerConverter):
    """``<int:id>`` that does not match beyond the database's integer range.

    An id no row can have is simply not found (404), instead of reaching PostgreSQL,
    which would refuse the query ("integer out of range") and turn it into a 500.
    """

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)
