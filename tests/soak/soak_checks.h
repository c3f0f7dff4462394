// What must hold after every step of the soak test, whatever visitors did: the page within its scroll range,
// at most one card open and a settled card on screen, the idle reset not missed, bounded logs, and frames made
// of finite numbers. Each check returns "" when it holds, else what is wrong.
#pragma once
#include <string>

#include "display_list.h"
#include "exhibit.h"

namespace soak {

std::string check_exhibit(const app::Exhibit& exhibit);

// A settled card (no input since it opened, nothing moving) lies inside its view on the screen.
std::string check_settled_card(const app::Exhibit& exhibit);

std::string check_frame(const app::DisplayList& frame);

}  // namespace soak
