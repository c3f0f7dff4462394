# The fuzz targets, one per content file kind plus the JSON parser and the replay format (fuzz_inputs.cpp says
# what each does). Included by tests/fuzz/ (short runs in CTest) and tests/sanitized/ (the fuzzers themselves).
set(EXHIBIT_FUZZ_TARGETS
  manifest telegram body annotations interface attract map geojson places timeline timeline_text json replay)
