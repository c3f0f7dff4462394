#!/usr/bin/env bash
# app/ is the exhibit as plain C++: no window, no files, no clock, no threads, no libraries of the machine. Then it
# can be tested and replayed deterministically, and reasoned about without a kiosk. This fails when a file under
# app/ includes an I/O or platform header, or when app/'s CMakeLists.txt finds or links such a library: that code
# belongs in platform/, which hands app/ what it read or measured.
set -euo pipefail
root="$1"
status=0

# Headers app/ must not include, as extended regular expressions on what is inside <...> or "...".
forbidden_headers=(
  'SDL[^/]*(/.*)?'                     # SDL2, SDL2_ttf, SDL2_image: the window, input and drawing
  '(backends/)?imgui[^/]*'             # Dear ImGui: the maintenance overlay
  'sqlite3?(ext)?\.h'                  # the statistics database
  'sodium(/.*)?\.h'                    # the PIN's hash
  'systemd/.*'                         # sd_notify, the watchdog
  'vorbis/.*' 'ogg/.*'                 # decoding audio files
  'png\.h' 'jpeglib\.h' 'stb_.*' 'ft2build\.h' 'freetype/.*'   # decoding pictures and fonts
  'GL/.*' 'GLES[0-9]*/.*' 'EGL/.*'     # the GPU
  'fstream' 'filesystem' 'iostream' 'cstdio' 'stdio\.h' 'dirent\.h' 'fcntl\.h'   # files and the console
  'chrono' 'ctime' 'time\.h'           # the clock: app/ is given its time (Exhibit::now)
  'thread' 'mutex' 'future' 'condition_variable' 'pthread\.h'                  # threads
  'csignal' 'signal\.h' 'unistd\.h' 'sys/.*' 'linux/.*' 'dlfcn\.h' 'poll\.h'   # the operating system
)
pattern="^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($(IFS='|'; echo "${forbidden_headers[*]}"))[>\"]"

found=$(grep -rnE --include='*.h' --include='*.hpp' --include='*.cpp' --include='*.cc' "$pattern" "$root/app" || true)
if [ -n "$found" ]; then
  printf '%s\n' "$found"
  echo "app/ includes I/O or platform headers (above): move that code to platform/"
  status=1
fi

# Libraries app/'s CMake must not find or link (comments are skipped: they may name them to say why not).
forbidden_libraries='\b(SDL2\w*|imgui|sqlite3?|sodium|systemd|vorbis\w*|ogg|png|jpeg|stb|freetype|opengl|gles\w*|egl|threads|pthread)\b'
while IFS= read -r cmake_file; do
  if sed -E 's/#.*$//' "$cmake_file" | grep -nEi "$forbidden_libraries" | sed "s|^|$cmake_file:|" | grep .; then
    echo "$cmake_file finds or links an I/O or platform library (above): link it from platform/"
    status=1
  fi
done < <(find "$root/app" -name CMakeLists.txt -o -name '*.cmake')

[ "$status" -eq 0 ] && echo "app/ includes and links no I/O or platform code"
exit "$status"
