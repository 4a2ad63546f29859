"""Plain-Python rules of the programme. Nothing here imports Qt or touches the database."""
