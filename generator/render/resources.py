"""Where the built-in templates live; kept free of heavy imports for `check`."""

from __future__ import annotations

from pathlib import Path


def template_root() -> Path:
    """The built-in templates: the repository's `templates/`, or the copy inside the wheel."""
    package = Path(__file__).resolve().parent.parent  # generator/
    for candidate in (package.parent / "templates", package / "templates"):
        if (candidate / "client").is_dir():
            return candidate
    raise FileNotFoundError("the generator's templates/ folder is missing")
