// Several visitor sessions played without a display land in the statistics with the right counts: the
// "done when" of the statistics, through the same code `exhibit --replay FILE --data-dir DIR --export-stats`
// runs.
#include <sstream>

#include <gtest/gtest.h>

#include "modes/maintenance_commands.h"
#include "shipped_content.h"
#include "storage/stats_store.h"
#include "temp_dir.h"

namespace platform {
namespace {

TEST(ReplayStats, ThreeVisitorsAreCountedRight) {
    TempDir dir;
    std::shared_ptr<const app::Content> content = shipped_content();
    ASSERT_TRUE(content);
    ASSERT_FALSE(content->annotations.empty());
    Options options;
    options.data_dir = dir.path.string();
    options.replay = std::string(EXHIBIT_REPLAY_DIR) + "/three-visitors_1280x720.replay";
    options.size = PixelSize{1280, 720};
    std::ostringstream err;
    ASSERT_TRUE(record_replay_visits(options, content, shipped_assets(), err)) << err.str();

    StatsStore store;
    ASSERT_TRUE(open_stats_store(store, dir.path / kStatsFileName, &err)) << err.str();
    const app::StatsTotals totals = read_totals(store);
    std::map<std::string, int> sessions;
    int idle_resets = 0;
    int telegram = 0;
    int card_opens = 0;
    int card_closes = 0;
    double dwell = 0;
    int touches = 0;
    for (const auto& [day, d] : totals.days) {
        for (const auto& [code, l] : d.languages) {
            sessions[code] += l.sessions;
            idle_resets += l.idle_resets;
        }
        if (auto it = d.views.find("telegram"); it != d.views.end()) telegram += it->second;
        for (const auto& [id, c] : d.cards) {
            EXPECT_EQ(id, content->annotations[0].id);
            card_opens += c.opens;
            card_closes += c.closed;
            dwell += c.dwell_s;
        }
        for (const auto& [cell, n] : d.touches) touches += n;
    }
    EXPECT_EQ(sessions, (std::map<std::string, int>{{"en", 1}, {"pt", 1}, {"ru", 1}}));
    EXPECT_EQ(idle_resets, 2) << "the third visitor is still there";
    EXPECT_EQ(telegram, 3);
    EXPECT_EQ(card_opens, 1);
    EXPECT_EQ(card_closes, 1);
    EXPECT_NEAR(dwell, 4.0, 0.1);
    EXPECT_EQ(touches, 1) << "the tap that completed the typing; taps on the attract loop are not the page";
}

}  // namespace
}  // namespace platform
