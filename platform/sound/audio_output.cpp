#include "sound/audio_output.h"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <vector>

namespace platform {
namespace {

int bytes_per_second(const SDL_AudioSpec& spec) {
    return spec.freq * spec.channels * static_cast<int>(SDL_AUDIO_BITSIZE(spec.format) / 8);
}

// Loudness follows the square of the setting, so its steps sound even from quiet to full.
void apply_volume(std::int16_t* samples, int count, int volume_percent) {
    if (volume_percent >= 100) return;
    const float v = static_cast<float>(std::max(0, volume_percent)) / 100.0f;
    const float gain = v * v;
    for (int i = 0; i < count; ++i) samples[i] = static_cast<std::int16_t>(std::lround(samples[i] * gain));
}

}  // namespace

AudioOutput::~AudioOutput() {
    stream.reset();
    if (device) SDL_CloseAudioDevice(device);
}

void open_audio_output(AudioOutput& out) {
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        out.status = std::string("no sound: ") + SDL_GetError();
        return;
    }
    SDL_AudioSpec want{};
    want.freq = 48000;
    want.format = AUDIO_S16SYS;
    want.channels = 2;
    want.samples = 2048;
    out.device = SDL_OpenAudioDevice(nullptr, 0, &want, &out.spec,
                                     SDL_AUDIO_ALLOW_FREQUENCY_CHANGE | SDL_AUDIO_ALLOW_CHANNELS_CHANGE);
    if (!out.device) {
        out.status = std::string("no sound: ") + SDL_GetError();
        return;
    }
    const char* driver = SDL_GetCurrentAudioDriver();
    out.status = "sound: " + std::to_string(out.spec.freq) + " Hz, " + std::to_string(out.spec.channels) +
                 " channels (" + (driver ? driver : "?") + ")";
}

bool play_clip(AudioOutput& out, std::shared_ptr<const std::string> bytes, double from_s) {
    stop_clip(out);
    if (!out.device) return false;
    std::optional<AudioDecoder> decoder = open_audio(std::move(bytes));
    if (!decoder) return false;
    audio_seek(*decoder, from_s);
    SDL_AudioStream* stream =
        SDL_NewAudioStream(AUDIO_S16SYS, static_cast<Uint8>(decoder->format.channels), decoder->format.sample_rate,
                           out.spec.format, out.spec.channels, out.spec.freq);
    if (!stream) return false;
    out.stream.reset(stream);
    out.decoder = std::move(decoder);
    out.draining = false;
    top_up(out);
    SDL_PauseAudioDevice(out.device, 0);
    return true;
}

void stop_clip(AudioOutput& out) {
    out.decoder.reset();
    out.stream.reset();
    out.draining = false;
    if (!out.device) return;
    SDL_ClearQueuedAudio(out.device);
    SDL_PauseAudioDevice(out.device, 1);  // an idle device costs the Pi nothing
}

void top_up(AudioOutput& out, double ahead_s) {
    if (!out.device || !out.stream || !out.decoder) return;
    const Uint32 wanted = static_cast<Uint32>(ahead_s * bytes_per_second(out.spec));
    const int channels = out.decoder->format.channels;
    std::vector<std::int16_t> decoded(static_cast<std::size_t>(4096 * channels));
    std::vector<std::uint8_t> converted(64 * 1024);
    while (SDL_GetQueuedAudioSize(out.device) < wanted) {
        if (!out.draining) {
            const int frames = audio_read(*out.decoder, decoded.data(), 4096);
            if (frames > 0) {
                apply_volume(decoded.data(), frames * channels, out.volume_percent);
                SDL_AudioStreamPut(out.stream.get(), decoded.data(), frames * channels * 2);
            } else {
                SDL_AudioStreamFlush(out.stream.get());
                out.draining = true;
            }
        }
        const int got = SDL_AudioStreamGet(out.stream.get(), converted.data(), static_cast<int>(converted.size()));
        if (got > 0) SDL_QueueAudio(out.device, converted.data(), static_cast<Uint32>(got));
        if (got <= 0 && out.draining) {  // all of it is queued: nothing more to decode
            out.decoder.reset();
            out.stream.reset();
            return;
        }
    }
}

bool clip_playing(const AudioOutput& out) {
    return out.device && (out.decoder.has_value() || SDL_GetQueuedAudioSize(out.device) > 0);
}

void follow_listening(AudioOutput& out, const app::Exhibit& exhibit, const app::ReadFile& read_file) {
    if (!out.device) return;
    const app::Listening& listening = exhibit.listening;
    if (listening.serial != out.playing_serial) {
        out.playing_serial = listening.serial;
        stop_clip(out);
        if (const app::Narration* n = app::listening_to(listening, *exhibit.content)) {
            std::optional<std::string> bytes = read_file(n->file).bytes;
            const double from = app::listening_position(listening, exhibit.now);
            if (!bytes || !play_clip(out, std::make_shared<const std::string>(std::move(*bytes)), from))
                std::cerr << "exhibit: cannot play " << n->file << "; its captions show without sound\n";
        }
    }
    top_up(out);
}

}  // namespace platform
