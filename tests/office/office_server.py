"""A PostgreSQL server of the tests' own, set up as an office's: TLS with a certificate authority made here,
and a login that needs a password.

The suite's shared cluster stays as tools/pg_cluster.py makes it (no TLS, trust on loopback), because
turning TLS on there would change every other test. This one is started once per session, from the
same tool, and removed afterwards.
"""

from __future__ import annotations

import datetime
import importlib.util
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
USER = "alice"
PASSWORD = "correct horse battery staple"
DATABASE = "office"
CERT_NAME = "localhost"  # the name on the server's certificate; 127.0.0.1 is then the wrong name


def _pg_cluster() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pg_cluster", ROOT / "tools" / "pg_cluster.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _certificates_with_cryptography(folder: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ContactDesk test office CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, CERT_NAME)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(CERT_NAME)]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    (folder / "root.crt").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "server.crt").write_bytes(server.public_bytes(serialization.Encoding.PEM))
    (folder / "server.key").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )


def _certificates_with_openssl(folder: Path) -> None:
    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    curve = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run("req", "-x509", *curve, "-keyout", "ca.key", "-out", "root.crt", "-days", "2", "-subj", "/CN=Test CA")
    run("req", *curve, "-keyout", "server.key", "-out", "server.csr", "-subj", f"/CN={CERT_NAME}")
    (folder / "san.ext").write_text(f"subjectAltName=DNS:{CERT_NAME}\n")
    run(
        "x509", "-req", "-in", "server.csr", "-CA", "root.crt", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", "server.crt", "-days", "2", "-extfile", "san.ext",
    )  # fmt: skip


def make_certificates(folder: Path) -> None:
    """root.crt (the office's authority), server.crt and server.key (for the name CERT_NAME)."""
    try:
        _certificates_with_cryptography(folder)
    except ImportError:
        if shutil.which("openssl") is None:
            import pytest

            pytest.skip("neither the cryptography package nor openssl is here to make a test certificate")
        _certificates_with_openssl(folder)


@dataclass(frozen=True)
class OfficeServer:
    """The running server: where it is, and its authority's certificate."""

    folder: Path
    port: int
    root_certificate: Path

    @property
    def admin_url(self) -> str:
        """The superuser's address (trust, no TLS asked: for setting the server up)."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres?sslmode=disable"

    def url(self, host: str = CERT_NAME, user: str = USER, password: str | None = None) -> str:
        """The office database's address as a user would type it."""
        secret = f":{password}" if password is not None else ""
        return f"postgresql://{user}{secret}@{host}:{self.port}/{DATABASE}"


def start() -> OfficeServer:
    """Start the server: TLS on, `alice` needs her password, and the office database set up for ContactDesk."""
    import psycopg

    tool = _pg_cluster()
    folder = Path(tempfile.mkdtemp(prefix="contactdesk-office-server-"))
    port = int(tool.free_port())
    tool.start(folder, port)
    data = folder / "data"
    certificates = folder / "certificates"
    certificates.mkdir()
    make_certificates(certificates)
    for name in ("server.crt", "server.key"):
        shutil.copy(certificates / name, data / name)
        if os.geteuid() == 0:
            shutil.chown(data / name, "postgres")
    (data / "server.key").chmod(0o600)
    hba = data / "pg_hba.conf"
    lines = [f"host all {USER} 127.0.0.1/32 scram-sha-256", f"host all {USER} ::1/128 scram-sha-256"]
    hba.write_text("\n".join(lines) + "\n" + hba.read_text())
    server = OfficeServer(folder, port, certificates / "root.crt")
    with psycopg.connect(server.admin_url, autocommit=True) as admin:
        for setting in ("ssl = on", "ssl_cert_file = 'server.crt'", "ssl_key_file = 'server.key'"):
            admin.execute(f"ALTER SYSTEM SET {setting}")  # type: ignore[arg-type]
        admin.execute(f"CREATE ROLE {USER} LOGIN PASSWORD '{PASSWORD}'")  # type: ignore[arg-type]
        admin.execute(f"CREATE DATABASE {DATABASE} OWNER {USER}")  # type: ignore[arg-type]
        admin.execute("SELECT pg_reload_conf()")
    return server


def stop(server: OfficeServer) -> None:
    """Stop the server and remove its folder."""
    _pg_cluster().stop(server.folder)
    shutil.rmtree(server.folder, ignore_errors=True)
