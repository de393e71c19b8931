# Sourced by the other scripts: makes .venv with the development tools and the
# extension built from the current source. Needs only Rust and Python 3.9+.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
export VIRTUAL_ENV="$ROOT/.venv"
export PATH="$VIRTUAL_ENV/bin:$PATH"
stamp=.venv/.requirements-dev.txt
if ! cmp -s scripts/requirements-dev.txt "$stamp"; then
    python -m pip install --quiet --disable-pip-version-check --upgrade pip
    python -m pip install --quiet --disable-pip-version-check -r scripts/requirements-dev.txt
    cp scripts/requirements-dev.txt "$stamp"
fi
# Evaluation and benchmark data live beside the project, never inside it.
export TEXTFACTS_DATA="${TEXTFACTS_DATA:-$ROOT/../shared/data}"

build_extension() {
    maturin develop --release --quiet
}
