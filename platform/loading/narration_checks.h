// --check's last word on narrations, as on pictures: each recording opened by the decoder the kiosk plays it with.
// The loader measures a recording from its Ogg pages and Vorbis headers without decoding (app/audio/audio_clip);
// a setup header damaged inside, its page's checksum still right, passes that and would load, then play silent
// (its captions shown without a voice). Only the decoder finds it, and decoding belongs to platform/.
#pragma once
#include <vector>

#include "content/content.h"
#include "content/problem.h"
#include "content/read_file.h"

namespace platform {

std::vector<app::Problem> check_narrations_decode(const app::Content& content, const app::ReadFile& read_file);

}  // namespace platform
