#include <sstream>

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "storage/atomic_file.h"
#include "modes/maintenance_commands.h"
#include "overlay/pin.h"
#include "overlay/pin_gate.h"
#include "temp_dir.h"

namespace platform {
namespace {

TEST(Pin, HashesAreSaltedAndVerify) {
    const auto a = hash_pin("2468", cheapest_pin_cost());
    const auto b = hash_pin("2468", cheapest_pin_cost());
    ASSERT_TRUE(a && b);
    EXPECT_NE(*a, *b) << "a fresh salt every time";
    EXPECT_EQ(a->rfind("$argon2id$", 0), 0u) << *a;
    EXPECT_EQ(a->find("2468"), std::string::npos);
    EXPECT_TRUE(pin_matches(*a, "2468"));
    EXPECT_FALSE(pin_matches(*a, "2469"));
    EXPECT_FALSE(pin_matches(*a, ""));
    EXPECT_FALSE(pin_matches("not a hash", "2468"));
    EXPECT_FALSE(pin_matches("", "2468"));
}

TEST(Pin, TheRealCostIsArgon2idInteractive) {
    const auto h = hash_pin("13579", interactive_pin_cost());  // ~0.1 s: once, to prove what kiosks get
    ASSERT_TRUE(h);
    EXPECT_NE(h->find("m=65536"), std::string::npos) << *h;
    EXPECT_TRUE(pin_matches(*h, "13579"));
}

TEST(Pin, OnlyDigitsTheKeypadCanType) {
    EXPECT_TRUE(valid_pin("0000"));
    EXPECT_TRUE(valid_pin("123456789012"));
    EXPECT_FALSE(valid_pin("123"));
    EXPECT_FALSE(valid_pin("1234567890123"));
    EXPECT_FALSE(valid_pin("12a4"));
    EXPECT_FALSE(valid_pin("12 34"));
}

TEST(Pin, StoredOwnerOnlyInTheDataFolder) {
    TempDir dir;
    ASSERT_TRUE(write_pin_hash(dir.path, *hash_pin("1111", cheapest_pin_cost())));
    struct stat st {};
    ASSERT_EQ(::stat(pin_file(dir.path).c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    const auto read = read_pin_hash(dir.path);
    ASSERT_TRUE(read);
    EXPECT_TRUE(pin_matches(*read, "1111"));
}

TEST(PinGate, WrongPinsBackOffAndTheCountSurvivesARestart) {
    TempDir dir;
    ASSERT_TRUE(write_pin_hash(dir.path, *hash_pin("4321", cheapest_pin_cost())));
    PinGate gate = open_pin_gate(dir.path);
    const double t = 1'700'000'000;
    for (int i = 0; i < 3; ++i) EXPECT_EQ(try_pin(gate, "0000", t), PinVerdict::Wrong);
    EXPECT_EQ(try_pin(gate, "0000", t), PinVerdict::Wrong);
    EXPECT_EQ(try_pin(gate, "4321", t + 10), PinVerdict::Wait) << "locked: not even the right PIN is checked";

    PinGate after_restart = open_pin_gate(dir.path);
    EXPECT_EQ(after_restart.attempts.failures, 4);
    EXPECT_EQ(try_pin(after_restart, "4321", t + 10), PinVerdict::Wait);
    EXPECT_EQ(try_pin(after_restart, "4321", t + 30), PinVerdict::Right);
    EXPECT_EQ(open_pin_gate(dir.path).attempts.failures, 0);
}

TEST(PinGate, NoPinSetMeansNoEntry) {
    TempDir dir;
    PinGate gate = open_pin_gate(dir.path);
    EXPECT_EQ(try_pin(gate, "1234", 0), PinVerdict::NoPinSet);
}

TEST(PinGate, AttemptsFileRoundTripsAndRejectsNonsense) {
    app::PinAttempts a;
    a.failures = 6;
    a.locked_until = 1700000123;
    const auto back = parse_pin_attempts(format_pin_attempts(a));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->failures, 6);
    EXPECT_EQ(back->locked_until, 1700000123);
    EXPECT_FALSE(parse_pin_attempts("nan nan"));
    EXPECT_FALSE(parse_pin_attempts("-1 0"));
    EXPECT_FALSE(parse_pin_attempts(""));
}

TEST(SetPinCommand, ReadsThePinTwice) {
    TempDir dir;
    Options options;
    options.data_dir = dir.path.string();
    std::istringstream in("97531\n97531\n");
    std::ostringstream out;
    EXPECT_EQ(set_pin_command(options, in, false, out), 0) << out.str();
    EXPECT_EQ(out.str().find("97531"), std::string::npos) << "never echoed";
    const auto stored = read_pin_hash(dir.path);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(pin_matches(*stored, "97531"));
}

TEST(SetPinCommand, MismatchOrNonDigitsChangeNothing) {
    TempDir dir;
    Options options;
    options.data_dir = dir.path.string();
    for (const char* input : {"1234\n1243\n", "12ab\n12ab\n", "1234\n", ""}) {
        std::istringstream in(input);
        std::ostringstream out;
        EXPECT_EQ(set_pin_command(options, in, false, out), 1) << input;
        EXPECT_FALSE(read_pin_hash(dir.path)) << input;
    }
}

}  // namespace
}  // namespace platform
