#include "listen_button.h"

#include <memory>

namespace app {

void draw_listen_button(const ListenButtonLook& look, const ViewContext& ctx, DisplayList& out) {
    const Theme& theme = ctx.theme;
    // While it plays the pill takes the accent colour, so a visitor sees at a glance what is speaking.
    const Color pill = faded(look.playing ? theme.card_title : theme.button, look.opacity);
    const Color ink = faded(look.playing ? theme.card : theme.button_text, look.opacity);
    out.commands.push_back(FillRect{look.pill, pill, look.pill.h / 2});
    const Rect& i = look.icon;
    if (look.playing) {
        const float s = i.w * 0.78f;
        out.commands.push_back(FillRect{{i.x + (i.w - s) / 2, i.y + (i.h - s) / 2, s, s}, ink, s * 0.12f});
    } else {
        auto triangle =
            std::make_shared<std::vector<Vertex>>(std::vector<Vertex>{{{i.x + i.w * 0.12f, i.y}, ink},
                                                                      {{i.x + i.w * 0.12f, i.bottom()}, ink},
                                                                      {{i.right(), i.y + i.h / 2}, ink}});
        out.commands.push_back(Triangles{std::move(triangle), {0, 0}, 1, 1});
    }
    const std::string& words = look.playing ? ctx.content.interface.stop_listening.in(ctx.language)
                                            : ctx.content.interface.listen.in(ctx.language);
    out.commands.push_back(Text{words, FontRole::SansBold, look.text_px, look.text_at, ink});
}

}  // namespace app
