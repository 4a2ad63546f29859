#!/bin/sh
# Installs ClusterDesk for the current user from this unpacked folder: the `clusterdesk`
# command in ~/.local/bin, the icon and a menu entry. Run it as ./install.sh (no root needed).
# Moving the folder afterwards breaks the entry; run install.sh again from the new place.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$HOME/.local/bin" "$data/applications" "$data/icons/hicolor/256x256/apps"
ln -sf "$here/clusterdesk" "$HOME/.local/bin/clusterdesk"
cp "$here/clusterdesk.png" "$data/icons/hicolor/256x256/apps/clusterdesk.png"
sed "s|^Exec=clusterdesk\$|Exec=\"$here/clusterdesk\"|" "$here/clusterdesk.desktop" \
    > "$data/applications/clusterdesk.desktop"
echo "ClusterDesk is in the applications menu; the command is $HOME/.local/bin/clusterdesk"
