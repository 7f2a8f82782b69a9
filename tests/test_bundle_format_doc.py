"""docs/bundle-format.md: its stock-tools transcript runs against a real bundle, as written.

The transcript is the one ```sh block of the page whose lines start with "$ ". Each command
(a "$ " line, continued by "> " lines) runs with bash in a scratch folder, with the variables
the page names (BUNDLE, ENROLMENT, DOFA_PROFILE, AGENCY_PROFILE) set to a real exchange and
`plantracker` taken from the virtual environment. Every command must succeed, and every line
the page shows after it must be in what it printed: "…" matches anything, and a fingerprint
shown stands for the agency's real one.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pyrage
import pytest

from app.services.core.wire import ReportContent
from tests.bundle_forge import valid_contents
from tests.conftest import REPO
from tests.exchange_cli_helpers import FINGERPRINT, PERIOD, ok

DOC = REPO / "docs" / "bundle-format.md"
VERIFIED = "Signature Verified Successfully"
FINGERPRINT_TOKEN = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){4}\b")


@dataclass
class Step:
    command: str
    expected: list[str] = field(default_factory=list)


def transcript(text: str) -> list[Step]:
    blocks = re.findall(r"^```sh\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)
    sessions = [b for b in blocks if any(line.startswith("$ ") for line in b.splitlines())]
    assert len(sessions) == 1, "docs/bundle-format.md must hold exactly one ```sh transcript"
    steps: list[Step] = []
    for line in sessions[0].splitlines():
        if line.startswith("$ "):
            steps.append(Step(line[2:]))
        elif line.startswith("> ") and steps and steps[-1].command.rstrip().endswith("\\"):
            steps[-1].command += "\n" + line[2:]
        elif line.strip():
            assert steps, f"output before the first command: {line!r}"
            steps[-1].expected.append(line)
    return steps


def _flat(line: str) -> str:
    return " ".join(line.split())


def _matches(expected: str, printed: list[str], fingerprint: str) -> bool:
    expected = FINGERPRINT_TOKEN.sub(fingerprint, _flat(expected))
    pattern = ".*".join(re.escape(part) for part in expected.split("…"))
    return any(re.fullmatch(pattern, _flat(line)) for line in printed)


def _bash(command: str, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", command],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def exchange(tmp_path_factory, standard_exchange_base):
    """DoFA, Sở Y tế enrolled, and one bundle holding 2026-Y revision 1 with evidence."""
    ex = standard_exchange_base.clone(tmp_path_factory.mktemp("exchange") / "ex")
    return ex, ex.export_bundle("syt")


def test_the_transcript_opens_and_verifies_a_real_bundle(exchange, tmp_path):
    ex, bundle = exchange
    for tool in ("age", "unzip", "openssl", "sha256sum", "base32", "shred"):
        assert shutil.which(tool), (
            f"{tool} is not installed (Debian: apt-get install age unzip openssl coreutils)"
        )
    bin_dir = Path(sys.executable).parent
    assert (bin_dir / "plantracker").exists(), f"no plantracker in {bin_dir}"
    fingerprint = ex.keys("syt")["fingerprint"]
    work = tmp_path / "work"
    work.mkdir()
    env = {
        **os.environ,
        **ex.env,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(REPO),  # the test keyring backend lives in tests/
        "LC_ALL": "C.UTF-8",
        "BUNDLE": str(bundle),
        "ENROLMENT": str(ex.root / "enrolments" / "syt.ptenroll"),
        "DOFA_PROFILE": str(ex.dofa),
        "AGENCY_PROFILE": str(ex.profile("syt")),
    }
    steps = transcript(DOC.read_text(encoding="utf-8"))
    commands = "\n".join(s.command for s in steps)
    for needed in ("keys export-identity", "age -d", "unzip", "sha256sum -c", "keys show --json"):
        assert needed in commands, f"the transcript no longer shows {needed!r}"

    verified = 0
    for step in steps:
        result = _bash(step.command, work, env)
        stdout = result.stdout.decode("utf-8", "replace")
        stderr = result.stderr.decode("utf-8", "replace")
        assert result.returncode == 0, f"$ {step.command}\nexit {result.returncode}\n{stderr}"
        printed = (stdout + stderr).splitlines()
        if "openssl pkeyutl -verify" in step.command:
            assert VERIFIED in stdout, f"$ {step.command}\n{stdout}{stderr}"
            verified += 1
        for line in printed:
            if FINGERPRINT.fullmatch(line.strip()):
                assert line.strip() == fingerprint, f"$ {step.command} printed another key"
        for line in step.expected:
            assert _matches(line, printed, fingerprint), (
                f"$ {step.command}\nexpected a line like {line!r}, got:\n{stdout}{stderr}"
            )
    assert verified == 2, "the transcript checks the manifest and a report signature"
    assert not (work / "dofa.key").exists(), "the transcript leaves DoFA's key behind"

    # The checks catch what they are meant to catch.
    manifest_step = next(s for s in steps if "-sigfile bundle/manifest.sig" in s.command)
    hashes_step = next(s for s in steps if "sha256sum -c" in s.command)
    report = work / "bundle" / "reports" / f"{PERIOD}-r1.json"
    report.write_bytes(report.read_bytes().replace(b'"revision":1', b'"revision":2'))
    assert _bash(hashes_step.command, work, env).returncode != 0
    manifest = work / "bundle" / "manifest.json"
    manifest.write_bytes(manifest.read_bytes().replace(b'"sequence":1', b'"sequence":7'))
    tampered = _bash(manifest_step.command, work, env)
    assert tampered.returncode != 0 and VERIFIED not in tampered.stdout.decode()


def test_the_page_names_every_manifest_field_and_refusal_code(exchange, tmp_path):
    ex, bundle = exchange
    text = DOC.read_text(encoding="utf-8")
    identity = tmp_path / "dofa.key"
    ok(ex.cli("dofa", "keys", "export-identity", "--out", str(identity), "--plaintext"))
    secret = next(
        line for line in identity.read_text().splitlines() if line.startswith("AGE-SECRET-KEY-")
    )
    plain = pyrage.decrypt(bundle.read_bytes(), [pyrage.x25519.Identity.from_str(secret)])
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(plain)).read("manifest.json"))
    names = set(manifest) | set(manifest["reports"][0]) | set(manifest["files"][0])
    missing = sorted(n for n in names if f"`{n}`" not in text)
    assert not missing, f"docs/bundle-format.md does not name the manifest fields {missing}"

    codes = set()
    sources = [
        REPO / "app/services/exchange" / name
        for name in (
            "bundle_format.py",
            "bundle_import.py",
            "bundle_verify.py",
            "issue_wire.py",
            "replies.py",
        )
    ]
    sources += sorted((REPO / "app/services/core/wire").glob("*.py"))
    for source in sources:
        codes |= set(re.findall(r'code="(\w+)"', source.read_text()))
        codes |= set(re.findall(r'^CODE = "(\w+)"', source.read_text(), flags=re.MULTILINE))
    assert {"wrong_recipient", "unknown_sender", "bad_signature", "bad_report"} <= codes
    assert {"bad_manifest", "bad_reply", "not_imported", "newer_format"} <= codes
    undocumented = sorted(c for c in codes if f"`{c}`" not in text)
    assert not undocumented, f"docs/bundle-format.md does not name the reasons {undocumented}"


def test_the_escrow_key_printed_at_dofa_set_up_opens_a_bundle_with_age(exchange, tmp_path):
    ex, bundle = exchange
    identity = tmp_path / "escrow.key"
    identity.write_text(ex.escrow_identity() + "\n")
    opened = subprocess.run(
        ["age", "-d", "-i", str(identity), str(bundle)], capture_output=True, timeout=60
    )
    assert opened.returncode == 0, opened.stderr.decode()
    assert "manifest.json" in zipfile.ZipFile(io.BytesIO(opened.stdout)).namelist()


def test_signed_content_doc_names_every_field_the_parser_reads():
    """docs/signed-content.md says exactly what the parser accepts: every field, at any depth."""
    text = (REPO / "docs" / "signed-content.md").read_text(encoding="utf-8")
    content = ReportContent.parse(valid_contents()["reports/2026-Y-r1.json"]).as_dict()

    def keys(node):
        if isinstance(node, dict):
            for key, value in node.items():
                yield key
                yield from keys(value)
        elif isinstance(node, list):
            for item in node:
                yield from keys(item)

    missing = sorted({k for k in keys(content) if k not in text})
    assert not missing, f"docs/signed-content.md does not name {missing}"
    for limit in ("20,000", "500", "40", "2,000", "200", "100"):
        assert limit in text.split("## What a reader accepts")[1], limit
