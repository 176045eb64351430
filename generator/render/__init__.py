"""Stages 3-5, render, format and write: models and client from the IR through the
templates, ruff, the atomic swap into `generated/`, and the manifest `check` reads."""
