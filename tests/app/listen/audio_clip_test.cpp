// Narration audio as bytes: WAV and Ogg Vorbis are measured and decoded; anything else, or a file cut short or
// in a form the kiosk cannot play, is named with a reason a curator can act on.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <vector>

#include "audio/audio_clip.h"
#include "support/test_assets.h"

namespace app {
namespace {

void put32(std::string& s, std::uint32_t v) { for (int i = 0; i < 4; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF); }
void put16(std::string& s, std::uint16_t v) { for (int i = 0; i < 2; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF); }

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
    std::optional<AudioDecoder> d = open_audio(std::make_shared<const std::string>(wav(8000, 2, 16, 8000)));
    ASSERT_TRUE(d);
    std::vector<std::int16_t> buffer(2 * 3000);
    EXPECT_EQ(audio_read(*d, buffer.data(), 3000), 3000);
    EXPECT_EQ(buffer[0], 0);
    EXPECT_EQ(buffer[5999], 5999);
    EXPECT_EQ(audio_read(*d, buffer.data(), 3000), 3000);
    EXPECT_EQ(buffer[0], 6000) << "the second piece carries on where the first stopped";
    EXPECT_EQ(audio_read(*d, buffer.data(), 3000), 2000) << "only what is left";
    EXPECT_EQ(audio_read(*d, buffer.data(), 3000), 0) << "then the end";
    audio_seek(*d, 0.5);
    EXPECT_EQ(audio_read(*d, buffer.data(), 1), 1);
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
    EXPECT_FALSE(open_audio(std::make_shared<const std::string>(cut)));
}

TEST(AudioClip, AShippedOggNarrationDecodesToItsFullLength) {
    const std::string bytes = testing::read_shipped("audio/en/manganese-ore.ogg");
    const AudioProbe p = probe_audio(bytes);
    ASSERT_EQ(p.problem, "");
    EXPECT_GT(p.format.seconds, 5);
    std::optional<AudioDecoder> d = open_audio(std::make_shared<const std::string>(bytes));
    ASSERT_TRUE(d);
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

TEST(AudioClip, ADamagedOggFileIsNamed) {
    std::string bytes = testing::read_shipped("audio/en/manganese-ore.ogg");
    bytes.resize(200);  // cut inside the headers
    EXPECT_NE(probe_audio(bytes).problem.find("Ogg"), std::string::npos);
    EXPECT_NE(probe_audio("OggS and then nothing that decodes").problem.find("damaged"), std::string::npos);
}

}  // namespace
}  // namespace app
