"""Keeping a spec up with its provider's docs: the three-way merge (`merge`) and the
docs sources with their snapshot (`sources`)."""
