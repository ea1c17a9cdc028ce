"""Credentials: masking, validation, and the default chain (explicit, env, profile file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tencent_mps_core.credentials import Credentials, mask, resolve_credentials
from tencent_mps_core.exceptions import CredentialsError

from .conftest import SECRET_KEY, TOKEN, MpsClient
from .server import ScriptedServer


@pytest.fixture(autouse=True)
def no_metadata_service(monkeypatch: pytest.MonkeyPatch) -> None:
    """The chain's CVM step must not reach a real metadata service from a test machine."""
    monkeypatch.setenv("TENCENT_MPS_CVM_METADATA_DISABLED", "1")


def write_profile(home: Path, text: str) -> Path:
    path = home / ".tencentcloud" / "credentials"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


PROFILES = """\
[default]
secret_id = AKIDdefault0000aaaa
secret_key = default-key-%not-interpolated
region = ap-beijing

[prod]
secret_id = AKIDprod00000000bbbb
secret_key = prod-key
token = prod-token
region = ap-shanghai

[broken]
secret_id = AKIDbroken000000cccc
"""


def test_repr_and_str_mask_the_id_and_hide_key_and_token() -> None:
    c = Credentials("AKIDz8krbsJ5yKBZQpn7abcd", SECRET_KEY, token=TOKEN)
    for text in (repr(c), str(c), f"{c}", repr([c])):
        assert "AKID****abcd" in text
        assert SECRET_KEY not in text and TOKEN not in text
        assert "z8krbsJ5" not in text
    assert repr(Credentials("AKIDabcd1234", "k")) == "Credentials(secret_id='AKID****1234')"
    assert mask("short") == "****"


def test_credentials_are_frozen_and_comparable() -> None:
    c = Credentials("AKIDabcd1234", "k")
    with pytest.raises(AttributeError):
        c.secret_key = "other"  # type: ignore[misc]
    assert c == Credentials("AKIDabcd1234", "k")
    assert Credentials("AKIDabcd1234", "k", "").token is None


@pytest.mark.parametrize(
    ("secret_id", "secret_key", "token", "fragment"),
    [
        ("", "SeCrEtKeY-77", None, "secret_id"),
        ("AKID with space", "SeCrEtKeY-77", None, "visible ASCII"),
        ("AKIDabcd1234\n", "SeCrEtKeY-77", None, "visible ASCII"),
        ("AKIDabcd1234", "", None, "secret_key"),
        ("AKIDabcd1234", " SeCrEtKeY-77", None, "whitespace"),
        ("AKIDabcd1234", "SeCrEtKeY-77\n", None, "whitespace"),
        ("AKIDabcd1234", "SeCrEtKeY-77", "tok\r\nX-Evil: 1", "X-TC-Token"),
        ("AKIDabcd1234", "SeCrEtKeY-77", "tökén", "X-TC-Token"),
    ],
)
def test_malformed_credentials_are_rejected(
    secret_id: str, secret_key: str, token: str | None, fragment: str
) -> None:
    with pytest.raises(CredentialsError) as info:
        Credentials(secret_id, secret_key, token)
    text = str(info.value)
    assert fragment in text
    assert "SeCrEtKeY" not in text
    assert "X-Evil" not in text and "tökén" not in text


def test_explicit_credentials_win_over_everything(
    monkeypatch: pytest.MonkeyPatch, clean_env: Path
) -> None:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", "AKIDenv000000000dddd")
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", "env-key")
    write_profile(clean_env, PROFILES)
    explicit = Credentials("AKIDexplicit0000eeee", "explicit-key")
    got = resolve_credentials(explicit)
    assert got.credentials is explicit
    assert got.source == "explicit"
    assert got.region is None


def test_environment(monkeypatch: pytest.MonkeyPatch, clean_env: Path) -> None:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", "AKIDenv000000000dddd")
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", "env-key")
    monkeypatch.setenv("TENCENTCLOUD_TOKEN", "env-token")
    monkeypatch.setenv("TENCENTCLOUD_REGION", "ap-chengdu")
    write_profile(clean_env, PROFILES)  # the environment comes first
    got = resolve_credentials()
    assert got.credentials == Credentials("AKIDenv000000000dddd", "env-key", "env-token")
    assert got.region == "ap-chengdu"
    assert got.source == "environment"
    assert resolve_credentials(region="ap-hongkong").region == "ap-hongkong"


@pytest.mark.parametrize(
    ("present", "missing"),
    [
        ("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY"),
        ("TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_SECRET_ID"),
    ],
)
def test_half_set_environment_is_an_error(
    monkeypatch: pytest.MonkeyPatch, clean_env: Path, present: str, missing: str
) -> None:
    monkeypatch.setenv(present, "AKIDhalf00000000ffff")
    write_profile(clean_env, PROFILES)  # not silently used instead
    with pytest.raises(CredentialsError) as info:
        resolve_credentials()
    assert f"{present} is set but {missing} is not" in str(info.value)


def test_token_alone_in_environment_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENCENTCLOUD_TOKEN", "lonely-token")
    with pytest.raises(CredentialsError) as info:
        resolve_credentials()
    assert "TENCENTCLOUD_TOKEN is set" in str(info.value)
    assert "lonely-token" not in str(info.value)


def test_empty_environment_values_count_as_unset(
    monkeypatch: pytest.MonkeyPatch, clean_env: Path
) -> None:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", "")
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", "")
    write_profile(clean_env, PROFILES)
    assert resolve_credentials().source.startswith("profile 'default'")


def test_default_profile_file(clean_env: Path) -> None:
    path = write_profile(clean_env, PROFILES)
    got = resolve_credentials()
    assert got.credentials == Credentials("AKIDdefault0000aaaa", "default-key-%not-interpolated")
    assert got.region == "ap-beijing"
    assert got.source == f"profile 'default' in {path}"


def test_region_env_beats_profile_region(monkeypatch: pytest.MonkeyPatch, clean_env: Path) -> None:
    write_profile(clean_env, PROFILES)
    monkeypatch.setenv("TENCENTCLOUD_REGION", "ap-nanjing")
    assert resolve_credentials().region == "ap-nanjing"


def test_named_profile_from_environment(monkeypatch: pytest.MonkeyPatch, clean_env: Path) -> None:
    write_profile(clean_env, PROFILES)
    monkeypatch.setenv("TENCENTCLOUD_PROFILE", "prod")
    got = resolve_credentials()
    assert got.credentials == Credentials("AKIDprod00000000bbbb", "prod-key", "prod-token")
    assert got.region == "ap-shanghai"


def test_named_profile_argument_beats_environment_credentials(
    monkeypatch: pytest.MonkeyPatch, clean_env: Path
) -> None:
    write_profile(clean_env, PROFILES)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", "AKIDenv000000000dddd")
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", "env-key")
    got = resolve_credentials(profile="prod")
    assert got.credentials.secret_id == "AKIDprod00000000bbbb"


def test_missing_named_profile_is_an_error_listing_sections(clean_env: Path) -> None:
    write_profile(clean_env, PROFILES)
    with pytest.raises(CredentialsError) as info:
        resolve_credentials(profile="staging")
    assert "'staging' not found" in str(info.value)
    assert "'prod'" in str(info.value)


def test_named_profile_without_file_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENCENTCLOUD_PROFILE", "prod")
    with pytest.raises(CredentialsError) as info:
        resolve_credentials()
    assert "does not exist" in str(info.value)


def test_incomplete_profile_is_an_error(clean_env: Path) -> None:
    write_profile(clean_env, PROFILES)
    with pytest.raises(CredentialsError) as info:
        resolve_credentials(profile="broken")
    assert "has no secret_key" in str(info.value)


def test_unparseable_profile_file_does_not_echo_its_content(clean_env: Path) -> None:
    write_profile(clean_env, "secret_key = leaked-value-1234\n[default\n")
    with pytest.raises(CredentialsError) as info:
        resolve_credentials()
    assert "not a valid INI file" in str(info.value)
    assert "leaked-value-1234" not in str(info.value)


def test_nothing_found_says_what_was_looked_at(clean_env: Path) -> None:
    with pytest.raises(CredentialsError) as info:
        resolve_credentials()
    text = str(info.value)
    assert "TENCENTCLOUD_SECRET_ID" in text and "TENCENTCLOUD_SECRET_KEY" in text
    assert str(clean_env / ".tencentcloud" / "credentials") in text
    assert "file not found" in text


def test_nothing_found_with_a_file_without_default_section(clean_env: Path) -> None:
    write_profile(clean_env, "[prod]\nsecret_id = AKIDx0000000\nsecret_key = k\n")
    with pytest.raises(CredentialsError) as info:
        resolve_credentials()
    assert "no [default] section" in str(info.value)


def test_home_is_resolved_at_call_time(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("a", "b"):
        home = tmp_path / name
        write_profile(home, f"[default]\nsecret_id = AKID{name * 12}\nsecret_key = k\n")
    monkeypatch.setenv("HOME", str(tmp_path / "a"))
    assert resolve_credentials().credentials.secret_id == "AKID" + "a" * 12
    monkeypatch.setenv("HOME", str(tmp_path / "b"))
    assert resolve_credentials().credentials.secret_id == "AKID" + "b" * 12


def test_client_uses_the_chain(
    monkeypatch: pytest.MonkeyPatch, clean_env: Path, server: ScriptedServer
) -> None:
    write_profile(clean_env, PROFILES)
    with MpsClient(endpoint=server.url) as client:
        assert client.region == "ap-beijing"
        assert client.credentials.secret_id == "AKIDdefault0000aaaa"
        client.describe()
    with MpsClient(endpoint=server.url, profile="prod", region="ap-tokyo") as client:
        client.describe()
    h = server.requests[-1].headers
    assert "Credential=AKIDprod00000000bbbb/" in h["authorization"]
    assert h["x-tc-token"] == "prod-token"
    assert h["x-tc-region"] == "ap-tokyo"


def test_client_without_any_credentials_raises(server: ScriptedServer) -> None:
    with pytest.raises(CredentialsError):
        MpsClient(endpoint=server.url)


def test_wrong_credentials_type_is_rejected() -> None:
    with pytest.raises(CredentialsError):
        MpsClient(credentials=("AKID", "key"))  # type: ignore[arg-type]
