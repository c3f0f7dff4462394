#include "language.h"

namespace app {

const char* language_code(Language language) {
    switch (language) {
        case Language::English: return "en";
        case Language::Russian: return "ru";
        case Language::Portuguese: return "pt";
    }
    return "en";
}

}  // namespace app
