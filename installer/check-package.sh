#!/usr/bin/env bash
# Builds Tessera's .deb with CPack and checks it: the three programs, the desktop file, the icon and
# the AppStream metadata are in it, and the installed desktop file and metadata validate.
#
#   installer/check-package.sh BUILD_DIR [CPACK]
set -euo pipefail

build=$(cd "${1:?usage: check-package.sh BUILD_DIR [CPACK]}" && pwd)
cpack=${2:-cpack}
out="$build/installer/package-check"
failures=0

fail() { echo "check-package: FAIL: $*" >&2; failures=$((failures + 1)); }
need() { command -v "$1" >/dev/null 2>&1 || { echo "check-package: error: $1 is not installed" >&2; exit 4; }; }

for tool in "$cpack" dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do need "$tool"; done

rm -rf "$out"
mkdir -p "$out"
(cd "$build" && "$cpack" -G DEB -B "$out") >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    echo "check-package: error: cpack failed" >&2
    exit 1
}
debs=("$out"/*.deb)
[ -f "${debs[0]}" ] && [ ${#debs[@]} -eq 1 ] || { echo "check-package: error: expected one .deb in $out" >&2; exit 1; }
deb=${debs[0]}
echo "check-package: built $(basename "$deb")"

contents=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
for path in \
    ./usr/bin/tessera \
    ./usr/bin/tessera-cli \
    ./usr/bin/tessera-server \
    ./usr/share/applications/org.tessera.Tessera.desktop \
    ./usr/share/icons/hicolor/scalable/apps/org.tessera.Tessera.svg \
    ./usr/share/metainfo/org.tessera.Tessera.metainfo.xml; do
    grep -qxF -- "$path" <<<"$contents" || fail "$path is not in the package"
done

[ "$(dpkg-deb -f "$deb" Package)" = tessera ] || fail "the package is not named tessera"
# dpkg-shlibdeps ran: the dependencies name the Qt libraries the programs link.
depends=$(dpkg-deb -f "$deb" Depends)
grep -q 'libqt6core6' <<<"$depends" || fail "Depends lacks libqt6core6 (did dpkg-shlibdeps run?): $depends"

root="$out/root"
dpkg-deb -x "$deb" "$root"
desktop="$root/usr/share/applications/org.tessera.Tessera.desktop"
metainfo="$root/usr/share/metainfo/org.tessera.Tessera.metainfo.xml"
icon="$root/usr/share/icons/hicolor/scalable/apps/org.tessera.Tessera.svg"
if [ -f "$desktop" ]; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate refused the desktop file"
fi
if [ -f "$metainfo" ]; then
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli refused the AppStream metadata"
fi
if [ -f "$icon" ]; then
    grep -q '<svg' "$icon" || fail "the icon is not an SVG image"
fi
for program in tessera tessera-cli tessera-server; do
    [ -f "$root/usr/bin/$program" ] || continue
    [ -x "$root/usr/bin/$program" ] || fail "/usr/bin/$program is not executable"
done

if [ "$failures" -gt 0 ]; then
    echo "check-package: $failures check(s) failed" >&2
    exit 1
fi
echo "check-package: $(basename "$deb") is complete; its desktop file and AppStream metadata validate"
