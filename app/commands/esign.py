"""token set|list, trust add-root|add-crl|roots: the approver's token and the certificates
trusted for token signatures."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import day_of, moment_of, print_json, say, secret, tell, workstation
from app.services.core.text import mid_sentence
from app.services.esign import token_device, trust_store
from app.services.esign.token_device import TokenRequest
from app.services.workstation.profile import Workstation


def cmd_token_set(args: argparse.Namespace) -> int:
    workstation(args)
    token_device.configure(args.module, args.scheme, args.tsa)
    tell(
        args,
        "Token driver set: {module} (RSA {scheme}, SHA-256)",
        module=args.module,
        scheme=args.scheme,
    )
    return 0


def cmd_token_list(args: argparse.Namespace) -> int:
    workstation(args)
    tokens = token_device.list_certificates()
    if args.json:
        print_json(
            [
                {"slot": slot, "label": label, "certificates": [c.as_json() for c in certs]}
                for slot, label, certs in tokens
            ]
        )
        return 0
    if not tokens:
        tell(args, "No token is plugged in.")
    for slot, label, certs in tokens:
        tell(args, "Slot {slot}: {label}", slot=slot, label=label)
        for cert in certs:
            say(f"  --cert {cert.id}  {cert.subject}")
            tell(
                args,
                "      issued by {issuer}, valid until {until} (expired)"
                if cert.expired()
                else "      issued by {issuer}, valid until {until}",
                issuer=cert.issuer,
                until=f"{cert.not_after:%d/%m/%Y}",
            )
    return 0


def token_request(cert_id: str | None) -> TokenRequest:
    """The token PIN from PLANTRACKER_TOKEN_PIN or the terminal (never echoed), asked only
    once the certificate is known to be usable."""
    return TokenRequest(
        cert_id,
        lambda: secret("PLANTRACKER_TOKEN_PIN", "Token PIN: ", "Mã PIN của token") or "",
    )


def say_pdf_signature(args: argparse.Namespace, station: Workstation, report) -> None:
    """The token signature on a report's PDF, checked now (nothing when it has none)."""
    from app.services.reports import token_signoff  # PDF checks: loaded for `report show`

    signature = token_signoff.pdf_signature(station.folder, report)
    if signature is None:
        return
    problem = problem_vi = ""
    if signature.problem:
        problem = f" ({mid_sentence(signature.problem)})"
        problem_vi = f" ({mid_sentence(signature.problem_vi or signature.problem)})"
    tell(
        args,
        "PDF signed with the token of {signer} (issued by {issuer}, serial {serial}) at {when}: "
        "{validity}, {trust}{problem}",
        signer=signature.signer,
        issuer=signature.issuer,
        serial=signature.serial,
        when=moment_of(signature.signed_at, "en"),
        when_vi=moment_of(signature.signed_at, "vi"),
        validity="valid" if signature.valid else "NOT VALID",
        validity_vi="hợp lệ" if signature.valid else "KHÔNG HỢP LỆ",
        trust="trusted" if signature.trusted else "NOT TRUSTED",
        trust_vi="được tin cậy" if signature.trusted else "KHÔNG ĐƯỢC TIN CẬY",
        problem=problem,
        problem_vi=problem_vi,
    )


def add_token_arguments(parser: argparse.ArgumentParser, what: str) -> None:
    """--token and --cert, as `report sign` and `report issue` take them."""
    parser.add_argument(
        "--token", action="store_true", help=f"{what} (PIN in PLANTRACKER_TOKEN_PIN or asked)"
    )
    parser.add_argument("--cert", metavar="ID", help="the token certificate (see `token list`)")


def cmd_trust_add_root(args: argparse.Namespace) -> int:
    station = workstation(args)
    for added in trust_store.add_certificates(station, Path(args.file)):
        tell(
            args,
            "{subject}: {kind} certificate {state}",
            subject=added.subject,
            kind="root" if added.self_signed else "intermediate",
            kind_vi="gốc" if added.self_signed else "trung gian",
            state="trusted" if added.new else "already trusted",
            state_vi="nay được tin cậy" if added.new else "đã được tin cậy từ trước",
        )
    return 0


def cmd_trust_add_crl(args: argparse.Namespace) -> int:
    station = workstation(args)
    record = trust_store.add_crl(station, Path(args.file))
    issued = day_of(record.this_update)
    tell(args, "Revocation list of {issuer} ({issued}) kept", issuer=record.issuer, issued=issued)
    return 0


def cmd_trust_roots(args: argparse.Namespace) -> int:
    workstation(args)
    rows = [trust_store.as_json(r) for r in trust_store.trusted()]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        tell(args, "No certificate is trusted for token signatures yet (`trust add-root FILE`).")
    for row in rows:
        until = day_of(row["not_after"])
        if args.lang == "en":
            say(f"{row['kind']:<12} {row['subject']}  (until {until})")
        else:
            kind = "gốc" if row["kind"] == "root" else "trung gian"
            say(f"{kind:<12} {row['subject']}  (đến {until})")
    return 0


def register_commands(commands) -> None:
    token = commands.add_parser("token", help="the approver's USB token (PKCS#11)")
    actions = token.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    choose = actions.add_parser("set", help="the token driver (PKCS#11 library) to use")
    choose.add_argument(
        "--module",
        required=True,
        metavar="PATH",
        help="e.g. " + ", ".join(token_device.SUGGESTED_MODULES[:2]),
    )
    choose.add_argument("--scheme", choices=token_device.SCHEMES, default="pkcs1v15")
    choose.add_argument("--tsa", metavar="URL", help="time-stamp server (PAdES B-T)")
    choose.set_defaults(handler=cmd_token_set)
    listing = actions.add_parser("list", help="tokens plugged in and their certificates")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=cmd_token_list)

    trust = commands.add_parser("trust", help="certificates trusted for token signatures")
    actions = trust.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    root = actions.add_parser("add-root", help="trust a root or intermediate CA (PEM or DER)")
    root.add_argument("file", metavar="FILE")  # format: an argument's name
    root.set_defaults(handler=cmd_trust_add_root)
    crl = actions.add_parser("add-crl", help="a revocation list (CRL) for offline checks")
    crl.add_argument("file", metavar="FILE")  # format: an argument's name
    crl.set_defaults(handler=cmd_trust_add_crl)
    roots = actions.add_parser("roots", help="the trusted certificates")
    roots.add_argument("--json", action="store_true", help="print JSON")
    roots.set_defaults(handler=cmd_trust_roots)
