// One libFuzzer target; which one is chosen at build time (EXHIBIT_FUZZ_TARGET, see tests/sanitized/).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz_inputs.h"

#ifndef EXHIBIT_FUZZ_TARGET
#error "EXHIBIT_FUZZ_TARGET names the target (manifest, body, json, replay, ...)"
#endif

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // Reads the assets once before fuzzing starts, and stops at once on a misspelt target.
    if (!fuzz::run_target(EXHIBIT_FUZZ_TARGET, "")) {
        std::fprintf(stderr, "fuzz: unknown target '%s'\n", EXHIBIT_FUZZ_TARGET);
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::run_target(EXHIBIT_FUZZ_TARGET, std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
