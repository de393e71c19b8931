# Sourced by the other scripts: makes .venv with the development tools and the
# extension built from the current source. Needs only Rust and Python 3.9+.
# Standard output belongs to the script that sources this file (the demo prints
# JSON there), so everything the set-up says goes to standard error.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    echo "textfacts: making .venv (once)" >&2
    "$PYTHON" -m venv .venv >&2
fi
export VIRTUAL_ENV="$ROOT/.venv"
export PATH="$VIRTUAL_ENV/bin:$PATH"
stamp=.venv/.requirements-dev.txt
if ! cmp -s scripts/requirements-dev.txt "$stamp"; then
    echo "textfacts: installing the development tools into .venv" >&2
    python -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
    python -m pip install --quiet --disable-pip-version-check -r scripts/requirements-dev.txt >&2
    cp scripts/requirements-dev.txt "$stamp"
fi
# Evaluation and benchmark data live beside the project, never inside it.
export TEXTFACTS_DATA="${TEXTFACTS_DATA:-$ROOT/../shared/data}"

# A digest of everything the installed extension is built from: the Rust and
# Python sources and the manifests with the lockfile. Content, not times, so a
# fresh checkout of the same commit, or an edit undone, builds nothing.
extension_sources_digest() {
    python - <<'EOF'
import hashlib
from pathlib import Path

digest = hashlib.sha256()
files = [Path("Cargo.toml"), Path("Cargo.lock"), Path("pyproject.toml")]
for folder in ("src", "python"):
    files += (p for p in Path(folder).rglob("*") if p.is_file())
for path in sorted(files):
    # The built module and byte-code caches are outputs, not sources.
    if path.suffix in (".so", ".pyd", ".pyc") or "__pycache__" in path.parts:
        continue
    digest.update(f"{path.as_posix()}\0{path.stat().st_size}\0".encode())
    digest.update(path.read_bytes())
print(digest.hexdigest())
EOF
}

# Build and install the extension into .venv (editable) unless the installed
# build came from the same sources. `maturin develop` would otherwise relink
# and reinstall on every call; its and pip's messages go to standard error.
build_extension() {
    local stamp=.venv/.textfacts-extension digest
    digest="$(extension_sources_digest)"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$digest" ] \
        && compgen -G "python/textfacts/_textfacts*.so" >/dev/null; then
        return 0
    fi
    echo "textfacts: building the extension (release; the first build takes a few minutes)" >&2
    rm -f "$stamp"
    maturin develop --release --quiet >&2
    echo "$digest" >"$stamp"
}
