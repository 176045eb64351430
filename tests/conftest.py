from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generated import compilelabs, perceptron
from tests.server import ScriptedServer

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer().start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="session")
def _cache_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("clientgen-cache")


@pytest.fixture(autouse=True)
def _private_cache(monkeypatch: pytest.MonkeyPatch, _cache_root: Path) -> None:
    """The generator's cache lives in the session's temporary folder, not the user's."""
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(_cache_root))


@pytest.fixture(autouse=True)
def _no_provider_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never pick up a real key from the environment."""
    for name in ("COMPILELABS_API_KEY", "PERCEPTRON_API_KEY", "COMPILELABS_LOG", "PERCEPTRON_LOG"):
        monkeypatch.delenv(name, raising=False)


@dataclass
class FakeClock:
    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    for module in (perceptron._runtime, compilelabs._runtime):
        monkeypatch.setattr(module.Clock, "now", lambda: fake.now)
        monkeypatch.setattr(module.Clock, "sleep", fake.sleep)
        monkeypatch.setattr(module.Clock, "asleep", fake.asleep)
    return fake
