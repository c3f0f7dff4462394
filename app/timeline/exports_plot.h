// The small plot beneath the track: US exports to the USSR, a group of bars for each way of counting (calendar
// years; years from July to June), one scale for all, every bar with its value (the unit said once in the
// caption), a period that is not a whole year saying so under its label, and each group's source in the
// caption. The bars rise when the view opens.
#pragma once
#include <vector>

#include "../content/interface_text.h"
#include "../content/timeline_content.h"
#include "../display_list.h"
#include "timeline_theme.h"

namespace app {

constexpr double kPlotDrawSeconds = 1.3;

struct PlotBar {
    int series = 0;
    double value = 0;  // US dollars, as in the content
    Rect full;         // the bar at its full height
    Text value_text;   // above the bar
};

struct ExportsPlotLayout {
    Rect area;
    std::vector<Text> texts;  // caption, sources, bar labels, notes, group names: all that does not move
    std::vector<Line> rules;  // the baseline and the bracket over each group's name
    std::vector<PlotBar> bars;
    std::vector<Color> series_colours;
};

struct PlotStyle {
    int text_px = 16;            // labels and small print (never below the legible minimum: the caller's job)
    int title_px = 18;           // the caption's title
    bool caption_above = false;  // the caption over the bars even where it would fit beside them (upright screens)
    float max_bars = 9.0f;       // the tallest bar, in text_px
};

// The least height the plot needs at `width` (its bars at their shortest).
float exports_plot_min_height(const ExportsPlot& plot, const InterfaceText& ui, Language language, float width,
                              const PlotStyle& style, const TextMeasure& measure);

ExportsPlotLayout layout_exports_plot(const ExportsPlot& plot, const InterfaceText& ui, Language language,
                                      const Rect& area, const PlotStyle& style, const TextMeasure& measure,
                                      const TimelineTheme& theme);

// `elapsed`: seconds since the view opened; the bars rise one after another over kPlotDrawSeconds.
void draw_exports_plot(const ExportsPlotLayout& plot, double elapsed, DisplayList& out);

}  // namespace app
