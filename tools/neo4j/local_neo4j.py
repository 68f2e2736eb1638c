"""Build and run the local Neo4j Community server of tools/neo4j (Java 17+ and Maven needed).

Used by the test suite (a session fixture) and by ``make demo STORE=neo4j``. As a script:
    python tools/neo4j/local_neo4j.py --data .neo4j-data --port 7687 [--password PASSWORD]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
JAR = HERE / "target" / "fintech-kg-neo4j-launcher-1.0.0.jar"
LIB = HERE / "target" / "lib"
MAIN_CLASS = "org.fintechkg.neo4j.LocalNeo4j"
NEO4J_VERSION = "5.26.30"


class LauncherUnavailable(RuntimeError):
    """Java or Maven is missing, or the launcher would not build or start."""


@dataclass
class RunningServer:
    uri: str
    password: str
    process: subprocess.Popen[bytes]
    log_path: Path


def java_major() -> int | None:
    java = shutil.which("java")
    if not java:
        return None
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False).stderr
    for token in out.replace('"', " ").split():
        head = token.split(".")[0]
        if head.isdigit() and "." in token:
            return int(head)
    return None


def missing_prerequisites() -> str | None:
    major = java_major()
    if major is None:
        return "Java is not installed (Neo4j 5.26 needs Java 17+)"
    if major < 17:
        return f"Java {major} found; Neo4j 5.26 needs Java 17+"
    if not JAR.exists() and not shutil.which("mvn"):
        return "Maven is not installed, so tools/neo4j cannot be built"
    return None


def build(quiet: bool = True) -> None:
    """mvn package when target/ (ignored by git) is missing or older than the sources."""
    if JAR.exists() and LIB.is_dir():
        sources = [HERE / "pom.xml", *(HERE / "src").rglob("*.java")]
        if max(p.stat().st_mtime for p in sources) <= JAR.stat().st_mtime:
            return
    cmd = ["mvn", "-B", "package", "-DskipTests"] + (["-q"] if quiet else [])
    done = subprocess.run(cmd, cwd=HERE, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise LauncherUnavailable(
            f"building tools/neo4j failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(
    data_dir: Path, port: int | None = None, password: str = "fintech-kg-test", timeout_s: float = 180
) -> RunningServer:
    reason = missing_prerequisites()
    if reason:
        raise LauncherUnavailable(reason)
    build()
    port = port or free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    ready = data_dir / "ready"
    ready.unlink(missing_ok=True)
    log_path = data_dir / "neo4j-launcher.log"
    classpath = os.pathsep.join([str(JAR), str(LIB / "*")])
    cmd = ["java", "-Xms256m", "-Xmx1g", "-cp", classpath, MAIN_CLASS, "--data", str(data_dir / "db"),
           "--port", str(port), "--password", password, "--ready-file", str(ready)]  # fmt: skip
    log = log_path.open("wb")
    process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + timeout_s
    while not ready.exists():
        if process.poll() is not None:
            raise LauncherUnavailable(f"Neo4j exited with {process.returncode}; see {log_path}")
        if time.monotonic() > deadline:
            stop(RunningServer("", password, process, log_path))
            raise LauncherUnavailable(f"Neo4j did not become ready in {timeout_s:g} s; see {log_path}")
        time.sleep(0.2)
    return RunningServer(f"bolt://127.0.0.1:{port}", password, process, log_path)


def stop(server: RunningServer, timeout_s: float = 60) -> None:
    if server.process.poll() is None:
        server.process.send_signal(signal.SIGTERM)
        try:
            server.process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


@contextlib.contextmanager
def running(
    data_dir: Path, port: int | None = None, password: str = "fintech-kg-test"
) -> Iterator[RunningServer]:
    server = start(data_dir, port, password)
    try:
        yield server
    finally:
        stop(server)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path(".neo4j-data"))
    parser.add_argument("--port", type=int, default=7687)
    parser.add_argument("--password", default=os.environ.get("NEO4J_PASSWORD", "fintech-kg-local"))
    args = parser.parse_args()
    try:
        server = start(args.data, args.port, args.password)
    except LauncherUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Neo4j {NEO4J_VERSION} ready at {server.uri} (user neo4j); Ctrl-C stops it", flush=True)
    try:
        server.process.wait()
    except KeyboardInterrupt:
        stop(server)
    return 0


if __name__ == "__main__":
    sys.exit(main())
