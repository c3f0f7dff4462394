#include "render/lru_cache.h"
#include "text/text_textures.h"

#include <memory>
#include <string>

#include <gtest/gtest.h>

namespace platform {
namespace {

TEST(LruCache, FindsWhatWasInserted) {
    LruCache<std::string, int> cache({4, 0});
    cache.insert("a", 1, 0);
    ASSERT_NE(cache.find("a"), nullptr);
    EXPECT_EQ(*cache.find("a"), 1);
    EXPECT_EQ(cache.find("b"), nullptr);
}

TEST(LruCache, EvictsLeastRecentlyUsedByCount) {
    LruCache<std::string, int> cache({2, 0});
    cache.insert("a", 1, 0);
    cache.insert("b", 2, 0);
    cache.find("a");  // b is now the oldest
    cache.insert("c", 3, 0);
    EXPECT_EQ(cache.size(), 2u);
    EXPECT_NE(cache.find("a"), nullptr);
    EXPECT_EQ(cache.find("b"), nullptr);
    EXPECT_NE(cache.find("c"), nullptr);
}

TEST(LruCache, EvictsByBytes) {
    LruCache<int, int> cache({100, 1000});
    cache.insert(1, 1, 400);
    cache.insert(2, 2, 400);
    cache.insert(3, 3, 400);  // 1200 > 1000: entry 1 goes
    EXPECT_EQ(cache.find(1), nullptr);
    EXPECT_EQ(cache.bytes(), 800u);
}

TEST(LruCache, KeepsANewEntryLargerThanTheWholeBudget) {
    LruCache<int, int> cache({100, 1000});
    cache.insert(1, 1, 10);
    int& big = cache.insert(2, 2, 5000);
    EXPECT_EQ(big, 2);
    EXPECT_EQ(cache.size(), 1u);
    EXPECT_EQ(cache.find(1), nullptr);
    EXPECT_NE(cache.find(2), nullptr);
}

TEST(LruCache, ReplacingAKeyKeepsByteCountRight) {
    LruCache<int, int> cache({10, 0});
    cache.insert(1, 1, 100);
    cache.insert(1, 2, 30);
    EXPECT_EQ(cache.size(), 1u);
    EXPECT_EQ(cache.bytes(), 30u);
    EXPECT_EQ(*cache.find(1), 2);
}

TEST(LruCache, DestroysEvictedValues) {
    auto tracker = std::make_shared<int>(0);
    LruCache<int, std::shared_ptr<int>> cache({1, 0});
    cache.insert(1, tracker, 0);
    EXPECT_EQ(tracker.use_count(), 2);
    cache.insert(2, nullptr, 0);
    EXPECT_EQ(tracker.use_count(), 1);
}

TEST(LruCache, EraseIfAndClear) {
    LruCache<int, int> cache({10, 0});
    for (int i = 0; i < 6; ++i) cache.insert(i, i, 10);
    cache.erase_if([](int key, int) { return key % 2 == 0; });
    EXPECT_EQ(cache.size(), 3u);
    EXPECT_EQ(cache.bytes(), 30u);
    EXPECT_EQ(cache.find(2), nullptr);
    cache.clear();
    EXPECT_EQ(cache.size(), 0u);
    EXPECT_EQ(cache.bytes(), 0u);
}

TEST(LruCache, StaysBoundedOverAMonthOfDistinctKeys) {
    LruCache<int, std::string> cache({50, 4096});
    for (int i = 0; i < 100000; ++i) cache.insert(i, std::string(100, 'x'), 100);
    EXPECT_LE(cache.size(), 50u);
    EXPECT_LE(cache.bytes(), 4096u);
}

}  // namespace
}  // namespace platform

namespace platform {
namespace {

TEST(LruCache, NewLimitsEvictTheLeastRecentlyUsedAtOnce) {
    LruCache<int, int> cache(CacheLimits{10, 100});
    for (int i = 0; i < 5; ++i) cache.insert(i, i, 20);
    cache.find(0);  // now the most recent
    cache.set_limits(CacheLimits{10, 40});
    EXPECT_EQ(cache.size(), 2u);
    EXPECT_NE(cache.find(0), nullptr);
    EXPECT_NE(cache.find(4), nullptr);
    EXPECT_LE(cache.bytes(), 40u);
}

TEST(TextCache, TheBudgetIsTwoScreensOfPixelsAndNeverTiny) {
    EXPECT_EQ(text_cache_limits(1920, 1080).max_bytes, 2u * 1920 * 1080 * 4);
    EXPECT_EQ(text_cache_limits(800, 480).max_bytes, 8u << 20);
    EXPECT_GT(text_cache_limits(3840, 2160).max_bytes, 60u << 20);
}

}  // namespace
}  // namespace platform
