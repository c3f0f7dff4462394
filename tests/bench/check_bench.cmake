# cmake -DEXHIBIT=path/to/exhibit -P check_bench.cmake
# Small, on the software renderer and SDL's offscreen driver so that it runs anywhere without a display; cost
# windows of 0.2 s instead of 10. The tour is paced as the window's loop paces (about 50 s).
execute_process(COMMAND "${CMAKE_COMMAND}" -E env EXHIBIT_BENCH_SECONDS=0.2 SDL_VIDEODRIVER=offscreen
                        "${EXHIBIT}" --bench --size 320x240 --renderer software
                OUTPUT_VARIABLE json ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "exhibit --bench failed (${rc}): ${err}")
endif()
string(JSON renderer GET "${json}" renderer)
string(JSON frames GET "${json}" frames_drawn)
string(JSON first GET "${json}" first_frame_ms)
string(JSON p99 GET "${json}" frame_ms total p99)
string(JSON idle GET "${json}" cpu_percent idle)
string(JSON peak GET "${json}" memory_kib peak_rss)
string(JSON skipped LENGTH "${json}" tour skipped)
if(NOT renderer STREQUAL "software" OR frames LESS 1000 OR NOT first GREATER 0 OR NOT p99 GREATER 0 OR peak LESS 1)
  message(FATAL_ERROR "unexpected bench output:\n${json}")
endif()
message(STATUS "bench: ${frames} frames, first frame ${first} ms, p99 ${p99} ms, idle ${idle} %, peak RSS ${peak} KiB, ${skipped} steps skipped")
