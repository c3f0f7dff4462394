#include "text_flow.h"

#include <algorithm>

namespace app {
namespace {

// A piece of a word in one style; words are made of one or more fragments with no space between them.
struct Fragment {
    std::string text;
    TextStyle style;
    std::size_t source_begin;
    float width;
};

struct Word {
    std::vector<Fragment> fragments;
    bool space_before = false;
    float width = 0;
};

std::size_t offset_plus(std::size_t base, std::size_t local) { return base == kNoSource ? kNoSource : base + local; }

std::vector<Word> split_words(const std::vector<StyledPiece>& pieces, const TextMeasure& measure) {
    std::vector<Word> words;
    bool pending_space = false;
    for (const StyledPiece& piece : pieces) {
        const std::string& t = piece.text;
        std::size_t i = 0;
        while (i < t.size()) {
            if (t[i] == ' ') {
                pending_space = true;
                ++i;
                continue;
            }
            std::size_t end = t.find(' ', i);
            if (end == std::string::npos) end = t.size();
            Fragment f{t.substr(i, end - i), piece.style, offset_plus(piece.source_offset, i), 0};
            f.width = measure.width(f.style.role, f.style.size_px, f.text);
            if (words.empty() || pending_space) { words.push_back(Word{{}, pending_space && !words.empty(), 0}); }
            words.back().width += f.width;
            words.back().fragments.push_back(std::move(f));
            pending_space = false;
            i = end;
        }
    }
    return words;
}

// Bytes of the longest prefix of `text` (whole UTF-8 characters, at least one) that fits in `max_width`.
std::size_t fitting_prefix(const std::string& text, const TextStyle& style, float max_width,
                           const TextMeasure& measure) {
    std::size_t best = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t next = i + 1;
        while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
        if (best > 0 && measure.width(style.role, style.size_px, text.substr(0, next)) > max_width) break;
        best = next;
        i = next;
    }
    return best;
}

class LineBuilder {
public:
    LineBuilder(const FlowOptions& options, const TextMeasure& measure) : options_(options), measure_(measure) {
        lines_.emplace_back();
        x_ = options.first_line_indent;
    }

    float available() const { return options_.max_width - x_; }
    bool line_empty() const { return lines_.back().runs.empty(); }

    // A space between two styles is the wider of their spaces: a small mark or a bracket set in another face
    // between typed words leaves a typed space on either side.
    float space_before(const TextStyle& next) const {
        float space = measure_.width(next.role, next.size_px, " ");
        if (line_empty()) return space;
        const TextStyle& last = lines_.back().runs.back().style;
        return last == next ? space : std::max(space, measure_.width(last.role, last.size_px, " "));
    }

    void new_line() {
        lines_.emplace_back();
        x_ = 0;
    }

    void place(const Fragment& f, bool space_before) {
        FlowLine& line = lines_.back();
        if (space_before && !line.runs.empty()) {
            const float space = this->space_before(f.style);
            PlacedRun& last = line.runs.back();
            bool contiguous = last.source_end != kNoSource && f.source_begin == last.source_end + 1;
            if (last.style == f.style && (contiguous || f.source_begin == kNoSource || last.source_end == kNoSource)) {
                append(last, " " + f.text, f.source_begin, f.text.size());
                x_ += space + f.width;
                line.width = x_;
                return;
            }
            x_ += space;
        } else if (!line.runs.empty() && line.runs.back().style == f.style &&
                   line.runs.back().source_end == f.source_begin) {
            append(line.runs.back(), f.text, f.source_begin, f.text.size());
            x_ += f.width;
            line.width = x_;
            return;
        }
        std::size_t end = f.source_begin == kNoSource ? kNoSource : f.source_begin + f.text.size();
        line.runs.push_back(PlacedRun{f.text, f.style, x_, f.width, f.source_begin, end});
        x_ += f.width;
        line.width = x_;
    }

    std::vector<FlowLine> finish() {
        if (lines_.size() > 1 && lines_.back().runs.empty()) lines_.pop_back();
        return std::move(lines_);
    }

private:
    void append(PlacedRun& run, const std::string& text, std::size_t begin, std::size_t length) {
        run.text += text;
        run.width = measure_.width(run.style.role, run.style.size_px, run.text);
        if (begin != kNoSource && run.source_end != kNoSource) run.source_end = begin + length;
    }

    const FlowOptions& options_;
    const TextMeasure& measure_;
    std::vector<FlowLine> lines_;
    float x_ = 0;
};

}  // namespace

std::vector<FlowLine> flow_text(const std::vector<StyledPiece>& pieces, const FlowOptions& options,
                                const TextMeasure& measure) {
    LineBuilder builder(options, measure);
    for (const Word& word : split_words(pieces, measure)) {
        const float space =
            word.space_before && !builder.line_empty() ? builder.space_before(word.fragments.front().style) : 0;
        if (!builder.line_empty() && space + word.width > builder.available()) builder.new_line();

        if (word.width <= builder.available() || !builder.line_empty()) {
            bool first = true;
            for (const Fragment& f : word.fragments) {
                builder.place(f, first && word.space_before);
                first = false;
            }
            continue;
        }
        // A word longer than a whole line (a long number, a URL): break it where it must.
        bool first = true;
        for (Fragment f : word.fragments) {
            while (!f.text.empty()) {
                if (f.width <= builder.available()) {
                    builder.place(f, first && word.space_before);
                    break;
                }
                std::size_t cut = fitting_prefix(f.text, f.style, builder.available(), measure);
                Fragment head{f.text.substr(0, cut), f.style, f.source_begin, 0};
                head.width = measure.width(head.style.role, head.style.size_px, head.text);
                builder.place(head, first && word.space_before);
                builder.new_line();
                f.text = f.text.substr(cut);
                f.source_begin = offset_plus(f.source_begin, cut);
                f.width = measure.width(f.style.role, f.style.size_px, f.text);
                first = false;
            }
            first = false;
        }
    }
    return builder.finish();
}

std::vector<std::string> wrap_lines(const std::string& text, const TextStyle& style, float max_width,
                                    const TextMeasure& measure) {
    std::vector<std::string> out;
    for (const FlowLine& line : flow_text({StyledPiece{text, style, 0}}, FlowOptions{max_width, 0}, measure)) {
        std::string joined;
        for (const PlacedRun& run : line.runs) joined += run.text;
        out.push_back(joined);
    }
    return out;
}

}  // namespace app
