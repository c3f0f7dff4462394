#!/usr/bin/env bash
# platform/'s folders are layers (platform/README.md): each includes only the folders below it, so a part can be
# read with only what is beneath it in mind. This fails when an include points upwards or sideways.
set -euo pipefail
root="$1"
declare -A may=(
  [options]=""
  [meters]=""
  [sound]=""
  [storage]="options"
  [render]="text"
  [text]="render"
  [loading]="render text sound"
  [overlay]="loading storage render text meters options"
  [window]="overlay loading storage render text meters options sound"
  [modes]="window overlay loading storage render text meters options sound"
)
folders=" ${!may[*]} "
bad=0
for folder in "${!may[@]}"; do
  for file in "$root/platform/$folder"/*.{h,cpp}; do
    [ -e "$file" ] || continue
    while IFS= read -r used; do
      # Only platform folders count; app/'s own folders (content/, maintenance/, ...) are always allowed.
      [[ "$folders" == *" $used "* ]] || continue
      [ "$used" = "$folder" ] && continue
      if [[ " ${may[$folder]} " != *" $used "* ]]; then
        echo "platform/$folder/$(basename "$file") includes $used/, which platform/README.md does not allow"
        bad=1
      fi
    done < <(sed -n 's|^#include "\([a-z_]*\)/.*|\1|p' "$file" | sort -u)
  done
done
if [ ! -d "$root/platform/modes" ] || [ ! -d "$root/platform/render" ]; then
  echo "platform/ folders not found under $root"; exit 1
fi
[ "$bad" = 0 ] && echo "platform/'s folders include only the layers below them"
exit "$bad"
