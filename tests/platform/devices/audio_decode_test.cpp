// Narration recordings decoded for the loudspeaker: Ogg Vorbis through libvorbisfile to its full length as
// app::probe_audio measured it from the headers, and WAV through app's PCM reader.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "audio/audio_clip.h"
#include "sound/audio_decode.h"

namespace platform {
namespace {

std::string read_shipped(const std::string& path) {
    std::ifstream in(std::string(EXHIBIT_SOURCE_ASSETS_DIR) + "/" + path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(AudioDecode, AShippedOggNarrationDecodesToTheLengthItsHeadersGive) {
    const std::string bytes = read_shipped("audio/en/manganese-ore.ogg");
    const app::AudioProbe p = app::probe_audio(bytes);
    ASSERT_EQ(p.problem, "");
    std::optional<AudioDecoder> d = open_audio(std::make_shared<const std::string>(bytes));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->format.sample_rate, p.format.sample_rate);
    EXPECT_EQ(d->format.channels, p.format.channels);
    EXPECT_NEAR(d->format.seconds, p.format.seconds, 1e-9) << "the headers' length is the decoder's";
    std::vector<std::int16_t> buffer(static_cast<std::size_t>(4096 * d->format.channels));
    long total = 0;
    double energy = 0;
    for (int got; (got = audio_read(*d, buffer.data(), 4096)) > 0;) {
        total += got;
        for (int i = 0; i < got * d->format.channels; ++i) energy += std::abs(buffer[static_cast<std::size_t>(i)]);
    }
    EXPECT_NEAR(static_cast<double>(total) / d->format.sample_rate, p.format.seconds, 0.05);
    EXPECT_GT(energy / static_cast<double>(total), 100) << "it is speech, not silence";
}

TEST(AudioDecode, EveryShippedRecordingIsMeasuredAsTheDecoderReadsIt) {
    int recordings = 0;
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(std::string(EXHIBIT_SOURCE_ASSETS_DIR) + "/audio")) {
        if (entry.path().extension() != ".ogg") continue;
        ++recordings;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        const app::AudioProbe p = app::probe_audio(bytes.str());
        std::optional<AudioDecoder> d = open_audio(std::make_shared<const std::string>(bytes.str()));
        ASSERT_TRUE(d) << entry.path();
        EXPECT_EQ(p.problem, "") << entry.path();
        EXPECT_EQ(d->format.sample_rate, p.format.sample_rate) << entry.path();
        EXPECT_EQ(d->format.channels, p.format.channels) << entry.path();
        EXPECT_NEAR(d->format.seconds, p.format.seconds, 1e-9) << entry.path();
    }
    EXPECT_GT(recordings, 10);
}

TEST(AudioDecode, AWavFileIsReadFromAnyTime) {
    std::string s = "RIFF";
    auto put = [&s](std::uint32_t v, int bytes) {
        for (int i = 0; i < bytes; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF);
    };
    put(36 + 4 * 8000, 4);
    s += "WAVEfmt ";
    put(16, 4), put(1, 2), put(2, 2), put(8000, 4), put(8000 * 4, 4), put(4, 2), put(16, 2);
    s += "data";
    put(4 * 8000, 4);
    for (int i = 0; i < 2 * 8000; ++i) put(static_cast<std::uint32_t>(i), 2);
    std::optional<AudioDecoder> d = open_audio(std::make_shared<const std::string>(s));
    ASSERT_TRUE(d);
    EXPECT_FALSE(d->vorbis);
    audio_seek(*d, 0.5);
    std::int16_t frame[2] = {};
    EXPECT_EQ(audio_read(*d, frame, 1), 1);
    EXPECT_EQ(frame[0], 8000) << "half a second in: frame 4000, two channels";
}

TEST(AudioDecode, WhatCannotBePlayedDoesNotOpen) {
    EXPECT_FALSE(open_audio(nullptr));
    EXPECT_FALSE(open_audio(std::make_shared<const std::string>("OggS and then nothing that decodes")));
    EXPECT_FALSE(open_audio(std::make_shared<const std::string>("ID3\x03 an mp3 file")));
}

}  // namespace
}  // namespace platform
