"""Which client a request came from: the right-most X-Forwarded-For entry that is not one of our
proxies; a left-most entry the client wrote itself is never believed; IPv6 counted per /64."""

import pytest

from bot.gateway.ratelimit import bucket, client_address, trusted_networks
from bot.settings import Settings

from .conftest import web_message


def test_a_spoofed_left_most_entry_is_not_believed():
    # nginx appending ($proxy_add_x_forwarded_for): the client sent "1.2.3.4", nginx added its peer.
    assert client_address("127.0.0.1", "1.2.3.4, 203.0.113.9", True) == "203.0.113.9"
    # nginx overwriting with $remote_addr (the generated config): one entry, the real peer.
    assert client_address("127.0.0.1", "203.0.113.9", True) == "203.0.113.9"


def test_a_chain_of_trusted_proxies_is_walked_from_the_right():
    proxies = ("10.0.0.0/8", "127.0.0.1/32")
    chain = "6.6.6.6, 198.51.100.7, 10.1.2.3, 10.9.9.9"  # spoof, client, TLS proxy, load balancer
    assert client_address("127.0.0.1", chain, True, proxies) == "198.51.100.7"
    # The same chain with only loopback trusted: the first untrusted hop from the right is the client.
    assert client_address("127.0.0.1", chain, True) == "10.9.9.9"


def test_the_header_is_ignored_unless_trusted_and_from_a_trusted_peer():
    assert client_address("203.0.113.9", "1.2.3.4", False) == "203.0.113.9"  # trust_proxy off
    assert client_address("203.0.113.9", "1.2.3.4", True) == "203.0.113.9"  # a client, not our proxy
    assert client_address("127.0.0.1", None, True) == "127.0.0.1"
    assert client_address(None, "1.2.3.4", True) == "unknown"


def test_a_broken_chain_stops_at_the_last_readable_hop():
    assert client_address("127.0.0.1", "198.51.100.7, not-an-address", True) == "127.0.0.1"
    assert client_address("127.0.0.1", "garbage, 198.51.100.7", True) == "198.51.100.7"


def test_ipv6_clients_are_one_client_per_64():
    assert bucket("2001:db8:1:2:aaaa:bbbb:cccc:dddd") == "2001:db8:1:2::/64"
    assert client_address("::1", "2001:db8:1:2::99", True) == "2001:db8:1:2::/64"
    assert client_address("2001:db8:1:2::5", None, False) == "2001:db8:1:2::/64"
    assert bucket("::ffff:192.0.2.7") == "192.0.2.7"  # an IPv4 client on a dual-stack socket
    assert bucket("198.51.100.7") == "198.51.100.7"


def test_trusted_proxies_setting_and_a_mistyped_cidr_fail_at_start():
    assert Settings.from_env({"WAYMARK_TRUSTED_PROXIES": "10.0.0.0/8, 192.0.2.1"}).trusted_proxies == \
        ("10.0.0.0/8", "192.0.2.1/32")
    assert Settings.from_env({}).trusted_proxies == ("127.0.0.1/32", "::1/128")  # nginx on this host
    with pytest.raises(ValueError):
        Settings.from_env({"WAYMARK_TRUSTED_PROXIES": "10.0.0.0/33"})
    with pytest.raises(ValueError):
        trusted_networks(("10.0.0.0/33",))


async def test_rotating_a_spoofed_left_most_entry_does_not_escape_the_address_limit(make_client):
    client = await make_client(trust_proxy=True, ip_rate_limit_per_minute=3)
    statuses = []
    for i in range(5):
        response = await client.post("/api/web/messages", data=web_message(f"widget-session-{i:04d}", "hi"),
                                     headers={"Content-Type": "application/json",
                                              "X-Forwarded-For": f"10.0.0.{i}, 203.0.113.9"})
        statuses.append(response.status)
    assert statuses == [200, 200, 200, 429, 429]


async def test_a_second_forwarded_for_header_cannot_hide_the_real_one(make_client):
    client = await make_client(trust_proxy=True, ip_rate_limit_per_minute=2)
    statuses = []
    for i in range(3):
        headers = [("Content-Type", "application/json"), ("X-Forwarded-For", f"10.0.0.{i}"),
                   ("X-Forwarded-For", "203.0.113.9")]
        response = await client.post("/api/web/messages", data=web_message(f"widget-session-{i:04d}", "hi"),
                                     headers=headers)
        statuses.append(response.status)
    assert statuses == [200, 200, 429]
