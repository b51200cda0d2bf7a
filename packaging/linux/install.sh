#!/bin/sh
# Desktop integration on Linux: the menu entry, the AppStream metainfo, the .dres MIME type and
# the icons, so that a double-click on a draft opens Delegate Editor.
#
#   packaging/linux/install.sh [--prefix DIR] [--uninstall]
#
# DIR defaults to ~/.local (or /usr/local as root). Works from a checkout (after `pip install .`
# puts `delegate-editor` on the PATH) and from the PyInstaller folder, where it is
# _internal/desktop/install.sh and also links DIR/bin/delegate-editor to the bundled program.
set -eu

APP_ID=org.delegateeditor.DelegateEditor
DOC_ICON=application-x-delegate-editor-draft
here=$(cd "$(dirname "$0")" && pwd)

if [ "$(id -u)" -eq 0 ]; then prefix=/usr/local; else prefix="${HOME}/.local"; fi
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
              prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (use --prefix DIR or --uninstall)" >&2; exit 2 ;;
  esac
done

icons=""
for candidate in "$here/../../resources/icons" "$here/../delegate_editor/_resources/icons"; do
  if [ -d "$candidate/hicolor" ]; then icons=$(cd "$candidate" && pwd); break; fi
done
[ -n "$icons" ] || { echo "install.sh: the icons are missing beside $here" >&2; exit 2; }
bundled=""
[ -x "$here/../../delegate-editor" ] && [ -d "$here/../delegate_editor" ] && bundled=$(cd "$here/../.." && pwd)/delegate-editor

share="$prefix/share"
sizes=$(cd "$icons/hicolor" && ls -d ./*x* scalable | sed 's|^\./||')

if [ "$uninstall" -eq 1 ]; then
  rm -f "$share/applications/$APP_ID.desktop" "$share/metainfo/$APP_ID.metainfo.xml" \
        "$share/mime/packages/$APP_ID.xml"
  for size in $sizes; do
    rm -f "$share/icons/hicolor/$size/apps/$APP_ID".* "$share/icons/hicolor/$size/mimetypes/$DOC_ICON".*
  done
  if [ -L "$prefix/bin/delegate-editor" ]; then rm -f "$prefix/bin/delegate-editor"; fi
else
  mkdir -p "$share/applications" "$share/metainfo" "$share/mime/packages"
  cp "$here/$APP_ID.desktop" "$share/applications/"
  cp "$here/$APP_ID.metainfo.xml" "$share/metainfo/"
  cp "$here/$APP_ID.xml" "$share/mime/packages/"
  for size in $sizes; do
    for context in apps mimetypes; do
      if [ -d "$icons/hicolor/$size/$context" ]; then
        mkdir -p "$share/icons/hicolor/$size/$context"
        cp "$icons/hicolor/$size/$context/"* "$share/icons/hicolor/$size/$context/"
      fi
    done
  done
  if [ -n "$bundled" ]; then
    mkdir -p "$prefix/bin"
    ln -sf "$bundled" "$prefix/bin/delegate-editor"
  fi
fi

# Refresh the desktop's caches; each tool is optional (a missing one only delays the change).
if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$share/mime"; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$share/applications"; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ]; then
  gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true
fi
if [ "$uninstall" -eq 1 ]; then echo "Removed Delegate Editor's desktop entry from $share"; else
  echo "Installed Delegate Editor's desktop entry, MIME type and icons in $share"; fi
