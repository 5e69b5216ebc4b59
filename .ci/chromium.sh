#!/bin/sh
# The Chromium that the browser tests drive (`make test` runs this).
#
#   sh .ci/chromium.sh find      print the Chromium to use, or fail
#   sh .ci/chromium.sh install   the same, but first install Debian's chromium
#                                package when no usable Chromium exists
#
# Looked for in this order, the same as tests/browser/conftest.py: $CHROME_PATH,
# $REEX_CHROMIUM (either, when set, must be a working executable), then the
# commands chromium, chromium-browser, google-chrome and google-chrome-stable
# on PATH. A candidate counts only if `<it> --version` succeeds (Ubuntu's
# chromium-browser can be a stub that asks for a snap).
#
# The install is apt-get's, without recommended packages (with them, Debian's
# chromium brings over a hundred more: avahi-daemon, udev, upgrades of systemd
# ...). It needs root or sudo. Without apt-get it explains and fails.
set -eu

LOOKED="CHROME_PATH, REEX_CHROMIUM and the commands chromium, chromium-browser, google-chrome and google-chrome-stable on PATH"

works() {
    [ -f "$1" ] && [ -x "$1" ] && "$1" --version >/dev/null 2>&1
}

find_chromium() {
    for variable in CHROME_PATH REEX_CHROMIUM; do
        eval "value=\${$variable:-}"
        if [ -n "$value" ]; then
            if works "$value"; then
                printf '%s\n' "$value"
                return 0
            fi
            echo "$variable=$value is not a working Chromium executable" >&2
            return 2
        fi
    done
    for name in chromium chromium-browser google-chrome google-chrome-stable; do
        if found=$(command -v "$name" 2>/dev/null) && works "$found"; then
            printf '%s\n' "$found"
            return 0
        fi
    done
    return 1
}

install_chromium() {
    if ! command -v apt-get >/dev/null 2>&1; then
        {
            echo "No Chromium found (looked at $LOOKED)."
            echo "This is not a Debian-like system, where \`make test\` would install Debian's"
            echo "chromium package. Install Chromium or Google Chrome, then run \`make test\`"
            echo "again; if it is not on PATH under one of those names, set CHROME_PATH to its"
            echo "executable."
        } >&2
        return 1
    fi
    echo "No Chromium found: installing Debian's chromium with apt-get (no recommended packages)" >&2
    export DEBIAN_FRONTEND=noninteractive
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends chromium
    else
        sudo apt-get update -qq
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
    fi
}

case "${1:-find}" in
find)
    find_chromium
    ;;
install)
    status=0
    find_chromium || status=$?
    if [ "$status" = 1 ]; then
        install_chromium
        find_chromium || {
            echo "chromium was installed but no working Chromium is found ($LOOKED)" >&2
            exit 1
        }
    elif [ "$status" != 0 ]; then
        exit "$status"
    fi
    ;;
*)
    echo "usage: sh .ci/chromium.sh [find|install]" >&2
    exit 64
    ;;
esac
