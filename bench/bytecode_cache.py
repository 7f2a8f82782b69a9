"""Child processes of the start-up benches use compiled bytecode, as an installed app does.

A machine may set PYTHONDONTWRITEBYTECODE (this project's development machines do): then every
process compiles every source module it imports again, 150–200 ms of a desktop start, which
neither the installer's build (bytecode inside) nor a pip installation (bytecode written at
install) ever pays. The benches' children therefore keep their bytecode in a temporary folder
of the bench's own (PYTHONPYCACHEPREFIX: nothing is written into the checkout or the
environment); the untimed first round fills it.
"""

from __future__ import annotations


def with_bytecode_cache(env: dict[str, str], folder: str) -> dict[str, str]:
    """env for a child that reads and writes its bytecode under folder."""
    env = {**env, "PYTHONPYCACHEPREFIX": folder}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
