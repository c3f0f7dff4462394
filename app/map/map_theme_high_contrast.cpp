#include "map_theme.h"

namespace app {

MapTheme high_contrast_map_theme() {
    MapTheme t;
    const Color black{0x00, 0x00, 0x00}, white{0xFF, 0xFF, 0xFF}, yellow{0xFF, 0xE0, 0x4D};
    t.sea = black;
    t.land = Color{0x40, 0x40, 0x40};
    t.country_text = black;
    t.marker = white;
    t.marker_ring = black;
    t.marker_selected = yellow;
    t.label_back = Color{0x00, 0x00, 0x00, 0xF0};
    t.label_text = white;
    t.leader = white;
    t.arc = white;
    t.arc_casing = Color{0x00, 0x00, 0x00, 0xF0};
    t.panel = Color{0x00, 0x00, 0x00, 0xF0};
    t.panel_text = white;
    t.panel_muted = Color{0xE6, 0xE6, 0xE6};
    t.button = Color{0x1F, 0x1F, 0x1F};
    t.button_text = white;
    t.button_active = yellow;
    t.button_active_text = black;
    return t;
}

}  // namespace app
