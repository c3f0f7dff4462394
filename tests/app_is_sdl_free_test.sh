#!/usr/bin/env bash
# app/ is the exhibit as plain C++: it must never see SDL, so it can be tested and reasoned about without a window.
set -euo pipefail
root="$1"
if grep -rnE '#\s*include\s*[<"]SDL' "$root/app"; then
  echo "app/ includes SDL headers (above); move that code to platform/"; exit 1
fi
if grep -nE 'SDL2' "$root/app/CMakeLists.txt"; then
  echo "app/CMakeLists.txt links SDL"; exit 1
fi
# Nor a codec: app/ measures files from their headers; decoding them is platform/'s (audio_decode, image_file).
if grep -rnE '#\s*include\s*[<"](vorbis|ogg/|stb)' "$root/app"; then
  echo "app/ includes a codec's headers (above); decode in platform/"; exit 1
fi
if grep -nE 'vorbis|stb' "$root/app/CMakeLists.txt"; then
  echo "app/CMakeLists.txt links a codec"; exit 1
fi
echo "app/ is free of SDL and codecs"
