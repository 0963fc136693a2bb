#!/bin/sh
# Installs the one-folder build (dist/HaloTKI) with a desktop entry and icon, for this user
# or (as root, with --system) for everyone; --uninstall removes it again. The staff's data
# (~/.local/share/HaloTKI) is never touched, by installing, upgrading or uninstalling.
#
#   packaging/linux/install.sh [--system] [--uninstall] [DIST]
#
# DIST defaults to the folder this script is in when it was shipped inside the build,
# else dist/HaloTKI of the checkout. Needs libcups2 (printing) and libdbus-1-3, which
# every desktop installation has.
set -eu

system=0 uninstall=0 dist=""
for arg in "$@"; do
    case "$arg" in
        --system) system=1 ;;
        --uninstall) uninstall=1 ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) dist=$arg ;;
    esac
done

here=$(cd "$(dirname "$0")" && pwd)
if [ -z "$dist" ]; then
    if [ -x "$here/halotki" ]; then dist=$here; else dist=$here/../../dist/HaloTKI; fi
fi

if [ "$system" = 1 ]; then
    lib=/opt/halotki bin=/usr/local/bin share=/usr/local/share
else
    lib=$HOME/.local/opt/halotki bin=$HOME/.local/bin
    share=${XDG_DATA_HOME:-$HOME/.local/share}
fi
apps=$share/applications icons=$share/icons/hicolor

remove() {
    rm -rf "$lib"
    rm -f "$bin/halotki" "$apps/halotki.desktop" "$icons/256x256/apps/halotki.png" \
          "$icons/scalable/apps/halotki.svg"
}

if [ "$uninstall" = 1 ]; then
    remove
    echo "Halo TKI Desk removed. The data folder was kept."
    exit 0
fi

[ -x "$dist/halotki" ] || { echo "no build in $dist (run 'make package')" >&2; exit 1; }
dist=$(cd "$dist" && pwd)
[ "$dist" != "$lib" ] || { echo "$dist is the installed copy; run the script of a new build" >&2; exit 1; }
icon_dir=$dist/_internal/desktop/ui/icons

# A new version replaces the old program folder whole (a stale Qt plugin must not linger).
remove
mkdir -p "$lib" "$bin" "$apps" "$icons/256x256/apps" "$icons/scalable/apps"
cp -a "$dist/." "$lib/"
ln -sf "$lib/halotki" "$bin/halotki"
cp "$icon_dir/app-256.png" "$icons/256x256/apps/halotki.png"
cp "$icon_dir/app.svg" "$icons/scalable/apps/halotki.svg"
# The desktop entry names the installed program, not whatever is first on PATH.
sed -e "s|^Exec=.*|Exec=$lib/halotki|" -e "s|^TryExec=.*|TryExec=$lib/halotki|" \
    "$here/halotki.desktop" > "$apps/halotki.desktop"
chmod 644 "$apps/halotki.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true

echo "Halo TKI Desk installed in $lib ($bin/halotki; menu entry: Halo TKI Desk)."
echo "Check it: $bin/halotki --self-test"
