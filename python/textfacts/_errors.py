"""The exception a bug in textfacts surfaces as (raised by the compiled module)."""

from __future__ import annotations


class InternalError(RuntimeError):
    """A bug in textfacts: a stage failed on an input it should have handled.

    The compiled core raises it where it would otherwise panic, so that ``except Exception``
    catches it and a batch names the text that failed. The message names the stage, the
    input's length in bytes and, for ``extract_many``, the text's index; please report it
    with the input.

    >>> issubclass(textfacts.InternalError, RuntimeError)
    True
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
