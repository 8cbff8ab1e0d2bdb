#!/bin/sh
# Installs the ContactDesk folder app for the current user: the program under ~/.local/opt, the command
# ContactDesk in ~/.local/bin, and the menu entry, icon and .contactdesk file type. Run it from the
# unpacked tarball; run it again to update. Remove with: sh install.sh --uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_id=org.contactdesk.ContactDesk

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$HOME/.local/opt/ContactDesk" "$HOME/.local/bin/ContactDesk" "$data/applications/$app_id.desktop" \
    "$data/metainfo/$app_id.metainfo.xml" "$data/mime/packages/$app_id.xml"
  find "$data/icons/hicolor" -name "$app_id.png" -delete 2>/dev/null || true
else
  mkdir -p "$HOME/.local/opt" "$HOME/.local/bin"
  rm -rf "$HOME/.local/opt/ContactDesk"
  cp -R "$here/ContactDesk" "$HOME/.local/opt/ContactDesk"
  ln -sf "$HOME/.local/opt/ContactDesk/ContactDesk" "$HOME/.local/bin/ContactDesk"
  cp -R "$here/share/." "$data/"
fi
# Let the desktop know; these tools are missing on some systems, which only delays the menu entry.
update-mime-database "$data/mime" 2>/dev/null || true
update-desktop-database "$data/applications" 2>/dev/null || true
gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
echo "ContactDesk ${1:+un}installed for $(id -un)"
