// The captions of the narration playing: the words being spoken on a dark band low on the screen, just above
// the controls, with a thin line along its foot that fills as the narration goes on. Visitors who cannot hear
// (or who stand beside a silent kiosk) read along; the line tells everyone how long is left.
#pragma once
#include "../content/content.h"
#include "../display_list.h"
#include "../view_context.h"

namespace app {

// The band of `narration`, its foot `margin` above `bottom` (screen coordinates), centred in ctx.area. Its height
// is the same for every caption of the narration (room for its longest), so it stands still while the words
// change inside it, and a view can leave that room free for the whole narration (the telegram does).
Rect caption_band(const Narration& narration, float bottom, const ViewContext& ctx);

// The room a band takes above `bottom`: its height and the margin under it.
float caption_band_room(const Narration& narration, const ViewContext& ctx);

// Draws the band for `narration` at `seconds` in, its foot above `bottom`.
void draw_caption_strip(const Narration& narration, double seconds, float bottom, const ViewContext& ctx,
                        DisplayList& out);

// The caption's type size on this screen: large enough to read from a step back.
int caption_text_px(const ViewContext& ctx);

}  // namespace app
