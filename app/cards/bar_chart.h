// A small bar chart that draws itself: bars rise one after another, then their values and the reference line
// (the promise they are measured against) appear.
#pragma once
#include "../content/content.h"
#include "../display_list.h"
#include "../theme.h"

namespace app {

// How long the chart takes to draw itself after its card has opened.
constexpr double kChartDrawSeconds = 1.1;

// `elapsed` is seconds since the chart started drawing; `opacity` fades it with its card. Its title and labels
// are a little smaller than the card's text, never below `min_px` (the exhibit's smallest on this screen).
void draw_bar_chart(const BarChart& chart, const InterfaceText& ui, Language language, const Rect& area, int text_px,
                    int min_px, double elapsed, float opacity, const TextMeasure& measure, const Theme& theme,
                    DisplayList& out);

}  // namespace app
