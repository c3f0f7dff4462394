# The fuzz targets, one per content file kind plus the JSON parser, the replay format and narration audio (fuzz_inputs.cpp says
# what each does). Included by tests/fuzz/ (short runs in CTest) and tests/sanitized/ (the fuzzers themselves).
set(EXHIBIT_FUZZ_TARGETS
  manifest telegram body annotations interface attract map geojson places timeline timeline_text narration json replay
  audio)
