// A loop over content that fails the test when there is nothing to loop over. A test that checks every card,
// place or event inside a loop would otherwise pass, having checked nothing, when the content came out empty:
//
//     for (const Annotation& a : NONEMPTY(content.annotations)) EXPECT_...;
//     for (std::size_t i = 0; i < NONEMPTY(layout.marks).size(); ++i) ...
//
// The guard is written in the loop's own head, not on a line before it, so it cannot be left behind when the loop
// is copied, moved or edited. The failure names the expression and the line of the loop.
#pragma once
#include <iterator>
#include <utility>

#include <gtest/gtest.h>

namespace test_support {

// `range` itself when it is named (a reference to it is returned), or the temporary moved into the returned value:
// a range-for keeps only the returned object alive, so a reference to a temporary would dangle.
template <typename Range>
Range nonempty(Range&& range, const char* expression, const char* file, int line) {
    using std::begin;
    using std::end;
    if (begin(range) == end(range)) {
        ADD_FAILURE_AT(file, line) << expression << " is empty: the loop over it checked nothing";
    }
    return std::forward<Range>(range);
}

}  // namespace test_support

#define NONEMPTY(...) ::test_support::nonempty((__VA_ARGS__), #__VA_ARGS__, __FILE__, __LINE__)
