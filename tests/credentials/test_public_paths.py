"""Every public exception lives at a public module path; the old private path still imports."""

from __future__ import annotations

import pickle

import tencent_mps.errors as errors
from tencent_mps_core import exceptions
from tencent_mps_core.credentials import CredentialsRefreshError


def test_every_exported_exception_has_a_public_module() -> None:
    exported = [getattr(errors, name) for name in errors.__all__]
    classes = [c for c in exported if isinstance(c, type) and issubclass(c, BaseException)]
    assert CredentialsRefreshError in classes
    private = [
        f"{c.__module__}.{c.__qualname__}"
        for c in classes
        if any(part.startswith("_") for part in c.__module__.split("."))
    ]
    assert private == []


def test_credentials_refresh_error_is_one_class_under_every_name() -> None:
    from tencent_mps_core.credentials._refresh import CredentialsRefreshError as old_path

    assert CredentialsRefreshError.__module__ == "tencent_mps_core.exceptions"
    assert exceptions.CredentialsRefreshError is CredentialsRefreshError
    assert errors.CredentialsRefreshError is CredentialsRefreshError
    assert old_path is CredentialsRefreshError
    assert issubclass(CredentialsRefreshError, exceptions.CredentialsError)


def test_credentials_refresh_error_pickles_with_its_fields() -> None:
    exc = CredentialsRefreshError(
        "STS refused", code="AuthFailure.SecretIdNotFound", http_status=200, request_id="r-1"
    )
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is CredentialsRefreshError
    assert (str(back), back.code, back.http_status, back.request_id) == (
        "STS refused",
        "AuthFailure.SecretIdNotFound",
        200,
        "r-1",
    )
    copy = exc.copy()
    assert copy is not exc and (copy.code, copy.request_id) == (exc.code, exc.request_id)
