# Shared by scripts/demo and scripts/test: a virtual environment with Legation installed
# (pinned in pyproject.toml) and its message catalogs compiled.
install_legation() {
    extras="$1"
    if [ ! -x .venv/bin/python ]; then
        python3 -m venv .venv
    fi
    echo "Installing Legation$extras into .venv…"
    .venv/bin/python -m pip install --quiet --upgrade "pip==26.3"
    .venv/bin/python -m pip install --quiet -e ".$extras"
    .venv/bin/legation compile_catalogs
}
