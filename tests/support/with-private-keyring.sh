#!/bin/sh
# with-private-keyring.sh PROGRAM [ARGS...]: runs PROGRAM on a private D-Bus session bus with its own unlocked
# gnome-keyring (the freedesktop Secret Service) in a throw-away HOME, so keychain code runs against a real
# secret service without a display and without touching the user's keyring. Exits with PROGRAM's status.
set -eu
keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/tessera-keyring.XXXXXX")
trap 'rm -rf "$keyring_home"' EXIT INT TERM
mkdir -p "$keyring_home/run" "$keyring_home/data" "$keyring_home/config" "$keyring_home/cache"
chmod 700 "$keyring_home/run"
export HOME="$keyring_home" XDG_RUNTIME_DIR="$keyring_home/run" XDG_DATA_HOME="$keyring_home/data" \
    XDG_CONFIG_HOME="$keyring_home/config" XDG_CACHE_HOME="$keyring_home/cache"
unset DISPLAY WAYLAND_DISPLAY
status=0
# --unlock reads the new login keyring's password on stdin, creates and unlocks it, and makes it the default.
dbus-run-session -- sh -c 'printf %s tessera-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
    && exec "$@"' with-private-keyring "$@" || status=$?
exit "$status"
