"""Stage 1, load: the spec format (pydantic models), reading spec files, YAML with
positions, and the type expression language."""
