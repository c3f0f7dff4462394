// A kill -9 in the middle of writing visitor statistics loses at most the event being written, and never the
// file. A child process writes events one transaction at a time and reports each commit through a pipe; the
// parent kills it at a moment it does not choose (after some commits, while the child keeps writing), waits for
// it, and checks the file.
#include <csignal>
#include <cstdint>
#include <fstream>
#include <string>
#include <sstream>

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "storage/stats_store.h"
#include "temp_dir.h"

namespace platform {
namespace {

constexpr int kCommitsBeforeKill = 50;

// qemu-user (the arm64 build's tests on an x86-64 machine) does not survive this test's fork of a process that
// has SQLite open in WAL mode: the emulated child spins and never reports a commit. An arm64 binary reading an
// x86 /proc/cpuinfo is being emulated; on a real Pi, and natively, the test runs.
bool emulated_on_another_architecture() {
#if defined(__aarch64__) || defined(__arm__)
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line))
        if (line.rfind("vendor_id", 0) == 0) return true;  // an x86 field
#endif
    return false;
}

[[noreturn]] void write_until_killed(const std::filesystem::path& file, int report_fd) {
    StatsStore store;
    std::ostringstream log;
    if (!open_stats_store(store, file, &log)) ::_exit(3);
    for (std::uint32_t i = 1;; ++i) {
        app::VisitEvent e;
        e.kind = app::VisitEvent::Kind::SessionStart;
        e.at = i;
        VisitClock clock;
        clock.unix_now = 1709251200 + i;
        clock.exhibit_now = i;
        if (!record_visits(store, {e}, clock)) ::_exit(4);
        // Committed: say so. A write to a pipe this small is atomic.
        if (::write(report_fd, &i, sizeof i) != static_cast<ssize_t>(sizeof i)) ::_exit(5);
    }
}

TEST(StatsCrash, KillNineLosesAtMostTheLastEventAndNeverTheFile) {
    if (emulated_on_another_architecture()) GTEST_SKIP() << "fork under qemu-user; run this on the Pi itself";
    TempDir dir;
    const std::filesystem::path file = dir.path / kStatsFileName;
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(fds[0]);
        write_until_killed(file, fds[1]);
    }
    ::close(fds[1]);

    // Wait (blocking reads, no sleeping) until the child has committed enough, then kill it mid-stream.
    std::uint32_t acknowledged = 0;
    while (acknowledged < kCommitsBeforeKill) {
        std::uint32_t n = 0;
        ASSERT_EQ(::read(fds[0], &n, sizeof n), static_cast<ssize_t>(sizeof n)) << "the child stopped early";
        acknowledged = n;
    }
    ASSERT_EQ(::kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "status " << status;
    // Commits the child reported before it died, still in the pipe.
    std::uint32_t n = 0;
    while (::read(fds[0], &n, sizeof n) == static_cast<ssize_t>(sizeof n)) acknowledged = n;
    ::close(fds[0]);

    StatsStore store;
    std::ostringstream log;
    ASSERT_TRUE(open_stats_store(store, file, &log)) << log.str();
    EXPECT_EQ(integrity_check(store), "ok");
    const std::int64_t rows = table_row_counts(store).at("sessions");
    EXPECT_GE(rows, static_cast<std::int64_t>(acknowledged)) << "every reported commit survives";
    EXPECT_LE(rows, static_cast<std::int64_t>(acknowledged) + 1) << "only the event in flight may be lost";
}

}  // namespace
}  // namespace platform
