// Narration audio as bytes: WAV and Ogg Vorbis are measured (Ogg from its headers) and WAV's samples read; anything
// else, or a file cut short or in a form the kiosk cannot play, is named with a reason a curator can act on. Ogg
// Vorbis decoding is platform/sound/audio_decode's (tests/platform/devices/audio_decode_test.cpp).
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <vector>

#include "audio/audio_clip.h"
#include "support/test_assets.h"

namespace app {
namespace {

void put32(std::string& s, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF);
}
void put16(std::string& s, std::uint16_t v) {
    for (int i = 0; i < 2; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF);
}

// A WAV file: `frames` frames of a ramp (sample i is i), as a recording studio would deliver it.
std::string wav(int rate, int channels, int bits, int frames, std::uint16_t encoding = 1) {
    std::string data;
    for (int i = 0; i < frames * channels; ++i) put16(data, static_cast<std::uint16_t>(i));
    std::string s = "RIFF";
    put32(s, static_cast<std::uint32_t>(36 + data.size()));
    s += "WAVEfmt ";
    put32(s, 16);
    put16(s, encoding);
    put16(s, static_cast<std::uint16_t>(channels));
    put32(s, static_cast<std::uint32_t>(rate));
    put32(s, static_cast<std::uint32_t>(rate * channels * bits / 8));
    put16(s, static_cast<std::uint16_t>(channels * bits / 8));
    put16(s, static_cast<std::uint16_t>(bits));
    s += "data";
    put32(s, static_cast<std::uint32_t>(data.size()));
    return s + data;
}

TEST(AudioClip, AWavFileIsMeasured) {
    const AudioProbe p = probe_audio(wav(16000, 1, 16, 24000));
    EXPECT_EQ(p.problem, "");
    EXPECT_EQ(p.format.sample_rate, 16000);
    EXPECT_EQ(p.format.channels, 1);
    EXPECT_DOUBLE_EQ(p.format.seconds, 1.5);
}

TEST(AudioClip, AWavFileIsReadInPiecesAndFromAnyTime) {
    std::optional<PcmClip> d = open_wav(std::make_shared<const std::string>(wav(8000, 2, 16, 8000)));
    ASSERT_TRUE(d);
    std::vector<std::int16_t> buffer(2 * 3000);
    EXPECT_EQ(pcm_read(*d, buffer.data(), 3000), 3000);
    EXPECT_EQ(buffer[0], 0);
    EXPECT_EQ(buffer[5999], 5999);
    EXPECT_EQ(pcm_read(*d, buffer.data(), 3000), 3000);
    EXPECT_EQ(buffer[0], 6000) << "the second piece carries on where the first stopped";
    EXPECT_EQ(pcm_read(*d, buffer.data(), 3000), 2000) << "only what is left";
    EXPECT_EQ(pcm_read(*d, buffer.data(), 3000), 0) << "then the end";
    pcm_seek(*d, 0.5);
    EXPECT_EQ(pcm_read(*d, buffer.data(), 1), 1);
    EXPECT_EQ(buffer[0], 8000) << "half a second in: frame 4000, two channels";
}

TEST(AudioClip, FormsTheKioskCannotPlayAreNamed) {
    EXPECT_NE(probe_audio(wav(44100, 2, 24, 100)).problem.find("24-bit"), std::string::npos);
    EXPECT_NE(probe_audio(wav(44100, 1, 16, 100, 3)).problem.find("compressed"), std::string::npos);
    EXPECT_NE(probe_audio(wav(44100, 6, 16, 100)).problem.find("6 channels"), std::string::npos);
    EXPECT_NE(probe_audio(wav(44100, 1, 16, 0)).problem.find("no sound"), std::string::npos);
    EXPECT_NE(probe_audio("ID3\x03 an mp3 file").problem.find("neither an Ogg Vorbis"), std::string::npos);
    EXPECT_NE(probe_audio("").problem.find("neither"), std::string::npos);
    std::string cut = wav(16000, 1, 16, 100);
    cut.resize(30);  // the header stops before the samples are described
    EXPECT_NE(probe_audio(cut).problem, "");
    EXPECT_EQ(probe_audio(cut).format.sample_rate, 0);
    EXPECT_FALSE(open_wav(std::make_shared<const std::string>(cut)));
}

TEST(AudioClip, AShippedOggNarrationIsMeasuredFromItsHeaders) {
    const AudioProbe p = probe_audio(testing::read_shipped("audio/en/manganese-ore.ogg"));
    ASSERT_EQ(p.problem, "");
    EXPECT_GT(p.format.seconds, 5);
    EXPECT_GE(p.format.sample_rate, 8000);
    EXPECT_GE(p.format.channels, 1);
}

TEST(AudioClip, AnOggFileWithADamagedPageIsStillMeasuredToItsEnd) {
    const std::string bytes = testing::read_shipped("audio/en/manganese-ore.ogg");
    std::string damaged = bytes;
    damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x5A);  // a page whose checksum fails
    EXPECT_DOUBLE_EQ(probe_audio(damaged).format.seconds, probe_audio(bytes).format.seconds);
    std::string cut = bytes;
    cut.resize(bytes.size() * 3 / 4);
    const AudioProbe p = probe_audio(cut);
    EXPECT_EQ(p.problem, "") << "a recording cut short is shorter, as a decoder finds it";
    EXPECT_LT(p.format.seconds, probe_audio(bytes).format.seconds);
}

TEST(AudioClip, ADamagedOggFileIsNamed) {
    std::string bytes = testing::read_shipped("audio/en/manganese-ore.ogg");
    bytes.resize(200);  // cut inside the headers
    EXPECT_NE(probe_audio(bytes).problem.find("Ogg"), std::string::npos);
    EXPECT_NE(probe_audio("OggS and then nothing that decodes").problem.find("damaged"), std::string::npos);
}

}  // namespace
}  // namespace app
