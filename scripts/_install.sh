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

# The browser tests drive Debian's Chromium through its own ChromeDriver (no browser downloads).
install_browser() {
    if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
        return
    fi
    echo "Installing Debian's chromium and chromium-driver…"
    if [ "$(id -u)" = 0 ]; then
        apt_get="apt-get"
    else
        apt_get="sudo apt-get"
    fi
    $apt_get install -y -q chromium chromium-driver > /dev/null \
        || { $apt_get update -q > /dev/null && $apt_get install -y -q chromium chromium-driver > /dev/null; }
}
