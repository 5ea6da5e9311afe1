#!/usr/bin/env python3
"""Write the seed corpora fuzz/rust/seeds/<target>/ from tests/fixtures (stdlib only).

Run from anywhere: python3 fuzz/rust/make_seeds.py. The seeds are small and committed;
libFuzzer's grown corpus goes to fuzz/rust/corpus/ (gitignored).
"""

import base64
import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FIX = ROOT / "tests" / "fixtures"
OUT = HERE / "seeds"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def write(target: str, data) -> None:
    if isinstance(data, str):
        data = data.encode()
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def main() -> None:
    vectors = json.loads((FIX / "webhook-signing-vectors.json").read_text())
    jwt = json.loads((FIX / "jwt" / "clerk_fixtures.json").read_text())

    # webhook_headers: secret \n "now tolerance" \n header lines \n\n body.
    for v in vectors["signing_vectors"]:
        payload = v.get("payload")
        if payload is None:
            rep = v["payload_repeat"]
            payload = rep["char"] * min(int(rep["count"]), 64)
        ts = v["timestamp"]
        write(
            "webhook_headers",
            "\n".join(
                [
                    v["secret"],
                    f"{ts} 300",
                    f"svix-id:{v['msg_id']}",
                    f"svix-timestamp:{ts}",
                    f"svix-signature:{v['expected_signature']}",
                ]
            )
            + "\n\n"
            + payload,
        )
        write(
            "webhook_headers",
            "\n".join(
                [
                    v["secret"],
                    f"{ts + 301} 300",
                    f"Webhook-Id: {v['msg_id']} ",
                    f"webhook-timestamp:+{ts}",
                    f"webhook-signature:v1,bogus {v['expected_signature']}",
                    "svix-id:",
                    "x-other:1",
                ]
            )
            + "\n\n"
            + payload,
        )

    # base64_and_jwt_decode: whole tokens, header\0payload\0signature, and claim helper lines.
    tokens = [v for k, v in jwt.items() if isinstance(v, str) and v.count(".") == 2 and k != "source"]
    for tok in tokens:
        write("base64_and_jwt_decode", tok)
        parts = tok.split(".")
        try:
            h, p, s = (base64.urlsafe_b64decode(x + "=" * (-len(x) % 4)) for x in parts)
        except Exception:
            continue
        write("base64_and_jwt_decode", h + b"\0" + p + b"\0" + s[:16])
    v2 = {
        "v": 2,
        "sub": "user_1",
        "sid": "sess_1",
        "exp": 1666648310,
        "iat": 1666648250,
        "nbf": 1666648240,
        "azp": "https://example.com",
        "fva": [1, -1],
        "o": {"id": "org_1", "rol": "admin", "slg": "acme", "per": "read,manage", "fpm": "3,1"},
        "fea": "o:billing,u:free,ou:both",
        "pla": "u:free,o:pro",
        "act": {"sub": "user_2"},
    }
    hdr = {"alg": "RS256", "kid": "ins_1", "typ": "JWT"}
    write("base64_and_jwt_decode", json.dumps(hdr).encode() + b"\0" + json.dumps(v2).encode() + b"\0sig")
    write("base64_and_jwt_decode", "o:billing,ou:reports\nread,manage,delete\n5,18446744073709551617\nu:free,o:pro")

    # jwt_keys: PEM files, the JWK set and its keys.
    for pem in sorted((FIX / "jwt").glob("*.pem")):
        if "key.pem" in pem.name and "PRIVATE" in pem.read_text():
            continue
        write("jwt_keys", pem.read_text())
    write("jwt_keys", jwt["pem_encoded_public_key"])
    write("jwt_keys", jwt["pem_encoded_public_key"].replace("\n", "\\n"))
    write("jwt_keys", json.dumps(jwt["mock_jwks"]))
    for key in jwt["mock_jwks"]["keys"]:
        write("jwt_keys", json.dumps(key))

    # json_walk: small JSON documents from the fixtures (first few KB of each).
    subdirs = [d for d in sorted(FIX.iterdir()) if d.is_dir() and d.name != "jwt"]
    picks = sorted(FIX.glob("*.json")) + [p for d in subdirs for p in sorted(d.glob("*.json"))[:1]]
    for path in picks:
        write("json_walk", path.read_bytes()[:4096])
    write("json_walk", '{"\\u0069d": 1, "provider_user_id": [1, 2.5e3, -0, "x\\ud83d\\ude00"], "a": {"b": null}}')


if __name__ == "__main__":
    main()
