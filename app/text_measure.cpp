#include "text_measure.h"

namespace app {

const char* font_role_name(FontRole role) {
    switch (role) {
        case FontRole::Typewriter: return "typewriter";
        case FontRole::Serif: return "serif";
        case FontRole::Sans: return "sans";
        case FontRole::SansBold: return "sans_bold";
    }
    return "sans";
}

}  // namespace app
