"""Deployment defaults in infra/: forwarded headers are trusted from the proxy network only."""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path

INFRA = Path(__file__).resolve().parents[2] / "infra"


def setting(path: Path, name: str) -> str:
    """The value of `name: value` in a YAML file, with a Compose `${VAR:-default}` resolved
    to its default (read as text: the files are flat there, and no YAML library is needed)."""
    [value] = re.findall(rf"^\s*-?\s*{name}:\s*(.+?)\s*$", path.read_text(), re.MULTILINE)
    value = value.strip("\"'")
    default = re.fullmatch(r"\$\{\w+:-(.*)\}", value)
    return default.group(1) if default else value


class TestForwardedAllowIps:
    """Issue 7, finding 11: the compose and Kubernetes defaults trusted "*"."""

    def test_compose_trusts_its_own_fixed_subnet_only(self) -> None:
        compose = INFRA / "compose.yaml"
        trusted = ipaddress.ip_network(setting(compose, "FORWARDED_ALLOW_IPS"))
        subnet = ipaddress.ip_network(setting(compose, "subnet"))
        assert trusted == subnet
        assert subnet.is_private

    def test_kubernetes_names_a_private_network(self) -> None:
        trusted = setting(INFRA / "k8s" / "configmap.yaml", "FORWARDED_ALLOW_IPS")
        networks = [ipaddress.ip_network(part.strip()) for part in trusted.split(",")]
        assert networks and all(network.is_private for network in networks)
