# Shared by scripts/demo and scripts/test: a virtual environment with Legation installed
# (pinned in pyproject.toml), its message catalogs compiled and its static files collected.
# $1: the extras, comma-separated ("test", or "" for none), with PostgreSQL's driver (the
# `postgres` extra) when DATABASE_URL names PostgreSQL: a SQLite install never loads it.
extras_for_database() {
    case "${DATABASE_URL:-}" in
        postgres:* | postgresql:* | pgsql:*) echo "${1:+$1,}postgres" ;;
        *) echo "$1" ;;
    esac
}

install_legation() {
    extras=$(extras_for_database "$1")
    if [ ! -x .venv/bin/python ]; then
        python3 -m venv .venv
    fi
    echo "Installing Legation${extras:+[$extras]} into .venv…"
    .venv/bin/python -m pip install --quiet --upgrade "pip==26.3"
    .venv/bin/python -m pip install --quiet -e ".${extras:+[$extras]}"
    .venv/bin/legation compile_catalogs
    .venv/bin/legation collectstatic --noinput -v 0
}

apt_install() {
    if [ "$(id -u)" = 0 ]; then
        apt_get="apt-get"
    else
        apt_get="sudo apt-get"
    fi
    $apt_get install -y -q "$@" > /dev/null \
        || { $apt_get update -q > /dev/null && $apt_get install -y -q "$@" > /dev/null; }
}

# The browser tests drive Debian's Chromium through its own ChromeDriver (no browser
# downloads), check pages with axe-core and the Nu HTML Checker (vnu-jar), pinned in
# package.json and package-lock.json and installed by npm, and run the checker on Debian's
# Java.
install_browser() {
    missing=""
    [ -x /usr/bin/chromium ] || missing="$missing chromium"
    [ -x /usr/bin/chromedriver ] || missing="$missing chromium-driver"
    command -v java > /dev/null || missing="$missing default-jre-headless"
    command -v npm > /dev/null || missing="$missing nodejs npm"
    if [ -n "$missing" ]; then
        echo "Installing Debian's$missing…"
        # shellcheck disable=SC2086
        apt_install $missing
    fi
    # vnu-jar's install script would download a Java runtime: Debian's is used instead.
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
}

# bench/pages.py and bench/cache.py load the servers with Debian's wrk; nothing else uses it.
install_wrk() {
    command -v wrk > /dev/null || { echo "Installing Debian's wrk…"; apt_install wrk; }
}
