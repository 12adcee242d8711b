"""Which URLs may be fetched: http(s) only, and no private, loopback or link-local address (SSRF)."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

from recoupe.errors import FetchError

Resolver = Callable[[str, int], list[str]]

ALLOWED_SCHEMES = ("http", "https")


def resolve(host: str, port: int) -> list[str]:
    """Every IP address `host` resolves to (the system resolver)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}") from exc
    return sorted({str(info[4][0]) for info in infos})


def is_public(address: str) -> bool:
    """True for a globally routable unicast address; False for private, loopback, link-local,
    reserved, multicast, shared (CGNAT) and unspecified ones, also when mapped into IPv6."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def check_url(url: str, allow_private: bool, resolver: Resolver = resolve) -> list[str]:
    """The addresses `url` may be fetched from; FetchError unless it is http(s) with an allowed host.

    Every address the host resolves to is checked, so that a name with one public and one private
    address is refused too. Call it again on every redirect target, and connect to one of the
    returned addresses (see `pinned`) so that a second DNS answer cannot differ from the checked one.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise FetchError(
            f"refused: only http and https URLs are fetched, not {scheme or 'a URL without scheme'}:// "
            "(give a local file as a plain path)"
        )
    host = parts.hostname
    if not host:
        raise FetchError(f"refused: the URL {url!r} has no host")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(f"refused: bad port in {url!r}: {exc}") from exc
    addresses = resolver(host, port)
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r}: no address")
    if not allow_private:
        for address in addresses:
            if not is_public(address):
                raise FetchError(
                    f"refused: {host} resolves to {address}, a private, loopback or reserved address; "
                    "set allow_private (RECOUPE_ALLOW_PRIVATE=1) to fetch from your own network"
                )
    # IPv4 first: many hosts (and containers) resolve AAAA records they cannot route.
    return sorted(addresses, key=lambda a: (":" in a, a))


def pinned(url: str, address: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """`url` rewritten to connect to `address`, with the Host header and TLS name of the original.

    Returns (url to request, extra headers, httpx request extensions).
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        ipaddress.ip_address(host)
        return url, {}, {}  # already an address
    except ValueError:
        pass
    literal = f"[{address}]" if ":" in address else address
    netloc = literal + (f":{parts.port}" if parts.port else "")
    host_header = host + (f":{parts.port}" if parts.port else "")
    target = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    extensions = {"sni_hostname": host} if parts.scheme.lower() == "https" else {}
    return target, {"Host": host_header}, extensions
