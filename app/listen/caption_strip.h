// The captions of the narration playing: the words being spoken on a dark band low on the screen, just above
// the controls, with a thin line along its foot that fills as the narration goes on. Visitors who cannot hear
// (or who stand beside a silent kiosk) read along; the line tells everyone how long is left.
#pragma once
#include "../content/content.h"
#include "../display_list.h"
#include "../view_context.h"

namespace app {

// The band for `narration` at `seconds` in, its foot at `bottom` (screen coordinates), centred in ctx.area.
void draw_caption_strip(const Narration& narration, double seconds, float bottom, const ViewContext& ctx, DisplayList& out);

// The caption's type size on this screen: large enough to read from a step back.
int caption_text_px(const ViewContext& ctx);

}  // namespace app
