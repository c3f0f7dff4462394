// --check opens every narration with the decoder the kiosk plays it with: a recording whose Vorbis setup header is
// damaged inside, its page checksum made right again, passes the loader (which reads pages and header names only)
// and would play silent; here it is caught, at the line of narration.json that names it.
#include "loading/narration_checks.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>

#include "support/shipped_content.h"

namespace platform {
namespace {

// Ogg's page checksum (CRC-32, polynomial 0x04C11DB7, not reflected, its own four bytes taken as zero).
void fix_page_checksum(std::string& b, std::size_t page) {
    const std::size_t count = static_cast<unsigned char>(b[page + 26]);
    std::size_t end = page + 27 + count;
    for (std::size_t i = 0; i < count; ++i) end += static_cast<unsigned char>(b[page + 27 + i]);
    for (std::size_t i = 22; i < 26; ++i) b[page + i] = 0;
    std::uint32_t crc = 0;
    for (std::size_t i = page; i < end; ++i) {
        crc ^= static_cast<std::uint32_t>(static_cast<unsigned char>(b[i])) << 24;
        for (int bit = 0; bit < 8; ++bit) crc = crc & 0x80000000u ? (crc << 1) ^ 0x04C11DB7u : crc << 1;
    }
    for (int k = 0; k < 4; ++k) b[page + 22 + static_cast<std::size_t>(k)] = static_cast<char>(crc >> (8 * k));
}

// The recording with its first codebook's sync pattern ("BCV", just after the setup header's name and count)
// wiped: the pages still read whole, the decoder cannot set itself up.
std::string with_broken_setup(std::string b) {
    const std::size_t setup =
        b.find(std::string("\x05"
                           "vorbis",
                           7));
    EXPECT_NE(setup, std::string::npos);
    if (setup == std::string::npos) return b;
    for (std::size_t i = setup + 8; i < setup + 11; ++i) b[i] = 0;
    fix_page_checksum(b, b.rfind("OggS", setup));
    return b;
}

std::vector<app::Problem> check_with(const std::function<std::string(const std::string&)>& damage) {
    const app::ReadFile shipped = shipped_assets();
    const app::LoadResult first = app::load_content(shipped);
    EXPECT_TRUE(first.content);
    if (!first.content || first.content->narrations.empty()) {
        ADD_FAILURE() << "the shipped content has no narration to check";
        return {};
    }
    const std::string file = first.content->narrations.front().file;
    const std::string bytes = damage(*shipped(file).bytes);
    const app::ReadFile damaged = [shipped, file, bytes](const std::string& path) -> app::FileBytes {
        return path == file ? app::FileBytes{bytes} : shipped(path);
    };
    const app::LoadResult loaded = app::load_content(damaged);
    EXPECT_TRUE(loaded.content) << "the loader takes the damaged recording: only the decoder can tell";
    if (!loaded.content) return {};
    return check_narrations_decode(*loaded.content, damaged);
}

TEST(NarrationChecks, EveryShippedRecordingDecodes) {
    EXPECT_TRUE(check_with([](const std::string& b) { return b; }).empty());
}

TEST(NarrationChecks, ADamagedSetupHeaderIsCaughtWhereTheRecordingIsNamed) {
    const std::vector<app::Problem> problems = check_with(with_broken_setup);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, "audio/narration.json");
    EXPECT_GT(problems[0].line, 0);
    EXPECT_NE(problems[0].message.find("cannot be played"), std::string::npos) << problems[0].message;
    EXPECT_FALSE(problems[0].warning);
}

}  // namespace
}  // namespace platform
