#pragma once

#include <cstdio>

// An invariant of the code under test: when it does not hold, says which one (libFuzzer then
// prints the stack and writes the input to a crash-* file) and stops with __builtin_trap().
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(                                                                          \
                stderr, "FUZZ_CHECK failed at %s:%d: %s\n", __FILE__, __LINE__, #condition);       \
            __builtin_trap();                                                                      \
        }                                                                                          \
    } while (false)
