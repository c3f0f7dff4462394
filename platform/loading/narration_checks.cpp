#include "loading/narration_checks.h"

#include <array>
#include <memory>

#include "content/language.h"
#include "curator/fit_check.h"
#include "sound/audio_decode.h"

namespace platform {
namespace {

// Whether the decoder opens the recording and gives its first samples (opening reads all three Vorbis headers).
bool decodes(const std::optional<std::string>& bytes) {
    if (!bytes) return false;
    std::optional<AudioDecoder> decoder = open_audio(std::make_shared<const std::string>(*bytes));
    if (!decoder) return false;
    std::array<std::int16_t, 2 * 256> samples{};
    return audio_read(*decoder, samples.data(), 256) > 0;
}

}  // namespace

std::vector<app::Problem> check_narrations_decode(const app::Content& content, const app::ReadFile& read_file) {
    std::vector<app::Problem> problems;
    for (const app::Narration& n : content.narrations) {
        const std::optional<std::string> bytes = read_file(n.file).bytes;
        if (decodes(bytes)) continue;
        problems.push_back({content.files.narration,
                            app::line_of(read_file, content.files.narration, "\"" + n.file + "\""), 0,
                            "the recording \"" + n.file + "\" (" + n.subject + ", " + app::language_code(n.language) +
                                ") cannot be played: " +
                                (bytes ? "the decoder refuses it, although its pages look whole" : "it has gone") +
                                "; export it again as Ogg Vorbis or 16-bit WAV"});
    }
    return problems;
}

}  // namespace platform
