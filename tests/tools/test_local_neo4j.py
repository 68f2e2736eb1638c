"""tools/neo4j, the launcher the test command and ``make demo STORE=neo4j`` use: restarts and failures."""

from __future__ import annotations

import time
from pathlib import Path

import local_neo4j
import pytest

from tests.conftest import REQUIRE_NEO4J

pytestmark = pytest.mark.neo4j


def _start(data: Path, password: str = "fintech-kg-test") -> local_neo4j.RunningServer:
    try:
        return local_neo4j.start(data, password=password)
    except local_neo4j.LauncherUnavailable as exc:
        if REQUIRE_NEO4J or "exited" in str(exc):
            raise
        pytest.skip(f"no Neo4j server: {exc}")


def test_launcher_restarts_on_its_own_data_folder(tmp_path: Path) -> None:
    # The second start finds the password already set, which Neo4j refuses to "change" again.
    for _ in range(2):
        server = _start(tmp_path)
        local_neo4j.stop(server)
        assert server.process.returncode is not None


def test_launcher_failure_ends_the_process_instead_of_hanging(tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(local_neo4j.LauncherUnavailable, match="exited with 1"):
        _start(tmp_path, password="short")  # Neo4j wants at least 8 characters
    assert time.monotonic() - started < 120  # the launcher's own timeout is 180 s
    assert "failed to start" in (tmp_path / "neo4j-launcher.log").read_text()
