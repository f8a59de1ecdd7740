"""Standard Webhooks signing and an HTTP client that refuses private targets.

Signing (https://www.standardwebhooks.com/): the signature of a delivery is
``v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`` keyed
with the base64-decoded part of the ``whsec_`` secret.

SSRF: the host is resolved *when connecting*, every address is checked, and
the socket connects to the very address that was checked — so neither a DNS
answer that changes after registration (rebinding) nor a name that points at
127.0.0.1 reaches an internal service. An IPv6 address that wraps an IPv4 one
(mapped, compatible, NAT64, 6to4, Teredo) is judged by that IPv4 address too.
Redirects are never followed (a 3xx is a failed attempt), and every socket
operation has a short timeout.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.client
import ipaddress
import secrets
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

from predictions.text import printable

SECRET_PREFIX = "whsec_"  # noqa: S105 - a marker, not a secret
MAX_RESPONSE_BYTES = 2048


class TargetRefused(Exception):
    """The URL points at a private, loopback, link-local or otherwise non-public address."""


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode("ascii")


def new_webhook_id() -> str:
    return "msg_" + secrets.token_urlsafe(18)


def sign(*, secret: str, webhook_id: str, timestamp: int, body: str) -> str:
    key = base64.b64decode(secret.removeprefix(SECRET_PREFIX))
    content = f"{webhook_id}.{timestamp}.{body}".encode()
    return "v1," + base64.b64encode(hmac.new(key, content, hashlib.sha256).digest()).decode("ascii")


# IPv6 prefixes whose addresses carry an IPv4 address in their last 32 bits:
# NAT64 (RFC 6052 well-known, RFC 8215 local-use) and the deprecated
# IPv4-compatible form (::a.b.c.d). A gateway or the kernel delivers them to
# that IPv4 address, so that is the address to check.
_EMBEDS_IPV4_IN_LOW_BITS = (
    ipaddress.IPv6Network("64:ff9b::/96"),
    ipaddress.IPv6Network("64:ff9b:1::/48"),
    ipaddress.IPv6Network("::/96"),
)


IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def _addresses_to_check(ip: IPAddress) -> list[IPAddress]:
    """The address itself and every IPv4 address it wraps (mapped, compatible, NAT64, 6to4, Teredo)."""
    found: list[IPAddress] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            found.append(ip.ipv4_mapped)
        if ip.sixtofour is not None:
            found.append(ip.sixtofour)
        if ip.teredo is not None:
            found.extend(ip.teredo)
        if any(ip in network for network in _EMBEDS_IPV4_IN_LOW_BITS):
            found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def address_is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    # is_global excludes private, loopback, link-local, shared (100.64/10),
    # reserved and documentation ranges; multicast is never a web server.
    # An IPv6 form of an IPv4 address is as public as that address, no more.
    return all(candidate.is_global and not candidate.is_multicast for candidate in _addresses_to_check(ip))


def literal_target_problem(url: str) -> str | None:
    """A save-time check without DNS: the scheme, and literal private addresses or localhost.

    The full check (with DNS) happens at connect time, on every attempt.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "Use an http:// or https:// URL with a host name."
    if parts.username or parts.password:
        return "Do not put credentials in the URL; verify the signature instead."
    if settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS:
        return None
    host = parts.hostname.rstrip(".").lower()
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal")):
        return f"{host} is not a public host."
    try:
        public = address_is_public(host)
    except ValueError:
        return None  # a name: checked when connecting
    return None if public else f"{host} is a private, loopback or link-local address."


def vetted_address(host: str, port: int) -> tuple[str, int]:
    """The first address of ``host`` that may be contacted; TargetRefused if none."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise ConnectionError(f"cannot resolve {host}: {error}") from None
    refused = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = str(sockaddr[0])
        if settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS or address_is_public(address):
            return address, int(sockaddr[1])
        refused.append(address)
    raise TargetRefused(
        f"{host} resolves to {', '.join(refused)}: private, loopback or link-local addresses are refused"
    )


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def connect(self) -> None:
        self.sock = socket.create_connection(vetted_address(self.host, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def connect(self) -> None:
        raw = socket.create_connection(vetted_address(self.host, self.port), self.timeout)
        context: ssl.SSLContext = self._context  # type: ignore[attr-defined]
        self.sock = context.wrap_socket(raw, server_hostname=self.host)


@dataclass(frozen=True)
class PostResult:
    status_code: int | None
    error: str

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def post(url: str, *, body: str, headers: dict[str, str], timeout: float) -> PostResult:
    """POST ``body``; never raises for network trouble (it is the result)."""
    parts = urlsplit(url)
    connection_class = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    connection = connection_class(parts.hostname or "", parts.port, timeout=timeout)
    try:
        connection.request("POST", path, body=body.encode(), headers=headers)
        response = connection.getresponse()
        # The receiver's words end up in the delivery log and the owner's e-mail: no control characters.
        snippet = printable(response.read(MAX_RESPONSE_BYTES).decode("utf-8", "replace"))
    except TargetRefused as error:
        return PostResult(None, f"refused: {error}")
    except (OSError, http.client.HTTPException, ValueError) as error:
        return PostResult(None, f"{error.__class__.__name__}: {error}"[:500])
    finally:
        connection.close()
    if 300 <= response.status < 400:
        return PostResult(response.status, "redirects are not followed; register the final URL")
    if not 200 <= response.status < 300:
        return PostResult(response.status, f"HTTP {response.status}: {snippet[:300]}")
    return PostResult(response.status, "")
