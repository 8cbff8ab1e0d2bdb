"""A throwaway PostgreSQL cluster on 127.0.0.1 for the tests and benches (Debian's server binaries).

  python tools/pg_cluster.py start DIR [--port N]   # prints the admin URL to use (default: a free port)
  python tools/pg_cluster.py stop DIR

As root the cluster belongs to the `postgres` user (initdb refuses to run as root); otherwise to you.
Trust authentication on loopback only: the cluster is for tests on this machine and is deleted after.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path


def _bindir() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    if not versions:
        raise SystemExit("PostgreSQL's server is not installed (Debian: apt-get install postgresql)")
    return Path(versions[-1]).parent


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    # runuser lives in /usr/sbin, which a CI job's PATH may leave out; su is everywhere.
    runuser = shutil.which("runuser") or shutil.which("runuser", path="/usr/sbin:/sbin")
    if runuser:
        return [runuser, "-u", "postgres", "--", *command]
    import shlex

    return ["su", "-s", "/bin/sh", "postgres", "-c", shlex.join(command)]


def admin_url(port: int) -> str:
    """The URL of the cluster's own database, as its superuser."""
    return f"postgresql://postgres@127.0.0.1:{port}/postgres"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(folder: Path, port: int = 0) -> str:
    """Create (if new) and start the cluster in `folder`; returns the admin URL."""
    port = port or free_port()
    folder = folder.resolve()
    data = folder / "data"
    bindir = _bindir()
    if not (data / "PG_VERSION").exists():
        folder.mkdir(parents=True, exist_ok=True)
        data.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres")
            shutil.chown(data, "postgres")
        subprocess.run(
            _as_owner(
                [
                    str(bindir / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
    subprocess.run(
        _as_owner(
            [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(data / "server.log"), "-w", "start"]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return admin_url(port)


def stop(folder: Path) -> None:
    """Stop the cluster in `folder` (quietly, if it is not running)."""
    data = folder.resolve() / "data"
    if (data / "postmaster.pid").exists():
        subprocess.run(
            _as_owner([str(_bindir() / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
            check=False,
            stdout=subprocess.DEVNULL,
        )


def main() -> int:
    """start or stop, as the command line says."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    args = parser.parse_args()
    if args.action == "start":
        print(start(args.folder, args.port))
    else:
        stop(args.folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
