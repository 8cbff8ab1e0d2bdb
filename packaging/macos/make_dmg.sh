#!/bin/sh
# The macOS download: dist/ContactDesk-<version>-macos-<arch>.dmg holding ContactDesk.app and a link to
# /Applications to drag it onto. Run after `python tools/build_app.py` (which writes dist/ContactDesk.app,
# its Info.plist declaring the .contactdesk document type). Sign the app before this, the .dmg after it
# (docs/release.md).
set -eu
cd "$(dirname "$0")/../.."
version=$(python -c "import sys; sys.path.insert(0, 'src'); import contactdesk; print(contactdesk.__version__)")
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R dist/ContactDesk.app "$stage/"
ln -s /Applications "$stage/Applications"
dmg="dist/ContactDesk-$version-macos-$(uname -m).dmg"
rm -f "$dmg"
hdiutil create -volname ContactDesk -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
echo "wrote $dmg ($(du -h "$dmg" | cut -f1))"
