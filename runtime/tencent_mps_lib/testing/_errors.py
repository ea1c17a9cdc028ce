"""The error a handler raises to make the emulator answer an error envelope."""

from __future__ import annotations

__all__ = ["EmulatorError"]


class EmulatorError(Exception):
    """An error answer of the emulated service: ``{"Error": {"Code": code, "Message": message}}``.

    Raise it from a handler registered with :meth:`Emulator.on` to answer an error, with any code
    (``"ResourceNotFound.TemplateNotExist"``, ``"InvalidParameterValue"``, ...). The emulator's own
    checks raise it too.
    """

    def __init__(self, code: str, message: str) -> None:
        if type(code) is not str or not code:
            raise ValueError("an EmulatorError needs a non-empty error code")
        super().__init__(code, message)
        self.code = code
        self.message = str(message)

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


def missing(path: str) -> EmulatorError:
    return EmulatorError(
        "MissingParameter", f"The request is missing a required parameter `{path}`."
    )


def invalid_value(path: str, why: str, code: str = "InvalidParameterValue") -> EmulatorError:
    return EmulatorError(code, f"The value of parameter `{path}` is invalid: {why}.")
