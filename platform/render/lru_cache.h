// A least-recently-used cache bounded both by entry count and by a byte budget, so that a kiosk running for
// months holds at most a fixed amount of textures, fonts and vertex buffers however much content it shows.
#pragma once
#include <cstddef>
#include <list>
#include <unordered_map>
#include <utility>

namespace platform {

struct CacheLimits {
    std::size_t max_entries = 256;
    std::size_t max_bytes = 0;  // 0: no byte budget, count only
};

template <class Key, class Value, class Hash = std::hash<Key>>
class LruCache {
public:
    explicit LruCache(CacheLimits limits) : limits_(limits) {}

    // The cached value, now the most recently used; nullptr if absent.
    Value* find(const Key& key) {
        auto it = index_.find(key);
        if (it == index_.end()) return nullptr;
        entries_.splice(entries_.begin(), entries_, it->second);
        return &it->second->value;
    }

    // Stores `value` (replacing any entry with the same key) and evicts least recently used entries until the
    // limits hold again. The new entry itself is never evicted, even when it alone exceeds the byte budget,
    // so the caller can always use what it just inserted.
    Value& insert(const Key& key, Value value, std::size_t bytes) {
        erase(key);
        entries_.push_front(Entry{key, std::move(value), bytes});
        index_.emplace(key, entries_.begin());
        bytes_ += bytes;
        while (entries_.size() > 1 && over_limits()) evict_oldest();
        return entries_.front().value;
    }

    void erase(const Key& key) {
        auto it = index_.find(key);
        if (it == index_.end()) return;
        bytes_ -= it->second->bytes;
        entries_.erase(it->second);
        index_.erase(it);
    }

    // Drops every entry for which `stale(key, value)` is true (e.g. vertex buffers whose source is gone).
    template <class Predicate>
    void erase_if(Predicate stale) {
        for (auto it = entries_.begin(); it != entries_.end();) {
            if (stale(it->key, it->value)) {
                bytes_ -= it->bytes;
                index_.erase(it->key);
                it = entries_.erase(it);
            } else {
                ++it;
            }
        }
    }

    void clear() {
        index_.clear();
        entries_.clear();
        bytes_ = 0;
    }

    // New limits (the screen changed size): evicts the least recently used entries until they hold.
    void set_limits(CacheLimits limits) {
        limits_ = limits;
        while (!entries_.empty() && over_limits()) evict_oldest();
    }

    std::size_t size() const { return entries_.size(); }
    std::size_t bytes() const { return bytes_; }
    const CacheLimits& limits() const { return limits_; }

private:
    struct Entry {
        Key key;
        Value value;
        std::size_t bytes;
    };

    bool over_limits() const {
        return entries_.size() > limits_.max_entries || (limits_.max_bytes != 0 && bytes_ > limits_.max_bytes);
    }

    void evict_oldest() {
        bytes_ -= entries_.back().bytes;
        index_.erase(entries_.back().key);
        entries_.pop_back();
    }

    CacheLimits limits_;
    std::list<Entry> entries_;  // most recently used first
    std::unordered_map<Key, typename std::list<Entry>::iterator, Hash> index_;
    std::size_t bytes_ = 0;
};

}  // namespace platform
