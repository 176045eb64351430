"""Stage 2, resolve: the IR (names decided, Python types planned), the naming rules,
and reuse of definitions resolved by an earlier run."""
