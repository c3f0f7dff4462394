// The loudspeaker, through SDL's "dummy" audio driver (no sound card needed): a clip is converted to the
// device's format and queued about a second ahead, a stop empties the queue at once, and the exhibit's
// Listening is followed. Where no device opens, the status says why and nothing plays.
#include <gtest/gtest.h>

#include <cstdlib>

#include "sound/audio_output.h"
#include "support/fake_measure.h"
#include "support/shipped_content.h"

namespace platform {
namespace {

void put32(std::string& s, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF);
}
void put16(std::string& s, std::uint16_t v) {
    for (int i = 0; i < 2; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF);
}

// `seconds` of a steady tone's worth of samples, mono 16-bit at 8000 Hz.
std::shared_ptr<const std::string> wav_clip(double seconds) {
    const int frames = static_cast<int>(seconds * 8000);
    std::string s = "RIFF";
    put32(s, static_cast<std::uint32_t>(36 + frames * 2));
    s += "WAVEfmt ";
    put32(s, 16);
    put16(s, 1);
    put16(s, 1);
    put32(s, 8000);
    put32(s, 16000);
    put16(s, 2);
    put16(s, 16);
    s += "data";
    put32(s, static_cast<std::uint32_t>(frames * 2));
    for (int i = 0; i < frames; ++i) put16(s, static_cast<std::uint16_t>(i % 2 ? 8000 : -8000));
    return std::make_shared<const std::string>(std::move(s));
}

class AudioOutputTest : public ::testing::Test {
protected:
    void SetUp() override {
        setenv("SDL_AUDIODRIVER", "dummy", 1);
        open_audio_output(out);
        if (!out.device) GTEST_SKIP() << "this SDL has no dummy audio driver: " << out.status;
    }
    void TearDown() override {
        stop_clip(out);
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
    AudioOutput out;
};

double queued_seconds(const AudioOutput& out) {
    return static_cast<double>(SDL_GetQueuedAudioSize(out.device)) /
           (out.spec.freq * out.spec.channels * (SDL_AUDIO_BITSIZE(out.spec.format) / 8));
}

// The dummy device plays in real time on its own thread; holding its lock keeps the queue still while the test
// looks (SDL's lock is recursive, so the queueing inside still works).
struct DeviceHeld {
    SDL_AudioDeviceID device;
    explicit DeviceHeld(SDL_AudioDeviceID d) : device(d) { SDL_LockAudioDevice(device); }
    ~DeviceHeld() { SDL_UnlockAudioDevice(device); }
};

TEST_F(AudioOutputTest, AShortClipIsQueuedWholeInTheDevicesFormat) {
    EXPECT_NE(out.status.find("sound: "), std::string::npos) << out.status;
    const DeviceHeld held(out.device);
    ASSERT_TRUE(play_clip(out, wav_clip(0.5), 0));
    EXPECT_TRUE(clip_playing(out));
    EXPECT_FALSE(out.decoder) << "all of it went to the queue at once";
    // SDL's resampler (8 kHz here to the device's rate) keeps back up to about 64 ms of filter padding.
    EXPECT_GE(queued_seconds(out), 0.5 - 0.07);
    EXPECT_LE(queued_seconds(out), 0.5 + 0.01);
}

TEST_F(AudioOutputTest, ALongClipIsQueuedAboutASecondAheadAndStopsAtOnce) {
    const DeviceHeld held(out.device);
    ASSERT_TRUE(play_clip(out, wav_clip(30), 0));
    EXPECT_TRUE(out.decoder) << "the rest waits to be decoded";
    EXPECT_GT(queued_seconds(out), 0.8);
    EXPECT_LT(queued_seconds(out), 1.5) << "never the whole narration in memory";
    stop_clip(out);
    EXPECT_EQ(SDL_GetQueuedAudioSize(out.device), 0u);
    EXPECT_FALSE(clip_playing(out));
}

TEST_F(AudioOutputTest, StartingPartWayInQueuesOnlyWhatIsLeft) {
    const DeviceHeld held(out.device);
    ASSERT_TRUE(play_clip(out, wav_clip(1.0), 0.75));
    EXPECT_GE(queued_seconds(out), 0.25 - 0.07);
    EXPECT_LE(queued_seconds(out), 0.25 + 0.01);
}

TEST_F(AudioOutputTest, SomethingThatIsNotAudioDoesNotPlay) {
    EXPECT_FALSE(play_clip(out, std::make_shared<const std::string>("not audio"), 0));
    EXPECT_FALSE(clip_playing(out));
}

TEST_F(AudioOutputTest, TheExhibitsListeningIsFollowed) {
    const std::shared_ptr<const app::Content> content = shipped_content();
    ASSERT_TRUE(content);
    app::Exhibit e = app::make_exhibit(content, app::Screen{1280, 720, 3.78f}, app::testing::fake_measure(),
                                       app::starting_on(app::Scene::Telegram));
    app::toggle_listening(e, "telegram");
    ASSERT_TRUE(app::listening_to(e.listening, *e.content));
    const DeviceHeld held(out.device);
    follow_listening(out, e, shipped_assets());
    EXPECT_EQ(out.playing_serial, e.listening.serial);
    EXPECT_TRUE(clip_playing(out));
    EXPECT_GT(queued_seconds(out), 0.8);
    app::toggle_listening(e, "telegram");
    follow_listening(out, e, shipped_assets());
    EXPECT_FALSE(clip_playing(out));
}

TEST(AudioOutputWithoutDevice, SaysWhyAndPlaysNothing) {
    setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
    AudioOutput out;
    open_audio_output(out);
    EXPECT_EQ(out.device, 0u);
    EXPECT_NE(out.status.find("no sound: "), std::string::npos) << out.status;
    EXPECT_FALSE(play_clip(out, wav_clip(0.5), 0));
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    unsetenv("SDL_AUDIODRIVER");
}

}  // namespace
}  // namespace platform
